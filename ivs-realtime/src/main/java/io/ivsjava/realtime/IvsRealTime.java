package io.ivsjava.realtime;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.core.internal.Pages;
import io.ivsjava.core.internal.SdkClients;
import io.ivsjava.core.internal.SdkErrors;
import io.ivsjava.realtime.internal.Convert;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.CreateStageResponse;
import software.amazon.awssdk.services.ivsrealtime.model.ListStagesResponse;

/**
 * Real-time streaming on IVS: stages, and the participant tokens that let hosts and viewers join them over WebRTC.
 *
 * <pre>{@code
 * try (IvsRealTime ivs = IvsRealTime.connect(IvsConnection.defaults())) {
 *     CreatedStage created = ivs.createStage(
 *             StageSpec.builder().name("cat-42").withToken(Host.of("user-42")).build());
 *     ParticipantToken host = created.tokens().get(0);
 *     ParticipantToken viewer = ivs.createParticipantToken(created.stage().arn(), Viewer.of("user-7"));
 * }
 * }</pre>
 *
 * <p>Every input is checked against the IVS limits before any network call; failures, local or remote, are
 * {@link IvsException}s. Lists are lazy streams that fetch pages as they are consumed.
 *
 * <p>Thread-safe: share one instance. It owns the SDK client it builds and closes it in {@link #close()}; a client
 * passed to {@link #create(IvsRealTimeClient)} stays the caller's to close.
 */
