package io.ivsjava.core;

/**
 * How a host's camera reaches IVS.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum Ingest {
    /** The host publishes over WebRTC to a stage, with a participant token that allows publishing. */
    WEBRTC,
    /**
     * The host's encoder (OBS, a mobile broadcast SDK) sends RTMPS, or SRT, to a channel's ingest endpoint with
     * the channel's stream key.
     */
    RTMPS
}
