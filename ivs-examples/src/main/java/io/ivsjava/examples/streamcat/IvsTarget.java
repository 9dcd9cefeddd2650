package io.ivsjava.examples.streamcat;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.EventWebhook;
import io.ivsjava.emulator.IvsEmulator;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which IVS the backend talks to: an embedded emulator (the default), another emulator by URL, or AWS.
 *
 * <p>Thread-safe; {@link #close()} stops an emulator this target started.
 */
public final class IvsTarget implements AutoCloseable {
    private final boolean startsWithBackend;
    private final boolean ownsEmulator;
    private final OptionalInt rtmpPort;
    private IvsConnection connection;
    private Optional<URI> chatMessagingEndpoint;
    private Optional<IvsEmulator> emulator;
    private String description;

    private IvsTarget(IvsConnection connection, Optional<URI> chatMessagingEndpoint, Optional<IvsEmulator> emulator,
                      boolean ownsEmulator, String description) {
        this.startsWithBackend = false;
        this.rtmpPort = OptionalInt.empty();
        this.connection = connection;
        this.chatMessagingEndpoint = chatMessagingEndpoint;
        this.emulator = emulator;
        this.ownsEmulator = ownsEmulator;
        this.description = description;
    }

    private IvsTarget(OptionalInt rtmpPort) {
        this.startsWithBackend = true;
        this.rtmpPort = rtmpPort;
        this.ownsEmulator = true;
        this.emulator = Optional.empty();
        this.chatMessagingEndpoint = Optional.empty();
        this.description = "embedded IVS emulator (not started yet)";
    }

    /**
     * An emulator in this process, started by the backend once it listens, so that the emulator's events reach the
     * backend's {@code /events} as EventBridge delivers them: through its webhook, posted with the events API key;
     * stopped with the target.
     *
     * @return the target
     */
    public static IvsTarget embedded() {
        return new IvsTarget(OptionalInt.empty());
    }

    /**
     * As {@link #embedded()}, with the emulator's real media plane on: it takes RTMP(S) publishes on a port of its
     * own, so the ingest endpoint of every channel (and the RTMPS server a studio hands out) reaches it, and serves
     * what arrives as HLS at the channel's playback URL.
     *
     * @param rtmpPort the RTMP port; 0 picks a free one
     * @return the target
     */
    public static IvsTarget embeddedWithMediaPlane(int rtmpPort) {
        if (rtmpPort < 0 || rtmpPort > 65535) {
            throw new IllegalArgumentException("rtmpPort: " + rtmpPort + " is out of range; allowed 0..65535 (0 picks "
                    + "a free port)");
        }
        return new IvsTarget(OptionalInt.of(rtmpPort));
    }

    /**
     * Starts the emulator of {@link #embedded()}, posting its events to a webhook if one is given; does nothing for
     * any other target, or once started.
     *
     * @param webhook where the emulator posts its events
     */
    synchronized void start(Optional<EventWebhook> webhook) {
        if (!startsWithBackend || emulator.isPresent()) {
            return;
        }
        IvsEmulator.Builder builder = IvsEmulator.builder();
        webhook.ifPresent(builder::eventWebhook);
        rtmpPort.ifPresent(builder::rtmpPort);
        IvsEmulator started = builder.start();
        emulator = Optional.of(started);
        connection = connectionTo(started);
        chatMessagingEndpoint = Optional.of(started.chatMessagingEndpoint());
        description = "embedded IVS emulator at " + started.endpoint() + " (" + started.region() + ")"
                + started.rtmpEndpoint().map(rtmp -> ", RTMP ingest at " + rtmp).orElse("");
    }

    /** {@return whether the backend starts this target's emulator, and so can give it a webhook} */
    boolean startsWithBackend() {
        return startsWithBackend;
    }

    /**
     * An emulator already running in this process, left running when the target closes (so that a backend can be
     * restarted against the same emulated IVS).
     *
     * @param emulator the emulator
     * @return the target
     */
    public static IvsTarget embedded(IvsEmulator emulator) {
        return new IvsTarget(connectionTo(emulator), Optional.of(emulator.chatMessagingEndpoint()),
                Optional.of(emulator), false,
                "embedded IVS emulator at " + emulator.endpoint() + " (" + emulator.region() + ")");
    }

    /**
     * Another emulator, such as the standalone jar, by URL; its chat messaging WebSocket is at {@code /chat} on the
     * same host and port.
     *
     * @param endpoint its URL
     * @param region the region to sign requests for
     * @return the target
     */
    public static IvsTarget endpoint(URI endpoint, String region) {
        return new IvsTarget(IvsConnection.builder().endpoint(endpoint).region(region)
                .credentials("ivs-emulator", "ivs-emulator-secret").build(),
                Optional.of(URI.create(("https".equalsIgnoreCase(endpoint.getScheme()) ? "wss" : "ws") + "://"
                        + endpoint.getRawAuthority() + "/chat")), Optional.empty(), false,
                "IVS emulator at " + endpoint + " (" + region + ")");
    }

    /**
     * Amazon IVS, through the default credential and region chains.
     *
     * @return the target
     */
    public static IvsTarget aws() {
        return new IvsTarget(IvsConnection.defaults(), Optional.empty(), Optional.empty(), false,
                "AWS (default credential and region chains)");
    }

    synchronized IvsConnection connection() {
        start(Optional.empty());
        return connection;
    }

    /**
     * Where chat clients connect: an emulator's messaging WebSocket; empty for AWS, where IVS Chat's endpoint for
     * the region is derived from the chat client.
     */
    synchronized Optional<URI> chatMessagingEndpoint() {
        start(Optional.empty());
        return chatMessagingEndpoint;
    }

    /** The emulator in this process, whose media-plane simulations and event feed the backend can use. */
    synchronized Optional<IvsEmulator> emulator() {
        return emulator;
    }

    /** {@return what this target is, for people} */
    @Override
    public synchronized String toString() {
        return description;
    }

    @Override
    public synchronized void close() {
        if (ownsEmulator) {
            emulator.ifPresent(IvsEmulator::close);
        }
    }

    private static IvsConnection connectionTo(IvsEmulator emulator) {
        return IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build();
    }
}
