package io.ivsjava.lowlatency;

/**
 * Whether a recording configuration can record yet: IVS checks its S3 bucket after creating it.
 *
 * <p>Immutable; safe to share between threads.
 */
public enum RecordingState {
    /** IVS is still checking the configuration; channels cannot use it yet. */
    CREATING,
    /** The configuration cannot record (typically the bucket is missing, in another region, or not writable). */
    CREATE_FAILED,
    /** Channels can record with it. */
    ACTIVE,
    /** A state IVS added after this version of ivs-java (name in {@code unknownValues()}). */
    UNKNOWN
}
