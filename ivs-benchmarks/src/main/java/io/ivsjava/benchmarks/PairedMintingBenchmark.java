package io.ivsjava.benchmarks;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The key minting ratios measured a second way: each figure and its baseline run at the same time, one thread
 * each, so that whatever else the machine is doing slows both alike. On an idle machine with two cores this
 * agrees with {@link TokenMintingBenchmark}, where each runs alone; on a busy, shared one it is the steadier
 * ratio. The work is exactly that of {@link TokenMintingBenchmark}'s methods of the same names.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 1)
public class PairedMintingBenchmark {
    private static final TokenMintingBenchmark MINTING = new TokenMintingBenchmark();

    /** ParticipantTokenSigner (provider chosen automatically), beside java-jwt. */
    @Benchmark
    @Group("ivsAndJavaJwt")
    @GroupThreads(1)
    public String ivsAndJavaJwt_ivs(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t) {
        return MINTING.participantIvs(s, t);
    }

    /** java-jwt + SunEC with the same claims, beside ParticipantTokenSigner. */
    @Benchmark
    @Group("ivsAndJavaJwt")
    @GroupThreads(1)
    public String ivsAndJavaJwt_javaJwt(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t) {
        return MINTING.participantJavaJwtSunEc(s, t);
    }

    /** ParticipantTokenSigner (provider chosen automatically), beside ACCP's raw sign. */
    @Benchmark
    @Group("ivsAndRawAccp")
    @GroupThreads(1)
    public String ivsAndRawAccp_ivs(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t) {
        return MINTING.participantIvs(s, t);
    }

    /** ACCP's raw ES384 sign over a participant token's signing input, beside ParticipantTokenSigner. */
    @Benchmark
    @Group("ivsAndRawAccp")
    @GroupThreads(1)
    public byte[] ivsAndRawAccp_rawAccp(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t)
            throws GeneralSecurityException {
        return MINTING.rawAccpSign(s, t);
    }

    /** The portable path (ACCP disabled), beside java-jwt. */
    @Benchmark
    @Group("portableAndJavaJwt")
    @GroupThreads(1)
    public String portableAndJavaJwt_portable(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t) {
        return MINTING.participantIvsBouncyCastle(s, t);
    }

    /** java-jwt + SunEC, beside the portable path. */
    @Benchmark
    @Group("portableAndJavaJwt")
    @GroupThreads(1)
    public String portableAndJavaJwt_javaJwt(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t) {
        return MINTING.participantJavaJwtSunEc(s, t);
    }

    /** The JDK alone, beside java-jwt. */
    @Benchmark
    @Group("jdkAndJavaJwt")
    @GroupThreads(1)
    public String jdkAndJavaJwt_jdk(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t) {
        return MINTING.participantIvsJdk(s, t);
    }

    /** java-jwt + SunEC, beside the JDK alone. */
    @Benchmark
    @Group("jdkAndJavaJwt")
    @GroupThreads(1)
    public String jdkAndJavaJwt_javaJwt(TokenMintingBenchmark.Signers s, TokenMintingBenchmark.PerThread t) {
        return MINTING.participantJavaJwtSunEc(s, t);
    }
}
