package io.ivsjava.emulator.internal.rtmp;

import io.ivsjava.emulator.internal.media.MediaSink;

/**
 * What the RTMP server asks of the emulator: whether a stream key may publish, and what a publish does. The server
 * knows RTMP; the emulator knows channels, stages and their state.
 *
 * <p>Implementations must be thread-safe: each connection calls from its own thread.
 */
public interface Publishing {
    /**
     * A publisher asks to publish with a stream key.
     *
     * @param streamKey the publish name under the {@code app} application
     * @param secure whether the connection is RTMPS
     * @param cutOff closes the publisher's connection: call it (from any thread, without blocking) when the
     *     emulator ends the publish, such as on {@code StopStream}
     * @return the publish
     * @throws Refused if the key names no channel or ingest configuration, or its target is taken
     */
    Publication begin(String streamKey, boolean secure, Runnable cutOff) throws Refused;

    /** One accepted publish. Its methods are called from the publisher's connection thread. */
    interface Publication {
        /**
         * The stream's parameters are known: it goes live.
         *
         * @param parameters what the publisher sends
         * @return where the stream's media goes from now on
         * @throws Refused if it can no longer go live (cut off meanwhile, its channel deleted or already live)
         */
        MediaSink live(IngestParameters parameters) throws Refused;

        /**
         * Newer measurements of a live stream (its bit rate, once some media has arrived).
         *
         * @param parameters what the publisher sends
         */
        void measured(IngestParameters parameters);

        /** The publisher left, or was cut off: the publish ends. Called once. */
        void end();
    }

    /** A publish refused, with the RTMP status code and description the publisher is told. */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        /** The stream key matches no channel or ingest configuration (or it was deleted). */
        public static final String REJECTED = "NetStream.Publish.Rejected";
        /** Another publisher is on the channel or ingest configuration already. */
        public static final String BAD_NAME = "NetStream.Publish.BadName";

        private final String code;

        /**
         * A refusal.
         *
         * @param code the {@code onStatus} code, {@link #REJECTED} or {@link #BAD_NAME}
         * @param description what the publisher is told; never the stream key
         */
        public Refused(String code, String description) {
            super(description, null, false, false);
            this.code = code;
        }

        /** {@return the {@code onStatus} code} */
        public String code() {
            return code;
        }
    }
}
