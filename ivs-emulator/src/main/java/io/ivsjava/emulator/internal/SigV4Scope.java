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
        return authorization == null ? unsigned : find(authorization, 0, authorization.length(), unsigned).orElse(unsigned);
    }

    private static Optional<SigV4Scope> find(String authorization, int from, int to, SigV4Scope unsigned) {
        Matcher m = CREDENTIAL.matcher(authorization).region(from, to);
        if (!m.find()) {
            return Optional.empty();
        }
        String accessKeyId = m.group(1);
        return Optional.of(new SigV4Scope(ACCOUNT.matcher(accessKeyId).matches() ? accessKeyId : unsigned.accountId(),
                m.group(2)));
    }

    /**
     * Reads scopes as {@link #of} does, remembering the last credential it read: a client signs every call with the
     * same access key, date, region and service. The pattern matches no comma, so a match that starts at the first
     * {@code Credential=} lies before the comma after it, and the header's text from there to that comma decides the
     * scope whatever the rest (the signature) says. Thread-safe.
     */
    static final class Reader {
        private final SigV4Scope unsigned;
        private volatile Read last;

        /** The last credential text and the scope read from it. */
        private record Read(String credential, SigV4Scope scope) {
        }

        /**
         * A reader for one emulator.
         *
         * @param unsigned the configured account and region, for what the header does not name
         */
        Reader(SigV4Scope unsigned) {
            this.unsigned = unsigned;
        }

        /**
         * The scope of a request, as {@link SigV4Scope#of} reads it.
         *
         * @param authorization the {@code Authorization} header's value, or {@code null}
         * @return the scope
         */
        SigV4Scope of(String authorization) {
            int at = authorization == null ? -1 : authorization.indexOf("Credential=");
            if (at < 0) {
                return unsigned;
            }
            int comma = authorization.indexOf(',', at);
            int to = comma < 0 ? authorization.length() : comma;
            Read seen = last;
            if (seen != null && seen.credential.length() == to - at
                    && authorization.regionMatches(at, seen.credential, 0, to - at)) {
                return seen.scope;
            }
            Optional<SigV4Scope> scope = find(authorization, at, to, unsigned);
            if (scope.isEmpty()) {
                return SigV4Scope.of(authorization, unsigned);
            }
            last = new Read(authorization.substring(at, to), scope.get());
            return scope.get();
        }
    }
}
