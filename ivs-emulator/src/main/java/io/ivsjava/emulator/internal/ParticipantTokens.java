package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a participant token the way IVS does when a participant joins a stage: an ES384 JWT signed either by the
 * emulator (a token from {@code CreateParticipantToken} or {@code CreateStage}) or by the application, with a
 * {@code kid} header naming a public key imported ({@code ImportPublicKey}) into the stage's account and region.
 *
 * <p>Stateless and thread-safe; the public key is looked up under its partition's read lock.
 */
final class ParticipantTokens {
    /** The longest lifetime IVS allows a token: 14 days, the API's 20,160 minutes. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(20_160);

    private static final Pattern PARTICIPANT_ID = Pattern.compile("[a-zA-Z0-9-]{1,64}");

    private ParticipantTokens() {
    }

    /**
     * What a verified token admits.
     *
     * @param stageArn the stage ({@code resource} claim)
     * @param participantId the participant ({@code jti} claim)
     * @param userId the {@code user_id} claim, or empty text
     * @param attributes the {@code attributes} claim, or an empty map
     * @param publish whether the token allows publishing
     * @param subscribe whether the token allows subscribing
     * @param expires the {@code exp} claim
     * @param eventsUrl the {@code events_url} claim, or empty text
     * @param whipUrl the {@code whip_url} claim, or empty text
     * @param selfSigned whether the application signed it (it names an imported key as its {@code kid}) rather
     *     than the emulator ({@code CreateParticipantToken})
     */
    record Verified(String stageArn, String participantId, String userId, ObjectNode attributes, boolean publish,
                    boolean subscribe, Instant expires, String eventsUrl, String whipUrl, boolean selfSigned) {
    }

    /**
     * Verifies a token: its form, its signature, its expiry and its claims.
     *
     * @param state the emulator, for the partition of the stage and the current time
     * @param minter the emulator's own signer, whose key verifies tokens without {@code kid}
     * @param token the compact JWS
     * @return what the token admits
     * @throws IllegalArgumentException saying why IVS would refuse the token
     */
    static Verified verify(EmulatorState state, TokenMinter minter, String token) {
        if (token.isBlank()) {
            throw new IllegalArgumentException("participantToken: is missing");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("The participant token is not a JWT: it must be three base64url parts "
                    + "separated by dots.");
        }
        JsonNode header = json(parts[0], "header");
        JsonNode claims = json(parts[1], "payload");
        if (!"ES384".equals(header.path("alg").asText())) {
            throw new IllegalArgumentException("The participant token's alg is \"" + header.path("alg").asText()
                    + "\"; IVS accepts only ES384.");
        }
        String stageArn = claims.path("resource").asText("");
        IvsArns.Parts stage = IvsArns.parse(stageArn).filter(p -> p.type().equals("stage"))
                .orElseThrow(() -> new IllegalArgumentException("The participant token's resource claim \"" + stageArn
                        + "\" is not a stage ARN."));
        Partition partition = state.partition(stage.accountId(), stage.region());

        PublicKey key = key(partition, minter, header);
        if (!signatureVerifies(key, parts)) {
            throw new IllegalArgumentException("The participant token's signature does not verify"
                    + (header.hasNonNull("kid") ? " with the public key " + header.path("kid").asText()
                    : " with this emulator's token-signing key") + ": it was altered or signed with another key.");
        }

        if (!claims.path("exp").isNumber()) {
            throw new IllegalArgumentException("The participant token has no numeric exp claim.");
        }
        Instant expires = Instant.ofEpochSecond(claims.path("exp").asLong());
        Instant now = state.instant();
        if (!expires.isAfter(now)) {
            throw new IllegalArgumentException("The participant token expired at " + expires + " (now " + now + ").");
        }
        if (claims.path("iat").isNumber()) {
            Duration lifetime = Duration.between(Instant.ofEpochSecond(claims.path("iat").asLong()), expires);
            if (lifetime.compareTo(MAX_LIFETIME) > 0) {
                throw new IllegalArgumentException("The participant token lives " + lifetime.toMinutes()
                        + " minutes (iat to exp); IVS allows at most 20160 (14 days).");
            }
        }
        String participantId = claims.path("jti").asText("");
        if (!PARTICIPANT_ID.matcher(participantId).matches()) {
            throw new IllegalArgumentException("The participant token's jti claim \"" + participantId + "\" is not a "
                    + "participant id: 1 to 64 letters, digits or hyphens.");
        }
        String topic = claims.path("topic").asText(stage.id());
        if (!topic.equals(stage.id())) {
            throw new IllegalArgumentException("The participant token's topic claim \"" + topic + "\" is not the id "
                    + "of its resource, " + stageArn + ".");
        }
        JsonNode capabilities = claims.path("capabilities");
        ObjectNode attributes = Json.object();
        for (var field : Json.fields(claims.path("attributes"))) {
            attributes.put(field.getKey(), field.getValue().asText());
        }
        return new Verified(stageArn, participantId, claims.path("user_id").asText(""), attributes,
                capabilities.path("allow_publish").asBoolean(false),
                capabilities.path("allow_subscribe").asBoolean(false), expires, claims.path("events_url").asText(""),
                claims.path("whip_url").asText(""), header.hasNonNull("kid"));
    }

    /** The key that must have signed the token: the imported key its kid names, or the emulator's own. */
    private static PublicKey key(Partition partition, TokenMinter minter, JsonNode header) {
        if (!header.hasNonNull("kid")) {
            return minter.publicKey();
        }
        String kid = header.path("kid").asText();
        Optional<IvsArns.Parts> parts = IvsArns.parse(kid).filter(p -> p.type().equals("public-key"));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("The participant token's kid \"" + kid + "\" is not a public key ARN.");
        }
        if (!parts.get().accountId().equals(partition.accountId()) || !parts.get().region().equals(partition.region())) {
            throw new IllegalArgumentException("The participant token's kid " + kid + " names a key of another account "
                    + "or region than its stage (" + partition.accountId() + ", " + partition.region() + ").");
        }
        ObjectNode imported = partition.read(() -> partition.find(kid)).orElseThrow(() ->
                new IllegalArgumentException("The participant token's kid " + kid + " names no public key imported in "
                        + partition.region() + " (never imported, or deleted)."));
        try {
            byte[] der = PublicKeys.parse(imported.path("publicKeyMaterial").asText()).der();
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an imported public key cannot be read back", e);
        }
    }

    private static boolean signatureVerifies(PublicKey key, String[] parts) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length != 96) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static JsonNode json(String part, String what) {
        try {
            JsonNode node = Json.parse(Base64.getUrlDecoder().decode(part));
            if (node.isObject()) {
                return node;
            }
        } catch (IllegalArgumentException | IOException e) {
            // reported below
        }
        throw new IllegalArgumentException("The participant token's " + what + " is not base64url-encoded JSON.");
    }
}
