package io.ivsjava.emulator.junit5.internal;

import io.ivsjava.emulator.IvsEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * AWS SDK clients for an emulator. The only class of this module that names SDK types: it is loaded when a test
 * asks for a client, so test class paths without the SDK never need it. Uses only builder methods present since
 * SDK 2.20. Thread-safe (stateless).
 */
public final class SdkClients {
    private SdkClients() {
    }

    /**
     * A client of the named type for an emulator.
     *
     * @param type {@code ...ivs.IvsClient}, {@code ...ivsrealtime.IvsRealTimeClient} or
     *     {@code ...ivschat.IvschatClient}
     * @param emulator the emulator
     * @return the client; the caller closes it
     */
    public static AutoCloseable create(String type, IvsEmulator emulator) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey()));
        if (type.equals(IvsClient.class.getName())) {
            return IvsClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(emulator.region()))
                    .credentialsProvider(credentials).build();
        }
        if (type.equals("software.amazon.awssdk.services.ivschat.IvschatClient")) {
            // Compared by name, so that asking for another client never loads the chat module's classes.
            return IvschatClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(emulator.region()))
                    .credentialsProvider(credentials).build();
        }
        return IvsRealTimeClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(emulator.region()))
                .credentialsProvider(credentials).build();
    }
}
