package io.ivsjava.benchmarks;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.TokenSigner;
import io.ivsjava.core.internal.Ids;
import io.ivsjava.realtime.ParticipantTokenSigner;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.Viewer;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Minting tokens: the project's signer against java-jwt with the JDK's SunEC (what {@code TokenSigner} was before),
 * with the same claims, and the raw ES384 sign rate of each provider over the same signing input.
 *
 * <p>Participant tokens go through today's public API, {@link ParticipantTokenSigner#sign}; the baseline builds
 * the very claims that API writes (read back from one of its tokens, then with a new {@code jti}, {@code iat},
 * {@code exp} and {@code user_id} each time, as the API does) and signs them with java-jwt. Playback tokens carry
 * the claims of a private channel's playback token and go through {@link TokenSigner#es384(java.security.interfaces.ECPrivateKey)}.
 *
 * <p>Each path of the signer is measured: {@code Ivs} is the automatic choice (ACCP where it loads),
 * {@code IvsBouncyCastle} the portable path with ACCP disabled, {@code IvsJdk} the JDK alone. JMH runs it on the
 * threads it is asked for: {@link Signers} is shared by all of them, {@link PerThread} is each thread's own.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 1)
public class TokenMintingBenchmark {
    /** Everything shared by all threads: keys and signers, all thread-safe. */
    @State(Scope.Benchmark)
    public static class Signers {
        Stage stage;
        P384KeyPair keys;
        ParticipantTokenSigner participant;
        ParticipantTokenSigner participantBouncyCastle;
        ParticipantTokenSigner participantJdk;
        TokenSigner playback;
        TokenSigner playbackBouncyCastle;
        TokenSigner playbackJdk;
        Algorithm javaJwt;
        Map<String, Object> participantTemplate;
        byte[] signingInput;
        Provider accp;
        PrivateKey accpKey;
        ECPrivateKeyParameters bouncyCastleKey;

        @Setup
        public void setUp() throws GeneralSecurityException {
            stage = Fixtures.stage();
            keys = Fixtures.keys();
            PublicKeyArn keyArn = PublicKeyArn.parse(Fixtures.KEY_ARN);
            participant = Fixtures.withSignerProvider("auto", () -> ParticipantTokenSigner.create(keys.privateKey(), keyArn));
            participantBouncyCastle = Fixtures.withSignerProvider("bouncycastle",
                    () -> ParticipantTokenSigner.create(keys.privateKey(), keyArn));
            participantJdk = Fixtures.withSignerProvider("jdk", () -> ParticipantTokenSigner.create(keys.privateKey(), keyArn));
            playback = Fixtures.withSignerProvider("auto", () -> TokenSigner.es384(keys.privateKey()));
            playbackBouncyCastle = Fixtures.withSignerProvider("bouncycastle", () -> TokenSigner.es384(keys.privateKey()));
            playbackJdk = Fixtures.withSignerProvider("jdk", () -> TokenSigner.es384(keys.privateKey()));
            check(playback, "AmazonCorrettoCryptoProvider");
            check(playbackBouncyCastle, "BouncyCastle");
            check(playbackJdk, "SunEC");
            javaJwt = Algorithm.ECDSA384(keys.privateKey());

            String sample = participant.sign(stage, Viewer.of("viewer-0"), Duration.ofHours(12)).token();
            participantTemplate = Fixtures.claimsOf(sample);
            signingInput = Fixtures.signingInput(sample);

            accp = Fixtures.accp();
            accpKey = (PrivateKey) KeyFactory.getInstance("EC", accp).translateKey(keys.privateKey());
            X9ECParameters curve = CustomNamedCurves.getByName("P-384");
            bouncyCastleKey = new ECPrivateKeyParameters(keys.privateKey().getS(),
                    new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH(), curve.getSeed()));
        }

