package io.ivsjava.core;

import io.ivsjava.core.fixtures.KeyFixtures;
import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import org.junit.jupiter.api.Test;

class P384KeyPairTest {
    @Test
    void aGeneratedPairIsTypedAndRoundTripsThroughTheJdkForm() {
        P384KeyPair pair = P384Keys.generate();
        KeyPair jdk = pair.toKeyPair();
        assertThat(jdk.getPublic()).isSameAs(pair.publicKey());
        assertThat(jdk.getPrivate()).isSameAs(pair.privateKey());
        assertThat(P384KeyPair.of(jdk)).isEqualTo(pair);
        assertThat(P384Keys.readPublicKey(pair.publicKeyPem()).getW()).isEqualTo(pair.publicKey().getW());
    }

    @Test
    void toStringNeverShowsThePrivateKey() {
        P384KeyPair pair = P384Keys.generate();
        assertThat(pair.toString()).contains("<redacted>").doesNotContain(pair.privateKey().getS().toString())
                .doesNotContain(pair.privateKey().getS().toString(16));
    }

    @Test
    void missingHalvesAndOtherCurvesAreRefused() throws Exception {
        P384KeyPair pair = P384Keys.generate();
        assertInvalid(() -> new P384KeyPair(null, pair.privateKey()), "publicKey", "is missing");
        assertInvalid(() -> new P384KeyPair(pair.publicKey(), null), "privateKey", "is missing");
        assertInvalid(() -> P384KeyPair.of(null), "keyPair", "is missing");
        KeyPair p256 = KeyFixtures.jdkKeyPair("secp256r1");
        assertInvalid(() -> P384KeyPair.of(p256), "publicKey", "256-bit curve");
        assertInvalid(() -> new P384KeyPair((ECPublicKey) p256.getPublic(), pair.privateKey()), "publicKey",
                "256-bit curve");
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        assertInvalid(() -> P384KeyPair.of(rsa.generateKeyPair()), "keyPair", "RSA key pair");
    }
}
