package io.ivsjava.realtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a self-signed participant token that a backend is shown, the way IVS checks it at join time: signature
 * against the imported public key, key id, expiry, stage, and optionally capabilities. The signature is verified
 * before any claim is read.
 *
 * <pre>{@code
 * ParticipantTokenVerifier verifier = ParticipantTokenVerifier.create(ivs.getPublicKey(keyArn));
 * ParticipantToken token = verifier.verify(jwt, stageArn, Capability.PUBLISH);
 * }</pre>
 *
 * <p>Each refusal is an {@link IvsValidationException} whose {@linkplain IvsValidationException#field() field}
 * names the reason, and whose message says what was found:
 * <ul>
 *   <li>{@code token}: longer than {@link #MAX_TOKEN_CHARS} (before any decoding or crypto), missing, or not a
 *       compact JWT (three base64url parts of JSON objects, each member named once);</li>
 *   <li>{@code token.header.alg}: anything but {@code ES384}, such as {@code none}, an HMAC algorithm like
 *       {@code HS384} (which would let anyone holding the public key forge tokens), or ECDSA on another curve
 *       ({@code ES256}, {@code ES512});</li>
 *   <li>{@code token.header.kid}: missing, or a key this verifier does not trust (a verifier may trust several keys during a rotation);</li>
 *   <li>{@code token.header.crit}: extensions this verifier does not understand;</li>
 *   <li>{@code token.signature}: not an ES384 signature (96 bytes), or not made by the matching private key;</li>
 *   <li>{@code token.exp}: missing, in the past, or more than 14 days after {@code iat};
 *       {@code token.nbf}, {@code token.iat}: further in the future than {@link #ALLOWED_CLOCK_SKEW};</li>
 *   <li>{@code token.resource}: a token for another stage; {@code token.topic}: a stage id that does not match;</li>
 *   <li>{@code token.jti}: no participant id;</li>
 *   <li>{@code token.capabilities}: missing a capability the caller requires.</li>
 * </ul>
 *
 * <p>Tokens from the {@code CreateParticipantToken} API are signed with IVS's own key, which IVS does not publish;
 * only self-signed tokens can be verified here. Verifying cannot tell whether the stage still exists.
 *
 * <p>Thread-safe: one verifier may check tokens from many threads at once.
 */
public final class ParticipantTokenVerifier {
    /** Refuses a header or payload that names a member twice, which JSON parsers disagree about. */
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final int ES384_SIGNATURE_BYTES = 96;

    /**
     * The longest token accepted, in characters: refused before it is decoded or any signature is checked. A
     * participant token with the largest attributes IVS allows (1 KB) is well under 4 KB.
     */
    public static final int MAX_TOKEN_CHARS = 8192;

    /**
     * How far ahead of this verifier's clock a signer's clock may run: a token whose {@code iat} or {@code nbf} is
     * up to this far in the future is accepted, one further ahead is refused as not yet valid. The expiry is exact.
     */
    public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofSeconds(30);

    private final Map<String, ECPublicKey> keys;
    private final Clock clock;

    private ParticipantTokenVerifier(Map<String, ECPublicKey> keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A verifier that trusts several imported keys at once, for key rotation: during a switch both the old and the
     * new key verify, and each token is checked against the key its {@code kid} names.
     *
     * @param publicKeys the trusted keys, at least one, each ARN once
     * @param clock the clock expiry is judged by
     * @return the verifier
     * @throws IvsValidationException if the set is empty, names an ARN twice or holds a key not on P-384
     */
    public static ParticipantTokenVerifier create(java.util.Collection<ImportedPublicKey> publicKeys, Clock clock) {
        Check.notNull("publicKeys", publicKeys);
        Check.notNull("clock", clock);
        if (publicKeys.isEmpty()) {
            throw IvsValidationException.invalid("publicKeys", "is empty; at least one trusted key is required");
        }
        Map<String, ECPublicKey> keys = new LinkedHashMap<>();
        for (ImportedPublicKey k : publicKeys) {
            Check.notNull("publicKeys[]", k);
            P384Keys.requireP384("publicKeys[" + k.arn().value() + "]", k.publicKey());
            if (keys.putIfAbsent(k.arn().value(), k.publicKey()) != null) {
                throw IvsValidationException.invalid("publicKeys", "names " + k.arn().value() + " twice");
            }
        }
        return new ParticipantTokenVerifier(Map.copyOf(keys), clock);
    }

    /**
     * A verifier for tokens signed under an imported key, using the system clock.
     *
     * @param publicKey the imported key, as {@link IvsRealTime#getPublicKey} returns it
     * @return the verifier
     */
    public static ParticipantTokenVerifier create(ImportedPublicKey publicKey) {
        return create(publicKey, Clock.systemUTC());
    }

    /**
     * A verifier for tokens signed under an imported key.
     *
     * @param publicKey the imported key
     * @param clock the clock expiry is judged by
     * @return the verifier
     */
    public static ParticipantTokenVerifier create(ImportedPublicKey publicKey, Clock clock) {
        Check.notNull("publicKey", publicKey);
        return create(publicKey.publicKey(), publicKey.arn(), clock);
    }

    /**
     * A verifier from a public key and the ARN it was imported under, using the system clock.
     *
     * @param publicKey the P-384 public key
     * @param publicKeyArn the ARN tokens must name as their {@code kid}
     * @return the verifier
     */
    public static ParticipantTokenVerifier create(ECPublicKey publicKey, PublicKeyArn publicKeyArn) {
        return create(publicKey, publicKeyArn, Clock.systemUTC());
    }

    /**
     * A verifier from a public key and the ARN it was imported under.
     *
     * @param publicKey the P-384 public key
     * @param publicKeyArn the ARN tokens must name as their {@code kid}
     * @param clock the clock expiry is judged by
     * @return the verifier
     * @throws IvsValidationException if the key is not on P-384
     */
    public static ParticipantTokenVerifier create(ECPublicKey publicKey, PublicKeyArn publicKeyArn, Clock clock) {
        P384Keys.requireP384("publicKey", Check.notNull("publicKey", publicKey));
        Check.notNull("publicKeyArn", publicKeyArn);
        return new ParticipantTokenVerifier(Map.of(publicKeyArn.value(), publicKey), Check.notNull("clock", clock));
    }

    /**
     * Verifies a token and reads who it admits.
     *
     * @param token the compact JWT
     * @param stage the stage the token must admit to
     * @param required capabilities the token must grant, such as {@link Capability#PUBLISH}; none to accept any
     * @return the token, with its participant and expiry
     * @throws IvsValidationException naming the reason, if the token is refused
     */
    public ParticipantToken verify(String token, StageArn stage, Capability... required) {
        Check.notNull("token", token);
        Check.notNull("stage", stage);
        Check.notNull("required", required);
        if (token.length() > MAX_TOKEN_CHARS) {
            throw refuse("token", "is " + token.length() + " characters; at most " + MAX_TOKEN_CHARS
                    + " are accepted");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw refuse("token", "has " + parts.length + " parts; a compact JWT has three (header.payload.signature)");
        }
        JsonNode header = json("token.header", parts[0]);
        String alg = header.path("alg").isTextual() ? header.get("alg").asText() : null;
        if (alg == null) {
            throw refuse("token.header.alg", "is missing; only ES384 is accepted");
        }
        if (!alg.equals("ES384")) {
            throw refuse("token.header.alg", "is \"" + alg + "\"; only ES384 is accepted" + algorithmHint(alg));
        }
        if (header.has("crit")) {
            throw refuse("token.header.crit", "names extensions this verifier does not understand: " + header.get("crit"));
        }
        String kid = header.path("kid").isTextual() ? header.get("kid").asText() : null;
        if (kid == null) {
            throw refuse("token.header.kid", "is missing; expected one of " + keys.keySet());
        }
        ECPublicKey publicKey = keys.get(kid);
        if (publicKey == null) {
            throw refuse("token.header.kid", "is \"" + kid + "\"; expected one of " + keys.keySet());
        }
        byte[] signature = base64("token.signature", parts[2]);
        if (signature.length != ES384_SIGNATURE_BYTES) {
            throw refuse("token.signature", "is " + signature.length + " bytes; an ES384 signature is "
                    + ES384_SIGNATURE_BYTES + " (is the token signed on another curve?)");
        }
        if (!signatureValid(publicKey, parts[0] + "." + parts[1], signature)) {
            throw refuse("token.signature", "does not verify against the public key " + kid);
        }

        JsonNode claims = json("token.payload", parts[1]);
        Instant now = clock.instant();
        Instant expires = epochSeconds(claims, "exp")
                .orElseThrow(() -> refuse("token.exp", "is missing; a participant token must expire"));
        if (!now.isBefore(expires)) {
            throw refuse("token.exp", "the token expired at " + expires + "; now is " + now);
        }
        Instant latestStart = now.plus(ALLOWED_CLOCK_SKEW);
        Optional<Instant> notBefore = epochSeconds(claims, "nbf");
        if (notBefore.isPresent() && notBefore.get().isAfter(latestStart)) {
            throw refuse("token.nbf", "the token is valid only from " + notBefore.get() + "; now is " + now
                    + " (clock skew of up to " + ALLOWED_CLOCK_SKEW.toSeconds() + " s is allowed)");
        }
        Optional<Instant> issued = epochSeconds(claims, "iat");
        if (issued.isPresent() && issued.get().isAfter(latestStart)) {
            throw refuse("token.iat", "the token claims to be issued at " + issued.get() + ", in the future; "
                    + "now is " + now + " (clock skew of up to " + ALLOWED_CLOCK_SKEW.toSeconds()
                    + " s is allowed)");
        }
        Optional<Duration> lifetime = issued.map(i -> Duration.between(i, expires));
        if (lifetime.isPresent() && lifetime.get().compareTo(ParticipantToken.MAX_DURATION) > 0) {
            throw refuse("token.exp", "is " + lifetime.get().toMinutes() + " minutes after "
                    + "iat; a participant token lives at most " + ParticipantToken.MAX_DURATION.toMinutes()
                    + " minutes (14 days)");
        }
        String resource = claims.path("resource").asText(null);
        if (!stage.value().equals(resource)) {
            throw refuse("token.resource", (resource == null ? "is missing" : "is for the stage " + resource)
                    + "; expected " + stage.value());
        }
        if (claims.has("topic") && !stage.id().equals(claims.get("topic").asText())) {
            throw refuse("token.topic", "is \"" + claims.get("topic").asText() + "\"; expected the stage id "
                    + stage.id());
        }
        String participantId = claims.path("jti").isTextual() ? claims.get("jti").asText() : "";
        if (participantId.isEmpty()) {
            throw refuse("token.jti", "is missing; it is the participant id");
        }
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        if (claims.path("capabilities").path("allow_publish").asBoolean(false)) {
            capabilities.add(Capability.PUBLISH);
        }
        if (claims.path("capabilities").path("allow_subscribe").asBoolean(false)) {
            capabilities.add(Capability.SUBSCRIBE);
        }
        for (Capability c : required) {
            if (!capabilities.contains(Check.notNull("required", c))) {
                throw refuse("token.capabilities", "grants " + capabilities + "; " + c + " is required");
            }
        }
        Optional<String> userId = claims.path("user_id").isTextual()
                ? Optional.of(claims.get("user_id").asText()) : Optional.empty();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (claims.path("attributes").isObject()) {
            for (Map.Entry<String, JsonNode> e : claims.get("attributes").properties()) {
                attributes.put(e.getKey(), e.getValue().asText());
            }
        }
        return new ParticipantToken(stage, new Participant(participantId, userId, attributes, capabilities), token,
                expires, true);
    }

    private static boolean signatureValid(ECPublicKey publicKey, String signingInput, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format");
            verifier.initVerify(publicKey);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String algorithmHint(String alg) {
        if (alg.equalsIgnoreCase("none")) {
            return "; unsigned tokens are refused";
        }
        if (alg.startsWith("HS")) {
            return "; an HMAC token keyed with the public key could be made by anyone who has the public key";
        }
        if (alg.startsWith("ES")) {
            return "; ECDSA on curves other than P-384 is refused";
        }
        return "";
    }

    private static Optional<Instant> epochSeconds(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw refuse("token." + name, "is " + value + "; expected seconds since the epoch");
        }
        try {
            return Optional.of(Instant.ofEpochSecond(value.asLong()));
        } catch (DateTimeException outOfRange) {
            throw refuse("token." + name, "is " + value + ", beyond the range of dates");
        }
    }

    private static JsonNode json(String field, String part) {
        byte[] bytes = base64(field, part);
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw refuse("token", "has a " + field.substring("token.".length()) + " that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw refuse("token", "has a " + field.substring("token.".length()) + " that is not JSON"
                    + (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? " with each member named once" : ""));
        }
    }

    private static byte[] base64(String field, String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw refuse("token", "has a " + field.substring("token.".length()) + " that is not base64url");
        }
    }

    private static IvsValidationException refuse(String field, String problem) {
        return IvsValidationException.invalid(field, problem);
    }

    /** {@return the ARNs of the keys this verifier trusts} */
    @Override
    public String toString() {
        return "ParticipantTokenVerifier[kids=" + keys.keySet() + "]";
    }
}
