package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.internal.HttpTransport.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Recomputes a request's SigV4 signature with the AWS SDK's {@link AwsV4HttpSigner}: the request is rebuilt with
 * exactly the headers the client signed, signed again at the client's {@code X-Amz-Date}, and the signature read
 * back from the {@code Authorization} header the SDK writes.
 *
 * <p>Loaded only in strict mode: the SDK's {@code http-auth-aws} is an optional ({@code provided}) dependency of
 * the emulator, present on every test class path that has an AWS SDK v2 client. Thread-safe.
 */
final class AwsSdkSigV4Signer implements SigV4Verifier.Signer {
    private static final Pattern SIGNATURE = Pattern.compile("Signature=([0-9a-f]+)");
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    @Override
    public String signature(Request request, String[] signedHeaders, String accessKeyId, String secret,
                            String region, String service, Instant date) {
        String host = request.header("host").orElse("localhost");
        SdkHttpRequest.Builder http = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .protocol("http")
                .host(host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host)
                .encodedPath(request.rawPath());
        if (host.contains(":")) {
            http.port(Integer.parseInt(host.substring(host.lastIndexOf(':') + 1)));
        }
        request.rawQuery().ifPresent(query -> {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                http.appendRawQueryParameter(decode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        });
        for (String name : signedHeaders) {
            request.header(name).ifPresent(value -> http.putHeader(name, value));
        }
        SignedRequest signed = signer.sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                .request(http.build())
                .payload(ContentStreamProvider.fromByteArray(request.body()))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(date, ZoneOffset.UTC)));
        String authorization = signed.request().firstMatchingHeader("Authorization").orElse("");
        Matcher m = SIGNATURE.matcher(authorization);
        return m.find() ? m.group(1) : "";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
