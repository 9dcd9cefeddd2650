package io.ivsjava.benchmarks;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.realtime.ParticipantTokenSigner;
import io.ivsjava.realtime.Viewer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifying one participant token: java-jwt (signature, then its claim checks such as {@code exp}) against the
 * JDK's own P1363 verifier (SunEC) on the same token, which only splits the token, decodes the signature and
 * checks it. JMH runs it on the threads it is asked for; {@link Tokens} is each thread's own.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 1)
public class TokenVerificationBenchmark {
    /** One token and its verifiers, one set per benchmark thread: a {@link Signature} is not thread-safe. */
    @State(Scope.Thread)
    public static class Tokens {
        String token;
        JWTVerifier javaJwt;
        Signature p1363;

        @Setup
        public void setUp() throws GeneralSecurityException {
            P384KeyPair keys = Fixtures.keys();
            ParticipantTokenSigner signer = ParticipantTokenSigner.create(keys.privateKey(), PublicKeyArn.parse(Fixtures.KEY_ARN));
            token = signer.sign(Fixtures.stage(), Viewer.of("viewer-1"), Duration.ofHours(12)).token();
            javaJwt = JWT.require(Algorithm.ECDSA384(keys.publicKey(), null)).build();
            p1363 = Signature.getInstance("SHA384withECDSAinP1363Format", "SunEC");
            p1363.initVerify(keys.publicKey());
            if (!verifyJdkP1363()) {
                throw new IllegalStateException("the JDK does not verify the token");
            }
            javaJwt.verify(token);
        }

        boolean verifyJdkP1363() throws GeneralSecurityException {
            int dot = token.lastIndexOf('.');
            p1363.update(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
            return p1363.verify(Base64.getUrlDecoder().decode(token.substring(dot + 1)));
        }
    }

    /** Baseline: java-jwt with SunEC. */
    @Benchmark
    public DecodedJWT verifyJavaJwt(Tokens t) {
        return t.javaJwt.verify(t.token);
    }

    /** The JDK's P1363 verifier on the same token. */
    @Benchmark
    public boolean verifyJdkP1363(Tokens t) throws GeneralSecurityException {
        return t.verifyJdkP1363();
    }
}
