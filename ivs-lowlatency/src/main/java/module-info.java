/**
 * Low-latency streaming on Amazon IVS: channels, stream keys, ingest and playback URLs, streams and sessions,
 * timed metadata, private playback with signed tokens, recording and playback restrictions.
 */
module io.ivsjava.lowlatency {
    exports io.ivsjava.lowlatency;

    requires transitive io.ivsjava.core;
    requires transitive software.amazon.awssdk.services.ivs;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires org.slf4j;
    requires static org.jspecify;
}
