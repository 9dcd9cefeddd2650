package io.ivsjava.events;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The credential an Amazon EventBridge <em>connection</em> adds to every request of its API destinations, as an
 * {@link ApiDestinationReceiver} expects it: an API key in a header of your choice ({@code AuthorizationType
 * API_KEY}), or basic auth ({@code BASIC}).
 *
 * <p>Only the secret's SHA-256 is kept: the secret itself is not held after construction, so no {@code toString},
 * heap dump of this object or log line can show it. A credential given in a request is hashed too and compared
 * with {@link MessageDigest#isEqual}, in time that does not depend on how much of it is right.
 *
 * <p>(OAuth client-credential connections send {@code Authorization: Bearer} with an access token from your
 * authorization server; checking those tokens is your identity provider's library's job, not this class's.)
 *
 * <p>Immutable; thread-safe.
 */
public final class ConnectionCredential {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final String headerName;
    private final boolean basic;
    private final String shown;
    private final byte[] digest;

    private ConnectionCredential(String headerName, boolean basic, String shown, byte[] secret) {
        this.headerName = headerName;
        this.basic = basic;
        this.shown = shown;
        this.digest = sha256(secret);
    }

    /**
     * An API-key connection: its {@code ApiKeyName} is the header, its {@code ApiKeyValue} the key.
     *
     * @param headerName the header, such as {@code x-api-key} (matched without regard to case, as HTTP does)
     * @param key the key, at least 16 characters
     * @return the credential
     * @throws IvsValidationException naming the field, for a header name that is not one, or a key that is too short
     */
    public static ConnectionCredential apiKey(String headerName, String key) {
        Check.notNull("headerName", headerName);
        if (!TOKEN.matcher(headerName).matches()) {
            throw IvsValidationException.invalid("headerName", "\"" + headerName + "\" is not an HTTP header name");
        }
        if (headerName.equalsIgnoreCase("authorization")) {
            throw IvsValidationException.invalid("headerName", "Authorization carries basic auth; use basicAuth(...) "
                    + "or another header, such as x-api-key");
        }
        checkSecret("key", key);
        return new ConnectionCredential(headerName, false, "API key in header " + headerName,
                key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A basic-auth connection: {@code Authorization: Basic base64(username:password)}.
     *
     * @param username the connection's {@code Username}, without {@code :}
     * @param password its {@code Password}, at least 16 characters
     * @return the credential
     * @throws IvsValidationException naming the field, for an empty user, one with {@code :}, or a short password
     */
    public static ConnectionCredential basicAuth(String username, String password) {
        Check.notNull("username", username);
        if (username.isEmpty() || username.indexOf(':') >= 0) {
            throw IvsValidationException.invalid("username", "must not be empty nor contain ':'");
        }
        checkSecret("password", password);
        return new ConnectionCredential("Authorization", true, "basic auth as " + username,
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The header this credential arrives in: the API key's, or {@code Authorization} for basic auth.
     *
     * @return the header's name
     */
    public String headerName() {
        return headerName;
    }

    /**
     * Whether a header's value carries this credential.
     *
     * @param given the value of {@link #headerName()} in a request, if it had one
     * @return true if it is this credential
     */
    boolean matches(Optional<String> given) {
        byte[] secret = given.flatMap(value -> basic ? basicSecret(value)
                : Optional.of(value.getBytes(StandardCharsets.UTF_8))).orElse(null);
        // Hash something either way, so an absent credential costs what a wrong one does.
        boolean equal = MessageDigest.isEqual(digest, sha256(secret == null ? new byte[0] : secret));
        return secret != null && equal;
    }

    /** {@return which header and kind of credential, never the secret} */
    @Override
    public String toString() {
        return "ConnectionCredential[" + shown + "]";
    }

    /** The {@code user:password} bytes of an {@code Authorization: Basic ...} value, if it is one. */
    private static Optional<byte[]> basicSecret(String value) {
        String trimmed = value.trim();
        if (trimmed.length() < 6 || !trimmed.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(trimmed.substring(6).trim()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static void checkSecret(String field, String secret) {
        Check.notNull(field, secret);
        if (secret.length() < 16) {
            throw IvsValidationException.invalid(field, "is " + secret.length() + " characters long; allowed 16 or "
                    + "more (a guessable secret is no secret; EventBridge takes up to 512)");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
