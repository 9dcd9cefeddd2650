package io.ivsjava.live;

import io.ivsjava.chat.ChatToken;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.EncoderConfigurationArn;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.core.internal.Check;
import io.ivsjava.live.internal.ExactlyOnceCreates;
import io.ivsjava.live.internal.Tags;
import io.ivsjava.live.internal.UserIds;
import io.ivsjava.live.internal.VideoLimits;
import io.ivsjava.lowlatency.Channel;
import io.ivsjava.lowlatency.ChannelSpec;
import io.ivsjava.lowlatency.ChannelSummary;
import io.ivsjava.lowlatency.ChannelType;
import io.ivsjava.lowlatency.ChannelUpdate;
import io.ivsjava.lowlatency.DeleteOption;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.lowlatency.PlaybackToken;
import io.ivsjava.lowlatency.PlaybackTokenSigner;
import io.ivsjava.lowlatency.PlaybackTokenSpec;
import io.ivsjava.lowlatency.StreamKey;
import io.ivsjava.lowlatency.StreamKeySummary;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.CompositionDestination;
import io.ivsjava.realtime.CompositionSpec;
import io.ivsjava.realtime.CompositionSummary;
import io.ivsjava.realtime.EncoderConfigurationSummary;
import io.ivsjava.realtime.Host;
import io.ivsjava.realtime.ImportedKeyPair;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.ParticipantFilter;
import io.ivsjava.realtime.ParticipantState;
import io.ivsjava.realtime.ParticipantSummary;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.ParticipantTokenSigner;
import io.ivsjava.realtime.Role;
import io.ivsjava.realtime.Stage;
import io.ivsjava.realtime.StageSummary;
import io.ivsjava.realtime.Video;
import io.ivsjava.realtime.Viewer;
import java.net.URI;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of ivs-java: takes a user live in a {@link StreamingMode} and hands each host and viewer what their
 * client needs, over {@link IvsRealTime} and {@link IvsLowLatency}.
 *
 * <pre>{@code
 * try (IvsLive live = IvsLive.builder().connection(IvsConnection.defaults()).build()) {
 *     Broadcast show = live.goLive("user-42", StreamingMode.HYBRID);   // stage + channel + composition
 *     Admission host = live.admitHost(show, "user-42");                 // WebRtc: PUBLISH+SUBSCRIBE token
 *     Admission viewer = live.admitViewer(show, "user-7");              // Hls: the channel's playback URL
 *     live.promote(show, "user-7", viewerParticipantId);                // a viewer on the stage co-hosts
 *     live.invite(show, "user-9");                                      // a co-host...
 *     live.removeHost(show, "user-9", "thanks for coming");             // ...disconnected, invite revoked
 *     live.end(show);                                                   // composition stopped, everyone out
 *     live.teardown("user-42");                                         // every resource of the user, deleted
 * }
 * }</pre>
 *
 * <p><b>Chat.</b> With {@link Builder#chatRooms()}, every broadcast also gets an IVS Chat room, provisioned, found
 * by tag and torn down with the rest (created exactly once, as a stage is), and {@link #chat()} hands out chat
 * tokens by role, bans users and sends events ({@link LiveChat}). Without it, IVS Chat is never called.
 *
 * <p><b>Resources.</b> {@code REAL_TIME} uses a stage; {@code LOW_LATENCY} a channel and its stream key;
 * {@code HYBRID} a stage, a channel, and while live a composition of the stage's hosts into the channel, in a grid
 * by default and encoded within the channel type's limits. Each resource carries the tags {@value #TAG_LIBRARY}
 * ({@value #TAG_LIBRARY_VALUE}), {@value #TAG_NAMESPACE}, {@value #TAG_USER} and {@value #TAG_CREATED}, by which it
 * is found again: provisioning twice, or again after a crash, reuses what exists. A user has one stage and one
 * channel, shared by the modes: switching from {@code REAL_TIME} to {@code HYBRID} adds a channel to the stage.
 * Encoder configurations are shared by every user of the namespace and never deleted by a teardown.
 *
 * <p><b>Limits</b>, enforced before any call with an {@link IvsValidationException} that names the field:
 * <ul>
 *   <li>{@value #MAX_PUBLISHERS} publishers per stage: the owner and at most {@value #MAX_CO_HOSTS} invited
 *       co-hosts; IVS itself refuses a thirteenth publisher when it tries to publish;</li>
 *   <li>one broadcaster in {@code LOW_LATENCY}: no co-hosts there;</li>
 *   <li>720p over WebRTC ({@code REAL_TIME}), 1080p over HLS ({@code LOW_LATENCY}, {@code HYBRID}); a
 *       {@code BASIC} channel takes 480p at 1.5 Mbps;</li>
 *   <li>participant tokens live 1 minute to 14 days, in whole minutes; playback tokens at most 10 minutes, as IVS
 *       allows for tokens that name their viewer;</li>
 *   <li>user ids: 1 to 128 letters, digits and {@code _ . : / = + - @} (they go into tags); viewer ids in HLS
 *       playback tokens at most 40 characters.</li>
 * </ul>
 *
 * <p><b>A crowd of viewers.</b> With a participant token key ({@link Builder#participantTokenKey}) and, for private
 * channels, a playback token key ({@link Builder#playbackTokenKey}), {@link #admitViewer(Broadcast, String)} makes no
 * call to IVS at all: it signs locally from the stored broadcast.
 *
 * <p><b>Failures</b> are {@link IvsException}s. Provisioning leaves no orphans: when a create fails, what that call
 * created for the user is deleted again before the exception is thrown (failures of that cleanup are added to it as
 * suppressed exceptions). {@link #end(Broadcast)} and the teardowns are idempotent.
 *
 * <p><b>Retries and exactly-once creates.</b> Every call is retried as the SDK client's own retry strategy says (its
 * maximum attempts, its backoff with jitter, its retry quota): throttling, 5xx, connection failures and answers cut
 * short, never validation errors or other 4xx. A create that IVS does not make idempotent (a stage, a channel, a
 * stream key, an encoder configuration) whose answer is lost may still have happened, so it is sent with the SDK's
 * own retries off, carries the tag {@value #TAG_IDEMPOTENCY_TOKEN} with a token fresh for each create, and is
 * retried by that same strategy only after a search for a resource carrying its token: a lost answer never leaves a
 * duplicate. A composition starts with an idempotency token, which IVS honours. A stop, disconnect or delete whose
 * answer was lost and whose retry finds nothing left to do counts as done.
 *
 * <p>Thread-safe: share one instance. Operations on one user's resources (provisioning, ending, teardown, chat
 * bans) are serialized within this instance, and those of different users run in parallel; several instances
 * (several backend processes) may provision the same user at once, and then the resources found by tag are reused,
 * or an extra one is left for the teardown and the janitor to find. It owns the clients it builds from an
 * {@link IvsConnection} and closes them in {@link #close()}.
 */
public final class IvsLive implements AutoCloseable {
    /** The tag key naming the library that created a resource. */
    public static final String TAG_LIBRARY = Tags.LIBRARY;
    /** The value of {@link #TAG_LIBRARY} on every resource ivs-live creates. */
    public static final String TAG_LIBRARY_VALUE = Tags.LIBRARY_VALUE;
    /** The tag key holding the {@link Builder#namespace(String) namespace}. */
    public static final String TAG_NAMESPACE = Tags.NAMESPACE;
    /** The tag key holding the user whose broadcast a resource carries. */
    public static final String TAG_USER = Tags.USER;
    /** The tag key holding when a resource was created (ISO-8601, by the instance's clock). */
    public static final String TAG_CREATED = Tags.CREATED;
    /**
     * The tag key holding the idempotency token of the create that made a resource: fresh for each logical create
     * and the same for its retries, so that a retry finds what an attempt whose answer was lost created.
     */
    public static final String TAG_IDEMPOTENCY_TOKEN = Tags.IDEMPOTENCY_TOKEN;
    /** The most publishers a stage holds (IVS's limit): the owner and {@value #MAX_CO_HOSTS} co-hosts. */
    public static final int MAX_PUBLISHERS = 12;
    /** The most co-hosts a broadcast invites: {@value #MAX_PUBLISHERS} publishers less the owner. */
    public static final int MAX_CO_HOSTS = MAX_PUBLISHERS - 1;
    /** The default namespace. */
    public static final String DEFAULT_NAMESPACE = "default";

    private static final Logger LOG = LoggerFactory.getLogger(IvsLive.class);
    private static final Pattern NAMESPACE = Pattern.compile("[a-zA-Z0-9_.:/=+\\-@]{1,64}");
    private static final Pattern PARTICIPANT_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private final IvsRealTime realTime;
    private final IvsLowLatency lowLatency;
    private final boolean ownsClients;
    private final Clock clock;
    private final String namespace;
    private final Optional<ParticipantTokenSigner> participantSigner;
    private final Optional<PlaybackTokenSigner> playbackSigner;
    private final Duration hostTokenLifetime;
    private final Duration viewerTokenLifetime;
    private final Duration playbackTokenValidity;
    private final InviteStore invites;
    private final HostTokenSource hostTokens;
    private final Optional<LiveChat> chat;
    /** One lock per user with an operation under way, dropped when none is: users never wait for each other. */
    private final Map<String, UserLock> locks = new ConcurrentHashMap<>();
    /** What this instance last provisioned per user, to skip the scan by tag when it still exists. */
    private final Map<String, Hint> hints = new ConcurrentHashMap<>();
    private final Map<Video, Optional<EncoderConfigurationArn>> encoders = new ConcurrentHashMap<>();
    /** Finding or creating a shared encoder configuration, one at a time, so this instance makes one per video. */
    private final ReentrantLock encoderLock = new ReentrantLock();
    private final ExactlyOnceCreates creates;

    /** A user's resources as this instance last handed them out (goLive or prepare), and when. */
    private record Hint(Optional<StageArn> stage, Optional<ChannelArn> channel, Instant handedOut) {
    }

    private IvsLive(Builder b, IvsRealTime realTime, IvsLowLatency lowLatency, boolean ownsClients,
                    Function<LiveChat.UserLocking, Optional<LiveChat>> chat) {
        this.realTime = realTime;
        this.lowLatency = lowLatency;
        this.ownsClients = ownsClients;
        this.clock = b.clock;
        this.namespace = b.namespace;
        this.participantSigner = Optional.ofNullable(b.participantKey)
                .map(key -> ParticipantTokenSigner.create(key, b.participantKeyArn, b.clock));
        this.playbackSigner = Optional.ofNullable(b.playbackKey).map(key -> PlaybackTokenSigner.create(key, b.clock));
        this.hostTokenLifetime = b.hostTokenLifetime;
        this.viewerTokenLifetime = b.viewerTokenLifetime;
        this.playbackTokenValidity = b.playbackTokenValidity;
        this.invites = b.invites;
        this.hostTokens = new HostTokenSource(this, b.clock, b.hostTokenRefreshAhead);
        this.chat = chat.apply(this::locked);
        this.creates = new ExactlyOnceCreates(realTime, lowLatency);
    }

    /**
     * A builder; give it {@link Builder#connection(IvsConnection)} or {@link Builder#clients(IvsRealTime,
     * IvsLowLatency)}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- going live ---------------------------------------------------------------------------------------------

    /**
     * Provisions the user's resources for a mode with {@link GoLiveOptions#DEFAULTS}; see
     * {@link #provision(String, StreamingMode, GoLiveOptions)}.
     *
     * @param userId the user
     * @param mode the mode
     * @return the broadcast, without a composition
     */
    public Broadcast provision(String userId, StreamingMode mode) {
        return provision(userId, mode, GoLiveOptions.DEFAULTS);
    }

    /**
     * Makes sure the user has what the mode needs, creating what is missing and reusing what exists (found by tag):
     * a stage, a channel and its stream key, and with chat on ({@link Builder#chatRooms()}) a chat room. Starts
     * nothing: for {@code HYBRID}, {@link #goLive} starts the composition. This is what signing a user up does.
     *
     * @param userId the user: 1 to 128 letters, digits and {@code _ . : / = + - @}
     * @param mode the mode
     * @param options private playback, channel type, video and layout
     * @return the broadcast, without a composition
     * @throws IvsValidationException before any call, if an input or option is out of bounds for the mode
     * @throws io.ivsjava.core.IvsQuotaExceededException if the account has its maximum of stages or channels; what
     *     this call had created is deleted again
     */
    public Broadcast provision(String userId, StreamingMode mode, GoLiveOptions options) {
        checkGoLive(userId, mode, options);
        return locked(userId, () -> setUp(userId, mode, options, false));
    }

    /**
     * Takes the user live in a mode with {@link GoLiveOptions#DEFAULTS}; see
     * {@link #goLive(String, StreamingMode, GoLiveOptions)}.
     *
     * @param userId the user
     * @param mode the mode
     * @return the broadcast
     */
    public Broadcast goLive(String userId, StreamingMode mode) {
        return goLive(userId, mode, GoLiveOptions.DEFAULTS);
    }

    /**
     * Takes the user live: provisions as {@link #provision(String, StreamingMode, GoLiveOptions)} does, and in
     * {@code HYBRID} starts composing the stage into the channel unless a composition already does. Compositions of
     * the user that the mode does not use (after switching from {@code HYBRID}) are stopped. Idempotent: going live
     * again reuses everything that still exists.
     *
     * <p>IVS stops a composition by itself a minute after its stage empties, or a minute after it started if nobody
     * joined; going live again starts a new one. Go live when the hosts are about to join (or again when one
     * publishes).
     *
     * @param userId the user: 1 to 128 letters, digits and {@code _ . : / = + - @}
     * @param mode the mode
     * @param options private playback, channel type, video and layout
     * @return the broadcast, with its composition in {@code HYBRID}
     * @throws IvsValidationException before any call, if an input or option is out of bounds for the mode
     * @throws io.ivsjava.core.IvsQuotaExceededException if the account has its maximum of stages, channels or
     *     compositions; what this call had created is deleted again
     * @throws io.ivsjava.core.IvsConflictException in {@code HYBRID}, if an encoder is broadcasting to the channel
     */
    public Broadcast goLive(String userId, StreamingMode mode, GoLiveOptions options) {
        checkGoLive(userId, mode, options);
        return locked(userId, () -> setUp(userId, mode, options, true));
    }

    private void checkGoLive(String userId, StreamingMode mode, GoLiveOptions options) {
        UserIds.check("userId", userId);
        Check.notNull("mode", mode);
        Check.notNull("options", options);
        if (!mode.usesChannel()) {
            if (options.privatePlayback()) {
                throw IvsValidationException.invalid("options.privatePlayback", "is true, but REAL_TIME has no "
                        + "channel to make private (every participant needs a token anyway)");
            }
            if (options.channelType().isPresent()) {
                throw IvsValidationException.invalid("options.channelType", "is set, but REAL_TIME uses no channel");
            }
        }
        if (!mode.usesComposition() && options.layout().isPresent()) {
            throw IvsValidationException.invalid("options.layout", "is set, but only HYBRID composes; " + mode
                    + " has no composition to lay out");
        }
        options.video().ifPresent(v -> VideoLimits.forMode("options.video", v, mode));
        if (options.privatePlayback() && playbackSigner.isEmpty()) {
            throw IvsValidationException.invalid("options.privatePlayback", "is true, but this IvsLive has no "
                    + "playback token key to sign viewers' tokens with; set IvsLive.Builder.playbackTokenKey");
        }
    }

    private Broadcast setUp(String userId, StreamingMode mode, GoLiveOptions options, boolean live) {
        List<Runnable> undo = new ArrayList<>();
        try {
            Optional<Channel> channel = Optional.empty();
            Optional<StreamKey> streamKey = Optional.empty();
            if (mode.usesChannel()) {
                Optional<Channel> found = findChannel(userId);
                channel = Optional.of(found.isPresent() ? reconcile(found.get(), options)
                        : createChannel(userId, options, undo));
                if (mode == StreamingMode.LOW_LATENCY) {
                    streamKey = Optional.of(streamKeyOf(channel.get(), userId));
                }
            }
            Optional<Stage> stage = Optional.empty();
            if (mode.usesStage()) {
                Optional<Stage> found = findStage(userId);
                stage = Optional.of(found.isPresent() ? found.get() : createStage(userId, undo));
            }
            // the chat room last: a janitor elsewhere never takes it for an orphan while the rest is being made
            Optional<RoomArn> room = chat.isPresent() ? Optional.of(chat.get().ensureRoom(userId, undo))
                    : Optional.empty();
            hints.put(userId, new Hint(stage.map(Stage::arn), channel.map(Channel::arn), clock.instant()));

            Optional<CompositionArn> composition = Optional.empty();
            if (live) {
                if (mode.usesComposition()) {
                    composition = Optional.of(ensureComposition(userId, stage.orElseThrow(), channel.orElseThrow(),
                            options, undo));
                } else if (mode == StreamingMode.REAL_TIME) {
                    stopCompositions(stage.orElseThrow().arn(), Optional.empty());
                } else {
                    stopCompositionsInto(userId, channel.orElseThrow().arn());
                }
            }
            Optional<Channel> ch = channel;
            Optional<StreamKey> key = streamKey;
            return new Broadcast(userId, mode,
                    stage.map(s -> new BroadcastStage(s.arn(), s.endpoints())),
                    ch.map(c -> new BroadcastChannel(c.arn(), c.playbackUrl(), c.authorized())),
                    key.map(k -> new Admission.Rtmps(ch.orElseThrow().ingest().rtmpsUrl(), k)),
                    composition, room);
        } catch (RuntimeException e) {
            if (!undo.isEmpty()) {
                hints.remove(userId);
                LOG.warn("Provisioning for user {} failed ({}); removing the {} resources this call created", userId,
                        e.getMessage(), undo.size());
                for (int i = undo.size() - 1; i >= 0; i--) {
                    try {
                        undo.get(i).run();
                    } catch (RuntimeException cleanup) {
                        e.addSuppressed(cleanup);
                    }
                }
            }
            throw e;
        }
    }

    /**
     * Creates the user's stage exactly once ({@link ExactlyOnceCreates}) and registers its deletion should the
     * provisioning fail later; when the create's outcome stays unknown, the deletion looks for it by its token.
     */
    private Stage createStage(String userId, List<Runnable> undo) {
        String token = ExactlyOnceCreates.newToken();
        StageArn arn;
        try {
            arn = creates.stage(UserIds.resourceName(namespace, userId),
                    Tags.forUser(namespace, userId, clock.instant()), token);
        } catch (IvsException e) {
            if (e.isRetryable()) {
                undo.add(() -> creates.findStage(token).ifPresent(this::deleteStage));
            }
            throw e;
        }
        LOG.info("Created stage {} for user {}", arn, userId);
        undo.add(() -> deleteStage(arn));
        return realTime.getStage(arn);
    }

    /** Creates the user's channel exactly once, as {@link #createStage} does the stage. */
    private Channel createChannel(String userId, GoLiveOptions options, List<Runnable> undo) {
        String token = ExactlyOnceCreates.newToken();
        ChannelSpec spec = ChannelSpec.builder()
                .name(UserIds.resourceName(namespace, userId))
                .type(options.effectiveChannelType())
                .authorized(options.privatePlayback())
                .tags(Tags.forUser(namespace, userId, clock.instant()))
                .build();
        ChannelArn arn;
        try {
            arn = creates.channel(spec, token);
        } catch (IvsException e) {
            if (e.isRetryable()) {
                undo.add(() -> creates.findChannel(spec.name(), token).ifPresent(this::deleteChannel));
            }
            throw e;
        }
        LOG.info("Created channel {} for user {}", arn, userId);
        undo.add(() -> deleteChannel(arn));
        return lowLatency.getChannel(arn);
    }

    private void deleteChannel(ChannelArn arn) {
        lowLatency.deleteChannel(arn, DeleteOption.STOP_STREAM_FIRST, DeleteOption.IF_EXISTS);
    }

    /** An existing channel, updated where the options ask for another playback mode or type. */
    private Channel reconcile(Channel channel, GoLiveOptions options) {
        boolean authorized = channel.authorized() != options.privatePlayback();
        boolean type = options.channelType().filter(t -> t != channel.type()).isPresent();
        if (!authorized && !type) {
            return channel;
        }
        ChannelUpdate.Builder update = ChannelUpdate.builder();
        if (authorized) {
            update.authorized(options.privatePlayback());
        }
        if (type) {
            update.type(options.channelType().orElseThrow());
        }
        LOG.info("Updating channel {}: private {}, type {}", channel.arn(), options.privatePlayback(),
                options.channelType().orElse(channel.type()));
        return lowLatency.updateChannel(channel.arn(), update.build());
    }

    private StreamKey streamKeyOf(Channel channel, String userId) {
        Optional<StreamKeySummary> summary = lowLatency.listStreamKeys(channel.arn()).findFirst();
        if (summary.isPresent()) {
            return lowLatency.getStreamKey(summary.get().arn());
        }
        LOG.info("Channel {} has no stream key; creating one", channel.arn());
        return lowLatency.getStreamKey(creates.streamKey(channel.arn(), Tags.forUser(namespace, userId,
                clock.instant()), ExactlyOnceCreates.newToken()));
    }

    private CompositionArn ensureComposition(String userId, Stage stage, Channel channel, GoLiveOptions options,
                                             List<Runnable> undo) {
        Optional<CompositionArn> running = stopCompositions(stage.arn(), Optional.of(channel.arn()));
        if (running.isPresent()) {
            return running.get();
        }
        ChannelType type = channel.type();
        Video video = options.video().orElse(type == ChannelType.BASIC ? GoLiveOptions.DEFAULT_BASIC_VIDEO
                : GoLiveOptions.DEFAULT_HYBRID_VIDEO);
        VideoLimits.check("options.video", video, type);
        // One token for this start and all its retries: the SDK's own retries resend it, and IVS starts one
        // composition per token. It is also a tag, to find the composition should the last answer be lost.
        String token = ExactlyOnceCreates.newToken();
        CompositionArn arn;
        try {
            arn = start(userId, stage, channel, options, video, token);
        } catch (IvsException e) {
            if (!e.isRetryable()) {
                throw e;
            }
            Optional<CompositionArn> started;
            try {
                started = creates.findComposition(stage.arn(), token, c -> running(c.state()));
            } catch (IvsException lookupFailed) {
                e.addSuppressed(lookupFailed);
                undo.add(() -> creates.findComposition(stage.arn(), token, c -> running(c.state()))
                        .ifPresent(this::stopComposition));
                throw e;
            }
            arn = started.orElseThrow(() -> e);
            LOG.info("StartComposition failed ({}), but had started composition {}", e.getMessage(), arn);
        }
        LOG.info("Started composition {} of stage {} into channel {}", arn, stage.arn(), channel.arn());
        CompositionArn started = arn;
        undo.add(() -> stopComposition(started));
        return arn;
    }

    private CompositionArn start(String userId, Stage stage, Channel channel, GoLiveOptions options, Video video,
                                 String token) {
        try {
            return realTime.startComposition(compositionSpec(userId, stage, channel, options, encoderFor(video),
                    token)).arn();
        } catch (IvsNotFoundException e) {
            if (encoders.remove(video) == null) {
                throw e;
            }
            // the shared encoder configuration this instance remembered was deleted: find or create it again
            return realTime.startComposition(compositionSpec(userId, stage, channel, options, encoderFor(video),
                    token)).arn();
        }
    }

    private CompositionSpec compositionSpec(String userId, Stage stage, Channel channel, GoLiveOptions options,
                                            Optional<EncoderConfigurationArn> encoder, String token) {
        CompositionSpec.Builder spec = CompositionSpec.builder(stage.arn())
                .layout(options.layout().orElse(Layout.grid()))
                .destination(encoder.map(e -> CompositionDestination.channel(channel.arn(), e))
                        .orElseGet(() -> CompositionDestination.channel(channel.arn())))
                .idempotencyToken(token);
        ExactlyOnceCreates.withToken(Tags.forUser(namespace, userId, clock.instant()), token).forEach(spec::tag);
        return spec.build();
    }

    /**
     * Stops the running compositions of a stage, except (when given) the first one sending to the channel, which is
     * returned. Compositions another application started on the stage are left alone.
     */
    private Optional<CompositionArn> stopCompositions(StageArn stage, Optional<ChannelArn> keepInto) {
        Optional<CompositionArn> kept = Optional.empty();
        for (CompositionSummary summary : realTime.listCompositions(stage).collect(Collectors.toList())) {
            if (!running(summary.state())) {
                continue;
            }
            Composition composition;
            try {
                composition = realTime.getComposition(summary.arn());
            } catch (IvsNotFoundException gone) {
                continue;
            }
            boolean intoChannel = keepInto.isPresent() && sendsTo(composition, keepInto.get());
            if (intoChannel && kept.isEmpty()) {
                kept = Optional.of(composition.arn());
            } else if (Tags.ours(composition.tags(), namespace) || intoChannel) {
                stopComposition(composition.arn());
            }
        }
        return kept;
    }

    /** In LOW_LATENCY: a channel kept live by a composition of the user's stage cannot take an encoder. */
    private void stopCompositionsInto(String userId, ChannelArn channel) {
        if (lowLatency.getStream(channel).isEmpty()) {
            return;
        }
        for (StageArn stage : taggedStages(userId)) {
            for (CompositionSummary summary : realTime.listCompositions(stage).collect(Collectors.toList())) {
                if (running(summary.state())) {
                    try {
                        if (sendsTo(realTime.getComposition(summary.arn()), channel)) {
                            stopComposition(summary.arn());
                        }
                    } catch (IvsNotFoundException gone) {
                        // stopped and deleted meanwhile
                    }
                }
            }
        }
    }

    private static boolean sendsTo(Composition composition, ChannelArn channel) {
        return composition.destinations().stream()
                .map(Composition.Destination::configuration)
                .flatMap(Optional::stream)
                .anyMatch(c -> c instanceof CompositionDestination.Channel ch && ch.channel().equals(channel));
    }

    private static boolean running(Composition.State state) {
        return state == Composition.State.STARTING || state == Composition.State.ACTIVE;
    }

    private boolean stopComposition(CompositionArn arn) {
        try {
            realTime.stopComposition(arn);
            LOG.info("Stopped composition {}", arn);
            return true;
        } catch (IvsNotFoundException gone) {
            return false;
        }
    }

    /** The shared encoder configuration for a video; none for IVS's default video. */
    private Optional<EncoderConfigurationArn> encoderFor(Video video) {
        if (video.equals(Video.DEFAULT)) {
            return Optional.empty();
        }
        Optional<EncoderConfigurationArn> known = encoders.get(video);
        if (known != null) {
            return known;
        }
        encoderLock.lock();
        try {
            known = encoders.get(video);
            if (known != null) {
                return known;
            }
            String name = encoderName(video);
            Optional<EncoderConfigurationArn> found = realTime.listEncoderConfigurations()
                    .filter(e -> e.name().equals(name) && Tags.ours(e.tags(), namespace))
                    .map(EncoderConfigurationSummary::arn)
                    .min(Comparator.comparing(EncoderConfigurationArn::value));
            EncoderConfigurationArn arn = found.orElseGet(() -> {
                EncoderConfigurationArn created = creates.encoderConfiguration(name, video, Tags.shared(namespace),
                        ExactlyOnceCreates.newToken());
                LOG.info("Created encoder configuration {} ({})", created, name);
                return created;
            });
            encoders.put(video, Optional.of(arn));
            return Optional.of(arn);
        } finally {
            encoderLock.unlock();
        }
    }

    private static String encoderName(Video video) {
        String fps = video.framerate() == Math.rint(video.framerate()) ? Long.toString((long) video.framerate())
                : Double.toString(video.framerate()).replace('.', '_');
        return "ivs-live-" + video.width() + "x" + video.height() + "-" + fps + "fps-" + video.bitrate() + "bps";
    }

    // ---- finding a user's resources by tag ----------------------------------------------------------------------

    private Optional<Stage> findStage(String userId) {
        return find(userId, "stages", Hint::stage, realTime::getStage, Stage::tags, () -> taggedStages(userId));
    }

    private Optional<Channel> findChannel(String userId) {
        return find(userId, "channels", Hint::channel, lowLatency::getChannel, Channel::tags,
                () -> taggedChannels(userId));
    }

    /**
     * A user's resource: the one this instance last provisioned, if it still exists and is still theirs, else the
     * first of those tagged for them that still exists.
     */
    private <A, R> Optional<R> find(String userId, String noun, Function<Hint, Optional<A>> hint, Function<A, R> get,
                                    Function<R, Map<String, String>> tags, Supplier<List<A>> tagged) {
        Optional<A> hinted = Optional.ofNullable(hints.get(userId)).flatMap(hint);
        if (hinted.isPresent()) {
            try {
                R resource = get.apply(hinted.get());
                if (Tags.ofUser(tags.apply(resource), namespace, userId)) {
                    return Optional.of(resource);
                }
            } catch (IvsNotFoundException gone) {
                // deleted elsewhere: scan
            }
        }
        List<A> all = tagged.get();
        if (all.size() > 1) {
            LOG.warn("User {} has {} {} tagged for them; using {}", userId, all.size(), noun, all.get(0));
        }
        for (A arn : all) {
            try {
                return Optional.of(get.apply(arn));
            } catch (IvsNotFoundException gone) {
                // deleted since the list: try the next
            }
        }
        return Optional.empty();
    }

    private List<StageArn> taggedStages(String userId) {
        return realTime.listStages()
                .filter(s -> Tags.ofUser(s.tags(), namespace, userId))
                .map(StageSummary::arn)
                .sorted(Comparator.comparing(StageArn::value))
                .collect(Collectors.toList());
    }

    private List<ChannelArn> taggedChannels(String userId) {
        return lowLatency.listChannels()
                .filter(c -> Tags.ofUser(c.tags(), namespace, userId))
                .map(ChannelSummary::arn)
                .sorted(Comparator.comparing(ChannelArn::value))
                .collect(Collectors.toList());
    }

    // ---- admission ----------------------------------------------------------------------------------------------

    /**
     * Admits a host: in {@code REAL_TIME} and {@code HYBRID} a {@link Admission.WebRtc} with a PUBLISH and SUBSCRIBE
     * token, kept and reused until it nears its expiry ({@link #hostTokens()}); in {@code LOW_LATENCY} the owner's
     * {@link Admission.Rtmps} ingest.
     *
     * @param broadcast the broadcast
     * @param userId its owner, or a co-host with a stored invitation ({@link #invite(Broadcast, String)})
     * @return what the host's client needs
     * @throws IvsValidationException before any call, if the user is neither the owner nor invited, or is a
     *     co-host of a {@code LOW_LATENCY} broadcast
     */
    public Admission admitHost(Broadcast broadcast, String userId) {
        Check.notNull("broadcast", broadcast);
        UserIds.check("userId", userId);
        if (broadcast.mode() == StreamingMode.LOW_LATENCY) {
            if (!userId.equals(broadcast.userId())) {
                throw singleBroadcaster("userId");
            }
            return broadcast.ingest().orElseThrow();
        }
        return hostTokens.token(broadcast, userId);
    }

    /**
     * Admits an anonymous viewer; see {@link #admitViewer(Broadcast, String)}.
     *
     * @param broadcast the broadcast
     * @return what the viewer's client needs
     */
    public Admission admitViewer(Broadcast broadcast) {
        return admitViewer(broadcast, Optional.empty());
    }

    /**
     * Admits a viewer: in {@code REAL_TIME} a {@link Admission.WebRtc} with a SUBSCRIBE-only token; in
     * {@code LOW_LATENCY} and {@code HYBRID} an {@link Admission.Hls} playback URL, with a playback token naming the
     * viewer when the channel is private. With the instance's token keys this makes no call to IVS.
     *
     * @param broadcast the broadcast
     * @param viewerId the application's id for the viewer: at most 128 characters over WebRTC, 40 in a playback
     *     token; shown to every participant of a stage, so no personal data
     * @return what the viewer's client needs
     * @throws IvsValidationException before any call, if the id is too long for the delivery, or the channel is
     *     private and the instance has no playback token key
     */
    public Admission admitViewer(Broadcast broadcast, String viewerId) {
        Check.notNull("viewerId", viewerId);
        return admitViewer(broadcast, Optional.of(viewerId));
    }

    private Admission admitViewer(Broadcast broadcast, Optional<String> viewerId) {
        Check.notNull("broadcast", broadcast);
        if (broadcast.mode().viewerDelivery() == io.ivsjava.core.Delivery.WEBRTC) {
            viewerId.ifPresent(id -> Check.length("viewerId", id, 1, Role.MAX_USER_ID_LENGTH));
            BroadcastStage stage = broadcast.stage().orElseThrow();
            Role role = viewerId.map(Viewer::of).orElseGet(Viewer::anonymous);
            return new Admission.WebRtc(mint(stage, role, viewerTokenLifetime), stage.endpoints());
        }
        BroadcastChannel channel = broadcast.channel().orElseThrow();
        if (!channel.privatePlayback()) {
            return new Admission.Hls(channel.playbackUrl(), Optional.empty());
        }
        PlaybackTokenSigner signer = playbackSigner.orElseThrow(() -> IvsValidationException.invalid(
                "broadcast.channel.privatePlayback", "is true, but this IvsLive has no playback token key to sign "
                        + "the viewer's token with; set IvsLive.Builder.playbackTokenKey"));
        viewerId.ifPresent(id -> {
            int length = id.codePointCount(0, id.length());
            if (length < 1 || length > PlaybackTokenSpec.MAX_VIEWER_ID_LENGTH) {
                throw IvsValidationException.invalid("viewerId", "is " + length + " characters long; a playback "
                        + "token names its viewer in 1.." + PlaybackTokenSpec.MAX_VIEWER_ID_LENGTH + " characters");
            }
        });
        PlaybackTokenSpec.Builder spec = PlaybackTokenSpec.builder(channel.arn()).validFor(playbackTokenValidity);
        viewerId.ifPresent(spec::viewerId);
        PlaybackToken token = signer.sign(spec.build());
        return new Admission.Hls(channel.playbackUrl(), Optional.of(token));
    }

    /**
     * The source of hosts' tokens that {@link #admitHost(Broadcast, String)} uses.
     *
     * @return the source, one per instance
     */
    public HostTokenSource hostTokens() {
        return hostTokens;
    }

    /** The stage a host may be admitted to; refuses anyone but the owner and invited co-hosts. */
    BroadcastStage checkHost(Broadcast broadcast, String userId) {
        if (broadcast.mode() == StreamingMode.LOW_LATENCY) {
            throw IvsValidationException.invalid("broadcast.mode", "is LOW_LATENCY: its one broadcaster sends with "
                    + "an encoder and joins no stage; use admitHost for its ingest");
        }
        if (!userId.equals(broadcast.userId()) && invites.find(broadcast.userId(), userId).isEmpty()) {
            throw IvsValidationException.invalid("userId", "\"" + userId + "\" is neither the owner of "
                    + broadcast.userId() + "'s broadcast nor an invited co-host; invite them first");
        }
        return broadcast.stage().orElseThrow();
    }

    Admission.WebRtc mintHostToken(BroadcastStage stage, String userId) {
        return new Admission.WebRtc(mint(stage, Host.of(userId), hostTokenLifetime), stage.endpoints());
    }

    private ParticipantToken mint(BroadcastStage stage, Role role, Duration lifetime) {
        return participantSigner.map(s -> s.sign(stage.arn(), stage.endpoints(), role, lifetime))
                .orElseGet(() -> realTime.createParticipantToken(stage.arn(), role, lifetime));
    }

    // ---- who is on ----------------------------------------------------------------------------------------------

    /**
     * Invites a co-host: stores an {@link Invite} so that {@link #admitHost(Broadcast, String)} admits them.
     * Inviting someone already invited returns the stored invitation. Makes no call to IVS.
     *
     * @param broadcast a {@code REAL_TIME} or {@code HYBRID} broadcast
     * @param coHostUserId the user to invite
     * @return the invitation
     * @throws IvsValidationException if the broadcast is {@code LOW_LATENCY}, the user is its owner, or
     *     {@value #MAX_CO_HOSTS} co-hosts are invited already
     */
    public Invite invite(Broadcast broadcast, String coHostUserId) {
        Check.notNull("broadcast", broadcast);
        UserIds.check("coHostUserId", coHostUserId);
        if (broadcast.mode() == StreamingMode.LOW_LATENCY) {
            throw singleBroadcaster("broadcast.mode");
        }
        if (coHostUserId.equals(broadcast.userId())) {
            throw IvsValidationException.invalid("coHostUserId", "\"" + coHostUserId + "\" owns the broadcast and "
                    + "is its host already");
        }
        return locked(broadcast.userId(), () -> {
            Optional<Invite> existing = invites.find(broadcast.userId(), coHostUserId);
            if (existing.isPresent()) {
                return existing.get();
            }
            int invited = invites.list(broadcast.userId()).size();
            if (invited >= MAX_CO_HOSTS) {
                throw IvsValidationException.invalid("coHostUserId", invited + " co-hosts are invited already; a "
                        + "stage holds " + MAX_PUBLISHERS + " publishers, the host and at most " + MAX_CO_HOSTS
                        + " co-hosts; remove one first");
            }
            Invite invite = new Invite(broadcast.userId(), coHostUserId, clock.instant());
            invites.save(invite);
            return invite;
        });
    }

    /**
     * Promotes a viewer to co-host: invites them and admits them as a host (a new PUBLISH and SUBSCRIBE token).
     *
     * @param broadcast a {@code REAL_TIME} or {@code HYBRID} broadcast
     * @param viewerUserId the viewer's user id
     * @return the new co-host's admission to the stage
     * @throws IvsValidationException before any call, as {@link #invite(Broadcast, String)} does
     */
    public Admission.WebRtc promote(Broadcast broadcast, String viewerUserId) {
        invite(broadcast, viewerUserId);
        return hostTokens.token(broadcast, viewerUserId);
    }

    /**
     * Promotes a viewer on the stage to co-host, keeping them on the stage where IVS allows it.
     *
     * <p>With a participant token key ({@link Builder#participantTokenKey}) and the viewer's participant connected,
     * the viewer's token is <em>exchanged</em>: the returned token is for the same participant
     * ({@link Admission.WebRtc#participantId()} equals {@code viewerParticipantId}), with PUBLISH and SUBSCRIBE and
     * the host token lifetime, and the client hands it to the IVS broadcast SDK's {@code exchangeToken} to publish
     * without reconnecting (IVS exchanges only self-signed tokens). It becomes the co-host's kept token
     * ({@link #hostTokens()}). No call to IVS but the look-up of the viewer's participants.
     *
     * <p>Without a key, or when that participant is no longer connected, the co-host gets a new host token (a new
     * participant, which the client joins with) and the viewer's participant is disconnected, for clients that do
     * not leave by themselves; the host token is minted first, so if that fails the viewer stays connected.
     *
     * <p>Only a participant of the viewer (its user id is {@code viewerUserId}) connected to the stage is exchanged
     * or disconnected; any other id is ignored.
     *
     * @param broadcast a {@code REAL_TIME} or {@code HYBRID} broadcast
     * @param viewerUserId the viewer's user id
     * @param viewerParticipantId the viewer's participant on the stage ({@link Admission.WebRtc#participantId()})
     * @return the new co-host's admission to the stage: the exchanged token, or a new one
     * @throws IvsValidationException before any call, as {@link #invite(Broadcast, String)} does, or if the
     *     participant id is not one
     */
    public Admission.WebRtc promote(Broadcast broadcast, String viewerUserId, String viewerParticipantId) {
        Check.notNull("broadcast", broadcast);
        Check.matches("viewerParticipantId", viewerParticipantId, PARTICIPANT_ID,
                "1..64 letters, digits, '-' and '_'");
        invite(broadcast, viewerUserId);
        BroadcastStage stage = broadcast.stage().orElseThrow();
        boolean connected = connected(stage.arn(), ParticipantFilter.byUserId(viewerUserId)).stream()
                .anyMatch(p -> p.id().equals(viewerParticipantId));
        if (connected && participantSigner.isPresent()) {
            Admission.WebRtc exchanged = new Admission.WebRtc(participantSigner.get().exchange(stage.arn(),
                    stage.endpoints(), viewerParticipantId, Host.of(viewerUserId), hostTokenLifetime),
                    stage.endpoints());
            hostTokens.keep(stage.arn(), viewerUserId, exchanged);
            LOG.info("Promoted {} to co-host of {}'s broadcast by token exchange (participant {})", viewerUserId,
                    broadcast.userId(), viewerParticipantId);
            return exchanged;
        }
        Admission.WebRtc admission = hostTokens.token(broadcast, viewerUserId);
        if (connected) {
            disconnect(stage.arn(), viewerParticipantId, "promoted to co-host");
        }
        return admission;
    }

    /**
     * Removes a co-host: revokes their invitation, forgets their kept token and disconnects each of their
     * participants connected to the stage now, saying why. Idempotent.
     *
     * @param broadcast a {@code REAL_TIME} or {@code HYBRID} broadcast
     * @param userId the co-host
     * @param reason why, shown to the client: at most 128 characters; may be empty
     * @return how many participants were disconnected
     * @throws IvsValidationException before any call, if the user is the owner (end the broadcast instead) or the
     *     reason is too long
     */
    public int removeHost(Broadcast broadcast, String userId, String reason) {
        Check.notNull("broadcast", broadcast);
        UserIds.check("userId", userId);
        Check.length("reason", reason, 0, 128);
        if (broadcast.mode() == StreamingMode.LOW_LATENCY) {
            throw singleBroadcaster("broadcast.mode");
        }
        if (userId.equals(broadcast.userId())) {
            throw IvsValidationException.invalid("userId", "\"" + userId + "\" owns the broadcast; end it instead "
                    + "of removing its host");
        }
        invites.revoke(broadcast.userId(), userId);
        hostTokens.forget(broadcast, userId);
        StageArn stage = broadcast.stage().orElseThrow().arn();
        int disconnected = 0;
        for (ParticipantSummary p : connected(stage, ParticipantFilter.byUserId(userId))) {
            if (disconnect(stage, p.id(), reason)) {
                disconnected++;
            }
        }
        LOG.info("Removed co-host {} from {}'s broadcast; {} participants disconnected", userId, broadcast.userId(),
                disconnected);
        return disconnected;
    }

    private List<ParticipantSummary> connected(StageArn stage, ParticipantFilter filter) {
        Optional<String> session;
        try {
            session = realTime.getStage(stage).activeSessionId();
        } catch (IvsNotFoundException gone) {
            return List.of();
        }
        if (session.isEmpty()) {
            return List.of();
        }
        try {
            return realTime.listParticipants(stage, session.get(), filter)
                    .filter(p -> p.state() == ParticipantState.CONNECTED)
                    .collect(Collectors.toList());
        } catch (IvsNotFoundException gone) {
            return List.of();
        }
    }

    private boolean disconnect(StageArn stage, String participantId, String reason) {
        try {
            realTime.disconnectParticipant(stage, participantId, reason);
            return true;
        } catch (IvsNotFoundException gone) {
            return false;
        }
    }

    private static IvsValidationException singleBroadcaster(String field) {
        return IvsValidationException.invalid(field, "a LOW_LATENCY broadcast has one broadcaster and no co-hosts; "
                + "go live in REAL_TIME or HYBRID for co-hosts");
    }

    // ---- ending and cleaning up ---------------------------------------------------------------------------------

    /**
     * Ends a broadcast: stops its compositions and its channel's stream, disconnects everyone on its stage,
     * revokes its co-host invitations and forgets its hosts' tokens. Resources stay, for the next
     * {@link #goLive}. Idempotent: ending an ended broadcast, or one whose resources are gone, does nothing.
     *
     * <p>An encoder set to reconnect (OBS, in {@code LOW_LATENCY}) goes live again after its stream is stopped;
     * tear the resources down to keep it off.
     *
     * @param broadcast the broadcast
     * @return the broadcast, without a composition
     */
    public Broadcast end(Broadcast broadcast) {
        Check.notNull("broadcast", broadcast);
        return locked(broadcast.userId(), () -> {
            broadcast.stage().ifPresent(stage -> stopRunning(stage.arn()));
            broadcast.channel().ifPresent(channel -> stopStream(channel.arn()));
            broadcast.stage().ifPresent(stage -> {
                for (ParticipantSummary p : connected(stage.arn(), ParticipantFilter.ALL)) {
                    disconnect(stage.arn(), p.id(), "the broadcast ended");
                }
            });
            invites.revokeAll(broadcast.userId());
            hostTokens.forget(broadcast);
            LOG.info("Ended {}'s {} broadcast", broadcast.userId(), broadcast.mode());
            return broadcast.withComposition(Optional.empty());
        });
    }

    private void stopStream(ChannelArn channel) {
        try {
            lowLatency.stopStream(channel);
            LOG.info("Stopped the stream of channel {}", channel);
        } catch (IvsChannelNotBroadcastingException | IvsNotFoundException offline) {
            // nothing to stop
        }
    }

    /**
     * Deletes every resource of a user, found by tag: stops their compositions, deletes their channels (stopping a
     * live stream first, as IVS requires), stages and chat rooms, revokes the invitations to their broadcast, lifts
     * the bans from their chat and forgets their hosts' tokens. Idempotent: a repeat finds nothing and reports
     * nothing. Encoder configurations, shared by every user, stay.
     *
     * @param userId the user
     * @return what was removed
     */
    public CleanupReport teardown(String userId) {
        UserIds.check("userId", userId);
        return locked(userId, () -> tearDown(userId, List.of(), List.of(), Optional.empty(), Optional.empty()));
    }

    /**
     * Deletes every resource of a broadcast's owner: those its stored ARNs name, and those found by tag, as
     * {@link #teardown(String)} does.
     *
     * @param broadcast the broadcast, as stored
     * @return what was removed
     */
    public CleanupReport teardown(Broadcast broadcast) {
        Check.notNull("broadcast", broadcast);
        return locked(broadcast.userId(), () -> tearDown(broadcast.userId(),
                broadcast.stage().map(s -> List.of(s.arn())).orElse(List.of()),
                broadcast.channel().map(c -> List.of(c.arn())).orElse(List.of()), broadcast.composition(),
                broadcast.chatRoom()));
    }

    private CleanupReport tearDown(String userId, List<StageArn> storedStages, List<ChannelArn> storedChannels,
                                   Optional<CompositionArn> storedComposition, Optional<RoomArn> storedRoom) {
        Set<StageArn> stages = new LinkedHashSet<>(storedStages);
        stages.addAll(taggedStages(userId));
        Set<ChannelArn> channels = new LinkedHashSet<>(storedChannels);
        channels.addAll(taggedChannels(userId));

        List<CompositionArn> stopped = new ArrayList<>();
        storedComposition.filter(this::stopIfRunning).ifPresent(stopped::add);
        for (StageArn stage : stages) {
            stopped.addAll(stopRunning(stage));
        }
        List<ChannelArn> deletedChannels = new ArrayList<>();
        for (ChannelArn channel : channels) {
            if (lowLatency.deleteChannel(channel, DeleteOption.STOP_STREAM_FIRST, DeleteOption.IF_EXISTS)) {
                LOG.info("Deleted channel {} of user {}", channel, userId);
                deletedChannels.add(channel);
            }
        }
        List<StageArn> deletedStages = new ArrayList<>();
        for (StageArn stage : stages) {
            if (deleteStage(stage)) {
                deletedStages.add(stage);
            }
            hostTokens.forget(stage);
        }
        List<RoomArn> deletedRooms = new ArrayList<>();
        if (chat.isPresent()) {
            deletedRooms.addAll(chat.get().tearDown(userId, storedRoom));
        } else if (storedRoom.isPresent()) {
            LOG.warn("{}'s broadcast names chat room {}, but this IvsLive has chat off and leaves it", userId,
                    storedRoom.get());
        }
        int revoked = invites.revokeAll(userId);
        hints.remove(userId);
        boolean removed = !stopped.isEmpty() || !deletedStages.isEmpty() || !deletedChannels.isEmpty() || revoked > 0
                || !deletedRooms.isEmpty();
        return new CleanupReport(removed ? Set.of(userId) : Set.of(), stopped, deletedStages, deletedChannels,
                revoked, deletedRooms);
    }

    private boolean stopIfRunning(CompositionArn arn) {
        try {
            return running(realTime.getComposition(arn).state()) && stopComposition(arn);
        } catch (IvsNotFoundException gone) {
            return false;
        }
    }

    /** Stops every running composition of a stage; returns those stopped. */
    List<CompositionArn> stopRunning(StageArn stage) {
        List<CompositionArn> stopped = new ArrayList<>();
        try {
            for (CompositionSummary c : realTime.listCompositions(stage).collect(Collectors.toList())) {
                if (running(c.state()) && stopComposition(c.arn())) {
                    stopped.add(c.arn());
                }
            }
        } catch (IvsNotFoundException gone) {
            // the stage is gone, and its compositions with it
        }
        return stopped;
    }

    /** Deletes a stage; false if it was gone already. */
    boolean deleteStage(StageArn stage) {
        try {
            realTime.deleteStage(stage);
            LOG.info("Deleted stage {}", stage);
            return true;
        } catch (IvsNotFoundException gone) {
            return false;
        }
    }

    /**
     * A janitor that deletes this instance's idle resources by the given policy, when its
     * {@link Janitor#sweep()} runs.
     *
     * @param policy how long a stage may be idle and a channel offline
     * @return the janitor
     */
    public Janitor janitor(CleanupPolicy policy) {
        return new Janitor(this, Check.notNull("policy", policy));
    }

    /**
     * Whether this instance handed out the user's resources (goLive or prepare) after an instant: their host may
     * not have joined or connected yet, so they are not idle, whatever IVS's sessions say.
     */
    boolean handedOutSince(String userId, Instant since) {
        Hint hint = hints.get(userId);
        return hint != null && hint.handedOut().isAfter(since);
    }

    /** A janitor's sweep removed a user's stage or channel: what this instance kept about it is stale. */
    void forgetRemoved(String userId, Optional<StageArn> stage) {
        hints.remove(userId);
        stage.ifPresent(hostTokens::forget);
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    /**
     * The chat of the broadcasts: chat tokens by role, bans, events.
     *
     * @return the chat, one per instance
     * @throws IvsValidationException if chat is off ({@link Builder#chatRooms()} was not called)
     */
    public LiveChat chat() {
        return chat.orElseThrow(() -> IvsValidationException.invalid("chatRooms", "is off: this IvsLive gives "
                + "broadcasts no chat room; turn it on with IvsLive.Builder.chatRooms()"));
    }

    /** The chat, if on: for the janitor. */
    Optional<LiveChat> chatIfOn() {
        return chat;
    }

    /**
     * The co-host invitations, as configured.
     *
     * @return the store
     */
    public InviteStore invites() {
        return invites;
    }

    /**
     * The real-time client underneath, for what this class does not do.
     *
     * @return the client
     */
    public IvsRealTime realTime() {
        return realTime;
    }

    /**
     * The low-latency client underneath, for what this class does not do.
     *
     * @return the client
     */
    public IvsLowLatency lowLatency() {
        return lowLatency;
    }

    /**
     * The namespace this instance tags its resources with and limits itself to.
     *
     * @return the namespace
     */
    public String namespace() {
        return namespace;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Runs an action under the user's lock: goLive, prepare, teardown, chat bans and the janitor's decisions about
     * the user's resources each hold it, so they never overlap for one user.
     */
    <T> T locked(String userId, Supplier<T> action) {
        UserLock held = locks.compute(userId, (k, l) -> (l == null ? new UserLock() : l).enter());
        held.lock.lock();
        try {
            return action.get();
        } finally {
            held.lock.unlock();
            locks.computeIfPresent(userId, (k, l) -> l.leave());
        }
    }

    /** A user's lock and how many calls hold or wait for it; changed only inside the map's compute. */
    private static final class UserLock {
        final ReentrantLock lock = new ReentrantLock();
        int calls;

        UserLock enter() {
            calls++;
            return this;
        }

        UserLock leave() {
            return --calls == 0 ? null : this;
        }
    }

    /** Closes the clients if this instance built them (the chat client too); otherwise does nothing. Idempotent. */
    @Override
    public void close() {
        try {
            if (ownsClients) {
                try {
                    realTime.close();
                } finally {
                    lowLatency.close();
                }
            }
        } finally {
            chat.ifPresent(LiveChat::close);
        }
    }

    /** {@return the namespace and which token keys are configured; never a key} */
    @Override
    public String toString() {
        return "IvsLive[namespace=" + namespace + ", participantTokens="
                + (participantSigner.isPresent() ? "signed locally" : "from the API") + ", playbackTokens="
                + (playbackSigner.isPresent() ? "signed locally" : "none") + ", chat="
                + (chat.isPresent() ? "rooms, " + chat.get().messagingEndpoint() : "off") + "]";
    }

    /**
     * Collects the clients, clock, token keys and policies of an {@link IvsLive}. Not thread-safe.
     */
    public static final class Builder {
        private IvsConnection connection;
        private IvsRealTime realTime;
        private IvsLowLatency lowLatency;
        private Clock clock = Clock.systemUTC();
        private String namespace = DEFAULT_NAMESPACE;
        private ECPrivateKey participantKey;
        private PublicKeyArn participantKeyArn;
        private ECPrivateKey playbackKey;
        private Duration hostTokenLifetime = ParticipantToken.DEFAULT_DURATION;
        private Duration hostTokenRefreshAhead = Duration.ofHours(1);
        private Duration viewerTokenLifetime = ParticipantToken.DEFAULT_DURATION;
        private Duration playbackTokenValidity = PlaybackTokenSpec.DEFAULT_VALIDITY;
        private InviteStore invites;
        private boolean chatRooms;
        private RoomSpec chatRoomTemplate;
        private IvsChat chatClient;
        private Duration chatSessionDuration = ChatToken.DEFAULT_SESSION_DURATION;
        private URI chatMessagingEndpoint;
        private ChatBanStore chatBans;

        private Builder() {
        }

        /**
         * Connects to IVS with clients of its own, closed with the {@link IvsLive}.
         *
         * @param connection the endpoint, region and credentials
         * @return this builder
         */
        public Builder connection(IvsConnection connection) {
            this.connection = Check.notNull("connection", connection);
            return this;
        }

        /**
         * Uses clients the caller built and closes; give them the same clock as this builder.
         *
         * @param realTime the real-time client
         * @param lowLatency the low-latency client
         * @return this builder
         */
        public Builder clients(IvsRealTime realTime, IvsLowLatency lowLatency) {
            this.realTime = Check.notNull("realTime", realTime);
            this.lowLatency = Check.notNull("lowLatency", lowLatency);
            return this;
        }

        /**
         * The clock that token expiries, refreshes, creation tags and the janitor go by; default the system clock
         * in UTC.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Check.notNull("clock", clock);
            return this;
        }

        /**
         * The namespace written into every resource's tags: lookups, teardowns and the janitor touch only resources
         * of this namespace, so that several applications (or test runs) can share an account; default
         * {@value IvsLive#DEFAULT_NAMESPACE}.
         *
         * @param namespace 1 to 64 letters, digits and {@code _ . : / = + - @}
         * @return this builder
         */
        public Builder namespace(String namespace) {
            this.namespace = Check.matches("namespace", Check.notNull("namespace", namespace), NAMESPACE,
                    "1..64 letters, digits and _ . : / = + - @");
            return this;
        }

        /**
         * Signs participant tokens locally with this key instead of calling {@code CreateParticipantToken}: no call
         * per viewer or host. Its public half must be imported into IVS ({@code ImportPublicKey}) under the ARN.
         *
         * @param privateKey the P-384 private key
         * @param publicKeyArn the imported public key's ARN
         * @return this builder
         */
        public Builder participantTokenKey(ECPrivateKey privateKey, PublicKeyArn publicKeyArn) {
            this.participantKey = Check.notNull("privateKey", privateKey);
            this.participantKeyArn = Check.notNull("publicKeyArn", publicKeyArn);
            return this;
        }

        /**
         * Signs participant tokens locally with an imported key pair, as from
         * {@link IvsRealTime#generateAndImportPublicKey(String)}.
         *
         * @param keys the key pair and the imported public key
         * @return this builder
         */
        public Builder participantTokenKey(ImportedKeyPair keys) {
            Check.notNull("keys", keys);
            return participantTokenKey(keys.keys().privateKey(), keys.publicKey().arn());
        }

        /**
         * Signs playback tokens for private channels with this key; its public half must be imported as a playback
         * key pair. Without it, private playback is refused.
         *
         * @param privateKey the P-384 private key
         * @return this builder
         */
        public Builder playbackTokenKey(ECPrivateKey privateKey) {
            this.playbackKey = Check.notNull("privateKey", privateKey);
            return this;
        }

        /**
         * How long a host's participant token lasts; default 12 hours, IVS's default.
         *
         * @param lifetime 1 to 20,160 whole minutes (14 days)
         * @return this builder
         */
        public Builder hostTokenLifetime(Duration lifetime) {
            this.hostTokenLifetime = Check.notNull("hostTokenLifetime", lifetime);
            return this;
        }

        /**
         * How long before its expiry a kept host token is replaced; default 1 hour.
         *
         * @param refreshAhead positive, and shorter than the host token lifetime
         * @return this builder
         */
        public Builder hostTokenRefreshAhead(Duration refreshAhead) {
            this.hostTokenRefreshAhead = Check.notNull("hostTokenRefreshAhead", refreshAhead);
            return this;
        }

        /**
         * How long a viewer's participant token lasts ({@code REAL_TIME}); default 12 hours, IVS's default.
         *
         * @param lifetime 1 to 20,160 whole minutes (14 days)
         * @return this builder
         */
        public Builder viewerTokenLifetime(Duration lifetime) {
            this.viewerTokenLifetime = Check.notNull("viewerTokenLifetime", lifetime);
            return this;
        }

        /**
         * How long a viewer's playback token can start playback (private channels); default 10 minutes, the most
         * IVS allows for a token that names its viewer. Playback that started goes on after it expires.
         *
         * @param validity 1 second to 10 minutes, whole seconds
         * @return this builder
         */
        public Builder playbackTokenValidity(Duration validity) {
            this.playbackTokenValidity = Check.notNull("playbackTokenValidity", validity);
            return this;
        }

        /**
         * Where co-host invitations are kept; default {@link InviteStore#inMemory()}.
         *
         * @param store the store
         * @return this builder
         */
        public Builder inviteStore(InviteStore store) {
            this.invites = Check.notNull("inviteStore", store);
            return this;
        }

        /**
         * Turns chat on: every broadcast gets an IVS Chat room with IVS's defaults (10 messages a second, 500
         * characters a message, no review, no logging), and {@link IvsLive#chat()} hands out chat tokens. Off by
         * default; while off, IVS Chat is never called.
         *
         * @return this builder
         */
        public Builder chatRooms() {
            this.chatRooms = true;
            return this;
        }

        /**
         * Turns chat on, with rooms made like this one: its message limits, message review handler, logging
         * configurations and tags. Its name is not used: each room is named after the namespace and the user, and
         * tagged as every resource of ivs-live is.
         *
         * @param template the room to make for each broadcast; at most 45 tags (ivs-live adds 5)
         * @return this builder
         */
        public Builder chatRooms(RoomSpec template) {
            this.chatRoomTemplate = Check.notNull("chatRooms", template);
            this.chatRooms = true;
            return this;
        }

        /**
         * The chat client to use with {@link #clients(IvsRealTime, IvsLowLatency)}, which the caller closes; turns
         * chat on. With {@link #connection(IvsConnection)}, the instance connects a chat client of its own instead.
         *
         * @param chat the chat client
         * @return this builder
         */
        public Builder chatClient(IvsChat chat) {
            this.chatClient = Check.notNull("chatClient", chat);
            this.chatRooms = true;
            return this;
        }

        /**
         * How long the chat sessions of the tokens {@link LiveChat} hands out last; default 60 minutes, IVS Chat's
         * default. A client reconnects with a new token after that.
         *
         * @param duration 1 to 180 whole minutes
         * @return this builder
         */
        public Builder chatSessionDuration(Duration duration) {
            this.chatSessionDuration = Check.notNull("chatSessionDuration", duration);
            return this;
        }

        /**
         * Where chat clients connect, handed out with every chat token. By default IVS Chat's messaging endpoint in
         * the chat client's region ({@code wss://edge.ivschat.<region>.amazonaws.com}); required when the chat
         * client connects to another endpoint, such as an emulator (its {@code chatMessagingEndpoint()}).
         *
         * @param endpoint a {@code wss://} or {@code ws://} URL
         * @return this builder
         */
        public Builder chatMessagingEndpoint(URI endpoint) {
            Check.notNull("chatMessagingEndpoint", endpoint);
            String scheme = endpoint.getScheme();
            if (!("wss".equalsIgnoreCase(scheme) || "ws".equalsIgnoreCase(scheme)) || endpoint.getHost() == null) {
                throw IvsValidationException.invalid("chatMessagingEndpoint", "\"" + endpoint + "\" is not a "
                        + "WebSocket URL; allowed wss://host[:port][/path] or ws://...");
            }
            this.chatMessagingEndpoint = endpoint;
            return this;
        }

        /**
         * Where chat bans are kept; default {@link ChatBanStore#inMemory()}.
         *
         * @param store the store
         * @return this builder
         */
        public Builder chatBanStore(ChatBanStore store) {
            this.chatBans = Check.notNull("chatBanStore", store);
            return this;
        }

        /**
         * Checks the settings and builds the instance; from a connection, it connects its own clients.
         *
         * @return the instance; close it when done
         * @throws IvsValidationException naming the first setting out of bounds
         */
        public IvsLive build() {
            if ((connection == null) == (realTime == null)) {
                throw IvsValidationException.invalid("connection", connection == null
                        ? "is missing; give connection(...) or clients(...)"
                        : "is given with clients(...); give one or the other");
            }
            int hostMinutes = Check.minutes("hostTokenLifetime", hostTokenLifetime, 1, 20_160);
            Check.minutes("viewerTokenLifetime", viewerTokenLifetime, 1, 20_160);
            if (hostTokenRefreshAhead.isNegative() || hostTokenRefreshAhead.isZero()
                    || hostTokenRefreshAhead.compareTo(Duration.ofMinutes(hostMinutes)) >= 0) {
                throw IvsValidationException.invalid("hostTokenRefreshAhead", hostTokenRefreshAhead + " is out of "
                        + "range; allowed more than zero and less than the host token lifetime, " + hostTokenLifetime);
            }
            Check.seconds("playbackTokenValidity", playbackTokenValidity, 1,
                    (int) PlaybackTokenSpec.MAX_VIEWER_VALIDITY.toSeconds());
            if (invites == null) {
                invites = InviteStore.inMemory();
            }
            if (chatRooms) {
                checkChat();
            }
            if (connection != null) {
                IvsRealTime rt = IvsRealTime.connect(connection, clock);
                IvsLowLatency ll = null;
                IvsChat ownChat = null;
                try {
                    ll = IvsLowLatency.connect(connection, clock);
                    if (chatRooms) {
                        ownChat = IvsChat.connect(connection, clock);
                    }
                    return new IvsLive(this, rt, ll, true, chat(ownChat, true));
                } catch (RuntimeException e) {
                    rt.close();
                    if (ll != null) {
                        ll.close();
                    }
                    if (ownChat != null) {
                        ownChat.close();
                    }
                    throw e;
                }
            }
            return new IvsLive(this, realTime, lowLatency, false, chat(chatClient, false));
        }

        private void checkChat() {
            if (connection != null && chatClient != null) {
                throw IvsValidationException.invalid("chatClient", "is given with connection(...), which connects a "
                        + "chat client of its own; give chatClient only with clients(...)");
            }
            if (connection == null && chatClient == null) {
                throw IvsValidationException.invalid("chatClient", "is missing; with clients(...) and chat on, give "
                        + "the chat client too");
            }
            Check.minutes("chatSessionDuration", chatSessionDuration, 1, 180);
            if (chatRoomTemplate == null) {
                chatRoomTemplate = RoomSpec.builder().build();
            }
            if (chatBans == null) {
                chatBans = ChatBanStore.inMemory();
            }
            // every room's spec is the template's with ivs-live's name and tags: checked here, before any call
            LiveChat.roomSpec(chatRoomTemplate, namespace, "u".repeat(UserIds.MAX_LENGTH), clock.instant(),
                    ExactlyOnceCreates.newToken());
        }

        /** The instance's chat, given its per-user locking; what can fail is checked here, before it is made. */
        private Function<LiveChat.UserLocking, Optional<LiveChat>> chat(IvsChat client, boolean owns) {
            if (!chatRooms) {
                return locking -> Optional.empty();
            }
            URI endpoint = chatMessagingEndpoint != null ? chatMessagingEndpoint
                    : LiveChat.defaultMessagingEndpoint(client);
            return locking -> Optional.of(new LiveChat(client, owns, clock, namespace, chatRoomTemplate,
                    chatSessionDuration, endpoint, chatBans, locking));
        }
    }
}