        private static void check(TokenSigner signer, String provider) {
            if (!signer.provider().startsWith(provider)) {
                throw new IllegalStateException("expected " + provider + ", got " + signer.provider());
            }
        }
    }

    /** Per-thread state: the viewer counter and each provider's reusable Signature. */
    @State(Scope.Thread)
    public static class PerThread {
        long viewer;
        Signature accp;
        Signature sunEc;

        @Setup
        public void setUp(Signers signers) throws GeneralSecurityException {
            accp = Signature.getInstance("SHA384withECDSAinP1363Format", signers.accp);
            accp.initSign(signers.accpKey);
            sunEc = Signature.getInstance("SHA384withECDSAinP1363Format", "SunEC");
            sunEc.initSign(signers.keys.privateKey());
        }

        String nextViewer() {
            return "viewer-" + (++viewer);
        }
    }

    // ---- participant tokens ------------------------------------------------------------------------------------

    /** Baseline: the claims ParticipantTokenSigner writes, signed by java-jwt with SunEC. */
    @Benchmark
    public String participantJavaJwtSunEc(Signers s, PerThread t) {
        Instant issued = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>(s.participantTemplate);
        claims.put("exp", issued.getEpochSecond() + 12 * 3600);
        claims.put("iat", issued.getEpochSecond());
        claims.put("jti", Ids.random(12));
        claims.put("user_id", t.nextViewer());
        return JWT.create().withKeyId(Fixtures.KEY_ARN).withPayload(claims).sign(s.javaJwt);
    }

    /** ParticipantTokenSigner, the provider chosen automatically (ACCP where it loads). */
    @Benchmark
    public String participantIvs(Signers s, PerThread t) {
        return s.participant.sign(s.stage, Viewer.of(t.nextViewer()), Duration.ofHours(12)).token();
    }

    /** The same from two threads at once: per-thread throughput times two is the total. */
    @Benchmark
    @Threads(2)
    public String participantIvsTwoThreads(Signers s, PerThread t) {
        return s.participant.sign(s.stage, Viewer.of(t.nextViewer()), Duration.ofHours(12)).token();
    }

    /** The portable path: ACCP disabled, BouncyCastle's lightweight ECDSA. */
    @Benchmark
    public String participantIvsBouncyCastle(Signers s, PerThread t) {
        return s.participantBouncyCastle.sign(s.stage, Viewer.of(t.nextViewer()), Duration.ofHours(12)).token();
    }

    /** The JDK alone (neither ACCP nor BouncyCastle present). */
    @Benchmark
    public String participantIvsJdk(Signers s, PerThread t) {
        return s.participantJdk.sign(s.stage, Viewer.of(t.nextViewer()), Duration.ofHours(12)).token();
    }

    // ---- raw provider signatures over a participant token's signing input ---------------------------------------

    /** ACCP's raw ES384 sign rate: one reused Signature with ACCP's own key, P1363 output. */
    @Benchmark
    public byte[] rawAccpSign(Signers s, PerThread t) throws GeneralSecurityException {
        t.accp.update(s.signingInput);
        return t.accp.sign();
    }

    /** ACCP's raw sign rate from two threads. */
    @Benchmark
    @Threads(2)
    public byte[] rawAccpSignTwoThreads(Signers s, PerThread t) throws GeneralSecurityException {
        t.accp.update(s.signingInput);
        return t.accp.sign();
    }

    /** BouncyCastle's lightweight ECDSA, RFC 6979 nonces, as the portable path signs. */
    @Benchmark
    public BigInteger[] rawBouncyCastleSign(Signers s) {
        SHA384Digest digest = new SHA384Digest();
        digest.update(s.signingInput, 0, s.signingInput.length);
        byte[] hash = new byte[48];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA384Digest()));
        signer.init(true, s.bouncyCastleKey);
        return signer.generateSignature(hash);
    }

    /** SunEC's raw ES384 sign rate: one reused Signature, P1363 output. */
    @Benchmark
    public byte[] rawSunEcSign(Signers s, PerThread t) throws GeneralSecurityException {
        t.sunEc.update(s.signingInput);
        return t.sunEc.sign();
    }

    // ---- playback tokens -----------------------------------------------------------------------------------------

    /** Baseline: a private channel's playback token by java-jwt with SunEC. */
    @Benchmark
    public String playbackJavaJwtSunEc(Signers s, PerThread t) {
        Map<String, Object> claims = Fixtures.playbackClaims(t.nextViewer(), Instant.now().getEpochSecond() + 3600);
        return JWT.create().withPayload(claims).sign(s.javaJwt);
    }

    /** TokenSigner.es384(privateKey), the provider chosen automatically. */
    @Benchmark
    public String playbackIvs(Signers s, PerThread t) {
        return s.playback.sign(Fixtures.playbackClaims(t.nextViewer(), Instant.now().getEpochSecond() + 3600));
    }

    /** The portable path: ACCP disabled. */
    @Benchmark
    public String playbackIvsBouncyCastle(Signers s, PerThread t) {
        return s.playbackBouncyCastle.sign(Fixtures.playbackClaims(t.nextViewer(), Instant.now().getEpochSecond() + 3600));
    }

    /** The JDK alone. */
    @Benchmark
    public String playbackIvsJdk(Signers s, PerThread t) {
        return s.playbackJdk.sign(Fixtures.playbackClaims(t.nextViewer(), Instant.now().getEpochSecond() + 3600));
    }
}
