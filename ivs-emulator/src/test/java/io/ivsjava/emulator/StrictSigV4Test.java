package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClientBuilder;
import software.amazon.awssdk.services.ivsrealtime.model.IvsRealTimeException;

/** Strict SigV4 mode: signatures checked with the SDK's own signer, and answered as AWS answers them. */
class StrictSigV4Test {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder()
            .strictSigV4("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            .strictSigV4("111122223333", "another-secret").start();

    private static IvsRealTimeClientBuilder builder(String id, String secret) {
        return IvsRealTimeClient.builder().endpointOverride(emulator.endpoint()).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret)))
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)));
    }

    @Test
    void correctlySignedCallsAreServedInTheirAccountAndRegion() {
        try (IvsRealTimeClient client = builder(emulator.accessKeyId(), emulator.secretAccessKey()).build();
             IvsRealTimeClient other = builder("111122223333", "another-secret").build()) {
            assertThat(emulator.accessKeyId()).isEqualTo("AKIDEXAMPLE");
            String arn = client.createStage(b -> b.name("signed").tags(java.util.Map.of("a b", "c/d"))).stage().arn();
            assertThat(arn).startsWith("arn:aws:ivs:us-west-2:123456789012:stage/");
            assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags()).containsEntry("a b", "c/d");
            client.untagResource(b -> b.resourceArn(arn).tagKeys("a b"));
            assertThat(other.createStage(b -> b.name("other")).stage().arn()).contains(":111122223333:");
        }
    }

    @Test
    void aWrongSecretIsAnInvalidSignature() {
        try (IvsRealTimeClient client = builder("AKIDEXAMPLE", "not-the-secret").build()) {
            assertRejected(() -> client.listStages(b -> b.maxResults(1)), 403, "InvalidSignatureException",
                    "does not match");
        }
    }

    @Test
    void anUnknownAccessKeyIsUnrecognized() {
        try (IvsRealTimeClient client = builder("AKIDUNKNOWN", "whatever").build()) {
            assertRejected(() -> client.listStages(b -> b.maxResults(1)), 403, "UnrecognizedClientException",
                    "security token included in the request is invalid");
        }
    }

    @Test
    void anUnsignedRequestIsMissingItsToken() {
        try (IvsRealTimeClient client = IvsRealTimeClient.builder().endpointOverride(emulator.endpoint())
                .region(Region.US_WEST_2).credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
            assertRejected(() -> client.listStages(b -> b.maxResults(1)), 403, "MissingAuthenticationTokenException",
                    "Missing Authentication Token");
        }
    }

    @Test
    void aRequestChangedAfterSigningIsAnInvalidSignature() throws Exception {
        String host = emulator.endpoint().getHost() + ":" + emulator.endpoint().getPort();
        String signed = "{\"maxResults\":1}";
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).protocol("http")
                .host(emulator.endpoint().getHost()).port(emulator.endpoint().getPort()).encodedPath("/ListStages")
                .putHeader("Host", host).putHeader("Content-Type", "application/json")
                .putHeader("Content-Length", String.valueOf(signed.length())).build();
        SdkHttpRequest withSignature = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(emulator.accessKeyId(), emulator.secretAccessKey()))
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(signed))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ivs")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-west-2")).request();

        assertThat(send(withSignature, signed)).startsWith("HTTP/1.1 200 ");
        String tampered = "{\"maxResults\":9}";
        assertThat(send(withSignature, tampered)).startsWith("HTTP/1.1 403 ")
                .contains("x-amzn-ErrorType: InvalidSignatureException");
    }

    private static String send(SdkHttpRequest request, String body) throws java.io.IOException {
        StringBuilder raw = new StringBuilder("POST /ListStages HTTP/1.1\r\n");
        request.forEachHeader((name, values) -> raw.append(name).append(": ").append(values.get(0)).append("\r\n"));
        raw.append("Connection: close\r\n\r\n").append(body);
        try (java.net.Socket socket = new java.net.Socket(emulator.endpoint().getHost(), emulator.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSignatureOutsideTheFiveMinuteWindowHasExpired() {
        try (IvsRealTimeClient client = builder(emulator.accessKeyId(), emulator.secretAccessKey()).build()) {
            emulator.advanceClock(Duration.ofMinutes(6));
            try {
                assertRejected(() -> client.listStages(b -> b.maxResults(1)), 403, "InvalidSignatureException",
                        "Signature expired");
            } finally {
                emulator.advanceClock(Duration.ofMinutes(-12));
            }
            try {
                assertRejected(() -> client.listStages(b -> b.maxResults(1)), 403, "InvalidSignatureException",
                        "Signature not yet current");
            } finally {
                emulator.advanceClock(Duration.ofMinutes(6));
            }
        }
    }

    private static void assertRejected(Runnable call, int status, String code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(IvsRealTimeException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.awsErrorDetails().errorMessage()).contains(message);
        });
    }
}
