package io.ivsjava.emulator.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account and region a request acts in, read from its AWS Signature Version 4 credential scope
 * ({@code Credential=<access key id>/<date>/<region>/<service>/aws4_request}).
 *
 * <p>The region is the scope's region: AWS answers in the region a request is signed for, and so does the
 * emulator. The account follows the convention of other AWS emulators: an access key id of exactly twelve digits
 * names the account; any other access key id, and an unsigned request, act in the emulator's configured account
 * (and an unsigned request in its configured region).
 *
 * @param accountId the account the request acts in
 * @param region the region the request acts in
 */
record SigV4Scope(String accountId, String region) {
    private static final Pattern CREDENTIAL = Pattern.compile(
            "Credential=([^/,\\s]+)/[0-9]{8}/([a-z0-9-]+)/[A-Za-z0-9-]+/aws4_request");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    /**
     * Reads the scope from an {@code Authorization} header.
     *
     * @param authorization the header's value, or {@code null}
     * @param unsigned the configured account and region, for what the header does not name
     * @return the scope
     */
    static SigV4Scope of(String authorization, SigV4Scope unsigned) {
        Matcher m = authorization == null ? null : CREDENTIAL.matcher(authorization);
        if (m == null || !m.find()) {
            return unsigned;
        }
        String accessKeyId = m.group(1);
        return new SigV4Scope(ACCOUNT.matcher(accessKeyId).matches() ? accessKeyId : unsigned.accountId(), m.group(2));
    }
}
