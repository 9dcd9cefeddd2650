package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.events.IvsEvents;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.live.Invite;
import io.ivsjava.live.InviteStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    private static final String CHANNEL = "arn:aws:ivs:us-east-1:123456789012:channel/AbCdEfGhIjKl";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aFreshDatabaseIsMigratedToTheNewestVersionAndReopeningAppliesNothingTwice() throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
            int rows = db.inTransaction(c -> {
                try (Statement s = c.createStatement();
                     var r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(Migrations.ALL.size());
        }
        assertThat(dir.resolve("streamcat.mv.db")).exists();
    }

    @Test
    void aDatabaseAtAnOlderVersionGetsOnlyTheMissingMigrations() throws Exception {
        String url = DatabaseConfig.embedded(dir).jdbcUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (1, 'v1', CURRENT_TIMESTAMP)");
            for (String sql : Migrations.ALL.get(0).statements()) {
                s.execute(sql);
            }
        }
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
            boolean indexed = db.inTransaction(c -> {
                try (var r = c.getMetaData().getIndexInfo(null, null, "INVITES", false, false)) {
                    while (r.next()) {
                        if ("INVITES_BY_CO_HOST".equalsIgnoreCase(r.getString("INDEX_NAME"))) {
                            return true;
                        }
                    }
                    return false;
                }
            });
            assertThat(indexed).isTrue();
        }
    }

    @Test
    void aDatabaseFromBeforeChatKeepsItsUsersWhoHaveNoRoomYet() throws Exception {
        String url = DatabaseConfig.embedded(dir).jdbcUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (int v = 1; v <= 2; v++) {
                s.execute("INSERT INTO schema_version VALUES (" + v + ", 'v" + v + "', CURRENT_TIMESTAMP)");
                for (String sql : Migrations.ALL.get(v - 1).statements()) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO users VALUES ('kit', 'REAL_TIME', '" + "a".repeat(64) + "', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO resources (username, stage_arn, channel_private, updated_at) VALUES ('kit', "
                    + "'arn:aws:ivs:us-east-1:123456789012:stage/a', FALSE, CURRENT_TIMESTAMP)");
        }
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(db.schemaVersion()).isEqualTo(3);
            Store.Resources kit = new Store(db, CLOCK).resources("kit").orElseThrow();
            assertThat(kit.stageArn()).contains("arn:aws:ivs:us-east-1:123456789012:stage/a");
            assertThat(kit.chatRoomArn()).as("provisioned when the backend next needs it").isEmpty();
        }
    }

    @Test
    void chatRoomsAndBansRoundTripAndGoWithTheirUsers() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            ChatStoreChecks.roomsAndBans(new Store(db, CLOCK), CLOCK);
        }
    }

    @Test
    void aDatabaseNewerThanTheBackendIsRefused() throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO schema_version VALUES (99, 'future', CURRENT_TIMESTAMP)");
                }
            });
        }
        assertThatThrownBy(() -> Database.open(DatabaseConfig.embedded(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema version 99, newer than this backend's " + Migrations.ALL.size());
    }

    @Test
    void usersResourcesAndInvitesSurviveAReopen() {
        Store.Resources resources = new Store.Resources(Optional.of("arn:aws:ivs:us-east-1:123456789012:stage/a"),
                Optional.of("wss://events"), Optional.of("https://whip"), Optional.of(CHANNEL),
                Optional.of("https://x.m3u8"), Optional.of("rtmps://x:443/app/"), Optional.of("arn:sk"), true,
                Optional.empty());
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            Store store = new Store(db, CLOCK);
            assertThat(store.createUser(new Store.User("kit", StreamingMode.HYBRID, CLOCK.instant()), "a".repeat(64),
                    resources)).isTrue();
            assertThat(store.createUser(new Store.User("kit", StreamingMode.REAL_TIME, CLOCK.instant()),
                    "b".repeat(64), Store.Resources.NONE)).isFalse();
            store.createUser(new Store.User("bob", StreamingMode.REAL_TIME, CLOCK.instant()), "c".repeat(64),
                    Store.Resources.NONE);
            new JdbcInviteStore(store).save(new Invite("kit", "bob", CLOCK.instant()));
            store.saveResources("kit", resources.withComposition(Optional.of("arn:composition")));
        }
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            Store store = new Store(db, CLOCK);
            assertThat(store.user("kit")).contains(new Store.User("kit", StreamingMode.HYBRID, CLOCK.instant()));
            assertThat(store.userByApiKeyHash("c".repeat(64)).map(Store.User::username)).contains("bob");
            assertThat(store.resources("kit")).contains(resources.withComposition(Optional.of("arn:composition")));
            InviteStore invites = new JdbcInviteStore(store);
            assertThat(invites.find("kit", "bob")).contains(new Invite("kit", "bob", CLOCK.instant()));
            invites.save(new Invite("kit", "bob", CLOCK.instant().plusSeconds(60)));
            assertThat(invites.list("kit")).containsExactly(new Invite("kit", "bob", CLOCK.instant().plusSeconds(60)));
            assertThat(store.invites("co_host", "bob")).hasSize(1);

            assertThat(store.deleteUser("bob")).isTrue();
            assertThat(invites.list("kit")).isEmpty();
            assertThat(invites.revoke("kit", "bob")).isFalse();
            assertThat(store.user("bob")).isEmpty();
            assertThat(store.deleteUser("bob")).isFalse();
        }
    }

    @Test
    void theLiveFlagFollowsStreamEventsInAnyOrder() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            Store store = new Store(db, CLOCK);
            store.createUser(new Store.User("kit", StreamingMode.LOW_LATENCY, CLOCK.instant()), "a".repeat(64),
                    new Store.Resources(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(CHANNEL),
                            Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty()));
            StreamStateChange end = event("Stream End", "st-1", "2026-01-02T03:10:00Z");
            StreamStateChange start = event("Stream Start", "st-1", "2026-01-02T03:05:00Z");

            // The end arrives first; the late start of the ended stream changes nothing.
            assertThat(store.apply(end).map(Store.Live::live)).contains(false);
            assertThat(store.apply(start).map(Store.Live::live)).contains(false);
            assertThat(store.apply(event("Stream Start", "st-2", "2026-01-02T04:00:00Z")).map(Store.Live::live))
                    .contains(true);
            assertThat(store.live("kit").orElseThrow().status().orElseThrow().endedStreamIds()).containsExactly("st-1");
            assertThat(store.live("kit").orElseThrow().channel()).contains(ChannelArn.parse(CHANNEL));
            // An event about a channel nobody has is nobody's business.
            assertThat(store.apply((StreamStateChange) IvsEvents.parse(json("Stream Start", "st-9", "2026-01-02T04:00:00Z",
                    "arn:aws:ivs:us-east-1:123456789012:channel/ZZZZZZZZZZZZ")))).isEmpty();
        }
    }

    private static StreamStateChange event(String name, String streamId, String time) {
        return (StreamStateChange) IvsEvents.parse(json(name, streamId, time, CHANNEL));
    }

    private static String json(String name, String streamId, String time, String channel) {
        return "{\"version\":\"0\",\"id\":\"" + streamId + name.hashCode() + "\",\"detail-type\":\"IVS Stream State "
                + "Change\",\"source\":\"aws.ivs\",\"account\":\"123456789012\",\"time\":\"" + time + "\",\"region\":"
                + "\"us-east-1\",\"resources\":[\"" + channel + "\"],\"detail\":{\"event_name\":\"" + name
                + "\",\"channel_name\":\"kit\",\"stream_id\":\"" + streamId + "\"}}";
    }

    @Test
    void aConfigShowsNoPasswordWhereverTheUrlCarriesOne() {
        DatabaseConfig inUrl = new DatabaseConfig(
                "jdbc:postgresql://db.example:5432/streamcat?user=cat&password=s3cret&ssl=true", Optional.empty(),
                Optional.empty());
        DatabaseConfig inUserInfo = new DatabaseConfig("jdbc:postgresql://cat:s3cret@db.example/streamcat",
                Optional.empty(), Optional.empty());
        DatabaseConfig h2 = new DatabaseConfig("jdbc:h2:file:/data/streamcat;PASSWORD=s3cret;MODE=PostgreSQL",
                Optional.of("sa"), Optional.of("s3cret"));

        assertThat(List.of(inUrl, inUserInfo, h2)).allSatisfy(c -> assertThat(c.toString()).doesNotContain("s3cret"));
        assertThat(inUrl.toString()).contains("user=cat&password=****&ssl=true");
        assertThat(inUserInfo.toString()).contains("//cat:****@db.example/streamcat");
        assertThat(h2.toString()).contains("PASSWORD=****;MODE=PostgreSQL").contains("user sa");
        assertThat(inUserInfo.shownUrl()).isEqualTo("jdbc:postgresql://cat:****@db.example/streamcat");
        assertThatThrownBy(() -> new DatabaseConfig("postgresql://cat:s3cret@db.example/streamcat", Optional.empty(),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JDBC URL")
                .hasMessageNotContaining("s3cret");
    }
}
