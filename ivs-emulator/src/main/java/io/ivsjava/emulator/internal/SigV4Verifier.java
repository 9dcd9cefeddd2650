package io.ivsjava.emulator.internal;

import io.ivsjava.emulator.internal.HttpTransport.Request;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict mode: checks each request's AWS Signature Version 4 against the configured credentials, answering as AWS
 * REST-JSON services do. The signature itself is recomputed by the AWS SDK's own signer
 * ({@code software.amazon.awssdk:http-auth-aws}, see {@link AwsSdkSigV4Signer}), never by code of the emulator's;
 * this class only reads the {@code Authorization} header, finds the secret and checks the date.
 *
 * <ul>
 *   <li>no {@code Authorization} header: {@code MissingAuthenticationTokenException}, 403;</li>
 *   <li>a header that is not a complete {@code AWS4-HMAC-SHA256} signature, or no {@code X-Amz-Date}:
 *       {@code IncompleteSignatureException}, 400;</li>
 *   <li>an access key id the emulator was not given: {@code UnrecognizedClientException}, 403;</li>
 *   <li>a date more than five minutes from the emulator's clock: {@code InvalidSignatureException}, 403
 *       ("Signature expired: ... is now earlier than ..." / "Signature not yet current: ...");</li>
 *   <li>a signature that differs from the recomputed one (a changed request, a wrong secret):
 *       {@code InvalidSignatureException}, 403.</li>
 * </ul>
 *
 * <p>Thread-safe: immutable.
 */
final class SigV4Verifier {
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Pattern AUTH = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/([0-9]{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,\\s*"
                    + "SignedHeaders=([a-z0-9;._-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Recomputes a signature; implemented with the AWS SDK's signer. */
    interface Signer {
        /**
         * The signature the request should carry.
         *
         * @param request the request as received
         * @param signedHeaders the names of the headers the client signed
         * @param accessKeyId the access key id
         * @param secret its secret
         * @param region the credential scope's region
         * @param service the credential scope's service
         * @param date the request's {@code X-Amz-Date}
         * @return the hex signature
         */
        String signature(Request request, String[] signedHeaders, String accessKeyId, String secret, String region,
                         String service, Instant date);
    }

    private final Map<String, String> secrets;
    private final Signer signer;

    SigV4Verifier(Map<String, String> secrets, Signer signer) {
        this.secrets = Map.copyOf(secrets);
        this.signer = signer;
    }

    /**
     * The verifier for strict mode, with the AWS SDK's signer.
     *
     * @param secrets secret access keys by access key id
     * @return the verifier
     * @throws IllegalStateException if {@code software.amazon.awssdk:http-auth-aws} is not on the class path
     */
    static SigV4Verifier withAwsSdkSigner(Map<String, String> secrets) {
        try {
            Class.forName("software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner", false,
                    SigV4Verifier.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("strict SigV4 mode checks signatures with the AWS SDK's own signer: put "
                    + "software.amazon.awssdk:http-auth-aws (2.21 or later; every AWS SDK v2 service client brings "
                    + "it) on the class path", e);
        }
        return new SigV4Verifier(secrets, new AwsSdkSigV4Signer());
    }

    /**
     * Checks a request's signature.
     *
     * @param request the request
     * @param now the emulator's time
     * @throws ApiException if the signature is missing, malformed, unknown, out of its window or wrong
     */
    void verify(Request request, Instant now) {
        String authorization = request.header("authorization").orElse(null);
        if (authorization == null) {
            throw new ApiException("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        Matcher m = AUTH.matcher(authorization);
        if (!m.matches()) {
            throw new ApiException("IncompleteSignatureException", "Authorization header requires 'Credential', "
                    + "'Signature' and 'SignedHeaders' parameters of an AWS4-HMAC-SHA256 signature.");
        }
        String accessKeyId = m.group(1);
        String secret = secrets.get(accessKeyId);
        if (secret == null) {
            throw new ApiException("UnrecognizedClientException", "The security token included in the request is "
                    + "invalid.");
        }
        String amzDate = request.header("x-amz-date").orElse(null);
        if (amzDate == null) {
            throw new ApiException("IncompleteSignatureException", "Authorization header requires existence of "
                    + "either a 'X-Amz-Date' or a 'Date' header.");
        }
        Instant date;
        try {
            date = Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw new ApiException("IncompleteSignatureException", "X-Amz-Date '" + amzDate
                    + "' is not in the form yyyyMMdd'T'HHmmss'Z'.");
        }
        if (!m.group(2).equals(amzDate.substring(0, 8))) {
            throw new ApiException("InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD "
                    + "from ISO-8601 version of date from HTTP: '" + m.group(2) + "' != '" + amzDate.substring(0, 8)
                    + "', from '" + amzDate + "'.");
        }
        if (date.isBefore(now.minus(WINDOW))) {
            throw new ApiException("InvalidSignatureException", "Signature expired: " + amzDate + " is now earlier "
                    + "than " + AMZ_DATE.format(now.minus(WINDOW)) + " (" + AMZ_DATE.format(now) + " - 5 min.)");
        }
        if (date.isAfter(now.plus(WINDOW))) {
            throw new ApiException("InvalidSignatureException", "Signature not yet current: " + amzDate + " is still "
                    + "later than " + AMZ_DATE.format(now.plus(WINDOW)) + " (" + AMZ_DATE.format(now) + " + 5 min.)");
        }
        String expected = signer.signature(request, m.group(5).split(";"), accessKeyId, secret, m.group(3),
                m.group(4), date);
        if (!java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                m.group(6).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new ApiException("InvalidSignatureException", "The request signature we calculated does not match "
                    + "the signature you provided. Check your AWS Secret Access Key and signing method. Consult the "
                    + "service documentation for details.");
        }
    }
}
