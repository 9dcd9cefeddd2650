package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The ES384 signer, checked by a verifier that shares no code with it: {@link Jwt} converts the JOSE signature to
 * DER and verifies it with the JDK's {@code SHA384withECDSA}.
 */
class TokenSignerTest {

    @Test
    void headerClaimsAndSignatureAreWhatTheCallerAskedFor() {
        KeyPair pair = P384Keys.generate();
        TokenSigner signer = TokenSigner.es384((ECPrivateKey) pair.getPrivate(),
                "arn:aws:ivs:us-west-2:123456789012:public-key/abcdABCDefgh");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("resource", "arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh");
        claims.put("exp", 1_800_000_000L);
        claims.put("count", 7);
        claims.put("flag", true);
        claims.put("attributes", Map.of("displayName", "Kit", "emoji", "🐱"));
        claims.put("list", List.of("a", "b"));

        Jwt jwt = Jwt.parse(signer.sign(claims));

        assertThat(jwt.verifies(pair.getPublic())).isTrue();
        assertThat(jwt.signatureLength()).isEqualTo(96);
        assertThat(jwt.header.size()).isEqualTo(3);
        assertThat(jwt.header.path("alg").asText()).isEqualTo("ES384");
        assertThat(jwt.header.path("typ").asText()).isEqualTo("JWT");
        assertThat(jwt.header.path("kid").asText()).isEqualTo("arn:aws:ivs:us-west-2:123456789012:public-key/abcdABCDefgh");
        assertThat(jwt.claims.size()).isEqualTo(claims.size());
        assertThat(jwt.claims.path("resource").asText()).isEqualTo(claims.get("resource"));
        assertThat(jwt.claims.path("exp").asLong()).isEqualTo(1_800_000_000L);
        assertThat(jwt.claims.path("count").asInt()).isEqualTo(7);
        assertThat(jwt.claims.path("flag").asBoolean()).isTrue();
        assertThat(jwt.claims.path("attributes").path("emoji").asText()).isEqualTo("🐱");
        assertThat(jwt.claims.path("list").get(1).asText()).isEqualTo("b");
        assertThat(signer.keyId()).hasValue("arn:aws:ivs:us-west-2:123456789012:public-key/abcdABCDefgh");
    }

    @Test
    void withoutAKeyIdTheHeaderHasNone() {
        KeyPair pair = P384Keys.generate();

        Jwt jwt = Jwt.parse(TokenSigner.es384((ECPrivateKey) pair.getPrivate()).sign(Map.of("a", "b")));

        assertThat(jwt.header.has("kid")).isFalse();
        assertThat(jwt.verifies(pair.getPublic())).isTrue();
    }

    @Test
    void everyTokenOfManyKeysAndMessagesVerifiesAndOnlyWithItsKey() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        KeyPair previous = P384Keys.generate();
        for (int i = 0; i < 40; i++) {
            KeyPair pair = P384Keys.generate();
            byte[] noise = new byte[random.nextInt(1, 300)];
            random.nextBytes(noise);
            String token = TokenSigner.es384((ECPrivateKey) pair.getPrivate())
                    .sign(Map.of("n", i, "noise", Base64.getEncoder().encodeToString(noise)));

            Jwt jwt = Jwt.parse(token);
            assertThat(jwt.verifies(pair.getPublic())).as("token %d", i).isTrue();
            assertThat(jwt.verifies(previous.getPublic())).as("token %d with another key", i).isFalse();
            previous = pair;
        }
    }

    @Test
    void aTamperedPayloadNoLongerVerifies() {
        KeyPair pair = P384Keys.generate();
        String[] parts = TokenSigner.es384((ECPrivateKey) pair.getPrivate()).sign(Map.of("role", "viewer")).split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"role\":\"host\"}".getBytes());

        assertThat(Jwt.parse(parts[0] + "." + forged + "." + parts[2]).verifies(pair.getPublic())).isFalse();
    }

    @Test
    void signingFromManyThreadsAtOnceGivesValidTokens() throws Exception {
        KeyPair pair = P384Keys.generate();
        TokenSigner signer = TokenSigner.es384((ECPrivateKey) pair.getPrivate(), "kid-1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                tokens.add(pool.submit(() -> signer.sign(Map.of("n", n))));
            }
            for (int i = 0; i < tokens.size(); i++) {
                Jwt jwt = Jwt.parse(tokens.get(i).get(1, TimeUnit.MINUTES));
                assertThat(jwt.verifies(pair.getPublic())).isTrue();
                assertThat(jwt.claims.path("n").asInt()).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyP384KeysAndRealKeyIdsAreAccepted() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPrivateKey p256 = (ECPrivateKey) generator.generateKeyPair().getPrivate();
        ECPrivateKey p384 = (ECPrivateKey) P384Keys.generate().getPrivate();

        assertThatThrownBy(() -> TokenSigner.es384(p256))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("privateKey");
                    assertThat(e.getMessage()).contains("256-bit curve").contains("P-384");
                });
        assertThatThrownBy(() -> TokenSigner.es384(p384, " "))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("keyId"));
    }

    @Test
    void theKeyNeverShowsInToString() {
        ECPrivateKey key = (ECPrivateKey) P384Keys.generate().getPrivate();
        String shown = TokenSigner.es384(key, "arn:aws:ivs:us-west-2:1:public-key/k").toString();

        assertThat(shown).contains("<redacted>").contains("arn:aws:ivs:us-west-2:1:public-key/k")
                .doesNotContain(key.getS().toString()).doesNotContain(key.getS().toString(16));
    }
}
