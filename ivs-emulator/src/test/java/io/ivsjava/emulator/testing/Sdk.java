package io.ivsjava.emulator.testing;

import io.ivsjava.emulator.IvsEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.IvsClientBuilder;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.IvschatClientBuilder;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClientBuilder;

/** Unmodified AWS SDK clients pointed at an emulator, as a user's test would build them. */
public final class Sdk {
    private Sdk() {
    }

    public static IvsRealTimeClient realTime(IvsEmulator emulator) {
        return realTimeBuilder(emulator).build();
    }

    /** A client signing for another region than the emulator's default one. */
    public static IvsRealTimeClient realTime(IvsEmulator emulator, String region) {
        return realTimeBuilder(emulator).region(Region.of(region)).build();
    }

    /** A client signing for a region and with an access key id of its own (twelve digits name an account). */
    public static IvsRealTimeClient realTime(IvsEmulator emulator, String region, String accessKeyId) {
        return realTimeBuilder(emulator).region(Region.of(region)).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, emulator.secretAccessKey())))
                .build();
    }

    /** A client that makes each call once, for tests about errors the SDK would otherwise retry. */
    public static IvsRealTimeClient realTimeWithoutRetries(IvsEmulator emulator) {
        return realTimeBuilder(emulator).overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1))).build();
    }

    /**
     * A client that makes each call at most three times (the standard strategy's count), whatever
     * {@code AWS_RETRY_MODE} or {@code AWS_MAX_ATTEMPTS} say, for tests that count attempts.
     */
    public static IvsRealTimeClient realTimeWithThreeAttempts(IvsEmulator emulator) {
        return realTimeBuilder(emulator)
                .overrideConfiguration(o -> o.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(3).build()))
                .build();
    }

    public static IvsClient lowLatency(IvsEmulator emulator) {
        return lowLatencyBuilder(emulator).build();
    }

    /** A client signing for another region than the emulator's default one. */
    public static IvsClient lowLatency(IvsEmulator emulator, String region) {
        return lowLatencyBuilder(emulator).region(Region.of(region)).build();
    }

    /** A client signing for a region and with an access key id of its own (twelve digits name an account). */
    public static IvsClient lowLatency(IvsEmulator emulator, String region, String accessKeyId) {
        return lowLatencyBuilder(emulator).region(Region.of(region)).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, emulator.secretAccessKey())))
                .build();
    }

    /** A client that makes each call once, for tests about errors the SDK would otherwise retry. */
    public static IvsClient lowLatencyWithoutRetries(IvsEmulator emulator) {
        return lowLatencyBuilder(emulator).overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1))).build();
    }

    public static IvschatClient chat(IvsEmulator emulator) {
        return chatBuilder(emulator).build();
    }

    /** A chat client signing for a region and with an access key id of its own (twelve digits name an account). */
    public static IvschatClient chat(IvsEmulator emulator, String region, String accessKeyId) {
        return chatBuilder(emulator).region(Region.of(region)).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, emulator.secretAccessKey())))
                .build();
    }

    /** A chat client that makes each call once, for tests about errors the SDK would otherwise retry. */
    public static IvschatClient chatWithoutRetries(IvsEmulator emulator) {
        return chatBuilder(emulator).overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1))).build();
    }

    private static IvschatClientBuilder chatBuilder(IvsEmulator emulator) {
        return IvschatClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(credentials(emulator));
    }

    private static IvsRealTimeClientBuilder realTimeBuilder(IvsEmulator emulator) {
        return IvsRealTimeClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(credentials(emulator));
    }

    private static IvsClientBuilder lowLatencyBuilder(IvsEmulator emulator) {
        return IvsClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(credentials(emulator));
    }

    private static StaticCredentialsProvider credentials(IvsEmulator emulator) {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey()));
    }
}
