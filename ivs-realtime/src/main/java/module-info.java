/**
 * Real-time streaming on Amazon IVS: stages, participant tokens (from the API, or signed and verified locally),
 * participants, compositions, encoder, storage and ingest configurations.
 */
module io.ivsjava.realtime {
    exports io.ivsjava.realtime;

    requires transitive io.ivsjava.core;
    requires transitive software.amazon.awssdk.services.ivsrealtime;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;
}
