package io.ivsjava.emulator.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account and region a request acts in, read from its AWS Signature Version 4 credential scope
 * ({@code Credential=<access key id>/<date>/<region>/<service>/aws4_request}).
 *
 * <p>The region is the scope's region: AWS answers in the region a request is signed for, and so does the
 * emulator. The account follows the convention of other AWS emulators: an access key id of exactly twelve digits
 * names the account; any other access key id, and an unsigned request, act in the emulator's configured account.
 *
 * @param accessKeyId the access key id, if the request is signed
 * @param region the region of the credential scope, if the request is signed
 */
record SigV4Scope(Optional<String> accessKeyId, Optional<String> region) {
    private static final Pattern CREDENTIAL = Pattern.compile(
            "Credential=([^/,\\s]+)/[0-9]{8}/([a-z0-9-]+)/[A-Za-z0-9-]+/aws4_request");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    /** A request without a signature. */
    static final SigV4Scope UNSIGNED = new SigV4Scope(Optional.empty(), Optional.empty());

    /**
     * Reads the scope from an {@code Authorization} header or an {@code X-Amz-Credential} query parameter.
     *
     * @param authorization the header's value, or {@code null}
     * @return the scope, or {@link #UNSIGNED}
     */
    static SigV4Scope of(String authorization) {
        if (authorization == null) {
            return UNSIGNED;
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        return m.find() ? new SigV4Scope(Optional.of(m.group(1)), Optional.of(m.group(2))) : UNSIGNED;
    }

    /**
     * The account the request acts in.
     *
     * @param defaultAccount the emulator's configured account
     * @return the access key id if it is twelve digits, otherwise the default
     */
    String account(String defaultAccount) {
        return accessKeyId.filter(id -> ACCOUNT.matcher(id).matches()).orElse(defaultAccount);
    }
}
