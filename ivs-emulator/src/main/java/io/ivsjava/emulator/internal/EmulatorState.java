package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.Quota;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Everything one emulator knows: one {@link Partition} per account and region that a request has touched, created
 * on first use, and what they share (the clock, randomness, quotas).
 *
 * <p>Thread-safe: partitions are created atomically, and each guards itself.
 */
final class EmulatorState {
    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private final EmulatorOptions options;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Partition> partitions = new ConcurrentHashMap<>();
    private final EventFeed events = new EventFeed();
    /** HLS playback, when the media plane is on. */
    private volatile Optional<Playback> playback = Optional.empty();
    private volatile Optional<String> ingestAuthority = Optional.empty();

    EmulatorState(EmulatorOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** {@return the feed of EventBridge-shaped events the simulations imply} */
    EventFeed events() {
        return events;
    }

    /** {@return HLS playback, present when the media plane is on} */
    Optional<Playback> playback() {
        return playback;
    }

    /**
     * Turns playback on: set once, before the emulator serves requests.
     *
     * @param on the playback side
     */
    void playback(Playback on) {
        this.playback = Optional.of(on);
    }

    /**
     * Where encoders reach the media plane, {@code HOST:PORT}, once its RTMP server listens: channels' ingest
     * endpoints and stages' RTMP(S) endpoints name it. Set once, before the API serves requests.
     *
     * @param authority such as {@code 127.0.0.1:1935}
     */
    void ingestAuthority(String authority) {
        this.ingestAuthority = Optional.of(authority);
    }

    /** {@return where encoders reach the media plane, {@code HOST:PORT}; empty while it is off} */
    Optional<String> ingestAuthority() {
        return ingestAuthority;
    }

    /** {@return the options the emulator started with} */
    EmulatorOptions options() {
        return options;
    }

    /**
     * The partition of one account and region.
     *
     * @param accountId the account
     * @param region the region
     * @return its partition, created if new
     */
    Partition partition(String accountId, String region) {
        return partitions.computeIfAbsent(accountId + "/" + region, k -> new Partition(this, accountId, region));
    }

    /**
     * The partition of one account and region, if a request has touched it; never creates one.
     *
     * @param accountId the account
     * @param region the region
     * @return its partition
     */
    Optional<Partition> existingPartition(String accountId, String region) {
        return Optional.ofNullable(partitions.get(accountId + "/" + region));
    }

    /** {@return the partition of the configured account and region} */
    Partition defaultPartition() {
        return partition(options.accountId(), options.region());
    }

    /**
     * The partition an ARN belongs to.
     *
     * @param arn an IVS ARN
     * @return its partition
     * @throws IllegalArgumentException if the text is not an IVS ARN
     */
    Partition partitionOf(String arn) {
        IvsArns.Parts parts = IvsArns.parse(arn)
                .orElseThrow(() -> new IllegalArgumentException("\"" + arn + "\" is not an IVS ARN"));
        return partition(parts.accountId(), parts.region());
    }

    /** Forgets every partition: all resources and side state of every account and region. */
    void reset() {
        partitions.clear();
    }

    /** {@return every partition touched so far} */
    Collection<Partition> partitions() {
        return partitions.values();
    }

    /**
     * The limit of a quota.
     *
     * @param quota the quota
     * @return its configured or default limit
     */
    int limit(Quota quota) {
        return options.limit(quota);
    }

    /** {@return the current time, to the second, as IVS reports times} */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@return the current time, to the millisecond} */
    Instant instant() {
        return clock.instant();
    }

    /**
     * Random letters and digits, the alphabet of IVS ids.
     *
     * @param length how many
     * @return the id
     */
    String randomId(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALNUM[random.nextInt(ALNUM.length)];
        }
        return new String(out);
    }
}
