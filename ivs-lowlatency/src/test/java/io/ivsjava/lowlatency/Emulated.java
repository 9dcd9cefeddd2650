package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Clock;

/** The emulator the tests run (in us-west-2), and the wrapper connected to it the way an application connects. */
final class Emulated {
    static final String REGION = "us-west-2";
    static final String ACCOUNT = "123456789012";

    private Emulated() {
    }

    /** {@return the extension, for a static field (one emulator per class, reset before each test)} */
    static IvsEmulatorExtension extension() {
        return IvsEmulatorExtension.builder().region(REGION).accountId(ACCOUNT).build();
    }

    static IvsConnection connection(IvsEmulator emulator) {
        return IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build();
    }

    static IvsLowLatency connect(IvsEmulator emulator) {
        return IvsLowLatency.connect(connection(emulator));
    }

    static IvsLowLatency connect(IvsEmulator emulator, Clock clock) {
        return IvsLowLatency.connect(connection(emulator), clock);
    }

    static IvsLowLatencyAsync connectAsync(IvsEmulator emulator) {
        return IvsLowLatencyAsync.connect(connection(emulator));
    }
}
