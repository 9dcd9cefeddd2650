package io.ivsjava.lowlatency;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.fixtures.Es384Jwt;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.fixtures.MutableClock;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PlaybackKeyPairArn;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Private channels: playback key pairs, locally signed playback tokens, authorized URLs and revocation. */
class PrivatePlaybackTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ChannelArn CHANNEL = ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");

    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = Emulated.extension();

    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;
    private static P384KeyPair keys;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulated.connect(emulator);
        keys = P384Keys.generate();
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    private static PlaybackTokenSigner signer() {
        return PlaybackTokenSigner.create(keys.privateKey(), new MutableClock(NOW));
    }

    // ---- tokens, verified with the JDK alone

    @Test
    void aDefaultTokenCarriesTheChannelAnyOriginAndTenMinutes() {
        PlaybackToken token = signer().sign(CHANNEL);

        Es384Jwt.Verified jwt = Es384Jwt.verify(token.token(), keys.publicKey());
        assertThat(jwt.header()).containsOnly(Map.entry("alg", "ES384"), Map.entry("typ", "JWT"));
        assertThat(jwt.claims()).containsOnlyKeys("aws:channel-arn", "aws:access-control-allow-origin", "exp");
        assertThat(jwt.claims().get("aws:channel-arn")).isEqualTo(CHANNEL.value());
        assertThat(jwt.claims().get("aws:access-control-allow-origin")).isEqualTo("*");
        assertThat(((Number) jwt.claims().get("exp")).longValue())
                .isEqualTo(NOW.plus(Duration.ofMinutes(10)).getEpochSecond());
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(token.channel()).isEqualTo(CHANNEL);
        assertThat(token.viewerId()).isEmpty();
        assertThat(token.singleUseId()).isEmpty();
    }

    @Test
    void everyClaimIsWrittenAsIvsReadsIt() {
        PlaybackToken token = signer().sign(PlaybackTokenSpec.builder(CHANNEL)
                .allowedOrigin("https://cats.example")
                .allowedOrigin("https://*.cats.example")
                .strictOriginEnforcement(true)
                .viewerId("user-42")
                .viewerSessionVersion(7)
                .singleUse()
                .maximumResolution(Resolution.HD)
                .validFor(Duration.ofMinutes(5))
                .build());

        Map<String, Object> claims = Es384Jwt.verify(token.token(), keys.publicKey()).claims();
        assertThat(claims.get("aws:channel-arn")).isEqualTo(CHANNEL.value());
        assertThat(claims.get("aws:access-control-allow-origin")).isEqualTo("https://cats.example,https://*.cats.example");
        assertThat(claims.get("aws:strict-origin-enforcement")).isEqualTo(true);
        assertThat(claims.get("aws:viewer-id")).isEqualTo("user-42");
        assertThat(claims.get("aws:viewer-session-version")).isEqualTo(7);
        assertThat(claims.get("aws:maximum-resolution")).isEqualTo("HD");
        assertThat(UUID.fromString((String) claims.get("aws:single-use-uuid"))).isEqualTo(token.singleUseId().orElseThrow());
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(NOW.plusSeconds(300).getEpochSecond());
        assertThat(claims).hasSize(8);
        assertThat(token.viewerId()).hasValue("user-42");
    }

    @Test
    void eachSingleUseTokenHasItsOwnId() {
        PlaybackTokenSpec spec = PlaybackTokenSpec.builder(CHANNEL).singleUse().build();
        PlaybackTokenSigner signer = signer();

        assertThat(signer.sign(spec).singleUseId()).isNotEqualTo(signer.sign(spec).singleUseId());
    }

    @Test
    void aTokenSignedWithAnotherKeyDoesNotVerify() {
        PlaybackToken token = PlaybackTokenSigner.create(P384Keys.generate().privateKey()).sign(CHANNEL);

        assertThatThrownBy(() -> Es384Jwt.verify(token.token(), keys.publicKey()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not verify");
    }

    @Test
    void theAuthorizedUrlAppendsTheToken() {
        PlaybackUrl url = new PlaybackUrl(URI.create("https://a1b2c3d4e5f6.us-west-2.playback.live-video.net/api/"
                + "video/v1/us-west-2.123456789012.channel.abcdABCDefgh.m3u8"));
        PlaybackToken token = signer().sign(CHANNEL);

        URI authorized = url.withToken(token);

        assertThat(authorized.toString()).isEqualTo(url + "?token=" + token.token());
        assertThat(authorized.getQuery()).isEqualTo("token=" + token.token());

        PlaybackToken other = signer().sign(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/other"));
        assertInvalid(() -> url.withToken(other), "token", "is for channel "
                + "arn:aws:ivs:us-west-2:123456789012:channel/other, but this URL plays channel abcdABCDefgh");
    }

    @Test
    void aPlaybackUrlIsHttpsOrPlainHttpOnLoopbackOnly() {
        String path = "/api/video/v1/us-east-1.123456789012.channel.abcdABCDefgh.m3u8";
        assertThat(new PlaybackUrl(URI.create("http://127.0.0.1:4566" + path)).channelId()).hasValue("abcdABCDefgh");
        new PlaybackUrl(URI.create("http://localhost:4566" + path));
        new PlaybackUrl(URI.create("http://[::1]:4566" + path));
        assertInvalid(() -> new PlaybackUrl(URI.create("http://cats.example" + path)), "playbackUrl",
                "is not an https URL");
    }

    @Test
    void tokensStayOutOfToString() {
        PlaybackToken token = signer().sign(PlaybackTokenSpec.builder(CHANNEL).viewerId("v").build());

        assertThat(token.toString()).doesNotContain(token.token()).contains("<redacted>").contains("viewerId=v");
        assertThat(signer().toString()).doesNotContain(keys.privateKey().toString()).contains("<redacted>");
    }

    @Test
    void tokenLimitsAreIvssExactlyAtTheBoundary() {
        PlaybackTokenSpec.builder(CHANNEL).viewerId("v".repeat(40)).build();
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).viewerId("v".repeat(41)).build(), "viewerId",
                "is 41 characters long; allowed 1..40 characters");
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).viewerId("").build(), "viewerId",
                "is 0 characters long");

        PlaybackTokenSpec.builder(CHANNEL).viewerId("v").validFor(Duration.ofMinutes(10)).build();
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).viewerId("v")
                        .validFor(Duration.ofMinutes(10).plusSeconds(1)).build(), "validFor",
                "601 seconds is too long for a token with a viewer id; allowed at most 600 seconds");
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).singleUse()
                        .validFor(Duration.ofMinutes(11)).build(), "validFor", "too long for a token for single use");
        assertThat(PlaybackTokenSpec.builder(CHANNEL).validFor(Duration.ofDays(1)).build().validFor())
                .as("without viewer id or single use, IVS sets no maximum").isEqualTo(Duration.ofDays(1));
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).validFor(Duration.ZERO).build(), "validFor",
                "is not a positive whole number of seconds");
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).validFor(Duration.ofMillis(1500)).build(), "validFor",
                "is not a positive whole number of seconds");

        PlaybackTokenSpec.Builder five = PlaybackTokenSpec.builder(CHANNEL).strictOriginEnforcement(true);
        for (int i = 0; i < 5; i++) {
            five.allowedOrigin("https://site" + i + ".example");
        }
        assertThat(five.build().allowedOrigins()).hasSize(5);
        assertInvalid(() -> five.allowedOrigin("https://site5.example").build(), "allowedOrigins",
                "has 6 origins; allowed at most 5 with strict origin enforcement");

        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).allowedOrigin("https://a.example,https://b.example")
                .build(), "allowedOrigins[0]", "is malformed; allowed an origin such as https://cats.example");
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).viewerSessionVersion(1).build(),
                "viewerSessionVersion", "is set without a viewerId");
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).viewerId("v").viewerSessionVersion(-1).build(),
                "viewerSessionVersion", "-1 is negative");
        assertInvalid(() -> PlaybackTokenSpec.builder(CHANNEL).maximumResolution(Resolution.LOWEST_RESOLUTION)
                .build(), "maximumResolution", "allowed SD, HD, FULL_HD");
        assertInvalid(() -> PlaybackTokenSpec.builder(null), "channel", "is missing");
    }

    @Test
    void aSignerNeedsAP384Key() throws Exception {
        KeyPairGenerator p256 = KeyPairGenerator.getInstance("EC");
        p256.initialize(new ECGenParameterSpec("secp256r1"));
        ECPrivateKey wrongCurve = (ECPrivateKey) p256.generateKeyPair().getPrivate();

        assertInvalid(() -> PlaybackTokenSigner.create(wrongCurve), "privateKey", "P-384");
        assertInvalid(() -> PlaybackTokenSigner.create(null), "privateKey", "is missing");
        assertInvalid(() -> PlaybackTokenSigner.create(keys.privateKey(), null), "clock", "is missing");
    }

    // ---- key pairs and revocation, against the emulator

    @Test
    void aKeyPairIsImportedReadListedAndDeleted() {
        P384KeyPair local = P384Keys.generate();

        PlaybackKeyPair imported = ivs.importPlaybackKeyPair("web", local.publicKey(), Map.of("app", "cats"));

        assertThat(imported.name()).isEqualTo("web");
        assertThat(imported.fingerprint()).isPresent();
        assertThat(imported.tags()).containsExactly(Map.entry("app", "cats"));
        assertThat(ivs.getPlaybackKeyPair(imported.arn())).isEqualTo(imported);
        assertThat(ivs.listPlaybackKeyPairs().map(PlaybackKeyPair::arn).collect(Collectors.toList()))
                .contains(imported.arn());
        assertThatThrownBy(() -> ivs.importPlaybackKeyPair("again", local.publicKey()))
                .as("the same key twice").isInstanceOf(IvsConflictException.class);

        assertThat(ivs.deletePlaybackKeyPair(imported.arn())).isTrue();
        assertThatThrownBy(() -> ivs.getPlaybackKeyPair(imported.arn())).isInstanceOf(IvsNotFoundException.class);
        assertThat(ivs.deletePlaybackKeyPair(imported.arn(), DeleteOption.IF_EXISTS)).isFalse();
    }

    @Test
    void aKeyPairIsGeneratedAndImportedInOneCallAndSignsTokens() {
        GeneratedPlaybackKeyPair generated = ivs.createPlaybackKeyPair("generated");

        assertThat(generated.keyPair().name()).isEqualTo("generated");
        assertThat(ivs.getPlaybackKeyPair(generated.keyPair().arn()).fingerprint())
                .isEqualTo(generated.keyPair().fingerprint());
        PlaybackToken token = generated.signer(new MutableClock(NOW)).sign(CHANNEL);
        assertThat(Es384Jwt.verify(token.token(), generated.keys().publicKey()).claims())
                .containsEntry("aws:channel-arn", CHANNEL.value());
        assertThat(generated.toString()).doesNotContain(generated.keys().privateKey().toString());
    }

    @Test
    void importChecksTheKeyAndNameBeforeAnyCall() {
        assertInvalid(() -> ivs.importPlaybackKeyPair("a b", keys.publicKey()), "name",
                "has characters IVS does not allow");
        assertInvalid(() -> ivs.importPlaybackKeyPair("k", null), "publicKey", "is missing");
        assertInvalid(() -> ivs.deletePlaybackKeyPair(null), "arn", "is missing");
        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void aViewersSessionsAreRevokedOneAtATimeOrInABatch() {
        ChannelArn channel = ivs.createChannel(ChannelSpec.builder().authorized(true).build()).channel().arn();

        ivs.revokeViewerSession(channel, "user-1");
        ivs.revokeViewerSession(ViewerRevocation.upToVersion(channel, "user-2", 3));
        assertThat(emulator.calls("StartViewerSessionRevocation")).hasSize(2).allMatch(RecordedCall::succeeded);

        List<RevocationFailure> failures = ivs.revokeViewerSessions(List.of(
                ViewerRevocation.allSessions(channel, "user-3"),
                ViewerRevocation.upToVersion(channel, "user-4", 0)));
        assertThat(failures).isEmpty();
    }

    @Test
    void revokingOnAMissingChannelIsNotFound() {
        assertThatThrownBy(() -> ivs.revokeViewerSession(CHANNEL, "user-1")).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void aRevocationBatchTakesTwentyAndRefusesTwentyOneBeforeAnyCall() {
        ChannelArn channel = ivs.createChannel(ChannelSpec.builder().authorized(true).build()).channel().arn();
        List<ViewerRevocation> revocations = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            revocations.add(ViewerRevocation.allSessions(channel, "viewer-" + i));
        }

        assertInvalid(() -> ivs.revokeViewerSessions(revocations), "revocations",
                "has 21 revocations; allowed 1..20");
        assertInvalid(() -> ivs.revokeViewerSessions(List.of()), "revocations", "has 0 revocations; allowed 1..20");
        assertInvalid(() -> ViewerRevocation.allSessions(channel, "v".repeat(41)), "viewerId",
                "is 41 characters long; allowed 1..40 characters");
        assertInvalid(() -> ViewerRevocation.upToVersion(channel, "v", -1), "upToVersion", "-1 is negative");
        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateChannel");

        assertThat(ivs.revokeViewerSessions(revocations.subList(0, 20))).isEmpty();
        assertThat(emulator.calls("BatchStartViewerSessionRevocation")).hasSize(1);
    }

    @Test
    void keyPairOperationsOnAMissingPairAreNotFound() {
        PlaybackKeyPairArn missing = PlaybackKeyPairArn.parse("arn:aws:ivs:us-west-2:123456789012:playback-key/abcdABCDefgh");
        assertThatThrownBy(() -> ivs.getPlaybackKeyPair(missing)).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.deletePlaybackKeyPair(missing)).isInstanceOf(IvsNotFoundException.class);
    }
}
