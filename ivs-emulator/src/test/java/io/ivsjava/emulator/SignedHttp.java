package io.ivsjava.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests signed with the AWS SDK's own SigV4 signer ({@link AwsV4HttpSigner}) and sent over HTTP, as a client
 * would send them, for the operations that the Java SDK 2.40.2 has no methods for (ad configurations and
 * {@code InsertAdBreak}, which the AWS CLI and the JavaScript SDK have).
 */
final class SignedHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the JDK client sets itself and refuses to be given; it sends the same values the signer signed. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsIdentity credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: its status, error code (empty for a success) and JSON body. */
    record Answer(int status, String errorCode, JsonNode body) {
        /** {@return the body, after checking the call succeeded} */
        JsonNode ok() {
            if (status / 100 != 2) {
                throw new AssertionError("expected a success, got " + status + " " + errorCode + ": " + body);
            }
            return body;
        }
    }

    SignedHttp(IvsEmulator emulator, String region, String accessKeyId) {
        this.endpoint = emulator.endpoint();
        this.region = region;
        this.credentials = AwsCredentialsIdentity.create(accessKeyId, "secret");
    }

    SignedHttp(IvsEmulator emulator) {
        this(emulator, emulator.region(), emulator.accessKeyId());
    }

    /**
     * POSTs a JSON body to an operation's path, signed for service {@code ivs} in this client's region.
     *
     * @param operation the operation, whose path is {@code /<operation>} in the IVS model
     * @param body the JSON body
     * @return the answer
     */
    Answer post(String operation, String body) {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint.resolve("/" + operation))
                .putHeader("Content-Type", "application/json")
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials)
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "ivs")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        HttpRequest.Builder out = HttpRequest.newBuilder(signed.request().getUri())
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                header.getValue().forEach(value -> out.header(header.getKey(), value));
            }
        }
        try {
            HttpResponse<String> response = http.send(out.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("x-amzn-ErrorType").orElse(""), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
