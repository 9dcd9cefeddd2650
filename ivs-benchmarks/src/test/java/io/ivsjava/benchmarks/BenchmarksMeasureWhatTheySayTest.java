package io.ivsjava.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageResponse;

/**
 * Each benchmark invocation does the work its name says, once, without timing anything: tokens verify with the
 * JDK, the baseline signs the same claims as the project, and every stand-in server answers the SDK as the
 * emulator does. The benchmarks themselves only run from the benchmarks jar.
 */
class BenchmarksMeasureWhatTheySayTest {
    @Test
    void everyMintingBenchmarkMakesAValidTokenWithTheSameClaims() throws GeneralSecurityException {
        TokenMintingBenchmark.Signers signers = new TokenMintingBenchmark.Signers();
        signers.setUp();
        TokenMintingBenchmark.PerThread thread = new TokenMintingBenchmark.PerThread();
        thread.setUp(signers);
        TokenMintingBenchmark benchmark = new TokenMintingBenchmark();
        PublicKey key = signers.keys.publicKey();

        String baseline = benchmark.participantJavaJwtSunEc(signers, thread);
        assertThat(verifies(key, baseline)).isTrue();
        for (String token : new String[] {benchmark.participantIvs(signers, thread),
                benchmark.participantIvsTwoThreads(signers, thread), benchmark.participantIvsBouncyCastle(signers, thread),
                benchmark.participantIvsJdk(signers, thread)}) {
            assertThat(verifies(key, token)).isTrue();
            assertThat(header(token)).isEqualTo(header(baseline));
            assertThat(Fixtures.claimsOf(token).keySet()).containsExactlyInAnyOrderElementsOf(Fixtures.claimsOf(baseline).keySet());
            assertThat(Fixtures.claimsOf(token).get("resource")).isEqualTo(Fixtures.claimsOf(baseline).get("resource"));
            assertThat(Fixtures.claimsOf(token).get("user_id")).isNotEqualTo(Fixtures.claimsOf(baseline).get("user_id"));
        }

        PairedMintingBenchmark paired = new PairedMintingBenchmark();
        for (String token : new String[] {paired.ivsAndJavaJwt_ivs(signers, thread), paired.ivsAndJavaJwt_javaJwt(signers, thread),
                paired.ivsAndRawAccp_ivs(signers, thread), paired.portableAndJavaJwt_portable(signers, thread),
                paired.portableAndJavaJwt_javaJwt(signers, thread), paired.jdkAndJavaJwt_jdk(signers, thread),
                paired.jdkAndJavaJwt_javaJwt(signers, thread)}) {
            assertThat(verifies(key, token)).isTrue();
        }

        String playbackBaseline = benchmark.playbackJavaJwtSunEc(signers, thread);
        assertThat(verifies(key, playbackBaseline)).isTrue();
        for (String token : new String[] {benchmark.playbackIvs(signers, thread),
                benchmark.playbackIvsBouncyCastle(signers, thread), benchmark.playbackIvsJdk(signers, thread)}) {
            assertThat(verifies(key, token)).isTrue();
            assertThat(Fixtures.claimsOf(token).keySet()).containsExactlyElementsOf(Fixtures.claimsOf(playbackBaseline).keySet());
        }

        for (byte[] raw : new byte[][] {benchmark.rawAccpSign(signers, thread), benchmark.rawAccpSignTwoThreads(signers, thread),
                benchmark.rawSunEcSign(signers, thread), p1363(benchmark.rawBouncyCastleSign(signers)),
                new PairedMintingBenchmark().ivsAndRawAccp_rawAccp(signers, thread)}) {
            Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format", "SunEC");
            verifier.initVerify(key);
            verifier.update(signers.signingInput);
            assertThat(verifier.verify(raw)).isTrue();
        }
    }

    @Test
    void bothVerifiersAcceptTheToken() throws GeneralSecurityException {
        TokenVerificationBenchmark.Tokens tokens = new TokenVerificationBenchmark.Tokens();
        tokens.setUp();
        TokenVerificationBenchmark benchmark = new TokenVerificationBenchmark();

        assertThat(benchmark.verifyJdkP1363(tokens)).isTrue();
        assertThat(benchmark.verifyJavaJwt(tokens).getToken()).isEqualTo(tokens.token);
    }

    @Test
    void everyServerAnswersGetStageLikeTheEmulator() throws Exception {
        for (String server : new String[] {"emulator", "wiremock", "socket"}) {
            EmulatorThroughputBenchmark.Target target = new EmulatorThroughputBenchmark.Target();
            target.server = server;
            target.setUp();
            try {
                EmulatorThroughputBenchmark benchmark = new EmulatorThroughputBenchmark();
                GetStageResponse first = benchmark.getStage(target);
                GetStageResponse second = benchmark.getStageFourThreads(target);

                assertThat(first.stage().arn()).as(server).isEqualTo(target.request.arn());
                assertThat(second.stage()).as(server).isEqualTo(first.stage());
                assertThat(second.sdkHttpResponse().statusCode()).as(server).isEqualTo(200);
                assertThat(first.stage().endpoints().whip()).as(server).startsWith("https://");
            } finally {
                target.tearDown();
            }
        }
    }

