package io.ivsjava.examples.streamcat;

import static io.ivsjava.examples.streamcat.StreamCatClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.IvsEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * StreamCat on a real PostgreSQL server (see {@link TestPostgres}): the scripted demo end to end, and two backend
 * instances that start at the same moment on one empty database (their migrations race) and then serve the same
 * users, each seeing what the other wrote.
 */
class PostgresBackendTest {
    private TestPostgres postgres;
    private final List<AutoCloseable> started = new ArrayList<>();

    @BeforeEach
    void schema() {
        postgres = TestPostgres.require();
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theDemoRunsEndToEndOnPostgres() {
        DatabaseConfig db = postgres.config();
        List<String> args = new ArrayList<>(List.of("--jdbc-url", db.jdbcUrl()));
        db.user().ifPresent(user -> args.addAll(List.of("--db-user", user)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = StreamCat.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), db.password());

        String told = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(told).contains("database jdbc:postgresql://")
                .contains("(schema version " + Migrations.ALL.size() + ")")
                .contains("=== REAL_TIME").contains("=== LOW_LATENCY").contains("=== HYBRID")
                .endsWith("Demo complete: all three modes ran end to end." + System.lineSeparator());
        db.password().ifPresent(password -> assertThat(told + err).doesNotContain(password));
    }

    @Test
    void twoInstancesStartingTogetherOnOneDatabaseServeTheSameUsers() throws Exception {
        IvsEmulator emulator = IvsEmulator.start();
        started.add(emulator);
        Callable<StreamCatBackend> start = () -> StreamCatBackend.start(IvsTarget.embedded(emulator),
                postgres.config(), new InetSocketAddress("127.0.0.1", 0));
        List<StreamCatBackend> backends = PostgresStoreTest.race(List.of(start, start));
        started.addAll(backends);
        StreamCatClient a = new StreamCatClient(backends.get(0).endpoint());
        StreamCatClient b = new StreamCatClient(backends.get(1).endpoint());
        assertThat(a.call("GET", "/health", null, null, 200).path("schemaVersion").asInt())
                .isEqualTo(Migrations.ALL.size());
        assertThat(b.call("GET", "/health", null, null, 200).path("schemaVersion").asInt())
                .isEqualTo(Migrations.ALL.size());

        // Signed up on one, known to both.
        String kit = a.signUp("kit", "REAL_TIME");
        String bob = b.signUp("bob", "REAL_TIME");
        assertThat(b.call("GET", "/api/me", kit, null, 200).path("username").asText()).isEqualTo("kit");
        assertThat(a.call("GET", "/api/me", bob, null, 200).path("username").asText()).isEqualTo("bob");
        b.call("POST", "/api/users", null, json("username", "kit").put("mode", "HYBRID"), 409);

        // The host goes live through A; the stage events reach both instances' intake, and both show the flag.
        JsonNode host = a.call("GET", "/api/studio", kit, null, 200).path("admission");
        String stage = host.path("stage").path("arn").asText();
        b.call("POST", "/api/studio/live", kit, null, 200);
        String kitParticipant = emulator.simulateParticipantJoin(host.path("token").asText());
        emulator.simulateParticipantPublish(stage, kitParticipant);
        a.awaitLive("kit", true);
        b.awaitLive("kit", true);

        // bob watches on B, is invited on A, and promoted on B: an invitation stored by one is honoured by the other.
        JsonNode viewer = b.call("GET", "/api/channels/kit", bob, null, 200).path("admission");
        String bobParticipant = emulator.simulateParticipantJoin(viewer.path("token").asText());
        a.call("POST", "/api/studio/cohosts", kit, json("username", "bob"), 201);
        assertThat(b.call("GET", "/api/me", bob, null, 200).path("invitations").get(0).path("host").asText())
                .isEqualTo("kit");
        JsonNode promoted = b.call("POST", "/api/studios/kit/promotion", bob, json("participantId", bobParticipant),
                200);
        assertThat(promoted.path("exchange").asBoolean()).isTrue();
        assertThat(emulator.simulateTokenExchange(promoted.path("admission").path("token").asText()))
                .isEqualTo(bobParticipant);
        emulator.simulateParticipantPublish(stage, bobParticipant);
        assertThat(a.call("GET", "/api/studios/kit/token", bob, null, 200).path("admission").path("capabilities")
                .toString()).contains("PUBLISH");

        // Kicked through B, refused by A; the broadcast ended through A is offline on B.
        b.call("DELETE", "/api/studio/cohosts/bob", kit, null, 200);
        a.call("GET", "/api/studios/kit/token", bob, null, 403);
        a.call("POST", "/api/studio/end", kit, null, 200);
        b.awaitLive("kit", false);

        // The same new name at the same moment on both: one sign-up wins.
        JsonNode cara = json("username", "cara").put("mode", "LOW_LATENCY");
        List<Integer> statuses = PostgresStoreTest.race(List.of(
                () -> a.status("POST", "/api/users", null, cara), () -> b.status("POST", "/api/users", null, cara)));
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);

        // Deleted through B, gone for A.
        b.call("DELETE", "/api/me", kit, null, 200);
        a.call("GET", "/api/me", kit, null, 401);
        a.call("GET", "/api/channels/kit", null, null, 404);
    }
}
