package io.ivsjava.spring.autoconfigure;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The {@code spring.cloud.aws.ivs.*} properties, beside Spring Cloud AWS's {@code spring.cloud.aws.<service>.*}.
 * The global {@code spring.cloud.aws.endpoint}, {@code spring.cloud.aws.region.static} and
 * {@code spring.cloud.aws.credentials.*} apply to IVS too; these override them for IVS.
 *
 * <pre>
 * spring.cloud.aws.ivs.region=eu-west-1
 * spring.cloud.aws.ivs.live.namespace=streamcat
 * spring.cloud.aws.ivs.live.participant-token-key.private-key-location=file:/run/secrets/ivs-participant.pem
 * spring.cloud.aws.ivs.live.participant-token-key.public-key-arn=arn:aws:ivs:eu-west-1:123456789012:public-key/abc
 * spring.cloud.aws.ivs.live.chat.enabled=true
 * </pre>
 *
 * <p>Immutable (bound through its constructor); safe to share between threads. {@link #toString()} and the nested
 * types' never show a key, and Actuator's {@code configprops} endpoint shows every setting but the private keys (and
 * their locations), even with {@code management.endpoint.configprops.show-values=always}.
 */
@ConfigurationProperties(IvsProperties.PREFIX)
public final class IvsProperties {
    /** The prefix of these properties. */
    public static final String PREFIX = "spring.cloud.aws.ivs";

    /** Whether to configure the IVS clients, IvsLive and the events dispatcher at all. */
    @JsonProperty
    private final boolean enabled;
    /** An endpoint for both IVS services instead of AWS's, such as an emulator's http://127.0.0.1:4566. */
    @JsonProperty
    private final @Nullable URI endpoint;
    /** The AWS region of IVS, overriding spring.cloud.aws.region.static and the SDK's region chain. */
    @JsonProperty
    private final @Nullable String region;
    /** The settings of IvsLive. */
    @JsonProperty
    private final Live live;
    /** The settings of IVS Chat. */
    @JsonProperty
    private final Chat chat;

    /**
     * Binds the properties.
     *
     * @param enabled whether the auto-configuration applies
     * @param endpoint an endpoint override, or {@code null}
     * @param region a region, or {@code null}
     * @param live the {@code live.*} properties
     * @param chat the {@code chat.*} properties
     */
    public IvsProperties(@DefaultValue("true") boolean enabled, @Nullable URI endpoint, @Nullable String region,
            @DefaultValue Live live, @DefaultValue Chat chat) {
        this.enabled = enabled;
        this.endpoint = endpoint;
        this.region = region == null || region.isBlank() ? null : region;
        this.live = live;
        this.chat = chat;
    }

    /** {@return whether the auto-configuration applies ({@code spring.cloud.aws.ivs.enabled}, default true)} */
    public boolean enabled() {
        return enabled;
    }

    /** {@return the endpoint for IVS, if set} */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** {@return the region for IVS, if set} */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** {@return the {@code live.*} properties} */
    public Live live() {
        return live;
    }

    /** {@return the {@code chat.*} properties} */
    public Chat chat() {
        return chat;
    }

    @Override
    public String toString() {
        return "IvsProperties[enabled=" + enabled + ", endpoint=" + endpoint + ", region=" + region + ", live=" + live
                + ", chat=" + chat + "]";
    }

    /**
     * The {@code spring.cloud.aws.ivs.chat.*} properties. Immutable; safe to share between threads.
     */
    public static final class Chat {
        /** Where chat clients connect, if not IVS Chat's wss://edge.ivschat.REGION.amazonaws.com (an emulator's). */
        @JsonProperty
        private final @Nullable URI messagingEndpoint;

        /**
         * Binds the properties.
         *
         * @param messagingEndpoint the messaging endpoint, or {@code null}
         */
        public Chat(@Nullable URI messagingEndpoint) {
            this.messagingEndpoint = messagingEndpoint;
        }

        /** {@return the messaging endpoint, if set} */
        public Optional<URI> messagingEndpoint() {
            return Optional.ofNullable(messagingEndpoint);
        }

        @Override
        public String toString() {
            return "Chat[messagingEndpoint=" + messagingEndpoint + "]";
        }
    }

    /**
     * The {@code spring.cloud.aws.ivs.live.*} properties: what {@code IvsLive.builder()} takes. Durations left unset
     * keep IvsLive's defaults. Immutable; safe to share between threads.
     */
    public static final class Live {
        /** The namespace IvsLive tags every resource with; lookups, teardowns and the janitor stay inside it. */
        @JsonProperty
        private final @Nullable String namespace;
        /** The key that signs participant tokens locally (no CreateParticipantToken call per host or viewer). */
        @JsonProperty
        private final ParticipantTokenKey participantTokenKey;
        /** The key that signs playback tokens for private channels. */
        @JsonProperty
        private final TokenKey playbackTokenKey;
        /** How long a host's participant token lasts (1 minute to 14 days; IvsLive's default 12 hours). */
        @JsonProperty
        private final @Nullable Duration hostTokenLifetime;
        /** How long before its expiry a kept host token is replaced (IvsLive's default 1 hour). */
        @JsonProperty
        private final @Nullable Duration hostTokenRefreshAhead;
        /** How long a REAL_TIME viewer's participant token lasts (1 minute to 14 days; default 12 hours). */
        @JsonProperty
        private final @Nullable Duration viewerTokenLifetime;
        /** How long a private channel's playback token can start playback (at most 10 minutes, the default). */
        @JsonProperty
        private final @Nullable Duration playbackTokenValidity;
        /** A chat room for every broadcast, and chat tokens by role. */
        @JsonProperty
        private final LiveChat chat;

        /**
         * Binds the properties.
         *
         * @param namespace the namespace, or {@code null} for IvsLive's default
         * @param participantTokenKey the participant token key
         * @param playbackTokenKey the playback token key
         * @param hostTokenLifetime the host token lifetime, or {@code null}
         * @param hostTokenRefreshAhead the host token refresh margin, or {@code null}
         * @param viewerTokenLifetime the viewer token lifetime, or {@code null}
         * @param playbackTokenValidity the playback token validity, or {@code null}
         * @param chat the {@code live.chat.*} properties
         */
        public Live(@Nullable String namespace, @DefaultValue ParticipantTokenKey participantTokenKey,
                    @DefaultValue TokenKey playbackTokenKey, @Nullable Duration hostTokenLifetime,
                    @Nullable Duration hostTokenRefreshAhead, @Nullable Duration viewerTokenLifetime,
                    @Nullable Duration playbackTokenValidity, @DefaultValue LiveChat chat) {
            this.namespace = namespace;
            this.participantTokenKey = participantTokenKey;
            this.playbackTokenKey = playbackTokenKey;
            this.hostTokenLifetime = hostTokenLifetime;
            this.hostTokenRefreshAhead = hostTokenRefreshAhead;
            this.viewerTokenLifetime = viewerTokenLifetime;
            this.playbackTokenValidity = playbackTokenValidity;
            this.chat = chat;
        }

        /** {@return the namespace, if set} */
        public Optional<String> namespace() {
            return Optional.ofNullable(namespace);
        }

        /** {@return the participant token key ({@code participant-token-key.*})} */
        public ParticipantTokenKey participantTokenKey() {
            return participantTokenKey;
        }

        /** {@return the playback token key ({@code playback-token-key.*})} */
        public TokenKey playbackTokenKey() {
            return playbackTokenKey;
        }

        /** {@return the host token lifetime, if set} */
        public Optional<Duration> hostTokenLifetime() {
            return Optional.ofNullable(hostTokenLifetime);
        }

        /** {@return the host token refresh margin, if set} */
        public Optional<Duration> hostTokenRefreshAhead() {
            return Optional.ofNullable(hostTokenRefreshAhead);
        }

        /** {@return the viewer token lifetime, if set} */
        public Optional<Duration> viewerTokenLifetime() {
            return Optional.ofNullable(viewerTokenLifetime);
        }

        /** {@return the playback token validity, if set} */
        public Optional<Duration> playbackTokenValidity() {
            return Optional.ofNullable(playbackTokenValidity);
        }

        /** {@return the {@code live.chat.*} properties} */
        public LiveChat chat() {
            return chat;
        }

        @Override
        public String toString() {
            return "Live[namespace=" + namespace + ", participantTokenKey=" + participantTokenKey
                    + ", playbackTokenKey=" + playbackTokenKey + ", chat=" + chat + "]";
        }
    }

    /**
     * The {@code spring.cloud.aws.ivs.live.chat.*} properties: whether IvsLive gives every broadcast a chat room,
     * and how the rooms and tokens are made. Unset values keep IVS Chat's defaults. Immutable; safe to share between
     * threads.
     */
    public static final class LiveChat {
        /** Whether every broadcast gets an IVS Chat room and IvsLive hands out chat tokens (default false). */
        @JsonProperty
        private final boolean enabled;
        /** How long a chat token's session lasts (1 to 180 minutes; IVS Chat's default 60 minutes). */
        @JsonProperty
        private final @Nullable Duration sessionDuration;
        /** The longest message a room takes, in characters (1 to 500; default 500). */
        @JsonProperty
        private final @Nullable Integer maximumMessageLength;
        /** The most messages a room takes per second from all its clients (1 to 100; default 10). */
        @JsonProperty
        private final @Nullable Integer maximumMessageRatePerSecond;
        /** The ARN of the Lambda function that reviews every message of the rooms (none by default). */
        @JsonProperty
        private final @Nullable String messageReviewHandler;

        /**
         * Binds the properties.
         *
         * @param enabled whether chat is on
         * @param sessionDuration the session duration, or {@code null}
         * @param maximumMessageLength the longest message, or {@code null}
         * @param maximumMessageRatePerSecond the message rate, or {@code null}
         * @param messageReviewHandler the review Lambda's ARN, or {@code null}
         */
        public LiveChat(@DefaultValue("false") boolean enabled, @Nullable Duration sessionDuration,
                        @Nullable Integer maximumMessageLength, @Nullable Integer maximumMessageRatePerSecond,
                        @Nullable String messageReviewHandler) {
            this.enabled = enabled;
            this.sessionDuration = sessionDuration;
            this.maximumMessageLength = maximumMessageLength;
            this.maximumMessageRatePerSecond = maximumMessageRatePerSecond;
            this.messageReviewHandler = messageReviewHandler == null || messageReviewHandler.isBlank() ? null
                    : messageReviewHandler;
        }

        /** {@return whether chat is on} */
        public boolean enabled() {
            return enabled;
        }

        /** {@return the session duration, if set} */
        public Optional<Duration> sessionDuration() {
            return Optional.ofNullable(sessionDuration);
        }

        /** {@return the longest message, if set} */
        public Optional<Integer> maximumMessageLength() {
            return Optional.ofNullable(maximumMessageLength);
        }

        /** {@return the message rate, if set} */
        public Optional<Integer> maximumMessageRatePerSecond() {
            return Optional.ofNullable(maximumMessageRatePerSecond);
        }

        /** {@return the review Lambda's ARN, if set} */
        public Optional<String> messageReviewHandler() {
            return Optional.ofNullable(messageReviewHandler);
        }

        @Override
        public String toString() {
            return "LiveChat[enabled=" + enabled + ", sessionDuration=" + sessionDuration + ", maximumMessageLength="
                    + maximumMessageLength + ", maximumMessageRatePerSecond=" + maximumMessageRatePerSecond
                    + ", messageReviewHandler=" + messageReviewHandler + "]";
        }
    }

    /**
     * A P-384 private key given either as its PEM text ({@code private-key}, from an environment variable or a
     * secret store, say) or as a file ({@code private-key-location}, such as {@code file:/run/secrets/key.pem}),
     * never both. Immutable; safe to share between threads; {@link #toString()} never shows the key.
     */
    public static final class TokenKey {
        /** The private key's PEM text (PKCS#8 or SEC1); a secret. */
        private final @Nullable String privateKey;
        /** Where to read the private key's PEM from, such as file:/run/secrets/ivs-key.pem. */
        private final @Nullable Resource privateKeyLocation;

        /**
         * Binds the properties.
         *
         * @param privateKey the PEM text, or {@code null}
         * @param privateKeyLocation the PEM file, or {@code null}
         */
        public TokenKey(@Nullable String privateKey, @Nullable Resource privateKeyLocation) {
            this.privateKey = privateKey == null || privateKey.isBlank() ? null : privateKey;
            this.privateKeyLocation = privateKeyLocation;
        }

        /** {@return the private key's PEM text, if given as a value} */
        public Optional<String> privateKey() {
            return Optional.ofNullable(privateKey);
        }

        /** {@return where to read the private key from, if given as a location} */
        public Optional<Resource> privateKeyLocation() {
            return Optional.ofNullable(privateKeyLocation);
        }

        @Override
        public String toString() {
            return privateKey != null ? "TokenKey[privateKey=<redacted>]"
                    : privateKeyLocation != null ? "TokenKey[privateKeyLocation=" + privateKeyLocation + "]"
                    : "TokenKey[none]";
        }
    }

    /**
     * The key that signs participant tokens locally: a P-384 private key, as its PEM text or a file (never both),
     * and the ARN under which its public half was imported into IVS. Immutable; safe to share between threads;
     * {@link #toString()} never shows the key.
     */
    public static final class ParticipantTokenKey {
        /** The private key's PEM text (PKCS#8 or SEC1); a secret. */
        private final @Nullable String privateKey;
        /** Where to read the private key's PEM from, such as file:/run/secrets/ivs-key.pem. */
        private final @Nullable Resource privateKeyLocation;
        /** The ARN IVS returned when the key's public half was imported (ImportPublicKey). */
        @JsonProperty
        private final @Nullable String publicKeyArn;

        /**
         * Binds the properties.
         *
         * @param privateKey the PEM text, or {@code null}
         * @param privateKeyLocation the PEM file, or {@code null}
         * @param publicKeyArn the imported public key's ARN, or {@code null}
         */
        public ParticipantTokenKey(@Nullable String privateKey, @Nullable Resource privateKeyLocation,
                @Nullable String publicKeyArn) {
            this.privateKey = privateKey == null || privateKey.isBlank() ? null : privateKey;
            this.privateKeyLocation = privateKeyLocation;
            this.publicKeyArn = publicKeyArn == null || publicKeyArn.isBlank() ? null : publicKeyArn;
        }

        /** {@return the private key, as a value or a location} */
        public TokenKey key() {
            return new TokenKey(privateKey, privateKeyLocation);
        }

        /** {@return the imported public key's ARN, if given} */
        public Optional<String> publicKeyArn() {
            return Optional.ofNullable(publicKeyArn);
        }

        @Override
        public String toString() {
            return "ParticipantTokenKey[" + key() + ", publicKeyArn=" + publicKeyArn + "]";
        }
    }
}
