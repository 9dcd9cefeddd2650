package io.ivsjava.core;

/**
 * The way a live stream is produced and watched on IVS: the central choice of an app built with ivs-java.
 *
 * <table>
 *   <caption>What each mode uses</caption>
 *   <tr><th>mode</th><th>hosts send</th><th>hosts see co-hosts</th><th>viewers watch</th><th>IVS resources</th></tr>
 *   <tr><td>{@link #REAL_TIME}</td><td>WebRTC</td><td>WebRTC</td><td>WebRTC, ~300 ms, ≤720p</td><td>stage</td></tr>
 *   <tr><td>{@link #LOW_LATENCY}</td><td>RTMPS/SRT</td><td>(one broadcaster)</td><td>HLS, 2–5 s, ≤1080p</td>
 *       <td>channel + stream key</td></tr>
 *   <tr><td>{@link #HYBRID}</td><td>WebRTC</td><td>WebRTC</td><td>HLS, 2–5 s, ≤1080p</td>
 *       <td>stage + composition + channel</td></tr>
 * </table>
 *
 * <p>Immutable; safe to share between threads.
 */
public enum StreamingMode {
    /** Hosts and viewers all meet on a stage over WebRTC: interactive, about 300 ms, up to 720p. */
    REAL_TIME(Ingest.WEBRTC, Delivery.WEBRTC, Delivery.WEBRTC),

    /**
     * The classic broadcast: one host's encoder sends RTMPS or SRT to a channel and viewers play HLS, a few
     * seconds behind, up to 1080p. The host watches the result over HLS like everyone else.
     */
    LOW_LATENCY(Ingest.RTMPS, Delivery.HLS, Delivery.HLS),

    /**
     * Hosts meet in real time on a stage over WebRTC; server-side composition mixes them into one video sent to
     * a channel, and viewers play that channel over HLS.
     */
    HYBRID(Ingest.WEBRTC, Delivery.WEBRTC, Delivery.HLS);

    private final Ingest hostIngest;
    private final Delivery hostDelivery;
    private final Delivery viewerDelivery;

    StreamingMode(Ingest hostIngest, Delivery hostDelivery, Delivery viewerDelivery) {
        this.hostIngest = hostIngest;
        this.hostDelivery = hostDelivery;
        this.viewerDelivery = viewerDelivery;
    }

    /**
     * How a host's camera reaches IVS in this mode.
     *
     * @return WebRTC to a stage, or RTMPS to a channel
     */
    public Ingest hostIngest() {
        return hostIngest;
    }

    /**
     * How a host receives the stream in this mode: the other hosts over WebRTC on a stage, or (low latency,
     * where there is a single broadcaster) their own broadcast over HLS.
     *
     * @return the host's delivery
     */
    public Delivery hostDelivery() {
        return hostDelivery;
    }

    /**
     * How a viewer receives the stream in this mode.
     *
     * @return WebRTC from the stage, or HLS from the channel
     */
    public Delivery viewerDelivery() {
        return viewerDelivery;
    }

    /**
     * Whether this mode needs an IVS stage (real-time and hybrid).
     *
     * @return true if hosts meet on a stage
     */
    public boolean usesStage() {
        return hostIngest == Ingest.WEBRTC;
    }

    /**
     * Whether this mode needs an IVS channel (low latency and hybrid).
     *
     * @return true if viewers watch a channel over HLS
     */
    public boolean usesChannel() {
        return viewerDelivery == Delivery.HLS;
    }

    /**
     * Whether this mode needs server-side composition from a stage to a channel (hybrid only).
     *
     * @return true if a stage's hosts are mixed into a channel
     */
    public boolean usesComposition() {
        return usesStage() && usesChannel();
    }
}
