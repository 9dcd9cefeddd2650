package io.ivsjava.realtime;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.testing.Jwt;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Self-signed participant tokens and public keys: signed locally, checked by the JDK's {@code Signature} through
 * the emulator test jar's {@link Jwt}, which shares no code with the signer.
 */
class ParticipantTokenSignerTest {
    private static final PublicKeyArn SOME_KEY =
            PublicKeyArn.parse("arn:aws:ivs:us-east-1:123456789012:public-key/abcdABCDefgh");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = IvsEmulatorExtension.builder().build();

    private static IvsEmulator emulator;
    private static IvsRealTime ivs;
    private Stage stage;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulators.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    @BeforeEach
    void createStage() {
        stage = ivs.createStage(StageSpec.builder().name("signed").build()).stage();
    }

    @Test
    void selfSignedTokensVerifyAgainstTheImportedKeyAndCarryEveryClaim() {
        P384KeyPair keys = P384Keys.generate();
        ImportedPublicKey imported = ivs.importPublicKey("app-signing-key", keys.publicKey());
        assertThat(ivs.getPublicKey(imported.arn())).isEqualTo(imported);
        assertThat(imported.publicKey()).isEqualTo(keys.publicKey());
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(keys, imported.arn(),
                Clock.fixed(NOW, ZoneOffset.UTC));

        ParticipantToken token = signer.sign(stage, Viewer.of("bob", Map.of("seat", "A1")), Duration.ofHours(2));

        assertThat(emulator.calls()).extracting(RecordedCall::operation).as("signing calls nothing")
                .containsExactly("CreateStage", "ImportPublicKey", "GetPublicKey");
        Jwt jwt = Jwt.parse(token.token());
        assertThat(jwt.verifies(keys.publicKey())).isTrue();
        assertThat(jwt.verifies(P384Keys.generate().publicKey())).isFalse();
        assertThat(jwt.signatureLength()).isEqualTo(96);
        assertThat(jwt.header.path("alg").asText()).isEqualTo("ES384");
        assertThat(jwt.header.path("typ").asText()).isEqualTo("JWT");
        assertThat(jwt.header.path("kid").asText()).isEqualTo(imported.arn().value());
        JsonNode c = jwt.claims;
        assertThat(c.path("resource").asText()).isEqualTo(stage.arn().value());
        assertThat(c.path("topic").asText()).isEqualTo(stage.arn().id());
        assertThat(c.path("jti").asText()).isEqualTo(token.participant().id()).matches("[a-zA-Z0-9]{12}");
        assertThat(c.path("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(c.path("exp").asLong()).isEqualTo(NOW.plus(Duration.ofHours(2)).getEpochSecond());
        assertThat(c.path("events_url").asText()).isEqualTo(stage.endpoints().events().orElseThrow().toString());
        assertThat(c.path("whip_url").asText()).isEqualTo(stage.endpoints().whip().orElseThrow().toString());
        assertThat(c.path("user_id").asText()).isEqualTo("bob");
        assertThat(c.path("attributes").path("seat").asText()).isEqualTo("A1");
        assertThat(c.path("capabilities").path("allow_publish").asBoolean()).isFalse();
        assertThat(c.path("capabilities").path("allow_subscribe").asBoolean()).isTrue();
        assertThat(c.path("version").asText()).isEqualTo("1.0");
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(token.selfSigned()).isTrue();
        assertThat(signer.toString()).contains(imported.arn().value()).contains("<redacted>");

        ivs.deletePublicKey(imported.arn());
        assertThatThrownBy(() -> ivs.getPublicKey(imported.arn())).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aStoredArnAndEndpointsSignWithoutAskingForTheStage() {
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(P384Keys.generate(), SOME_KEY);
        URI events = stage.endpoints().events().orElseThrow();
        URI whip = stage.endpoints().whip().orElseThrow();

        ParticipantToken token = signer.sign(StageArn.parse(stage.arn().value()), StageEndpoints.of(events, whip),
                Host.of("kit"));

        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateStage");
        JsonNode c = Jwt.parse(token.token()).claims;
        assertThat(c.path("resource").asText()).isEqualTo(stage.arn().value());
        assertThat(c.path("events_url").asText()).isEqualTo(events.toString());
        assertThat(c.path("whip_url").asText()).isEqualTo(whip.toString());
        assertThat(c.path("exp").asLong() - c.path("iat").asLong())
                .isEqualTo(ParticipantToken.DEFAULT_DURATION.toSeconds());
        assertThat(token.participant().canPublish()).isTrue();
    }

    @Test
    void aCrowdIsSignedWithOneSignatureEachAndNoApiCall() {
        P384KeyPair keys = P384Keys.generate();
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(keys, SOME_KEY, Clock.fixed(NOW, ZoneOffset.UTC));
        List<Viewer> crowd = IntStream.range(0, 2_000).mapToObj(i -> Viewer.of("fan-" + i)).collect(Collectors.toList());

        List<ParticipantToken> tokens = signer.signAll(stage, crowd, Duration.ofHours(3));

        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateStage");
        assertThat(tokens).hasSize(2_000);
        assertThat(tokens).extracting(t -> t.participant().id()).doesNotHaveDuplicates();
        for (int i = 0; i < tokens.size(); i += 97) {
            Jwt jwt = Jwt.parse(tokens.get(i).token());
            assertThat(jwt.verifies(keys.publicKey())).isTrue();
            assertThat(jwt.claims.path("user_id").asText()).isEqualTo("fan-" + i);
            assertThat(jwt.claims.path("jti").asText()).isEqualTo(tokens.get(i).participant().id());
            assertThat(jwt.claims.path("exp").asLong()).isEqualTo(NOW.plus(Duration.ofHours(3)).getEpochSecond());
        }
        assertThat(tokens).allSatisfy(t -> assertThat(t.participant().canPublish()).isFalse());
    }

    @Test
    void aCrowdIsCheckedWholeBeforeAnythingIsSigned() {
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(P384Keys.generate(), SOME_KEY);
        List<Role> roles = new ArrayList<>(List.of(Viewer.of("a"), Viewer.of("b")));
        roles.add(null);

        assertInvalid(() -> signer.signAll(stage, roles, Duration.ofHours(1)), "roles[2]", "is missing");
        assertInvalid(() -> signer.signAll(stage, List.of(Viewer.of("a")), Duration.ofMinutes(20_161)), "duration",
                "20161 minutes is too long");
        assertInvalid(() -> signer.signAll(stage, null, Duration.ofHours(1)), "roles", "is missing");
        assertThat(signer.signAll(stage, List.of(), Duration.ofHours(1))).isEmpty();
    }

    @Test
    void selfSignedTokensHaveDistinctParticipantIds() {
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(P384Keys.generate(), SOME_KEY);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(signer.sign(stage, Viewer.anonymous()).participant().id());
        }

        assertThat(ids).hasSize(200);
    }

    @Test
    void selfSigningChecksTheDurationAtBothEndsAndNeedsTheStageEndpoints() {
        P384KeyPair keys = P384Keys.generate();
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(keys.privateKey(), SOME_KEY,
                Clock.fixed(NOW, ZoneOffset.UTC));

        ParticipantToken longest = signer.sign(stage, Host.anonymous(), Duration.ofMinutes(20_160));
        assertThat(longest.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(Jwt.parse(longest.token()).verifies(keys.publicKey())).isTrue();
        assertInvalid(() -> signer.sign(stage, Host.anonymous(), Duration.ofMinutes(20_161)), "duration",
                "20161 minutes is too long; allowed 1..20160 whole minutes");
        assertInvalid(() -> signer.sign(stage.arn(), StageEndpoints.NONE, Host.anonymous()),
                "stage.endpoints.events", "is missing");
        assertInvalid(() -> signer.sign(null, Host.anonymous()), "stage", "is missing");
        assertInvalid(() -> signer.sign(stage, null), "role", "is missing");
        assertInvalid(() -> ParticipantTokenSigner.create((P384KeyPair) null, SOME_KEY), "keys", "is missing");
        assertInvalid(() -> ParticipantTokenSigner.create(keys, null), "publicKeyArn", "is missing");
    }

    @Test
    void signingForADeletedStageStillReturnsAToken() {
        Stage doomed = ivs.createStage(StageSpec.builder().name("doomed").build()).stage();
        ivs.deleteStage(doomed.arn());
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(P384Keys.generate(), SOME_KEY);

        ParticipantToken token = signer.sign(doomed, Viewer.of("late"));

        assertThat(Jwt.parse(token.token()).claims.path("resource").asText()).isEqualTo(doomed.arn().value());
    }

    @Test
    void aGeneratedAndImportedPairSignsTokensTheEmulatorAdmits() {
        ImportedKeyPair pair = ivs.generateAndImportPublicKey("generated");
        assertThat(pair.publicKey().publicKey()).isEqualTo(pair.keys().publicKey());
        assertThat(pair.toString()).contains(pair.publicKey().arn().value()).contains("<redacted>");
        assertThat(ivs.listPublicKeys().map(PublicKeySummary::arn)).contains(pair.publicKey().arn());
        CreatedStage created = ivs.createStage(StageSpec.builder().name("self-signed-join").build());

        ParticipantToken token = pair.signer().sign(created.stage(), Host.of("kit"));

        assertThat(Jwt.parse(token.token()).verifies(pair.keys().publicKey())).isTrue();
        assertThat(pair.verifier().verify(token.token(), created.stage().arn())).isEqualTo(token);
        assertThat(emulator.simulateParticipantJoin(token.token())).isEqualTo(token.participant().id());
    }

    @Test
    void anExchangedTokenKeepsTheParticipantAndItsStageAndChangesWhatItMayDo() {
        ImportedKeyPair pair = ivs.generateAndImportPublicKey("exchange");
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        ParticipantToken viewer = pair.signer(Clock.fixed(NOW, ZoneOffset.UTC)).sign(stage,
                Viewer.of("bob", Map.of("seat", "A1")), Duration.ofMinutes(30));

        ParticipantToken coHost = pair.signer(later).exchange(viewer, Host.of("bob-cohost", Map.of("role", "co-host")),
                Duration.ofHours(2));
        ParticipantToken fromStored = pair.signer(later).exchange(stage.arn(), stage.endpoints(),
                viewer.participant().id(), Host.of("bob-cohost", Map.of("role", "co-host")), Duration.ofHours(2));

        JsonNode before = Jwt.parse(viewer.token()).claims;
        for (ParticipantToken exchanged : List.of(coHost, fromStored)) {
            JsonNode after = Jwt.parse(exchanged.token()).claims;
            for (String kept : List.of("jti", "topic", "resource", "whip_url", "events_url")) {
                assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
            }
            assertThat(after.path("capabilities").path("allow_publish").asBoolean()).isTrue();
            assertThat(after.path("user_id").asText()).isEqualTo("bob-cohost");
            assertThat(after.path("attributes").path("role").asText()).isEqualTo("co-host");
            assertThat(after.path("iat").asLong()).isEqualTo(NOW.plus(Duration.ofMinutes(5)).getEpochSecond());
            assertThat(exchanged.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)).plus(Duration.ofHours(2)));
            assertThat(exchanged.participant().id()).isEqualTo(viewer.participant().id());
            assertThat(exchanged.participant().canPublish()).isTrue();
            assertThat(pair.verifier(later).verify(exchanged.token(), stage.arn(), Capability.PUBLISH))
                    .isEqualTo(exchanged);
        }
        assertThat(emulator.calls()).extracting(RecordedCall::operation).as("exchanging calls nothing")
                .containsExactly("CreateStage", "ImportPublicKey");
    }

    @Test
    void aViewerOnTheStageBecomesAPublisherThroughAnExchangeWithoutLeaving() {
        ImportedKeyPair pair = ivs.generateAndImportPublicKey("promote");
        ParticipantToken viewer = pair.signer().sign(stage, Viewer.of("bob"));
        String participant = emulator.simulateParticipantJoin(viewer.token());
        assertThatThrownBy(() -> emulator.simulateParticipantPublish(stage.arn().value(), participant))
                .isInstanceOf(IllegalArgumentException.class);

        ParticipantToken coHost = pair.signer().exchange(viewer, Host.of("bob"), Duration.ofHours(1));

        assertThat(emulator.simulateTokenExchange(coHost.token())).isEqualTo(participant);
        emulator.simulateParticipantPublish(stage.arn().value(), participant);
        String session = ivs.getStage(stage.arn()).activeSessionId().orElseThrow();
        assertThat(ivs.listParticipantEvents(stage.arn(), session, participant).map(e -> e.kind().name()))
                .containsExactly("PUBLISH_STARTED", "TOKEN_EXCHANGED", "PUBLISH_ERROR", "JOINED");
    }

    @Test
    void onlySelfSignedTokensAreExchangedAndTheInputsAreChecked() {
        ParticipantTokenSigner signer = ParticipantTokenSigner.create(P384Keys.generate(), SOME_KEY);
        ParticipantToken fromApi = ivs.createParticipantToken(stage.arn(), Viewer.of("bob"));
        assertInvalid(() -> signer.exchange(fromApi, Host.of("bob"), Duration.ofHours(1)), "current.selfSigned",
                "IVS exchanges only tokens signed with a key pair");
        ParticipantToken mine = signer.sign(stage, Viewer.of("bob"));
        assertInvalid(() -> signer.exchange(mine, Host.of("bob"), Duration.ofDays(15)), "duration", "20160");
        assertInvalid(() -> signer.exchange(mine, null, Duration.ofHours(1)), "role", "is missing");
        ParticipantToken garbled = new ParticipantToken(stage.arn(), mine.participant(), "not-a-jwt",
                mine.expiresAt(), true);
        assertInvalid(() -> signer.exchange(garbled, Host.of("bob"), Duration.ofHours(1)), "current.token",
                "is not a compact JWT");
        ParticipantToken otherStage = new ParticipantToken(StageArn.parse("arn:aws:ivs:us-east-1:123456789012:stage/"
                + "zzzzzzzzzzzz"), mine.participant(), mine.token(), mine.expiresAt(), true);
        assertInvalid(() -> signer.exchange(otherStage, Host.of("bob"), Duration.ofHours(1)), "current.token",
                "names the stage " + stage.arn().value());
        assertInvalid(() -> signer.exchange(stage.arn(), stage.endpoints(), "not an id!", Host.of("bob"),
                Duration.ofHours(1)), "participantId", "1..64 letters, digits, '-' and '_'");
        StageEndpoints noWhip = new StageEndpoints(stage.endpoints().events(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());
        assertInvalid(() -> signer.exchange(stage.arn(), noWhip, mine.participant().id(), Host.of("bob"),
                Duration.ofHours(1)), "stage.endpoints.whip", "is missing");
    }

    @Test
    void importingAKeyTwiceConflictsAndOtherCurvesAreRefusedLocally() throws Exception {
        P384KeyPair keys = P384Keys.generate();
        ivs.importPublicKey("once", keys.publicKey());
        assertThatThrownBy(() -> ivs.importPublicKey("twice", keys.publicKey()))
                .isInstanceOfSatisfying(IvsConflictException.class, e -> assertThat(e.httpStatus()).hasValue(409));

        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC");
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        assertInvalid(() -> ivs.importPublicKey("p256", (ECPublicKey) p256.generateKeyPair().getPublic()),
                "publicKey", "P-384");
        assertInvalid(() -> ivs.importPublicKey("bad name", keys.publicKey()), "name", "pattern [a-zA-Z0-9-_]*");
        assertInvalid(() -> ivs.importPublicKey("nokey", null), "publicKey", "is missing");
        assertInvalid(() -> ivs.generateAndImportPublicKey("bad name"), "name", "pattern");
        assertThat(emulator.calls("ImportPublicKey")).as("only the two imports above").extracting(RecordedCall::status)
                .containsExactly(200, 409);
    }

    @Test
    void publicKeysAreListedLazily() {
        List<PublicKeyArn> imported = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            imported.add(ivs.importPublicKey("key" + i, P384Keys.generate().publicKey()).arn());
        }

        assertThat(ivs.listPublicKeys().limit(1).count()).isEqualTo(1);
        assertThat(emulator.calls("ListPublicKeys")).hasSize(1);
        assertThat(ivs.listPublicKeys()).extracting(PublicKeySummary::arn).containsExactlyInAnyOrderElementsOf(imported);
        assertThat(ivs.listPublicKeys()).extracting(PublicKeySummary::name)
                .containsExactlyInAnyOrder("key0", "key1", "key2");
    }
}
