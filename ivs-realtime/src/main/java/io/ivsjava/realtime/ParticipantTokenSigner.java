package io.ivsjava.realtime;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.TokenSigner;
import io.ivsjava.core.internal.Ids;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.net.URI;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Mints participant tokens locally, without a call to IVS: the way to admit thousands of viewers without
 * thousands of API calls.
 *
 * <p>Set-up, once: generate a P-384 key pair, import its public key into IVS
 * ({@link IvsRealTime#importPublicKey(String, java.security.interfaces.ECPublicKey)}), and keep the private key in
 * your secret store. Each token is then an ES384 JWT signed with the private key, naming the imported key's ARN in
 * its {@code kid} header; IVS verifies it when the participant joins.
 *
 * <pre>{@code
 * ParticipantTokenSigner signer = ParticipantTokenSigner.create(privateKey, importedKey.arn());
 * ParticipantToken token = signer.sign(stage, Viewer.of("user-7"), Duration.ofHours(2));
 * }</pre>
 *
 * <p>The claims are those the IVS client SDKs read: {@code resource} (the stage ARN), {@code topic} (the stage id),
 * {@code jti} (a new participant id), {@code iat}, {@code exp}, {@code events_url}, {@code whip_url},
 * {@code capabilities} ({@code allow_publish}, {@code allow_subscribe}), {@code version} {@code "1.0"}, and
 * {@code user_id} and {@code attributes} when the role has them.
 *
 * <p>Thread-safe: one signer may mint from many threads at once. {@link #toString()} never shows the key.
 */
public final class ParticipantTokenSigner {
    /** The shortest token lifetime, in minutes. */
    public static final int MIN_MINUTES = 1;
    /** The longest token lifetime IVS accepts, in minutes: 14 days. */
    public static final int MAX_MINUTES = 20_160;

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
     * @param privateKey the P-384 private key whose public key was imported into IVS
     * @param publicKeyArn the imported public key's ARN, written as each token's {@code kid}
     * @return the signer
     * @throws IvsValidationException if the key is not on P-384
     */
    public static ParticipantTokenSigner create(ECPrivateKey privateKey, PublicKeyArn publicKeyArn) {
        return create(privateKey, publicKeyArn, Clock.systemUTC());
    }

    /**
     * A signer reading the time from the given clock, for tests and for servers with a managed clock.
     *
     * @param privateKey the P-384 private key whose public key was imported into IVS
     * @param publicKeyArn the imported public key's ARN
     * @param clock the source of {@code iat} and {@code exp}
     * @return the signer
     * @throws IvsValidationException if the key is not on P-384
     */
    public static ParticipantTokenSigner create(ECPrivateKey privateKey, PublicKeyArn publicKeyArn, Clock clock) {
        Objects.requireNonNull(publicKeyArn, "publicKeyArn");
        Objects.requireNonNull(clock, "clock");
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
     * Mints a token valid for {@link StageSpec#DEFAULT_TOKEN_DURATION}, the API's default of 12 hours.
     *
     * @param stage the stage to admit to; its endpoints go into the token
     * @param role who, as host or viewer
     * @return the token
     */
    public ParticipantToken sign(Stage stage, Role role) {
        return sign(stage, role, StageSpec.DEFAULT_TOKEN_DURATION);
    }

    /**
     * Mints a token.
     *
     * @param stage the stage to admit to, as returned by {@link IvsRealTime#getStage} or
     *     {@link IvsRealTime#createStage}: its events and WHIP endpoints go into the token
     * @param role who, as host or viewer
     * @param duration how long the token admits them: 1 to 20,160 whole minutes
     * @return the token
     * @throws IvsValidationException if the duration is out of range or the stage has no endpoints
     */
    public ParticipantToken sign(Stage stage, Role role, Duration duration) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(role, "role");
        int minutes = ParticipantChecks.tokenMinutes(duration);
        URI events = stage.endpoints().events().orElseThrow(() -> missingEndpoint("events"));
        URI whip = stage.endpoints().whip().orElseThrow(() -> missingEndpoint("whip"));

        String participantId = Ids.random(12);
        Instant issued = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = issued.plus(Duration.ofMinutes(minutes));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("exp", expires.getEpochSecond());
        claims.put("iat", issued.getEpochSecond());
        claims.put("jti", participantId);
        claims.put("resource", stage.arn().value());
        claims.put("topic", stage.arn().id());
        claims.put("events_url", events.toString());
        claims.put("whip_url", whip.toString());
        role.userId().ifPresent(id -> claims.put("user_id", id));
        if (!role.attributes().isEmpty()) {
            claims.put("attributes", role.attributes());
        }
        Map<String, Object> capabilities = new LinkedHashMap<>();
        capabilities.put("allow_publish", role.capabilities().contains(Capability.PUBLISH));
        capabilities.put("allow_subscribe", role.capabilities().contains(Capability.SUBSCRIBE));
        claims.put("capabilities", capabilities);
        claims.put("version", "1.0");

        Participant participant = new Participant(participantId, role.userId(), role.attributes(), role.capabilities());
        return new ParticipantToken(stage.arn(), participant, signer.sign(claims), expires, true);
    }

    private static IvsValidationException missingEndpoint(String which) {
        return IvsValidationException.invalid("stage.endpoints." + which, "is missing; pass the stage returned by "
                + "getStage or createStage, which carries its endpoints");
    }

    /** {@return the key's ARN, never the key} */
    @Override
    public String toString() {
        return "ParticipantTokenSigner[kid=" + keyArn + ", key=<redacted>]";
    }
}
