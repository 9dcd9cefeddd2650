package io.ivsjava.emulator;

import io.ivsjava.emulator.internal.EmulatorServer;
import java.net.InetAddress;
import java.net.URI;
import java.security.PublicKey;

/**
 * A local stand-in for Amazon IVS: an HTTP server that speaks the IVS and IVS Real-Time REST-JSON protocol, so
 * that unmodified AWS SDK clients, of any language and version, work against it through an endpoint override.
 *
 * <pre>{@code
 * try (IvsEmulator ivs = IvsEmulator.start()) {
 *     IvsRealTimeClient client = IvsRealTimeClient.builder()
 *             .endpointOverride(ivs.endpoint())
 *             .region(Region.of(ivs.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(
 *                     AwsBasicCredentials.create(ivs.accessKeyId(), ivs.secretAccessKey())))
 *             .build();
 *     client.createStage(b -> b.name("my-stage"));
 * }
 * }</pre>
 *
 * <p>Both services answer on the one endpoint. Requests are validated against the official API models (required
 * members, lengths, ranges, patterns, enums) and answered with the models' shapes, status codes and error codes.
 * State lives in memory, per emulator: two emulators in one JVM share nothing.
 *
 * <p>The emulator starts on a free loopback port in milliseconds; {@link #close()} stops it. It is thread-safe:
 * any number of clients may call it at once, and its methods may be called from any thread.
 */
public final class IvsEmulator implements AutoCloseable {
    private final EmulatorServer server;

    private IvsEmulator(EmulatorServer server) {
        this.server = server;
    }

    /**
     * Starts an emulator with the default options: a free port on the loopback address, region
     * {@value EmulatorOptions#DEFAULT_REGION}, account {@value EmulatorOptions#DEFAULT_ACCOUNT_ID}.
     *
     * @return the running emulator
     * @throws java.io.UncheckedIOException if no port can be bound
     */
    public static IvsEmulator start() {
        return start(EmulatorOptions.defaults());
    }

    /**
     * Starts an emulator.
     *
     * @param options where to listen and which account and region to be
     * @return the running emulator
     * @throws java.io.UncheckedIOException if the port cannot be bound
     */
    public static IvsEmulator start(EmulatorOptions options) {
        return new IvsEmulator(EmulatorServer.start(options));
    }

    /**
     * A builder of emulator options, ending in {@link Builder#start()}.
     *
     * @return a builder holding the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The URL to give SDK clients as their endpoint override, such as {@code http://127.0.0.1:49321}.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return server.endpoint();
    }

    /**
     * The region the emulator uses in ARNs and URLs; configure clients with it.
     *
     * @return the region name
     */
    public String region() {
        return server.options().region();
    }

    /**
     * The account id in the ARNs the emulator creates.
     *
     * @return the 12-digit account id
     */
    public String accountId() {
        return server.options().accountId();
    }

    /**
     * An access key id for clients. The emulator accepts any credentials; this one is here for convenience.
     *
     * @return {@code ivs-emulator}
     */
    public String accessKeyId() {
        return "ivs-emulator";
    }

    /**
     * The secret paired with {@link #accessKeyId()}.
     *
     * @return a fixed, non-secret value
     */
    public String secretAccessKey() {
        return "ivs-emulator-secret";
    }

    /**
     * The public key that verifies the participant tokens this emulator issues (ES384, P-384). Real IVS keeps its
     * key to itself; the emulator shares it so tests can check the tokens a backend hands out.
     *
     * @return the emulator's token-signing public key
     */
    public PublicKey participantTokenPublicKey() {
        return server.participantTokenPublicKey();
    }

    /**
     * How many requests the emulator has answered, whatever their outcome.
     *
     * @return the count since start
     */
    public long requestCount() {
        return server.requestCount();
    }

    /**
     * How many requests for one operation the emulator has answered, whatever their outcome. Handy for checking
     * that code rejected bad input without calling IVS, or fetched a list lazily.
     *
     * @param operation an operation name such as {@code CreateParticipantToken}
     * @return the count since start
     */
    public long requestCount(String operation) {
        return server.requestCount(operation);
    }

