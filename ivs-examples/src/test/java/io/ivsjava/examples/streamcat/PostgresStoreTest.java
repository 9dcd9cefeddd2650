package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.events.IvsEvents;
import io.ivsjava.events.StageUpdate;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.live.Invite;
import io.ivsjava.live.InviteStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * StreamCat's store and migrations on a real PostgreSQL server (see {@link TestPostgres}): the schema H2 also
 * runs, applied once even when several instances start together, and every store operation, including the row
 * locking that lets instances share the live flags.
 */
class PostgresStoreTest {
    private static final String CHANNEL = "arn:aws:ivs:us-east-1:123456789012:channel/AbCdEfGhIjKl";
    private static final String STAGE = "arn:aws:ivs:us-east-1:123456789012:stage/AbCdEfGhIjKl";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456Z"), ZoneOffset.UTC);

    private TestPostgres postgres;

    @BeforeEach
    void schema() {
        postgres = TestPostgres.require();
    }

    @AfterEach
    void drop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aFreshDatabaseGetsEveryMigrationOnceAndTheSchemaPostgresReports() throws Exception {
        try (Database db = Database.open(postgres.config())) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
        try (Database db = Database.open(postgres.config())) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
        }
        try (Connection c = postgres.connect(); Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT version FROM schema_version ORDER BY version"))
                    .containsExactly(versions(Migrations.ALL.size()));
            assertThat(strings(s, "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() ORDER BY table_name"))
                    .containsExactly("chat_bans", "invites", "live_status", "resources", "schema_version", "users");
            assertThat(strings(s, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"))
                    .contains("live_status_by_channel", "invites_by_co_host", "chat_bans_by_banned");
            assertThat(strings(s, "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                    + "current_schema() AND table_name = 'resources'")).contains("chat_room_arn");
        }
    }

    @Test
    void aDatabaseAtAnOlderVersionGetsOnlyTheMissingMigrationsAndANewerOneIsRefused() {
        List<String> v1 = new ArrayList<>(List.of("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)",
                "INSERT INTO schema_version VALUES (1, 'v1', CURRENT_TIMESTAMP)"));
        v1.addAll(Migrations.ALL.get(0).statements());
        postgres.execute(v1.toArray(String[]::new));

        try (Database db = Database.open(postgres.config())) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO schema_version VALUES (99, 'future', CURRENT_TIMESTAMP)");
                }
            });
        }
        assertThatThrownBy(() -> Database.open(postgres.config()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema version 99, newer than this backend's " + Migrations.ALL.size());
    }

    @Test
    void instancesStartingTogetherApplyEachMigrationOnce() throws Exception {
        int instances = 6;
        for (int round = 0; round < 4; round++) {
            try (TestPostgres fresh = TestPostgres.require()) {
                List<Database> opened = race(instances, () -> Database.open(fresh.config()));
                try {
                    assertThat(opened).extracting(Database::schemaVersion)
                            .containsOnly(Migrations.ALL.size());
                    try (Connection c = fresh.connect(); Statement s = c.createStatement()) {
                        assertThat(strings(s, "SELECT version FROM schema_version ORDER BY version"))
                                .containsExactly(versions(Migrations.ALL.size()));
                    }
                } finally {
                    opened.forEach(Database::close);
                }
            }
        }
    }

    @Test
    void anInstanceThatFindsAMigrationUnderWayWaitsForItAndDoesNotApplyItAgain() throws Exception {
        for (boolean otherCommits : new boolean[] {true, false}) {
            try (TestPostgres fresh = TestPostgres.require(); Connection other = fresh.connect();
                 Statement s = other.createStatement(); Connection watcher = fresh.connect();
                 Statement watch = watcher.createStatement()) {
                // Another instance is half-way through migration 1: it has claimed the version, not committed.
                s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT "
                        + "NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                other.setAutoCommit(false);
                s.execute("INSERT INTO schema_version VALUES (1, 'other instance', CURRENT_TIMESTAMP)");
                for (String sql : Migrations.ALL.get(0).statements()) {
                    s.execute(sql);
                }
                ExecutorService pool = Executors.newSingleThreadExecutor();
                try {
                    Future<Database> opening = pool.submit(() -> Database.open(fresh.config()));
                    awaitLockWait(watch);
                    assertThat(opening).isNotDone();
                    if (otherCommits) {
                        other.commit();
                    } else {
                        other.rollback();  // its migration failed: the waiting instance applies it itself
                    }
                    other.setAutoCommit(true);
                    try (Database db = opening.get(60, TimeUnit.SECONDS)) {
                        assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.size());
                    }
                } finally {
                    pool.shutdownNow();
                }
                assertThat(strings(s, "SELECT version || ' ' || description FROM schema_version ORDER BY version"))
                        .first().isEqualTo(otherCommits ? "1 other instance"
                                : "1 " + Migrations.ALL.get(0).description());
                assertThat(strings(s, "SELECT version FROM schema_version ORDER BY version"))
                        .containsExactly(versions(Migrations.ALL.size()));
            }
        }
    }

