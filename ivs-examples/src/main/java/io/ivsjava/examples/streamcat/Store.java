package io.ivsjava.examples.streamcat;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.events.LiveStatus;
import io.ivsjava.events.StageUpdate;
import io.ivsjava.events.StreamStateChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * StreamCat's own state in its database: users, the IVS resources provisioned for them, co-host invites, chat bans
 * and the live flag. Plain JDBC, portable SQL.
 *
 * <p>Thread-safe: every method is one transaction on a pooled connection.
 */
public final class Store {
    private final Database db;
    private final Clock clock;

    /**
     * A store over an open database.
     *
     * @param db the database
     * @param clock the clock for timestamps
     */
    public Store(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * A StreamCat user. Immutable; safe to share between threads.
     *
     * @param username the unique name
     * @param mode how the user streams
     * @param createdAt when they signed up
     */
    public record User(String username, StreamingMode mode, Instant createdAt) {
    }

    /**
     * The IVS resources provisioned for a user, as ARNs and URLs; which ones are present depends on the mode.
     * Immutable; safe to share between threads.
     *
     * @param stageArn the stage (real-time and hybrid)
     * @param stageEventsUrl the stage's events endpoint
     * @param stageWhipUrl the stage's WHIP endpoint
     * @param channelArn the channel (low latency and hybrid)
     * @param playbackUrl the channel's HLS playback URL
     * @param ingestServer the channel's RTMPS ingest URL
     * @param streamKeyArn the channel's stream key (never its value)
     * @param channelPrivate whether playback needs a signed token
     * @param compositionArn the composition carrying the stage to the channel while a hybrid stream is live
     * @param chatRoomArn the user's chat room
     */
    public record Resources(Optional<String> stageArn, Optional<String> stageEventsUrl, Optional<String> stageWhipUrl,
                            Optional<String> channelArn, Optional<String> playbackUrl, Optional<String> ingestServer,
                            Optional<String> streamKeyArn, boolean channelPrivate, Optional<String> compositionArn,
                            Optional<String> chatRoomArn) {
        /** No resources at all. */
        public static final Resources NONE = new Resources(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty());

        /**
         * Resources without a chat room.
         *
         * @param stageArn the stage
         * @param stageEventsUrl the stage's events endpoint
         * @param stageWhipUrl the stage's WHIP endpoint
         * @param channelArn the channel
         * @param playbackUrl the channel's HLS playback URL
         * @param ingestServer the channel's RTMPS ingest URL
         * @param streamKeyArn the channel's stream key
         * @param channelPrivate whether playback needs a signed token
         * @param compositionArn the running composition
         */
        public Resources(Optional<String> stageArn, Optional<String> stageEventsUrl, Optional<String> stageWhipUrl,
                         Optional<String> channelArn, Optional<String> playbackUrl, Optional<String> ingestServer,
                         Optional<String> streamKeyArn, boolean channelPrivate, Optional<String> compositionArn) {
            this(stageArn, stageEventsUrl, stageWhipUrl, channelArn, playbackUrl, ingestServer, streamKeyArn,
                    channelPrivate, compositionArn, Optional.empty());
        }

        /**
         * The same resources with another composition.
         *
         * @param composition the composition, or empty when none runs
         * @return the copy
         */
        public Resources withComposition(Optional<String> composition) {
            return new Resources(stageArn, stageEventsUrl, stageWhipUrl, channelArn, playbackUrl, ingestServer,
                    streamKeyArn, channelPrivate, composition, chatRoomArn);
        }
    }

    /**
     * Whether a user is live, and for a channel, the event state behind it. Immutable; safe to share between threads.
     *
     * @param username the user
     * @param live whether they are live
     * @param channel the channel events are about; empty for a real-time user
     * @param status the channel's status as events left it; empty for a real-time user
     */
    public record Live(String username, boolean live, Optional<ChannelArn> channel, Optional<LiveStatus> status) {
    }

    // ---- users

    /**
     * Records a new user with their resources and an offline live flag.
     *
     * @param user the user
     * @param apiKeyHash the SHA-256 hex of their API key
     * @param resources what was provisioned for them
     * @return false if the name is taken (nothing is written then)
     */
    public boolean createUser(User user, String apiKeyHash, Resources resources) {
        try {
            return insertUser(user, apiKeyHash, resources);
        } catch (Database.StoreException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false; // another instance inserted the same name between our check and our insert
            }
            throw e;
        }
    }

