package io.ivsjava.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/** The extension, run the way JUnit runs it, through the engine test kit. */
class IvsEmulatorExtensionTest {
    static final List<IvsEmulator> EMULATORS = new CopyOnWriteArrayList<>();
    static final List<AutoCloseable> CLIENTS = new CopyOnWriteArrayList<>();

    /** One emulator for the class, reset before each test. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {
        @RegisterExtension
        static IvsEmulatorExtension ivs = IvsEmulatorExtension.builder().region("eu-west-1").build();

        @Test
        @Order(1)
        void first(IvsEmulator emulator, IvsRealTimeClient client) {
            EMULATORS.add(emulator);
            CLIENTS.add(client);
            assertThat(emulator).isSameAs(ivs.emulator());
            assertThat(client.createStage(b -> b.name("first")).stage().arn()).contains(":eu-west-1:");
            emulator.injectFault("ListStages", 1, Fault.throttling());
        }

        @Test
        @Order(2)
        void second(IvsEmulator emulator, IvsRealTimeClient client, IvsClient lowLatency, IvschatClient chat) {
            EMULATORS.add(emulator);
            CLIENTS.add(client);
            CLIENTS.add(lowLatency);
            CLIENTS.add(chat);
            assertThat(client.listStages(b -> b.maxResults(10)).stages()).as("reset: no stage, no fault").isEmpty();
            assertThat(emulator.calls()).extracting(RecordedCall::status).containsExactly(200);
            assertThat(lowLatency.createChannel(b -> b.name("c")).channel().arn()).contains(":eu-west-1:");
            assertThat(chat.createRoom(b -> b.name("r")).arn()).startsWith("arn:aws:ivschat:eu-west-1:");
        }
    }

    /** A new emulator for each test. */
    static class PerTest {
        @RegisterExtension
        IvsEmulatorExtension ivs = IvsEmulatorExtension.builder().build();

        @Test
        void one(IvsEmulator emulator) {
            EMULATORS.add(emulator);
            assertThat(ivs.emulator()).isSameAs(emulator);
        }

        @Test
        void two(IvsEmulator emulator) {
            EMULATORS.add(emulator);
        }
    }

    /** State kept between the tests of a class when asked. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class WithoutReset {
        @RegisterExtension
        static IvsEmulatorExtension ivs = IvsEmulatorExtension.builder().resetBeforeEachTest(false).build();

        @Test
        @Order(1)
        void create(IvsRealTimeClient client) {
            client.createStage(b -> b.name("kept"));
        }

        @Test
        @Order(2)
        void stillThere(IvsRealTimeClient client) {
            assertThat(client.listStages(b -> b.maxResults(10)).stages()).hasSize(1);
        }
    }

    @Test
    void aStaticExtensionSharesOneEmulatorResetBeforeEachTestAndClosesItAfterTheClass() {
        EMULATORS.clear();
        CLIENTS.clear();
        Events tests = run(PerClass.class);

        tests.assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        assertThat(EMULATORS).hasSize(2).containsOnly(EMULATORS.get(0));
        assertClosed(EMULATORS.get(0));
        assertThat(CLIENTS).hasSize(4);
        assertThatThrownBy(() -> ((IvsRealTimeClient) CLIENTS.get(0)).listStages(b -> b.maxResults(1)))
                .as("closed with the test").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInstanceExtensionStartsAnEmulatorForEachTestAndClosesIt() {
        EMULATORS.clear();
        Events tests = run(PerTest.class);

        tests.assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(EMULATORS).hasSize(2).doesNotHaveDuplicates();
        assertThat(EMULATORS.get(0).endpoint()).isNotEqualTo(EMULATORS.get(1).endpoint());
        EMULATORS.forEach(IvsEmulatorExtensionTest::assertClosed);
    }

    @Test
    void resetCanBeTurnedOff() {
        run(WithoutReset.class).assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void emulatorOutsideATestSaysWhatToDo() {
        assertThatThrownBy(() -> IvsEmulatorExtension.builder().build().emulator())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@RegisterExtension");
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    /**
     * Closed, and its port freed. Not by connecting to the port: on a busy machine another process may bind a freed
     * ephemeral port at once.
     */
    private static void assertClosed(IvsEmulator emulator) {
        assertThat(emulator.isRunning()).as("running after its test").isFalse();
    }
}
