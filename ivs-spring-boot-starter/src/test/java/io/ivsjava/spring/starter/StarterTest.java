package io.ivsjava.spring.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.chat.IvsChat;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.spring.test.AutoConfigureIvsEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/** What the starter alone brings to an application: every ivs-java bean. */
@SpringBootTest
@AutoConfigureIvsEmulator
class StarterTest {
    @SpringBootApplication
    static class Application {
    }

    @Autowired
    ApplicationContext context;

    @Test
    void bringsEveryBean() {
        for (Class<?> type : new Class<?>[] {IvsConnection.class, IvsRealTimeClient.class, IvsRealTime.class,
                IvsClient.class, IvsLowLatency.class, IvschatClient.class, IvsChat.class, IvsLive.class,
                IvsEventDispatcher.class}) {
            assertThat(context.getBeanNamesForType(type)).as(type.getSimpleName()).hasSize(1);
        }
        assertThat(context.getBean(IvsRealTime.class).listStages().count()).isZero();   // a fresh emulator
    }
}