    /**
     * Waits until a session of this database waits on a lock (the claim of a migration's version). The statement's
     * connection must be outside a transaction: PostgreSQL shows a transaction one snapshot of its statistics.
     */
    private static void awaitLockWait(Statement s) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (strings(s, "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = "
                + "'Lock'").isEmpty()) {
            assertThat(Instant.now()).as("an instance waiting on the claimed migration").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void usersResourcesAndInvitesRoundTripWithTheirTimes() {
        Store.Resources resources = new Store.Resources(Optional.of(STAGE), Optional.of("wss://events"),
                Optional.of("https://whip"), Optional.of(CHANNEL), Optional.of("https://x.m3u8"),
                Optional.of("rtmps://x:443/app/"), Optional.of("arn:sk"), true, Optional.empty());
        try (Database db = Database.open(postgres.config())) {
            Store store = new Store(db, CLOCK);
            assertThat(store.createUser(new Store.User("kit", StreamingMode.HYBRID, CLOCK.instant()), "a".repeat(64),
                    resources)).isTrue();
            assertThat(store.createUser(new Store.User("kit", StreamingMode.REAL_TIME, CLOCK.instant()),
                    "b".repeat(64), Store.Resources.NONE)).isFalse();
            store.createUser(new Store.User("bob", StreamingMode.REAL_TIME, CLOCK.instant()), "c".repeat(64),
                    Store.Resources.NONE);
            InviteStore invites = new JdbcInviteStore(store);
            invites.save(new Invite("kit", "bob", CLOCK.instant()));
            invites.save(new Invite("kit", "bob", CLOCK.instant().plusSeconds(60)));
            store.saveResources("kit", resources.withComposition(Optional.of("arn:composition")));

            // Microsecond timestamps come back as they went in (timestamptz keeps microseconds).
            assertThat(store.user("kit")).contains(new Store.User("kit", StreamingMode.HYBRID, CLOCK.instant()));
            assertThat(store.userByApiKeyHash("c".repeat(64)).map(Store.User::username)).contains("bob");
            assertThat(store.users()).extracting(Store.User::username).containsExactly("bob", "kit");
            assertThat(store.resources("kit")).contains(resources.withComposition(Optional.of("arn:composition")));
            assertThat(invites.list("kit")).containsExactly(new Invite("kit", "bob", CLOCK.instant().plusSeconds(60)));
            assertThat(store.invites("co_host", "bob")).hasSize(1);
            assertThat(store.liveOfStage(STAGE).map(Store.Live::username)).contains("kit");
            assertThat(store.liveOfChannel(ChannelArn.parse(CHANNEL)).map(Store.Live::live)).contains(false);

            assertThat(store.deleteUser("bob")).isTrue();
            assertThat(invites.list("kit")).isEmpty();
            assertThat(store.deleteUser("bob")).isFalse();
            assertThat(invites.revokeAll("kit")).isZero();
        }
    }

    @Test
    void chatRoomsAndBansRoundTripAndGoWithTheirUsers() {
        try (Database db = Database.open(postgres.config())) {
            ChatStoreChecks.roomsAndBans(new Store(db, CLOCK), CLOCK);
        }
    }

    @Test
    void theSameNameSignedUpByTwoInstancesAtOnceIsStoredOnce() throws Exception {
        try (Database first = Database.open(postgres.config()); Database second = Database.open(postgres.config())) {
            Store a = new Store(first, CLOCK);
            Store b = new Store(second, CLOCK);
            for (int i = 0; i < 10; i++) {
                String name = "user-" + i;
                Store.User user = new Store.User(name, StreamingMode.REAL_TIME, CLOCK.instant());
                List<Boolean> created = race(List.of(
                        () -> a.createUser(user, StreamCatBackend.sha256("a-" + name), Store.Resources.NONE),
                        () -> b.createUser(user, StreamCatBackend.sha256("b-" + name), Store.Resources.NONE)));
                assertThat(created).as(name).containsExactlyInAnyOrder(true, false);
            }
            assertThat(a.users()).hasSize(10);
        }
    }

    @Test
    void liveFlagsAppliedFromManyThreadsEndWhereTheEventsSay() throws Exception {
        try (Database one = Database.open(postgres.config()); Database two = Database.open(postgres.config())) {
            Store a = new Store(one, CLOCK);
            Store b = new Store(two, CLOCK);
            a.createUser(new Store.User("cara", StreamingMode.LOW_LATENCY, CLOCK.instant()), "d".repeat(64),
                    new Store.Resources(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(CHANNEL),
                            Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty()));
            a.createUser(new Store.User("kit", StreamingMode.REAL_TIME, CLOCK.instant()), "e".repeat(64),
                    new Store.Resources(Optional.of(STAGE), Optional.of("wss://e"), Optional.of("https://w"),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                            Optional.empty()));
            // Ten broadcasts, each started and ended, delivered shuffled and twice, to two instances at once.
            List<StreamStateChange> streamEvents = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String id = "st-" + i;
                streamEvents.add(streamEvent("Stream Start", id, "2026-01-02T0" + i + ":00:00Z"));
                streamEvents.add(streamEvent("Stream End", id, "2026-01-02T0" + i + ":30:00Z"));
            }
            streamEvents.add(streamEvent("Stream Start", "st-last", "2026-01-02T11:00:00Z"));
            List<StageUpdate> stageEvents = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                stageEvents.add(stageEvent("Participant Published", "p-" + i, "2026-01-02T0" + i + ":00:00Z"));
                stageEvents.add(stageEvent("Participant Unpublished", "p-" + i, "2026-01-02T0" + i + ":30:00Z"));
            }
            stageEvents.add(stageEvent("Participant Published", "p-last", "2026-01-02T11:00:00Z"));
            List<Runnable> deliveries = new ArrayList<>();
            for (int copy = 0; copy < 2; copy++) {
                Store store = copy == 0 ? a : b;
                streamEvents.forEach(e -> deliveries.add(() -> store.apply(e)));
                stageEvents.forEach(e -> deliveries.add(() -> store.apply(e)));
            }
            Collections.shuffle(deliveries, new java.util.Random(42));

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                deliveries.forEach(d -> done.add(pool.submit(d)));
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            Store.Live cara = a.live("cara").orElseThrow();
            assertThat(cara.live()).isTrue();
            assertThat(cara.status().orElseThrow().streamId()).contains("st-last");
            assertThat(cara.status().orElseThrow().endedStreamIds()).hasSize(10);
            assertThat(b.live("kit").orElseThrow().live()).isTrue();
        }
    }

    private static StreamStateChange streamEvent(String name, String streamId, String time) {
        return (StreamStateChange) IvsEvents.parse("{\"version\":\"0\",\"id\":\"" + streamId + name.hashCode()
                + "\",\"detail-type\":\"IVS Stream State Change\",\"source\":\"aws.ivs\",\"account\":\"123456789012\","
                + "\"time\":\"" + time + "\",\"region\":\"us-east-1\",\"resources\":[\"" + CHANNEL + "\"],"
                + "\"detail\":{\"event_name\":\"" + name + "\",\"channel_name\":\"cara\",\"stream_id\":\"" + streamId
                + "\"}}");
    }

    private static StageUpdate stageEvent(String name, String participantId, String time) {
        return (StageUpdate) IvsEvents.parse("{\"version\":\"0\",\"id\":\"" + participantId + name.hashCode()
                + "\",\"detail-type\":\"IVS Stage Update\",\"source\":\"aws.ivs\",\"account\":\"123456789012\","
                + "\"time\":\"" + time + "\",\"region\":\"us-east-1\",\"resources\":[\"" + STAGE + "\"],"
                + "\"detail\":{\"session_id\":\"st-1\",\"event_name\":\"" + name + "\",\"user_id\":\"kit\","
                + "\"participant_id\":\"" + participantId + "\"}}");
    }

    /** Runs the same work on n threads released at once. */
    static <T> List<T> race(int n, Callable<T> work) throws Exception {
        return race(Collections.nCopies(n, work));
    }

    /** Runs each piece of work on a thread of its own, all released at once; the results in the same order. */
    static <T> List<T> race(List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch ready = new CountDownLatch(work.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return w.call();
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static String[] versions(int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = String.valueOf(i + 1);
        }
        return out;
    }
}