    /**
     * Makes a channel live, as when a broadcaster's encoder connects with the channel's stream key. Afterwards
     * {@code GetStream} returns a {@code LIVE}, {@code HEALTHY} stream that {@code ListStreams} lists,
     * {@code PutMetadata} and {@code InsertAdBreak} are accepted, and {@code UpdateChannel} and
     * {@code DeleteChannel} answer {@code ConflictException}. A new stream session opens ({@code GetStreamSession},
     * {@code ListStreamSessions}) with a {@code st-} stream id, its start time, the channel as it is now, the ingest
     * settings of a common encoder, the channel's recording configuration if it has one, and the events
     * {@code Session Created} and {@code Stream Start} (and {@code Recording Start} when recording). Does nothing
     * if the channel is already live.
     *
     * <p>Acts in the account and region named by the ARN.
     *
     * @param channelArn the channel's ARN
     * @throws IllegalArgumentException if the emulator has no such channel, or the channel has no stream key for
     *     an encoder to connect with
     */
    public void simulateStreamStart(String channelArn) {
        server.simulateStreamStart(channelArn);
    }

    /**
     * Makes a channel live with a stream of the given health, as {@link #simulateStreamStart(String)} does: for
     * example {@code STARVING}, when the encoder sends less than it should (the session then also records a
     * {@code Starvation Start} event).
     *
     * @param channelArn the channel's ARN
     * @param health {@code HEALTHY}, {@code STARVING} or {@code UNKNOWN}, as in the model's {@code StreamHealth}
     * @throws IllegalArgumentException if the health is not one of those, the emulator has no such channel, or the
     *     channel has no stream key
     */
    public void simulateStreamStart(String channelArn, String health) {
        server.simulateStreamStart(channelArn, health);
    }

    /**
     * Ends a channel's stream, as when the encoder disconnects (or {@code StopStream} is called): {@code GetStream}
     * answers {@code ChannelNotBroadcasting} again, and the stream session gets its end time and the events
     * {@code Stream End} and {@code Session Ended} (and {@code Recording End} when recording). Does nothing if the
     * channel is not live.
     *
     * @param channelArn the channel's ARN
     * @throws IllegalArgumentException if the emulator has no such channel
     */
    public void simulateStreamEnd(String channelArn) {
        server.simulateStreamEnd(channelArn);
    }

    /**
     * Stops the server and frees its port and threads. Calling it again does nothing. A closed emulator cannot be
     * restarted; start a new one.
     */
    @Override
    public void close() {
        server.close();
    }

    /** {@return a description with the endpoint, region and account} */
    @Override
    public String toString() {
        return "IvsEmulator[" + endpoint() + ", region " + region() + ", account " + accountId() + "]";
    }

    /**
     * Collects {@link EmulatorOptions} and starts an emulator with them. Not thread-safe; use one builder per
     * thread.
     */
    public static final class Builder {
        private EmulatorOptions options = EmulatorOptions.defaults();

        private Builder() {
        }

        /**
         * The TCP port; 0, the default, picks a free one.
         *
         * @param port 0..65535
         * @return this builder
         */
        public Builder port(int port) {
            options = new EmulatorOptions(port, options.bindAddress(), options.region(), options.accountId(), options.quotas());
            return this;
        }

        /**
         * The address to listen on; default loopback.
         *
         * @param address an address of this machine
         * @return this builder
         */
        public Builder bindAddress(InetAddress address) {
            options = new EmulatorOptions(options.port(), address, options.region(), options.accountId(), options.quotas());
            return this;
        }

        /**
         * The region to be; default {@value EmulatorOptions#DEFAULT_REGION}.
         *
         * @param region such as {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            options = new EmulatorOptions(options.port(), options.bindAddress(), region, options.accountId(), options.quotas());
            return this;
        }

        /**
         * The account to be; default {@value EmulatorOptions#DEFAULT_ACCOUNT_ID}.
         *
         * @param accountId 12 digits
         * @return this builder
         */
        public Builder accountId(String accountId) {
            options = new EmulatorOptions(options.port(), options.bindAddress(), options.region(), accountId, options.quotas());
            return this;
        }

        /**
         * Changes one quota from IVS's default, such as {@code quota(Quota.STAGES, 100_000)} for a load test.
         *
         * @param quota the quota
         * @param limit its limit, 0 or more
         * @return this builder
         */
        public Builder quota(Quota quota, int limit) {
            options = options.withQuota(quota, limit);
            return this;
        }

        /**
         * Starts an emulator with the options set so far.
         *
         * @return the running emulator
         */
        public IvsEmulator start() {
            return IvsEmulator.start(options);
        }
    }
}
