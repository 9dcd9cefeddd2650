package io.ivsjava.core.internal;

import io.ivsjava.core.IvsValidationException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * How the entry points' builders configure the SDK client they create. Anything left unset falls back to the
 * SDK's own default chains (region from {@code AWS_REGION} or the profile, credentials from the environment,
 * profile, container or instance role). Not part of the public API.
 *
 * @param endpoint an endpoint override, such as an emulator's
 * @param region the AWS region
 * @param accessKeyId a static access key id
 * @param secretAccessKey its secret
 */
public record SdkClients(Optional<URI> endpoint, Optional<String> region, Optional<String> accessKeyId,
                         Optional<String> secretAccessKey) {
    /** Settings that leave everything to the SDK's defaults. */
    public static final SdkClients DEFAULTS =
            new SdkClients(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that no component is null. */
    public SdkClients {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /**
     * With an endpoint override.
     *
     * @param uri an absolute http or https URI
     * @return new settings
     */
    public SdkClients withEndpoint(URI uri) {
        Check.notNull("endpoint", uri);
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw IvsValidationException.invalid("endpoint", "\"" + uri + "\" is not an absolute http(s) URI "
                    + "such as http://127.0.0.1:4566");
        }
        return new SdkClients(Optional.of(uri), region, accessKeyId, secretAccessKey);
    }

    /**
     * With a region.
     *
     * @param name such as {@code us-west-2}
     * @return new settings
     */
    public SdkClients withRegion(String name) {
        Check.notNull("region", name);
        if (!name.matches("[a-z]{2}(-[a-z]+)+-[0-9]+")) {
            throw IvsValidationException.invalid("region", "\"" + name + "\" is not an AWS region name such as us-west-2");
        }
        return new SdkClients(endpoint, Optional.of(name), accessKeyId, secretAccessKey);
    }

    /**
     * With static credentials.
     *
     * @param keyId the access key id
     * @param secret the secret access key
     * @return new settings
     */
    public SdkClients withCredentials(String keyId, String secret) {
        Check.length("accessKeyId", keyId, 1, 128);
        Check.length("secretAccessKey", secret, 1, 128);
        return new SdkClients(endpoint, region, Optional.of(keyId), Optional.of(secret));
    }

    /**
     * Applies these settings to an SDK client builder.
     *
     * @param builder the builder of an IVS SDK client
     * @param <B> the builder type
     * @return the same builder
     */
    public <B extends AwsClientBuilder<B, ?>> B applyTo(B builder) {
        endpoint.ifPresent(builder::endpointOverride);
        region.map(Region::of).ifPresent(builder::region);
        if (accessKeyId.isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(accessKeyId.get(), secretAccessKey.orElseThrow())));
        }
        return builder;
    }

    /** {@return the settings, with the secret redacted} */
    @Override
    public String toString() {
        return "SdkClients[endpoint=" + endpoint.map(URI::toString).orElse("default") + ", region="
                + region.orElse("default") + ", credentials=" + accessKeyId.map(k -> k + "/<redacted>").orElse("default")
                + "]";
    }
}
