package io.ivsjava.benchmarks;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.P384Keys;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.StageSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.GetStageRequest;

/** What the benchmarks share: keys, a stage, SDK clients, and the signer property switch. */
final class Fixtures {
    /** The system property that caps TokenSigner's choice of provider (ivs-core's Es384Signers.PROPERTY). */
    static final String SIGNER_PROPERTY = "io.ivsjava.tokenSigner.provider";
    /** The imported public key's ARN a participant token names as its kid. */
    static final String KEY_ARN = "arn:aws:ivs:us-west-2:123456789012:public-key/f99cdE61c2b0";
    /** A private channel, for playback tokens. */
    static final String CHANNEL_ARN = "arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A fresh P-384 key pair from the JDK. */
    static P384KeyPair keys() {
        return P384Keys.generate();
    }

    /** A stage as IVS returns it (with its events and WHIP endpoints), created on a throw-away emulator. */
    static Stage stage() {
        try (IvsEmulator emulator = IvsEmulator.start();
             IvsRealTime ivs = IvsRealTime.connect(connection(emulator))) {
            return ivs.createStage(StageSpec.builder().name("benchmark-stage").build()).stage();
        }
    }

    /** Connection settings of the wrappers for an emulator. */
    static IvsConnection connection(IvsEmulator emulator) {
        return IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build();
    }

    /** A real-time SDK client for any endpoint speaking the IVS protocol. */
    static IvsRealTimeClient realTimeClient(URI endpoint, IvsEmulator emulator, int connections,
                                            ExecutionInterceptor... interceptors) {
        return IvsRealTimeClient.builder()
                .overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)))
                .endpointOverride(endpoint)
                .region(Region.of(emulator.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(connections))
                .build();
    }

    /**
     * A stage on an emulator and its {@code GetStage} answer as the emulator wrote it, for the stand-in servers of
     * the throughput comparisons to answer with.
     *
     * @param request the stage's {@code GetStage} request
     * @param arn the stage's ARN
     * @param contentType the answer's content type
     * @param body the answer's body
     */
    record CapturedStage(GetStageRequest request, String arn, String contentType, byte[] body) {
    }

    /**
     * Creates a stage on an emulator and keeps its {@code GetStage} answer.
     *
     * @param emulator the emulator
     * @param name the stage's name
     * @return the stage and the answer
     */
    static CapturedStage captureGetStage(IvsEmulator emulator, String name) {
        BodyCapture capture = new BodyCapture();
        try (IvsRealTimeClient recording = realTimeClient(emulator.endpoint(), emulator, 1, capture)) {
            String arn = recording.createStage(b -> b.name(name)).stage().arn();
            GetStageRequest request = GetStageRequest.builder().arn(arn).build();
            recording.getStage(request);
            return new CapturedStage(request, arn, capture.contentType, capture.body);
        }
    }

    /** A low-latency SDK client for an emulator. */
    static IvsClient lowLatencyClient(IvsEmulator emulator, int connections) {
        return IvsClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(connections))
                .build();
    }

    /** The claims of a compact token, in their order. */
    static Map<String, Object> claimsOf(String token) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return JSON.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part of a compact token that is signed, {@code header.payload}, as bytes. */
    static byte[] signingInput(String token) {
        return token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
    }

    /** Claims of a playback token for a private channel, as the IVS low-latency guide lists them. */
    static Map<String, Object> playbackClaims(String viewerId, long expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aws:channel-arn", CHANNEL_ARN);
        claims.put("aws:access-control-allow-origin", "https://streamcat.example.com");
        claims.put("aws:strict-origin-enforcement", true);
        claims.put("aws:viewer-id", viewerId);
        claims.put("aws:viewer-session-version", 1);
        claims.put("exp", expires);
        return claims;
    }

    /** ACCP's own provider instance, checked healthy; never installed JVM-wide. */
    static Provider accp() {
        AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
        if (accp.getLoadingError() != null) {
            throw new IllegalStateException("ACCP did not load on this machine", accp.getLoadingError());
        }
        accp.assertHealthy();
        return accp;
    }

    /** Runs {@code make} with TokenSigner's provider capped at {@code cap} ({@code auto}, {@code bouncycastle}, {@code jdk}). */
    static <T> T withSignerProvider(String cap, Supplier<T> make) {
        String saved = System.getProperty(SIGNER_PROPERTY);
        System.setProperty(SIGNER_PROPERTY, cap);
        try {
            return make.get();
        } finally {
            if (saved == null) {
                System.clearProperty(SIGNER_PROPERTY);
            } else {
                System.setProperty(SIGNER_PROPERTY, saved);
            }
        }
    }

    /** Keeps the body and content type of the last response, for the stand-in servers to answer with. */
    private static final class BodyCapture implements ExecutionInterceptor {
        volatile byte[] body;
        volatile String contentType;

        @Override
        public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                               ExecutionAttributes executionAttributes) {
            Optional<InputStream> content = context.responseBody();
            if (content.isEmpty()) {
                return content;
            }
            try {
                byte[] bytes = content.get().readAllBytes();
                body = bytes;
                contentType = context.httpResponse().firstMatchingHeader("Content-Type").orElse("application/json");
                return Optional.of(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
