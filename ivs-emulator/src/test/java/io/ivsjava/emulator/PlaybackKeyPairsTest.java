package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.security.PublicKey;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ConflictException;
import software.amazon.awssdk.services.ivs.model.PlaybackKeyPair;
import software.amazon.awssdk.services.ivs.model.PlaybackKeyPairSummary;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** Playback key pairs: P-384 public keys only, each once, three per region by default. */
class PlaybackKeyPairsTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().quota(Quota.PLAYBACK_KEY_PAIRS, 100).start();
    @AutoClose
    private static final IvsClient client = Sdk.lowLatencyWithoutRetries(emulator);

    @Test
    void importingAP384KeyAnswersItsFingerprintAndItIsReadListedAndDeleted() {
        PublicKey key = TestKeys.ec("secp384r1").getPublic();
        PlaybackKeyPair imported = client.importPlaybackKeyPair(b -> b.publicKeyMaterial(TestKeys.pem(key))
                .name("viewer-tokens").tags(Map.of("app", "cats"))).keyPair();

        assertThat(imported.arn()).matches("arn:aws:ivs:us-east-1:123456789012:playback-key/[a-zA-Z0-9]{12}");
        assertThat(imported.name()).isEqualTo("viewer-tokens");
        assertThat(imported.fingerprint()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}")
                .isEqualTo(TestKeys.md5Fingerprint(key));
        assertThat(imported.tags()).containsExactly(Map.entry("app", "cats"));
        assertThat(client.getPlaybackKeyPair(b -> b.arn(imported.arn())).keyPair()).isEqualTo(imported);
        assertThat(client.listPlaybackKeyPairs(b -> b.maxResults(100)).keyPairs())
                .extracting(PlaybackKeyPairSummary::arn).contains(imported.arn());

        client.deletePlaybackKeyPair(b -> b.arn(imported.arn()));
        assertThatThrownBy(() -> client.getPlaybackKeyPair(b -> b.arn(imported.arn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.deletePlaybackKeyPair(b -> b.arn(imported.arn())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(client.importPlaybackKeyPair(b -> b.publicKeyMaterial(TestKeys.pem(key))).keyPair().fingerprint())
                .as("a deleted key can be imported again").isEqualTo(imported.fingerprint());
    }

    @Test
    void theSameKeyCannotBeImportedTwice() {
        String pem = TestKeys.p384Pem();
        String first = client.importPlaybackKeyPair(b -> b.publicKeyMaterial(pem)).keyPair().arn();

        assertThatThrownBy(() -> client.importPlaybackKeyPair(b -> b.publicKeyMaterial(pem.replace("\n", "\r\n"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409))
                .hasMessageContaining(first);
    }

    @Test
    void onlyP384EcPublicKeysInPemAreAccepted() {
        assertThatThrownBy(() -> client.importPlaybackKeyPair(b -> b.publicKeyMaterial(
                TestKeys.pem(TestKeys.ec("secp256r1").getPublic()))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("P-384");
        assertThatThrownBy(() -> client.importPlaybackKeyPair(b -> b.publicKeyMaterial(
                TestKeys.pem(TestKeys.ec("secp521r1").getPublic()))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("P-384");
        assertThatThrownBy(() -> client.importPlaybackKeyPair(b -> b.publicKeyMaterial(
                TestKeys.pem(TestKeys.rsa().getPublic()))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("P-384");
        assertThatThrownBy(() -> client.importPlaybackKeyPair(b -> b.publicKeyMaterial(
                "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.importPlaybackKeyPair(b -> b.publicKeyMaterial("ssh-ed25519 AAAA")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PEM");
    }

    @Test
    void threeKeyPairsPerRegionByDefault() {
        try (IvsEmulator defaults = IvsEmulator.start(); IvsClient c = Sdk.lowLatencyWithoutRetries(defaults)) {
            for (int i = 0; i < 3; i++) {
                c.importPlaybackKeyPair(b -> b.publicKeyMaterial(TestKeys.p384Pem()));
            }
            assertThatThrownBy(() -> c.importPlaybackKeyPair(b -> b.publicKeyMaterial(TestKeys.p384Pem())))
                    .isInstanceOfSatisfying(ServiceQuotaExceededException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(402))
                    .hasMessageContaining("quota of 3 playback key pairs");
            try (IvsClient elsewhere = Sdk.lowLatency(defaults, "eu-west-1")) {
                assertThat(elsewhere.importPlaybackKeyPair(b -> b.publicKeyMaterial(TestKeys.p384Pem())).keyPair()
                        .arn()).as("the quota is per region").startsWith("arn:aws:ivs:eu-west-1:");
                assertThat(elsewhere.listPlaybackKeyPairs(b -> b.maxResults(100)).keyPairs()).hasSize(1);
            }
            assertThat(c.listPlaybackKeyPairs(b -> b.maxResults(2)).nextToken()).isNotNull();
        }
    }

    @Test
    void keyPairsAreTaggable() {
        String arn = client.importPlaybackKeyPair(b -> b.publicKeyMaterial(TestKeys.p384Pem())).keyPair().arn();
        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("rotation", "2026-q4")));
        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Map.entry("rotation", "2026-q4"));
        client.untagResource(b -> b.resourceArn(arn).tagKeys("rotation"));
        assertThat(client.getPlaybackKeyPair(b -> b.arn(arn)).keyPair().tags()).isEmpty();
    }
}
