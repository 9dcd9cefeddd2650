package io.ivsjava.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.P384KeyPair;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.TokenSigner;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Ids;
import io.ivsjava.realtime.internal.Limits;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.io.IOException;
import java.net.URI;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mints participant tokens locally, without a call to IVS: the way to admit a crowd of thousands without thousands
 * of API calls.
 *
 * <p>Set-up, once: generate a P-384 key pair and import its public half into IVS
 * ({@link IvsRealTime#generateAndImportPublicKey(String)} does both), and keep the private half in your secret
 * store. Each token is then an ES384 JWT signed with the private key, naming the imported key's ARN in its
 * {@code kid} header; IVS verifies it when the participant joins.
 *
 * <pre>{@code
 * ParticipantTokenSigner signer = ParticipantTokenSigner.create(keys, importedKey.arn());
 * ParticipantToken token = signer.sign(stage, Viewer.of("user-7"), Duration.ofHours(2));
 * // from the ARN and endpoints the backend stored, without asking IVS for the stage again:
 * ParticipantToken other = signer.sign(stageArn, StageEndpoints.of(eventsUrl, whipUrl), Viewer.of("user-8"));
 * // a crowd, one signature each and no API call:
 * List<ParticipantToken> crowd = signer.signAll(stage, viewers, Duration.ofHours(3));
 * }</pre>
 *
 * <p>Signing needs no network, so it cannot know whether the stage still exists: a token signed for a deleted
 * stage is returned like any other, and IVS refuses it when the participant tries to join. Likewise for a public
 * key that has since been deleted from IVS.
 *
 * <p>The claims are those the IVS client SDKs read: {@code resource} (the stage ARN), {@code topic} (the stage id),
 * {@code jti} (a new participant id), {@code iat}, {@code exp}, {@code events_url}, {@code whip_url},
 * {@code capabilities} ({@code allow_publish}, {@code allow_subscribe}), {@code version} {@code "1.0"}, and
 * {@code user_id} and {@code attributes} when the role has them.
 *
 * <p>A participant already on a stage changes its capabilities or attributes without leaving it by a <em>token
 * exchange</em>: {@link #exchange(ParticipantToken, Role, Duration)} mints the replacement, which keeps the
 * participant id, the stage and its endpoints, and the client hands it to the IVS broadcast SDK's
 * {@code exchangeToken}. A viewer becomes a co-host this way.
 *
 * <p>Thread-safe: one signer may mint from many threads at once. {@link #toString()} never shows the key.
 */
public final class ParticipantTokenSigner {
    /** The claims a token exchange must not change, as the IVS broadcast SDKs check them. */
    private static final List<String> EXCHANGE_KEEPS = List.of("jti", "topic", "resource", "whip_url", "events_url");
    private static final ObjectReader CLAIMS_READER = new ObjectMapper().reader();

    private final TokenSigner signer;
    private final PublicKeyArn keyArn;
    private final Clock clock;

    private ParticipantTokenSigner(TokenSigner signer, PublicKeyArn keyArn, Clock clock) {
        this.signer = signer;
        this.keyArn = keyArn;
        this.clock = clock;
    }

    /**
     * A signer using the system clock.
     *
     * @param keys the P-384 key pair whose public key was imported into IVS
     * @param publicKeyArn the imported public key's ARN, written as each token's {@code kid}
     * @return the signer
     */
    public static ParticipantTokenSigner create(P384KeyPair keys, PublicKeyArn publicKeyArn) {
        return create(Check.notNull("keys", keys).privateKey(), publicKeyArn, Clock.systemUTC());
    }

    /**
     * A signer reading the time from the given clock, for tests and for servers with a managed clock.
     *
     * @param keys the P-384 key pair whose public key was imported into IVS
     * @param publicKeyArn the imported public key's ARN
     * @param clock the source of {@code iat} and {@code exp}
     * @return the signer
     */
    public static ParticipantTokenSigner create(P384KeyPair keys, PublicKeyArn publicKeyArn, Clock clock) {
        return create(Check.notNull("keys", keys).privateKey(), publicKeyArn, clock);
    }

    /**
     * A signer using the system clock, from a private key alone (as read by
     * {@link io.ivsjava.core.P384Keys#readPrivateKey(String)}).
     *
     * @param privateKey the P-384 private key whose public key was imported into IVS
     * @param publicKeyArn the imported public key's ARN, written as each token's {@code kid}
     * @return the signer
     * @throws IvsValidationException if the key is not on P-384
     */
    public static ParticipantTokenSigner create(ECPrivateKey privateKey, PublicKeyArn publicKeyArn) {
        return create(privateKey, publicKeyArn, Clock.systemUTC());
    }

    /**
     * A signer from a private key alone, reading the time from the given clock.
     *
     * @param privateKey the P-384 private key whose public key was imported into IVS
     * @param publicKeyArn the imported public key's ARN
     * @param clock the source of {@code iat} and {@code exp}
     * @return the signer
     * @throws IvsValidationException if the key is not on P-384
     */
    public static ParticipantTokenSigner create(ECPrivateKey privateKey, PublicKeyArn publicKeyArn, Clock clock) {
        Check.notNull("privateKey", privateKey);
        Check.notNull("publicKeyArn", publicKeyArn);
        Check.notNull("clock", clock);
        return new ParticipantTokenSigner(TokenSigner.es384(privateKey, publicKeyArn.value()), publicKeyArn, clock);
    }

    /**
     * The imported public key that verifies this signer's tokens.
     *
     * @return its ARN
     */
    public PublicKeyArn publicKeyArn() {
        return keyArn;
    }

    /**
     * Mints a token valid for {@link ParticipantToken#DEFAULT_DURATION}, the API's default of 12 hours.
     *
     * @param stage the stage to admit to; its endpoints go into the token
     * @param role who, as host, viewer or custom role
     * @return the token
     */
    public ParticipantToken sign(Stage stage, Role role) {
        return sign(stage, role, ParticipantToken.DEFAULT_DURATION);
    }

    /**
     * Mints a token.
     *
     * @param stage the stage to admit to, as returned by {@link IvsRealTime#getStage} or
     *     {@link IvsRealTime#createStage}: its events and WHIP endpoints go into the token
     * @param role who, as host, viewer or custom role
     * @param duration how long the token admits them: 1 to 20,160 whole minutes
     * @return the token
     * @throws IvsValidationException if the duration is out of range or the stage has no endpoints
     */
    public ParticipantToken sign(Stage stage, Role role, Duration duration) {
        Check.notNull("stage", stage);
        return sign(stage.arn(), stage.endpoints(), role, duration);
    }

    /**
     * Mints a token valid for {@link ParticipantToken#DEFAULT_DURATION} from a stage's stored ARN and endpoints.
     *
     * @param stage the stage's ARN
     * @param endpoints the stage's endpoints; the events and WHIP ones go into the token
     * @param role who, as host, viewer or custom role
     * @return the token
     */
    public ParticipantToken sign(StageArn stage, StageEndpoints endpoints, Role role) {
        return sign(stage, endpoints, role, ParticipantToken.DEFAULT_DURATION);
    }

    /**
     * Mints a token from a stage's stored ARN and endpoints, without asking IVS for the stage.
     *
     * @param stage the stage's ARN
     * @param endpoints the stage's endpoints; the events and WHIP ones go into the token
     * @param role who, as host, viewer or custom role
     * @param duration how long the token admits them: 1 to 20,160 whole minutes
     * @return the token
     * @throws IvsValidationException if the duration is out of range or an endpoint is missing
     */
    public ParticipantToken sign(StageArn stage, StageEndpoints endpoints, Role role, Duration duration) {
        return signAll(stage, endpoints, Collections.singletonList(Check.notNull("role", role)), duration).get(0);
    }

    /**
     * Mints one token per role, all for the same stage and lifetime: a crowd admitted with no API call at all.
     *
     * @param stage the stage to admit to, with its endpoints
     * @param roles who, in the order the tokens are returned; for example
     *     {@code userIds.stream().map(Viewer::of).toList()}
     * @param duration how long the tokens admit them: 1 to 20,160 whole minutes
     * @return the tokens, one per role, in order; each with its own participant id
     * @throws IvsValidationException before signing anything, if the duration is out of range, an endpoint is
     *     missing or a role is null
     */
    public List<ParticipantToken> signAll(Stage stage, Collection<? extends Role> roles, Duration duration) {
        Check.notNull("stage", stage);
        return signAll(stage.arn(), stage.endpoints(), roles, duration);
    }

    /**
     * Mints one token per role from a stage's stored ARN and endpoints.
     *
     * @param stage the stage's ARN
     * @param endpoints the stage's endpoints; the events and WHIP ones go into the tokens
     * @param roles who, in the order the tokens are returned
     * @param duration how long the tokens admit them: 1 to 20,160 whole minutes
     * @return the tokens, one per role, in order
     * @throws IvsValidationException before signing anything, if an input is out of bounds
     */
    public List<ParticipantToken> signAll(StageArn stage, StageEndpoints endpoints, Collection<? extends Role> roles,
                                          Duration duration) {
        Check.notNull("stage", stage);
        Check.notNull("endpoints", endpoints);
        Check.notNull("roles", roles);
        int minutes = ParticipantChecks.tokenMinutes(duration);
        URI events = endpoints.events().orElseThrow(() -> missingEndpoint("events"));
        URI whip = endpoints.whip().orElseThrow(() -> missingEndpoint("whip"));
        int i = 0;
        for (Role role : roles) {
            Check.notNull("roles[" + i++ + "]", role);
        }

        Instant issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = issued.plus(Duration.ofMinutes(minutes));
        List<ParticipantToken> tokens = new ArrayList<>(roles.size());
        for (Role role : roles) {
            tokens.add(mint(stage, stage.id(), events.toString(), whip.toString(), Ids.random(12), role,
                    issued, expires));
        }
        return Collections.unmodifiableList(tokens);
    }

    /**
     * Mints the replacement of a participant's token, for a <em>token exchange</em>: the client of a participant
     * already on the stage hands it to the IVS broadcast SDK ({@code stage.exchangeToken(token)} on the web,
     * Android and iOS), and the participant's capabilities, attributes and user id change without it leaving the
     * stage. A viewer becomes a co-host this way without being disconnected.
     *
     * <p>IVS refuses an exchange that changes {@code jti}, {@code topic}, {@code resource}, {@code whip_url} or
     * {@code events_url}: the replacement keeps the participant id given here and writes the stage's ARN, id and
     * endpoints exactly as {@link #sign(StageArn, StageEndpoints, Role, Duration)} writes them, so pass the endpoints
     * the participant's first token was signed from. Capabilities, attributes and user id come from the role;
     * {@code iat} and {@code exp} are new. Only self-signed tokens can be exchanged: a participant that joined with
     * a token from the {@code CreateParticipantToken} API has to leave and join again.
     *
     * @param stage the stage the participant is on
     * @param endpoints the stage's endpoints, as the participant's current token carries them
     * @param participantId the participant's id: its current token's {@code jti}
     *     ({@link ParticipantToken#participant()}, or {@code ListParticipants})
     * @param role what the participant becomes, such as {@code Host.of(userId)}
     * @param duration how long the replacement admits them: 1 to 20,160 whole minutes
     * @return the replacement token, for the same participant
     * @throws IvsValidationException if the participant id is not one, the duration is out of range or an endpoint
     *     is missing
     */
    public ParticipantToken exchange(StageArn stage, StageEndpoints endpoints, String participantId, Role role,
                                     Duration duration) {
        Check.notNull("stage", stage);
        Check.notNull("endpoints", endpoints);
        Limits.tokenParticipantId("participantId", participantId);
        Check.notNull("role", role);
        int minutes = ParticipantChecks.tokenMinutes(duration);
        URI events = endpoints.events().orElseThrow(() -> missingEndpoint("events"));
        URI whip = endpoints.whip().orElseThrow(() -> missingEndpoint("whip"));
        Instant issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return mint(stage, stage.id(), events.toString(), whip.toString(), participantId, role, issued,
                issued.plus(Duration.ofMinutes(minutes)));
    }

    /**
     * Mints the replacement of a self-signed token for a token exchange, keeping the {@code jti}, {@code topic},
     * {@code resource}, {@code whip_url} and {@code events_url} claims exactly as the current token has them; see
     * {@link #exchange(StageArn, StageEndpoints, String, Role, Duration)}. The current token is read, not verified:
     * verify a token a client shows you ({@link ParticipantTokenVerifier}) before exchanging it.
     *
     * @param current the participant's current token, signed locally (by this signer or another key)
     * @param role what the participant becomes
     * @param duration how long the replacement admits them: 1 to 20,160 whole minutes
     * @return the replacement token, for the same participant
     * @throws IvsValidationException if the current token is not self-signed (IVS exchanges only those) or lacks
     *     one of the kept claims, or the duration is out of range
     */
    public ParticipantToken exchange(ParticipantToken current, Role role, Duration duration) {
        Check.notNull("current", current);
        Check.notNull("role", role);
        if (!current.selfSigned()) {
            throw IvsValidationException.invalid("current.selfSigned", "is false: IVS exchanges only tokens signed "
                    + "with a key pair, not tokens from the CreateParticipantToken API; the participant has to join "
                    + "again with a new token");
        }
        int minutes = ParticipantChecks.tokenMinutes(duration);
        Map<String, String> kept = keptClaims(current.token());
        if (!current.stage().value().equals(kept.get("resource"))) {
            throw IvsValidationException.invalid("current.token", "names the stage " + kept.get("resource")
                    + ", not " + current.stage().value());
        }
        Instant issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return mint(current.stage(), kept.get("topic"), kept.get("events_url"), kept.get("whip_url"),
                kept.get("jti"), role, issued, issued.plus(Duration.ofMinutes(minutes)));
    }

    /** The claims a token exchange must keep, read from a token's payload. */
    private static Map<String, String> keptClaims(String token) {
        String[] parts = token.split("\\.", -1);
        JsonNode claims = null;
        if (parts.length == 3) {
            try {
                claims = CLAIMS_READER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            } catch (IllegalArgumentException | IOException e) {
                claims = null;
            }
        }
        if (claims == null || !claims.isObject()) {
            throw IvsValidationException.invalid("current.token", "is not a compact JWT with a JSON payload");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : EXCHANGE_KEEPS) {
            JsonNode value = claims.get(name);
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                throw IvsValidationException.invalid("current.token", "has no " + name + " claim; a token exchange "
                        + "keeps " + EXCHANGE_KEEPS);
            }
            kept.put(name, value.asText());
        }
        return kept;
    }

    private ParticipantToken mint(StageArn stage, String topic, String events, String whip, String participantId,
                                  Role role, Instant issued, Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("exp", expires.getEpochSecond());
        claims.put("iat", issued.getEpochSecond());
        claims.put("jti", participantId);
        claims.put("resource", stage.value());
        claims.put("topic", topic);
        claims.put("events_url", events);
        claims.put("whip_url", whip);
        role.userId().ifPresent(id -> claims.put("user_id", id));
        if (!role.attributes().isEmpty()) {
            claims.put("attributes", role.attributes());
        }
        Map<String, Object> capabilities = new LinkedHashMap<>();
        capabilities.put("allow_publish", role.capabilities().contains(Capability.PUBLISH));
        capabilities.put("allow_subscribe", role.capabilities().contains(Capability.SUBSCRIBE));
        claims.put("capabilities", capabilities);
        claims.put("version", "1.0");
        Participant participant = new Participant(participantId, role.userId(), role.attributes(),
                role.capabilities());
        return new ParticipantToken(stage, participant, signer.sign(claims), expires, true);
    }

    private static IvsValidationException missingEndpoint(String which) {
        return IvsValidationException.invalid("stage.endpoints." + which, "is missing; pass the stage returned by "
                + "getStage or createStage, or the endpoints stored from it");
    }

    /** {@return the key's ARN, never the key} */
    @Override
    public String toString() {
        return "ParticipantTokenSigner[kid=" + keyArn + ", key=<redacted>]";
    }
}