    private boolean insertUser(User user, String apiKeyHash, Resources resources) {
        return db.inTransaction(c -> {
            if (findUser(c, user.username()).isPresent()) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO users (username, mode, api_key_hash, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, user.username());
                insert.setString(2, user.mode().name());
                insert.setString(3, apiKeyHash);
                insert.setObject(4, utc(user.createdAt()));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO resources (username, channel_private, "
                    + "updated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, user.username());
                insert.setBoolean(2, false);
                insert.setObject(3, now());
                insert.executeUpdate();
            }
            writeResources(c, user.username(), resources);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO live_status (username, channel_arn, live, "
                    + "ended_stream_ids, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, user.username());
                insert.setString(2, resources.channelArn().orElse(null));
                insert.setBoolean(3, false);
                insert.setString(4, "");
                insert.setObject(5, now());
                insert.executeUpdate();
            }
            return true;
        });
    }

    /**
     * A user by name.
     *
     * @param username the name
     * @return the user, if signed up
     */
    public Optional<User> user(String username) {
        return db.inTransaction(c -> findUser(c, username));
    }

    /**
     * The user an API key belongs to.
     *
     * @param apiKeyHash the SHA-256 hex of the key
     * @return the user, if any
     */
    public Optional<User> userByApiKeyHash(String apiKeyHash) {
        return db.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT username, mode, created_at FROM users WHERE api_key_hash = ?")) {
                query.setString(1, apiKeyHash);
                return one(query, Store::readUser);
            }
        });
    }

    /**
     * Every user, by name.
     *
     * @return the users
     */
    public List<User> users() {
        return db.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT username, mode, created_at FROM users ORDER BY username")) {
                return all(query, Store::readUser);
            }
        });
    }

    /**
     * Deletes a user with everything stored about them (resources, invites and chat bans either way, live flag).
     *
     * @param username the user
     * @return false if there was no such user
     */
    public boolean deleteUser(String username) {
        return db.inTransaction(c -> {
            // Explicit deletes rather than relying only on ON DELETE CASCADE, so the order is the same on every
            // database and no row waits on another's cascade.
            for (String sql : List.of("DELETE FROM invites WHERE host = ? OR co_host = ?",
                    "DELETE FROM chat_bans WHERE host = ? OR banned = ?",
                    "DELETE FROM live_status WHERE username = ?", "DELETE FROM resources WHERE username = ?")) {
                try (PreparedStatement delete = c.prepareStatement(sql)) {
                    for (int i = 1; i <= delete.getParameterMetaData().getParameterCount(); i++) {
                        delete.setString(i, username);
                    }
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM users WHERE username = ?")) {
                delete.setString(1, username);
                return delete.executeUpdate() == 1;
            }
        });
    }

    // ---- resources

    /**
     * A user's resources.
     *
     * @param username the user
     * @return their resources; empty if there is no such user
     */
    public Optional<Resources> resources(String username) {
        return db.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT stage_arn, stage_events_url, stage_whip_url, "
                    + "channel_arn, playback_url, ingest_server, stream_key_arn, channel_private, composition_arn, "
                    + "chat_room_arn FROM resources WHERE username = ?")) {
                query.setString(1, username);
                return one(query, r -> new Resources(opt(r, 1), opt(r, 2), opt(r, 3), opt(r, 4), opt(r, 5),
                        opt(r, 6), opt(r, 7), r.getBoolean(8), opt(r, 9), opt(r, 10)));
            }
        });
    }

    /**
     * Replaces a user's resources.
     *
     * @param username the user
     * @param resources the resources now
     */
    public void saveResources(String username, Resources resources) {
        db.inTransaction(c -> {
            writeResources(c, username, resources);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE live_status SET channel_arn = ? WHERE username = ?")) {
                update.setString(1, resources.channelArn().orElse(null));
                update.setString(2, username);
                update.executeUpdate();
            }
            return null;
        });
    }

    private void writeResources(Connection c, String username, Resources r) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE resources SET stage_arn = ?, stage_events_url = ?, "
                + "stage_whip_url = ?, channel_arn = ?, playback_url = ?, ingest_server = ?, stream_key_arn = ?, "
                + "channel_private = ?, composition_arn = ?, chat_room_arn = ?, updated_at = ? WHERE username = ?")) {
            update.setString(1, r.stageArn().orElse(null));
            update.setString(2, r.stageEventsUrl().orElse(null));
            update.setString(3, r.stageWhipUrl().orElse(null));
            update.setString(4, r.channelArn().orElse(null));
            update.setString(5, r.playbackUrl().orElse(null));
            update.setString(6, r.ingestServer().orElse(null));
            update.setString(7, r.streamKeyArn().orElse(null));
            update.setBoolean(8, r.channelPrivate());
            update.setString(9, r.compositionArn().orElse(null));
            update.setString(10, r.chatRoomArn().orElse(null));
            update.setObject(11, now());
            update.setString(12, username);
            if (update.executeUpdate() != 1) {
                throw new SQLException("no resources row for user " + username, "02000");
            }
        }
    }

    // ---- invites (the InviteStore of io.ivsjava.live is JdbcInviteStore, over these)

    /**
     * Stores an invitation, replacing any of the same host and co-host.
     *
     * @param host the host
     * @param coHost the co-host
     * @param invitedAt when
     */
    void saveInvite(String host, String coHost, Instant invitedAt) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE invites SET invited_at = ? WHERE host = ? AND co_host = ?")) {
                update.setObject(1, utc(invitedAt));
                update.setString(2, host);
                update.setString(3, coHost);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO invites (host, co_host, invited_at) VALUES (?, ?, ?)")) {
                insert.setString(1, host);
                insert.setString(2, coHost);
                insert.setObject(3, utc(invitedAt));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Invitations: those a host sent ({@code host = ?}) or a user received ({@code co_host = ?}).
     *
     * @param column {@code host} or {@code co_host}
     * @param username the user
     * @return (host, co-host, invited at) triples, oldest first
     */
    List<StoredInvite> invites(String column, String username) {
        if (!column.equals("host") && !column.equals("co_host")) {
            throw new IllegalArgumentException(column);
        }
        return db.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT host, co_host, invited_at FROM invites WHERE "
                    + column + " = ? ORDER BY invited_at, host, co_host")) {
                query.setString(1, username);
                return all(query, r -> new StoredInvite(r.getString(1), r.getString(2), instant(r, 3).orElseThrow()));
            }
        });
    }

    /**
     * Removes invitations of a host: one co-host's, or all when the co-host is empty.
     *
     * @param host the host
     * @param coHost the co-host; empty for all
     * @return how many were removed
     */
    int deleteInvites(String host, Optional<String> coHost) {
        return db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM invites WHERE host = ?"
                    + (coHost.isPresent() ? " AND co_host = ?" : ""))) {
                delete.setString(1, host);
                if (coHost.isPresent()) {
                    delete.setString(2, coHost.get());
                }
                return delete.executeUpdate();
            }
        });
    }

    /**
     * An invitation as stored.
     *
     * @param host who invited
     * @param coHost who is invited
     * @param invitedAt when
     */
    record StoredInvite(String host, String coHost, Instant invitedAt) {
    }

    // ---- chat bans (the ChatBanStore of io.ivsjava.live is JdbcChatBanStore, over these)

    /**
     * Stores a ban, replacing any of the same host and banned user.
     *
     * @param ban the ban
     */
    void saveBan(StoredBan ban) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE chat_bans SET reason = ?, banned_at = ? WHERE host = ? AND banned = ?")) {
                update.setString(1, ban.reason());
                update.setObject(2, utc(ban.bannedAt()));
                update.setString(3, ban.host());
                update.setString(4, ban.banned());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO chat_bans (host, banned, reason, banned_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, ban.host());
                insert.setString(2, ban.banned());
                insert.setString(3, ban.reason());
                insert.setObject(4, utc(ban.bannedAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Bans from a host's chat: all of them, or one user's.
     *
     * @param host the host
     * @param banned the banned user; empty for all
     * @return the bans, oldest first
     */
    List<StoredBan> bans(String host, Optional<String> banned) {
        return db.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT host, banned, reason, banned_at FROM chat_bans "
                    + "WHERE host = ?" + (banned.isPresent() ? " AND banned = ?" : "")
                    + " ORDER BY banned_at, banned")) {
                query.setString(1, host);
                if (banned.isPresent()) {
                    query.setString(2, banned.get());
                }
                return all(query, r -> new StoredBan(r.getString(1), r.getString(2), r.getString(3),
                        instant(r, 4).orElseThrow()));
            }
        });
    }

    /**
     * Lifts bans from a host's chat: one user's, or all when the user is empty.
     *
     * @param host the host
     * @param banned the banned user; empty for all
     * @return how many were lifted
     */
    int deleteBans(String host, Optional<String> banned) {
        return db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM chat_bans WHERE host = ?"
                    + (banned.isPresent() ? " AND banned = ?" : ""))) {
                delete.setString(1, host);
                if (banned.isPresent()) {
                    delete.setString(2, banned.get());
                }
                return delete.executeUpdate();
            }
        });
    }

    /**
     * A chat ban as stored.
     *
     * @param host whose room
     * @param banned who is banned
     * @param reason why (may be empty)
     * @param bannedAt when
     */
    record StoredBan(String host, String banned, String reason, Instant bannedAt) {
    }

    // ---- the live flag

    /**
     * A user's live flag.
     *
     * @param username the user
     * @return the flag; empty if there is no such user
     */
    public Optional<Live> live(String username) {
        return db.inTransaction(c -> findLive(c, "username = ?", username, false));
    }

    /**
     * The live flag of the user who has a channel.
     *
     * @param channel the channel
     * @return the flag; empty if no user has that channel
     */
    public Optional<Live> liveOfChannel(ChannelArn channel) {
        return db.inTransaction(c -> findLive(c, "channel_arn = ?", channel.value(), false));
    }

    /**
     * The live flag of the user who has a stage.
     *
     * @param stageArn the stage
     * @return the flag; empty if no user has that stage
     */
    public Optional<Live> liveOfStage(String stageArn) {
        return db.inTransaction(c -> {
            try (PreparedStatement owner = c.prepareStatement("SELECT username FROM resources WHERE stage_arn = ?")) {
                owner.setString(1, stageArn);
                Optional<String> username = one(owner, r -> r.getString(1));
                return username.isEmpty() ? Optional.<Live>empty() : findLive(c, "username = ?", username.get(), false);
            }
        });
    }

    /**
     * Marks a real-time user offline because their broadcast ended; stage events older than now (by whole seconds,
     * as EventBridge times go) no longer change the flag.
     *
     * @param username the user
     */
    public void endRealTime(String username) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE live_status SET live = ?, stream_id = NULL, "
                    + "as_of = ?, decided_by = ?, updated_at = ? WHERE username = ?")) {
                update.setBoolean(1, false);
                update.setObject(2, utc(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
                update.setString(3, "ENDED");
                update.setObject(4, now());
                update.setString(5, username);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Applies a stage event to the live flag of the real-time user whose stage it names: the user is live while a
     * participant with their user id publishes there. The participant that went live is remembered, so that another
     * participant of the same user leaving (an old browser tab) changes nothing; an event older than the one that
     * decided the flag changes nothing either. Events of the same second are applied in the order they arrive.
     *
     * @param event the event
     * @return the user's flag after the event; empty if the event is about no real-time user's own publishing
     */
    public Optional<Live> apply(StageUpdate event) {
        boolean publishing;
        switch (event.name()) {
            case PARTICIPANT_PUBLISHED:
                publishing = true;
                break;
            case PARTICIPANT_UNPUBLISHED:
            case PARTICIPANT_LEFT:
                publishing = false;
                break;
            default:
                return Optional.empty();
        }
        if (event.stage().isEmpty() || event.userId().isEmpty() || event.participantId().isEmpty()) {
            return Optional.empty();
        }
        String participant = event.participantId().get();
        return db.inTransaction(c -> {
            try (PreparedStatement owner = c.prepareStatement("SELECT r.username FROM resources r JOIN users u ON "
                    + "u.username = r.username WHERE r.stage_arn = ? AND u.username = ? AND u.mode = ?")) {
                owner.setString(1, event.stage().get().value());
                owner.setString(2, event.userId().get());
                owner.setString(3, StreamingMode.REAL_TIME.name());
                if (one(owner, r -> r.getString(1)).isEmpty()) {
                    return Optional.<Live>empty();
                }
            }
            String username = event.userId().get();
            Optional<String> current;
            Optional<Instant> asOf;
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT stream_id, as_of FROM live_status WHERE username = ? FOR UPDATE")) {
                lock.setString(1, username);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Live>empty();
                    }
                    current = opt(row, 1);
                    asOf = instant(row, 2);
                }
            }
            boolean older = asOf.isPresent() && event.time().isBefore(asOf.get());
            boolean otherParticipant = !publishing && current.isPresent() && !current.get().equals(participant);
            if (!older && !otherParticipant) {
                try (PreparedStatement update = c.prepareStatement("UPDATE live_status SET live = ?, stream_id = ?, "
                        + "as_of = ?, decided_by = ?, updated_at = ? WHERE username = ?")) {
                    update.setBoolean(1, publishing);
                    update.setString(2, publishing ? participant : null);
                    update.setObject(3, utc(event.time()));
                    update.setString(4, event.name().name());
                    update.setObject(5, now());
                    update.setString(6, username);
                    update.executeUpdate();
                }
            }
            return findLive(c, "username = ?", username, false);
        });
    }

    /**
     * Applies a stream state event to the stored status of the channel it names, with the row locked, so that
     * instances sharing the database apply events one at a time per channel.
     *
     * @param event the event
     * @return the user's flag after the event; empty if no user has that channel
     */
    public Optional<Live> apply(StreamStateChange event) {
        if (event.channel().isEmpty()) {
            return Optional.empty();
        }
        ChannelArn channel = event.channel().get();
        return db.inTransaction(c -> {
            Optional<Live> current = findLive(c, "channel_arn = ?", channel.value(), true);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            LiveStatus before = current.get().status().orElseThrow();
            LiveStatus after = before.apply(event);
            if (after.equals(before)) {
                return current;
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE live_status SET live = ?, stream_id = ?, "
                    + "as_of = ?, decided_by = ?, ended_stream_ids = ?, updated_at = ? WHERE username = ?")) {
                update.setBoolean(1, after.live());
                update.setString(2, after.streamId().orElse(null));
                if (after.asOf().isPresent()) {
                    update.setObject(3, utc(after.asOf().get()));
                } else {
                    update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                update.setString(4, after.decidedBy().map(Enum::name).orElse(null));
                update.setString(5, String.join(",", after.endedStreamIds()));
                update.setObject(6, now());
                update.setString(7, current.get().username());
                update.executeUpdate();
            }
            return Optional.of(new Live(current.get().username(), after.live(), Optional.of(channel),
                    Optional.of(after)));
        });
    }

    private static Optional<Live> findLive(Connection c, String where, String value, boolean lock)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT username, channel_arn, live, stream_id, as_of, "
                + "decided_by, ended_stream_ids FROM live_status WHERE " + where + (lock ? " FOR UPDATE" : ""))) {
            query.setString(1, value);
            return one(query, r -> {
                Optional<ChannelArn> channel = opt(r, 2).map(ChannelArn::parse);
                Optional<LiveStatus> status = channel.map(arn -> {
                    try {
                        String ended = r.getString(7);
                        return new LiveStatus(arn, r.getBoolean(3), opt(r, 4), instant(r, 5),
                                opt(r, 6).map(StreamStateChange.Name::valueOf),
                                ended.isEmpty() ? List.of() : Arrays.asList(ended.split(",")));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                return new Live(r.getString(1), r.getBoolean(3), channel, status);
            });
        }
    }

    // ---- helpers

    private static Optional<User> findUser(Connection c, String username) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT username, mode, created_at FROM users WHERE username = ?")) {
            query.setString(1, username);
            return one(query, Store::readUser);
        }
    }

    private static User readUser(ResultSet r) throws SQLException {
        return new User(r.getString(1), StreamingMode.valueOf(r.getString(2)), instant(r, 3).orElseThrow());
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<String> opt(ResultSet r, int column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    private static <T> Optional<T> one(PreparedStatement query, Row<T> row) throws SQLException {
        List<T> found = all(query, row);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static <T> List<T> all(PreparedStatement query, Row<T> row) throws SQLException {
        List<T> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(row.read(rows));
            }
        }
        return found;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }
}