    @Test
    void theUsersViewCallsTheEmulatorAndTheSocketThroughTheSdksDefaultHttpClient() throws Exception {
        for (String server : new String[] {"emulator", "socket"}) {
            EmulatorAsUsersSeeItBenchmark.Target target = new EmulatorAsUsersSeeItBenchmark.Target();
            target.server = server;
            target.setUp();
            try {
                EmulatorAsUsersSeeItBenchmark benchmark = new EmulatorAsUsersSeeItBenchmark();
                GetStageResponse first = benchmark.getStage(target);

                assertThat(first.stage().arn()).as(server).isEqualTo(target.request.arn());
                for (GetStageResponse other : List.of(benchmark.getStageFourThreads(target),
                        benchmark.getStageLatency(target), benchmark.getStageLatencyFourThreads(target))) {
                    assertThat(other.stage()).as(server).isEqualTo(first.stage());
                    assertThat(other.sdkHttpResponse().statusCode()).as(server).isEqualTo(200);
                }
                if (server.equals("emulator")) {
                    // the SDK names its HTTP client in the User-Agent: the default synchronous one is Apache's
                    assertThat(target.emulator.calls("GetStage")).last().satisfies(call ->
                            assertThat(call.headers().get("user-agent")).contains("md/http#Apache"));
                    assertThat(target.emulator.calls("GetStage")).hasSizeGreaterThanOrEqualTo(5);
                }
            } finally {
                target.tearDown();
            }
        }
    }

    @Test
    void serverCpuFindsEachServersThreadsAndMeasuresBoth() throws Exception {
        List<ServerCpu.Round> rounds = ServerCpu.run(1, 2);

        assertThat(rounds).hasSize(2).allSatisfy(round -> {
            assertThat(round.emulator().callsPerSecond()).isPositive();
            assertThat(round.socket().callsPerSecond()).isPositive();
            // each server's threads were found by name: CPU was counted for both
            assertThat(round.emulator().cpuMicrosPerCall()).isPositive();
            assertThat(round.socket().cpuMicrosPerCall()).isPositive();
        });
        assertThatThrownBy(() -> ServerCpu.run(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void theUsersHarnessMeasuresEachServerInOrderAndItsControlNeverCallsTheEmulator() throws Exception {
        UsersHarness.Result measured = UsersHarness.run(2, false, Duration.ofMillis(200), Duration.ofMillis(200), 2);
        UsersHarness.Result control = UsersHarness.run(1, true, Duration.ofMillis(200), Duration.ofMillis(200), 2);

        assertThat(measured.servers()).extracting(UsersHarness.Served::name)
                .containsExactly("emulator", "wiremock", "socket");
        assertThat(control.servers()).extracting(UsersHarness.Served::name)
                .containsExactly("control socket", "wiremock", "socket");
        assertThat(measured.servers()).allSatisfy(served -> {
            assertThat(served.rates()).hasSize(2).allSatisfy(rate -> assertThat(rate).isPositive());
            assertThat(served.p50Nanos()).isPositive().isLessThanOrEqualTo(served.p99Nanos());
        });
        // the setting up's one GetStage, then the warm-up's and the rounds' calls, all answered by the emulator; a
        // round of 0.2 s or more at a rate r made at least 0.2 r calls
        double roundCalls = measured.servers().get(0).rates().stream().mapToDouble(rate -> 0.2 * rate).sum();
        assertThat(measured.emulatorGetStageCalls()).isGreaterThanOrEqualTo(1 + (long) roundCalls);
        // the control's rounds went to the second socket: the emulator answered the setting up's call alone
        assertThat(control.emulatorGetStageCalls()).isEqualTo(1);
        assertThat(control.servers().get(0).rates()).allSatisfy(rate -> assertThat(rate).isPositive());
        assertThatThrownBy(() -> UsersHarness.run(0, false, Duration.ofMillis(1), Duration.ofMillis(1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be 1 to 64, not 0");
    }

    @Test
    void theListBenchmarksReadAFullFirstPage() throws Exception {
        ListPageBenchmark.Stages stages = new ListPageBenchmark.Stages();
        stages.stages = 150;
        stages.setUp();
        ListPageBenchmark.Channels channels = new ListPageBenchmark.Channels();
        channels.channels = 150;
        channels.setUp();
        try {
            ListPageBenchmark benchmark = new ListPageBenchmark();

            assertThat(benchmark.listStagesPage(stages).stages()).hasSize(100);
            assertThat(benchmark.listChannelsPage(channels).channels()).hasSize(100);
        } finally {
            stages.tearDown();
            channels.tearDown();
        }
    }

    @Test
    void theReportReadsEachFigureAgainstItsBaseline() {
        assertThat(Report.markdown(java.util.List.of(), "--quick")).contains("| figure | score | baseline (same run) | ratio |")
                .contains("`java -jar ivs-benchmarks/target/ivs-benchmarks.jar --quick`");
    }

    private static boolean verifies(PublicKey key, String token) throws GeneralSecurityException {
        int dot = token.lastIndexOf('.');
        Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format", "SunEC");
        verifier.initVerify(key);
        verifier.update(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(token.substring(dot + 1)));
    }

    private static Map<String, Object> header(String token) {
        return Fixtures.claimsOf("x." + token.substring(0, token.indexOf('.')) + ".x");
    }

    private static byte[] p1363(BigInteger[] rs) {
        byte[] out = new byte[96];
        for (int i = 0; i < 2; i++) {
            byte[] bytes = rs[i].toByteArray();
            int start = Math.max(0, bytes.length - 48);
            System.arraycopy(bytes, start, out, i * 48 + 48 - (bytes.length - start), bytes.length - start);
        }
        return out;
    }
}
