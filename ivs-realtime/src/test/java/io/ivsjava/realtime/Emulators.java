package io.ivsjava.realtime;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * The embedded emulator as the wrapper tests use it: connections, a low-latency channel for compositions to send
 * to, and the emulator's simulations of the media plane (participants joining, publishing, leaving).
 *
 */
final class Emulators {
    private Emulators() {
    }

    /** An emulator with one quota changed from IVS's default. */
    static IvsEmulator withQuota(Quota quota, int limit) {
        return IvsEmulator.builder().quota(quota, limit).start();
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

    /** A participant joins with a token; returns its participant id. */
    static String join(IvsEmulator emulator, ParticipantToken token) {
        return emulator.simulateParticipantJoin(token.token());
    }

    static void publish(IvsEmulator emulator, StageArn stage, String participantId) {
        emulator.simulateParticipantPublish(stage.value(), participantId);
    }

    static void unpublish(IvsEmulator emulator, StageArn stage, String participantId) {
        emulator.simulateParticipantUnpublish(stage.value(), participantId);
    }

    static void leave(IvsEmulator emulator, StageArn stage, String participantId) {
        emulator.simulateParticipantLeave(stage.value(), participantId);
    }
}
