package io.ivsjava.emulator;

/**
 * The resource quotas the emulator enforces, per account and region as IVS does, answering
 * {@code ServiceQuotaExceededException} (HTTP 402) past the limit. Each starts at IVS's default and can be changed
 * with {@link IvsEmulator.Builder#quota(Quota, int)} or {@code --quota NAME=N}, for example to create 100,000 stages
 * in a load test.
 *
 * <p>The defaults marked "published" are those of the IVS service-quotas pages; the others are the emulator's
 * choice where the documentation gives no number, and are listed as such in the README.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum Quota {
    /** Stages per account and region; published default 100. */
    STAGES(100),
    /** Concurrent (not yet stopped) compositions; published default 5. */
    COMPOSITIONS(5),
    /** Encoder configurations; published default 20. */
    ENCODER_CONFIGURATIONS(20),
    /** Storage configurations; the emulator's default 20. */
    STORAGE_CONFIGURATIONS(20),
    /** Ingest configurations; the emulator's default 1,000. */
    INGEST_CONFIGURATIONS(1_000),
    /** Imported public keys (for self-signed participant tokens); the emulator's default 100. */
    PUBLIC_KEYS(100),
    /** Participants publishing on one stage at once; published limit 12. */
    STAGE_PUBLISHERS(12),
    /** Participants subscribed to one stage at once; published default 10,000. */
    STAGE_SUBSCRIBERS(10_000),
    /** Channels per account and region; published default 5,000. */
    CHANNELS(5_000),
    /** Stream keys per channel; published limit 1. */
    STREAM_KEYS_PER_CHANNEL(1),
    /** Playback key pairs; published default 3. */
    PLAYBACK_KEY_PAIRS(3),
    /** Recording configurations; published default 20. */
    RECORDING_CONFIGURATIONS(20),
    /** Playback restriction policies; the emulator's default 20. */
    PLAYBACK_RESTRICTION_POLICIES(20),
    /** Ad configurations; the emulator's default 20. */
    AD_CONFIGURATIONS(20),
    /** IVS Chat rooms per account and region; default 50,000 (remembered from the chat quotas, not confirmed). */
    ROOMS(50_000),
    /** IVS Chat logging configurations per account and region; published default 10. */
    LOGGING_CONFIGURATIONS(10),
    /** Concurrent chat connections per account and region, across all rooms; published default 50,000. */
    CHAT_CONNECTIONS(50_000);

    private final int defaultLimit;

    Quota(int defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    /**
     * The limit the emulator applies unless told otherwise.
     *
     * @return the default limit
     */
    public int defaultLimit() {
        return defaultLimit;
    }

}
