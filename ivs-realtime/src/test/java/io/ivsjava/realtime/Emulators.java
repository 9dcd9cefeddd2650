package io.ivsjava.realtime;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * The wrapper connected to an emulator the JUnit 5 extension runs, the way an application connects
 * ({@link IvsConnection}), and a low-latency channel for compositions to send to.
 */
final class Emulators {
    private Emulators() {
    }

    static IvsConnection connection(IvsEmulator emulator) {
        return IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build();
    }

    static IvsRealTime connect(IvsEmulator emulator) {
        return IvsRealTime.connect(connection(emulator));
    }

    static IvsRealTimeAsync connectAsync(IvsEmulator emulator) {
        return IvsRealTimeAsync.connect(connection(emulator));
    }

    /** A low-latency channel, made with the plain SDK: the destination of a composition in hybrid mode. */
    static ChannelArn channel(IvsEmulator emulator, String name) {
        try (IvsClient ivs = IvsClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                .build()) {
            return ChannelArn.parse(ivs.createChannel(b -> b.name(name)).channel().arn());
        }
    }
}
