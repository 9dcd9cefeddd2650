package io.ivsjava.core.internal;

import io.ivsjava.core.IvsConnection;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Applies an {@link IvsConnection} to the builder of an IVS SDK client. Not part of the public API.
 * Stateless; thread-safe.
 */
public final class SdkClients {
    private SdkClients() {
    }

    /**
     * Configures an SDK client builder; settings the connection leaves empty keep the SDK's defaults.
     *
     * @param connection the connection settings
     * @param builder the builder of an IVS SDK client
     * @param <B> the builder type
     * @return the same builder
     */
    public static <B extends AwsClientBuilder<B, ?>> B configure(IvsConnection connection, B builder) {
        connection.endpoint().ifPresent(builder::endpointOverride);
        connection.region().map(Region::of).ifPresent(builder::region);
        connection.accessKeyId().ifPresent(id -> builder.credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(id, connection.secretAccessKey().orElseThrow()))));
        return builder;
    }

    /**
     * Configures an SDK client builder and builds the client. Building reads what the connection leaves to the SDK's
     * chains (region, credentials provider), and may fail: as an {@link io.ivsjava.core.IvsException}, like every
     * other failure of the library.
     *
     * @param connection the connection settings
     * @param builder the builder of an IVS SDK client
     * @param <B> the builder type
     * @param <C> the client type
     * @return the client
     * @throws io.ivsjava.core.IvsException if the SDK cannot build it (no region found by its chain, say)
     */
    public static <B extends AwsClientBuilder<B, C>, C> C build(IvsConnection connection, B builder) {
        return SdkErrors.call("Connect", () -> configure(connection, builder).build());
    }
}
