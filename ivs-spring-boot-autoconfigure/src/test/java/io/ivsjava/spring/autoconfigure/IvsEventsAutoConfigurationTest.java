package io.ivsjava.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.IvsEvents;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.lowlatency.ChannelSpec;
import io.ivsjava.lowlatency.IvsLowLatency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;

/** The dispatcher bean and the listeners the customizers register. */
class IvsEventsAutoConfigurationTest {
    @Test
    void customizersRegisterListenersInOrderAndEventsReachThem() {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (IvsEmulator emulator = IvsEmulator.start()) {
            new org.springframework.boot.test.context.runner.ApplicationContextRunner()
                    .withConfiguration(IvsAutoConfigurationTest.ALL)
                    .withPropertyValues("spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                            "spring.cloud.aws.region.static=" + emulator.region(),
                            "spring.cloud.aws.credentials.access-key=" + emulator.accessKeyId(),
                            "spring.cloud.aws.credentials.secret-key=" + emulator.secretAccessKey())
                    .withBean("second", IvsEventDispatcherCustomizer.class, () -> new Second(heard))
                    .withBean("first", IvsEventDispatcherCustomizer.class, () -> new First(heard))
                    .run(context -> {
                        IvsEventDispatcher dispatcher = context.getBean(IvsEventDispatcher.class);
                        emulator.addEventListener(json -> dispatcher.dispatch(IvsEvents.parse(json)));
                        String channel = context.getBean(IvsLowLatency.class)
                                .createChannel(ChannelSpec.builder().name("evented").build()).channel().arn().value();
                        emulator.simulateStreamStart(channel);
                        assertThat(heard).contains("first:Stream Start", "second:Stream Start");
                        assertThat(heard.indexOf("first:Stream Start")).isLessThan(heard.indexOf("second:Stream Start"));
                    });
        }
    }

    @Order(1)
    record First(List<String> heard) implements IvsEventDispatcherCustomizer {
        @Override
        public void customize(IvsEventDispatcher dispatcher) {
            dispatcher.on(StreamStateChange.class, e -> heard.add("first:" + e.rawName()));
        }
    }

    @Order(2)
    record Second(List<String> heard) implements IvsEventDispatcherCustomizer {
        @Override
        public void customize(IvsEventDispatcher dispatcher) {
            dispatcher.on(StreamStateChange.class, e -> heard.add("second:" + e.rawName()));
        }
    }
}
