package io.ivsjava.lowlatency;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import java.time.Clock;

/** Connections of the wrapper to an embedded emulator. */
final class Emulated {
    static final String REGION = "us-west-2";
    static final String ACCOUNT = "123456789012";

    private Emulated() {
    }

    static IvsEmulator start() {
        return IvsEmulator.builder().region(REGION).accountId(ACCOUNT).start();
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
