package io.ivsjava.chat;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;

/** The wrappers connected to an emulator, the way an application connects ({@link IvsConnection}). Stateless. */
final class Emulated {
    private Emulated() {
    }

    static IvsConnection connection(IvsEmulator emulator) {
        return IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build();
    }

    static IvsChat connect(IvsEmulator emulator) {
        return IvsChat.connect(connection(emulator));
    }

    static IvsChatAsync connectAsync(IvsEmulator emulator) {
        return IvsChatAsync.connect(connection(emulator));
    }
}