public final class IvsRealTime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IvsRealTime.class);
    /** Page size of list calls: the most IVS returns at once. */
    private static final int PAGE_SIZE = 100;

    private final IvsRealTimeClient client;
    private final boolean ownsClient;

    private IvsRealTime(IvsRealTimeClient client, boolean ownsClient) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
    }

    /**
     * Wraps an SDK client the caller configured (region, credentials, HTTP client, retries). {@link #close()} will
     * not close it.
     *
     * @param client the client
     * @return the wrapper
     */
    public static IvsRealTime create(IvsRealTimeClient client) {
        return new IvsRealTime(client, false);
    }

    /**
     * Connects with its own SDK client, configured from the connection settings.
     *
     * @param connection the endpoint, region and credentials; {@link IvsConnection#defaults()} for the SDK's chains
     * @return the instance; close it when done
     */
    public static IvsRealTime connect(IvsConnection connection) {
        return new IvsRealTime(SdkClients.configure(connection, IvsRealTimeClient.builder()).build(), true);
    }

    /**
     * Creates a stage, and the participant tokens asked for in the spec.
     *
     * @param spec the stage's name, tags and initial participants
     * @return the stage with its endpoints, and the tokens in the order asked
     * @throws IvsException if IVS refuses, for example {@link io.ivsjava.core.IvsQuotaExceededException} when the
     *     account has its maximum of stages
     */
    public CreatedStage createStage(StageSpec spec) {
        Objects.requireNonNull(spec, "spec");
        LOG.debug("CreateStage name={} tokens={}", spec.name(), spec.tokens().size());
        CreateStageResponse response = SdkErrors.call("CreateStage", () -> client.createStage(b -> b
                .name(spec.name().isEmpty() ? null : spec.name())
                .tags(spec.tags().isEmpty() ? null : spec.tags())
                .participantTokenConfigurations(spec.tokens().isEmpty() ? null : spec.tokens().stream()
                        .map(t -> Convert.configuration(t.role(), t.duration()))
                        .collect(Collectors.toList()))));
        Stage stage = Convert.stage(response.stage());
        if (response.participantTokens().size() != spec.tokens().size()) {
            throw new IvsException("CreateStage returned " + response.participantTokens().size() + " participant tokens "
                    + "for the " + spec.tokens().size() + " requested; the stage " + stage.arn() + " was created",
                    IvsException.ErrorDetails.NONE, false, null);
        }
        List<ParticipantToken> tokens = new ArrayList<>();
        for (int i = 0; i < spec.tokens().size(); i++) {
            StageSpec.InitialToken requested = spec.tokens().get(i);
            tokens.add(Convert.token(stage.arn(), response.participantTokens().get(i), requested.role(),
                    requested.duration()));
        }
        return new CreatedStage(stage, tokens);
    }

    /**
     * Reads a stage.
     *
     * @param arn the stage's ARN
     * @return the stage
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public Stage getStage(StageArn arn) {
        Objects.requireNonNull(arn, "arn");
        return Convert.stage(SdkErrors.call("GetStage", () -> client.getStage(b -> b.arn(arn.value()))).stage());
    }

    /**
     * Every stage of the account in this region, fetched page by page as the stream is consumed.
     *
     * @return the stages; consume it once
     */
    public Stream<StageSummary> listStages() {
        return Pages.stream(token -> {
            ListStagesResponse page = SdkErrors.call("ListStages",
                    () -> client.listStages(b -> b.maxResults(PAGE_SIZE).nextToken(token.orElse(null))));
            return new Pages.Page<>(page.stages().stream().map(Convert::summary).collect(Collectors.toList()),
                    Optional.ofNullable(page.nextToken()));
        });
    }

    /**
     * Deletes a stage. Its participants are disconnected and its tokens stop working.
     *
     * @param arn the stage's ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public void deleteStage(StageArn arn) {
        Objects.requireNonNull(arn, "arn");
        LOG.debug("DeleteStage {}", arn);
        SdkErrors.call("DeleteStage", () -> client.deleteStage(b -> b.arn(arn.value())));
    }

    /**
     * Asks IVS for a participant token valid for {@link StageSpec#DEFAULT_TOKEN_DURATION}.
     *
     * @param stage the stage's ARN
     * @param role who, as host or viewer
     * @return the token
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public ParticipantToken createParticipantToken(StageArn stage, Role role) {
        return createParticipantToken(stage, role, StageSpec.DEFAULT_TOKEN_DURATION);
    }

    /**
     * Asks IVS for a participant token. For many tokens at once, sign them locally with a
     * {@link ParticipantTokenSigner} instead.
     *
     * @param stage the stage's ARN
     * @param role who, as host or viewer
     * @param duration how long the token admits them: 1 to 20,160 whole minutes
     * @return the token
     * @throws IvsValidationException before any call, if the duration is out of range
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such stage
     */
    public ParticipantToken createParticipantToken(StageArn stage, Role role, Duration duration) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(role, "role");
        int minutes = ParticipantChecks.tokenMinutes(duration);
        LOG.debug("CreateParticipantToken stage={} capabilities={} minutes={}", stage, role.capabilities(), minutes);
        return Convert.token(stage, SdkErrors.call("CreateParticipantToken", () -> client.createParticipantToken(b -> b
                .stageArn(stage.value())
                .userId(role.userId().orElse(null))
                .attributes(role.attributes().isEmpty() ? null : role.attributes())
                .capabilities(Convert.capabilities(role))
                .duration(minutes))).participantToken(), role, duration);
    }

    /**
     * Imports the public half of a P-384 key pair, so that IVS accepts participant tokens signed with its private
     * half (see {@link ParticipantTokenSigner}).
     *
     * @param name a name for the key: letters, digits, {@code -} and {@code _}, at most 128 characters
     * @param publicKey the P-384 public key
     * @return the imported key, with the ARN to sign tokens under
     * @throws IvsValidationException before any call, if the name or the key's curve is wrong
     * @throws io.ivsjava.core.IvsConflictException if this key was already imported
     */
    public ImportedPublicKey importPublicKey(String name, ECPublicKey publicKey) {
        Check.name("name", name);
        Objects.requireNonNull(publicKey, "publicKey");
        String pem = P384Keys.toPem(publicKey);
        LOG.debug("ImportPublicKey name={}", name);
        return Convert.publicKey(SdkErrors.call("ImportPublicKey", () -> client.importPublicKey(b -> b
                .name(name.isEmpty() ? null : name)
                .publicKeyMaterial(pem))).publicKey());
    }

    /**
     * Reads an imported public key.
     *
     * @param arn the key's ARN
     * @return the key
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such key
     */
    public ImportedPublicKey getPublicKey(PublicKeyArn arn) {
        Objects.requireNonNull(arn, "arn");
        return Convert.publicKey(SdkErrors.call("GetPublicKey",
                () -> client.getPublicKey(b -> b.arn(arn.value()))).publicKey());
    }

    /**
     * Deletes an imported public key: tokens signed with its private key stop admitting anyone. Do this at once if
     * the private key may have leaked; IVS keys do not expire.
     *
     * @param arn the key's ARN
     * @throws io.ivsjava.core.IvsNotFoundException if there is no such key
     */
    public void deletePublicKey(PublicKeyArn arn) {
        Objects.requireNonNull(arn, "arn");
        LOG.debug("DeletePublicKey {}", arn);
        SdkErrors.call("DeletePublicKey", () -> client.deletePublicKey(b -> b.arn(arn.value())));
    }

    /**
     * The SDK client underneath, for operations this class does not cover yet. Its exceptions are the SDK's own.
     *
     * @return the client
     */
    public IvsRealTimeClient sdkClient() {
        return client;
    }

    /** Closes the SDK client if this instance built it; otherwise does nothing. Idempotent. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
