package io.ivsjava.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.live.Admission;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.Invite;
import io.ivsjava.live.InviteStore;
import io.ivsjava.live.IvsLive;
import io.ivsjava.realtime.ImportedPublicKey;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.StageSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/** {@code spring.cloud.aws.ivs.live.*}: the namespace, the token keys as values or files, the lifetimes. */
class IvsLivePropertiesTest {
    static IvsEmulator emulator;
    static P384KeyPair keys;
    static String publicKeyArn;

    @BeforeAll
    static void start() {
        emulator = IvsEmulator.start();
        keys = P384Keys.generate();
        try (IvsRealTimeClient sdk = IvsRealTimeClient.builder().endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region())).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey()))).build()) {
            ImportedPublicKey imported = IvsRealTime.create(sdk).importPublicKey("spring-test", keys.publicKey());
            publicKeyArn = imported.arn().value();
        }
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(IvsAutoConfigurationTest.ALL).withPropertyValues(
                "spring.cloud.aws.ivs.endpoint=" + emulator.endpoint(),
                "spring.cloud.aws.ivs.region=" + emulator.region(),
                "spring.cloud.aws.credentials.access-key=" + emulator.accessKeyId(),
                "spring.cloud.aws.credentials.secret-key=" + emulator.secretAccessKey());
    }

    @Test
    void theParticipantKeyAsAPemValueSignsViewerTokensWithoutAnyCall() {
        runner().withPropertyValues("spring.cloud.aws.ivs.live.namespace=spring-test",
                "spring.cloud.aws.ivs.live.participant-token-key.private-key=" + P384Keys.toPem(keys.privateKey()),
                "spring.cloud.aws.ivs.live.participant-token-key.public-key-arn=" + publicKeyArn).run(context -> {
                    IvsLive live = context.getBean(IvsLive.class);
                    assertThat(live.namespace()).isEqualTo("spring-test");
                    assertThat(live.toString()).contains("participantTokens=signed locally");
                    Broadcast show = live.goLive("user-1", StreamingMode.REAL_TIME);
                    long before = emulator.requestCount("CreateParticipantToken");
                    Admission viewer = live.admitViewer(show, "viewer-1");
                    assertThat(viewer).isInstanceOf(Admission.WebRtc.class);
                    assertThat(emulator.requestCount("CreateParticipantToken")).isEqualTo(before);
                    // the emulator verifies the self-signed token with the imported key, as IVS does at join time
                    assertThat(emulator.simulateParticipantJoin(((Admission.WebRtc) viewer).token().token()))
                            .isNotBlank();
                });
    }

    @Test
    void keysAsFilesAndTheLifetimes(@TempDir Path dir) throws Exception {
        Path participant = dir.resolve("participant.pem");
        Path playback = dir.resolve("playback.pem");
        Files.writeString(participant, P384Keys.toPem(keys.privateKey()));
        Files.writeString(playback, P384Keys.toPem(P384Keys.generate().privateKey()));
        runner().withPropertyValues(
                "spring.cloud.aws.ivs.live.participant-token-key.private-key-location=file:" + participant,
                "spring.cloud.aws.ivs.live.participant-token-key.public-key-arn=" + publicKeyArn,
                "spring.cloud.aws.ivs.live.playback-token-key.private-key-location=file:" + playback,
                "spring.cloud.aws.ivs.live.host-token-lifetime=2h",
                "spring.cloud.aws.ivs.live.host-token-refresh-ahead=30m").run(context -> {
                    IvsLive live = context.getBean(IvsLive.class);
                    assertThat(live.toString()).contains("participantTokens=signed locally")
                            .contains("playbackTokens=signed locally");
                    Broadcast show = live.goLive("user-2", StreamingMode.REAL_TIME);
                    Instant issued = Instant.now();
                    Admission.WebRtc host = (Admission.WebRtc) live.admitHost(show, "user-2");
                    assertThat(Duration.between(issued, host.token().expiresAt()))
                            .isBetween(Duration.ofMinutes(110), Duration.ofMinutes(121));
                });
    }

    @Test
    void anInviteStoreBeanKeepsTheInvitations() {
        InviteStore store = InviteStore.inMemory();
        runner().withBean(InviteStore.class, () -> store).run(context -> {
            IvsLive live = context.getBean(IvsLive.class);
            assertThat(live.invites()).isSameAs(store);
            Broadcast show = live.goLive("host-3", StreamingMode.REAL_TIME);
            Invite invite = live.invite(show, "guest-3");
            assertThat(store.find(show.userId(), "guest-3")).contains(invite);
        });
    }

    @Test
    void bothAValueAndALocationIsRefusedNamingTheProperty() {
        runner().withPropertyValues(
                "spring.cloud.aws.ivs.live.playback-token-key.private-key=" + P384Keys.toPem(keys.privateKey()),
                "spring.cloud.aws.ivs.live.playback-token-key.private-key-location=file:/nowhere.pem").run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(IvsValidationException.class)
                        .hasMessage("spring.cloud.aws.ivs.live.playback-token-key.private-key: is given with "
                                + "private-key-location; give one or the other"));
    }

    @Test
    void aParticipantKeyWithoutItsPublicKeyArn() {
        runner().withPropertyValues(
                "spring.cloud.aws.ivs.live.participant-token-key.private-key=" + P384Keys.toPem(keys.privateKey()))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.live.participant-token-key.public-key-arn: "
                                + "is missing"));
    }

    @Test
    void aValueThatIsNoKeyNamesThePropertyAndNeverShowsTheValue() {
        String notAKey = "-----BEGIN PUBLIC KEY-----\n" + keys.publicKeyPem().lines()
                .filter(l -> !l.startsWith("-----")).reduce("", String::concat) + "\n-----END PUBLIC KEY-----\n";
        runner().withPropertyValues("spring.cloud.aws.ivs.live.playback-token-key.private-key=" + notAKey)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("spring.cloud.aws.ivs.live.playback-token-key.private-key: ")
                        .hasMessageContaining("public key"));
    }

    @Test
    void anUnreadableLocation(@TempDir Path dir) {
        runner().withPropertyValues("spring.cloud.aws.ivs.live.playback-token-key.private-key-location=file:"
                + dir.resolve("missing.pem")).run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageStartingWith("spring.cloud.aws.ivs.live.playback-token-key.private-key-location: ")
                .hasMessageContaining("cannot be read"));
    }

    @Test
    void aNamespaceOutOfRangeIsIvsLivesOwnRefusal() {
        runner().withPropertyValues("spring.cloud.aws.ivs.live.namespace=has space").run(context ->
                assertThat(context).getFailure().rootCause().isInstanceOf(IvsValidationException.class)
                        .hasMessageStartingWith("namespace:"));
    }

    @Test
    void thePropertiesNeverShowAKey() {
        String pem = P384Keys.toPem(keys.privateKey());
        runner().withPropertyValues("spring.cloud.aws.ivs.live.participant-token-key.private-key=" + pem,
                "spring.cloud.aws.ivs.live.participant-token-key.public-key-arn=" + publicKeyArn).run(context -> {
                    IvsProperties properties = context.getBean(IvsProperties.class);
                    String body = pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
                    assertThat(properties.live().participantTokenKey().key().privateKey())
                            .hasValueSatisfying(value -> assertThat(value).contains(body));
                    assertThat(properties.toString()).contains("<redacted>").doesNotContain(body);
                    assertThat(context.getBean(IvsLive.class).toString()).doesNotContain(body);
                });
    }

    @Test
    void withoutKeysTokensComeFromTheApi() {
        runner().run(context -> {
            IvsLive live = context.getBean(IvsLive.class);
            assertThat(live.namespace()).isEqualTo(IvsLive.DEFAULT_NAMESPACE);
            assertThat(live.toString()).contains("participantTokens=from the API");
            // the same IvsRealTime bean serves IvsLive and the application
            assertThat(live.realTime()).isSameAs(context.getBean(IvsRealTime.class));
            assertThat(context.getBean(IvsRealTime.class).createStage(StageSpec.builder().build())).isNotNull();
        });
    }
}
