package io.ivsjava.core;

import io.ivsjava.core.internal.Check;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and as whom the ivs-java clients call IVS: an endpoint override (such as an {@code IvsEmulator}'s), a
 * region and static credentials. Whatever is not set follows the AWS SDK's default chains: the region from
 * {@code AWS_REGION} or the profile, credentials from the environment, the profile, or the container or instance
 * role.
 *
 * <pre>{@code
 * IvsConnection aws = IvsConnection.defaults();
 * IvsConnection local = IvsConnection.builder()
 *         .endpoint(emulator.endpoint()).region(emulator.region())
 *         .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
 *         .build();
 * }</pre>
 *
 * <p>One connection serves every module: {@code IvsRealTime.connect(connection)},
 * {@code IvsLowLatency.connect(connection)}. To configure more (HTTP client, retries, metrics), build the SDK
 * client yourself and wrap it with the modules' {@code create} methods.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} never shows the secret key.
 *
 * @param endpoint an endpoint override; empty for AWS's own endpoints
 * @param region the AWS region; empty for the SDK's region chain
 * @param accessKeyId a static access key id; empty for the SDK's credential chain
 * @param secretAccessKey the secret of {@code accessKeyId}; present exactly when it is
 */
public record IvsConnection(Optional<URI> endpoint, Optional<String> region, Optional<String> accessKeyId,
                            Optional<String> secretAccessKey) {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final IvsConnection DEFAULTS =
            new IvsConnection(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Validates each setting. */
    public IvsConnection {
        Check.notNull("endpoint", endpoint).ifPresent(IvsConnection::checkEndpoint);
        Check.notNull("region", region).ifPresent(IvsConnection::checkRegion);
        Check.notNull("accessKeyId", accessKeyId).ifPresent(id -> Check.length("accessKeyId", id, 1, 128));
        Check.notNull("secretAccessKey", secretAccessKey)
                .ifPresent(secret -> Check.length("secretAccessKey", secret, 1, 128));
        if (accessKeyId.isPresent() != secretAccessKey.isPresent()) {
            throw IvsValidationException.invalid(accessKeyId.isPresent() ? "secretAccessKey" : "accessKeyId",
                    "is missing; give both the access key id and its secret, or neither");
        }
    }

    /**
     * AWS itself, with the SDK's default region and credential chains.
     *
     * @return the default connection
     */
    public static IvsConnection defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static void checkEndpoint(URI uri) {
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw IvsValidationException.invalid("endpoint", "\"" + uri + "\" is not an absolute http(s) URL "
                    + "such as http://127.0.0.1:4566");
        }
    }

    private static void checkRegion(String name) {
        if (!REGION.matcher(name).matches()) {
            throw IvsValidationException.invalid("region", "\"" + name + "\" is not an AWS region name such as us-west-2");
        }
    }

    /** {@return the settings, with the secret key redacted} */
    @Override
    public String toString() {
        return "IvsConnection[endpoint=" + endpoint.map(URI::toString).orElse("AWS") + ", region="
                + region.orElse("default chain") + ", credentials="
                + accessKeyId.map(k -> k + "/<redacted>").orElse("default chain") + "]";
    }

    /** Collects an {@link IvsConnection}. Not thread-safe. */
    public static final class Builder {
        private URI endpoint;
        private String region;
        private String accessKeyId;
        private String secretAccessKey;

        private Builder() {
        }

        /**
         * Sends requests to this endpoint instead of AWS's.
         *
         * @param endpoint an absolute http or https URL
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Check.notNull("endpoint", endpoint);
            return this;
        }

        /**
         * The AWS region.
         *
         * @param region such as {@code us-west-2}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = Check.notNull("region", region);
            return this;
        }

        /**
         * Static credentials instead of the SDK's credential chain.
         *
         * @param accessKeyId the access key id
         * @param secretAccessKey the secret access key
         * @return this builder
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.accessKeyId = Check.notNull("accessKeyId", accessKeyId);
            this.secretAccessKey = Check.notNull("secretAccessKey", secretAccessKey);
            return this;
        }

        /**
         * Validates and builds the connection.
         *
         * @return the connection
         * @throws IvsValidationException naming the first invalid setting
         */
        public IvsConnection build() {
            return new IvsConnection(Optional.ofNullable(endpoint), Optional.ofNullable(region),
                    Optional.ofNullable(accessKeyId), Optional.ofNullable(secretAccessKey));
        }
    }
}
