package io.ivsjava.examples.streamcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.StreamKeyArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.ApiDestinationReceiver;
import io.ivsjava.events.IvsEvent;
import io.ivsjava.events.IvsEventDispatcher;
import io.ivsjava.events.IvsEvents;
import io.ivsjava.events.StageUpdate;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.examples.streamcat.Http.HttpError;
import io.ivsjava.examples.streamcat.Http.Request;
import io.ivsjava.examples.streamcat.Http.Response;
import io.ivsjava.live.Admission;
import io.ivsjava.live.BannedFromChatException;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.BroadcastChannel;
import io.ivsjava.live.BroadcastStage;
import io.ivsjava.live.ChatAdmission;
import io.ivsjava.live.ChatBan;
import io.ivsjava.live.ChatEvent;
import io.ivsjava.live.CleanupReport;
import io.ivsjava.live.Invite;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.PlaybackUrl;
import io.ivsjava.lowlatency.StreamKey;
import io.ivsjava.realtime.Composition;
import io.ivsjava.realtime.CompositionDestination;
import io.ivsjava.realtime.ImportedKeyPair;
import io.ivsjava.realtime.Layout;
import io.ivsjava.realtime.StageEndpoints;
import io.ivsjava.realtime.Video;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The StreamCat backend: a small HTTP JSON service for a user-generated-content streaming app, built on
 * {@link IvsLive}, with its own state in a database.
 *
 * <p>The flows are those of AWS's StreamCat sample (amazon-ivs-ugc-platform-web-demo):
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>route</th><th>who</th><th>what</th></tr>
 *   <tr><td>{@code POST /api/users}</td><td>anyone</td><td>sign up in a {@link StreamingMode}: the user's IVS
 *       resources are provisioned, a chat room among them; the answer carries the user's API key, once</td></tr>
 *   <tr><td>{@code GET /api/me}</td><td>a user</td><td>their broadcast, live flag, invitations and chat
 *       bans</td></tr>
 *   <tr><td>{@code GET /api/studio}</td><td>a user</td><td>the host's studio: a PUBLISH+SUBSCRIBE participant
 *       token, the same one until it nears expiry (or, in LOW_LATENCY, the encoder's ingest and stream key), and a
 *       chat token that moderates</td></tr>
 *   <tr><td>{@code POST /api/studio/live}</td><td>a user</td><td>go live (HYBRID: start the composition)</td></tr>
 *   <tr><td>{@code POST /api/studio/end}</td><td>a user</td><td>end: a "stream-ending" event to the chat room,
 *       composition and stream stopped, everyone disconnected</td></tr>
 *   <tr><td>{@code POST /api/studio/bans/{username}}</td><td>a user</td><td>ban a user from their chat:
 *       disconnected now, no new chat token</td></tr>
 *   <tr><td>{@code DELETE /api/studio/bans/{username}}</td><td>a user</td><td>lift the ban</td></tr>
 *   <tr><td>{@code POST /api/studio/cohosts}</td><td>a user</td><td>invite a co-host</td></tr>
 *   <tr><td>{@code DELETE /api/studio/cohosts/{username}}</td><td>a user</td><td>kick a co-host: disconnected,
 *       invitation revoked</td></tr>
 *   <tr><td>{@code GET /api/studios/{host}/token}</td><td>an invited user</td><td>a co-host's stage token</td></tr>
 *   <tr><td>{@code POST /api/studios/{host}/promotion}</td><td>an invited user</td><td>a viewer on the stage
 *       becomes co-host: their token exchanged for a host token of the same participant ({@code "exchange": true},
 *       no reconnect), or without a token key a new host token and the viewer participant disconnected</td></tr>
 *   <tr><td>{@code GET /api/channels/{username}}</td><td>anyone</td><td>a viewer's page view: the live flag,
 *       what the mode's viewer needs (a subscribe-only token, or the HLS URL), and a chat token by role (the owner
 *       moderates, a signed-in viewer sends, an anonymous one reads; a banned user gets none) with the chat
 *       messaging endpoint</td></tr>
 *   <tr><td>{@code DELETE /api/me}</td><td>a user</td><td>delete the account: every IVS resource torn down, the
 *       chat room too</td></tr>
 *   <tr><td>{@code POST /events}</td><td>EventBridge</td><td>IVS events (an API destination's webhook); stream
 *       state changes set the live flag</td></tr>
 *   <tr><td>{@code GET /health}</td><td>anyone</td><td>which IVS and database, and the schema version</td></tr>
 * </table>
 * On the embedded emulator, {@code /dev/emulator/...} routes stand in for the media plane (participants joining and
 * publishing, encoders connecting) and the emulator's event feed reaches the same event intake as {@code /events}.
 * With the emulator's real media plane on ({@link IvsTarget#embeddedWithMediaPlane}), encoders publish to the RTMPS
 * server a studio hands out and viewers play the playback URL; {@code /health} then names the {@code rtmpIngest}.
 *
 * <p>Users authenticate with {@code Authorization: Bearer <API key>}; the database keeps only the key's SHA-256. No
 * token (participant, playback or chat), stream key or API key is ever logged or stored.
 *
 * <p>Thread-safe: requests are served by a fixed pool of threads; every piece of state is in the database (shared
 * by instances) except caches that any instance can rebuild: host tokens (in {@link IvsLive}) and stream keys.
 */
public final class StreamCatBackend implements AutoCloseable {
    /** Usernames: 3 to 32 lowercase letters, digits, {@code -} and {@code _}, starting with a letter or digit. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_-]{2,31}");
    static final int THREADS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(StreamCatBackend.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IvsTarget ivs;
    private final DatabaseConfig databaseConfig;
    private final Database db;
    private final Store store;
    private final IvsLive live;
    private final IvsEventDispatcher events = IvsEventDispatcher.create();
    private final ApiDestinationReceiver eventIntake;
    private final String eventSource;
    private final Clock clock;
    private final Map<StreamKeyArn, StreamKey> streamKeys = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService workers;
    private final AutoCloseable eventFeed;

    private StreamCatBackend(IvsTarget ivs, DatabaseConfig databaseConfig, InetSocketAddress address,
                             EventsApiKey eventsKey) {
        this.ivs = ivs;
        this.databaseConfig = databaseConfig;
        // Millisecond ticks: timestamps round-trip through the database (microseconds) unchanged.
        this.clock = Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
        this.eventIntake = ApiDestinationReceiver.create(events, eventsKey.credential());
        // Listening first, so that an emulator started by this backend knows where to post its events.
        try {
            this.server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        boolean webhook = ivs.startsWithBackend();
        try {
            ivs.start(Optional.of(eventsKey.webhook(eventsUrl(server.getAddress()))));
            this.db = Database.open(databaseConfig);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
        this.eventSource = webhook ? "the embedded emulator's webhook (as an EventBridge API destination), "
                + eventsKey.credential() : ivs.emulator().isPresent() ? "the embedded emulator's in-process feed"
                : "EventBridge, " + eventsKey.credential();
        this.store = new Store(db, clock);
        IvsLive.Builder builder = IvsLive.builder().connection(ivs.connection()).clock(clock).namespace("streamcat")
                .inviteStore(new JdbcInviteStore(store))
                // every user's broadcast gets a chat room; bans live in the database, as invitations do
                .chatRooms().chatBanStore(new JdbcChatBanStore(store));
        ivs.chatMessagingEndpoint().ifPresent(builder::chatMessagingEndpoint);
        IvsLive created = builder.build();
        if (ivs.emulator().isPresent()) {
            // A crowd of viewers needs no API call per token: sign them locally. The embedded emulator is new (or
            // shared by a test), so a key pair is generated and imported at each start. On AWS the private key would
            // live in a secret store; without one, tokens come from the CreateParticipantToken API.
            ImportedKeyPair keys = created.realTime().generateAndImportPublicKey("streamcat-"
                    + Long.toHexString(RANDOM.nextLong() & 0xffffffffL));
            created.close();
            created = builder.participantTokenKey(keys).build();
        }
        this.live = created;
        events.on(StreamStateChange.class, this::applyStreamEvent);
        events.on(StageUpdate.class, this::applyStageEvent);
        events.onAny(e -> LOG.info("IVS event {} ({}) about {}", e.id(), e.envelope().detailType(),
                e.envelope().resources()));

        this.workers = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "streamcat-http");
            t.setDaemon(true);
            return t;
        });
        Http http = routes();
        server.createContext("/", http::handle);
        server.setExecutor(workers);
        server.start();
        // An emulator this backend was given (a test's, shared across restarts) cannot know where this backend
        // listens: its events come through its in-process feed instead, into the same dispatcher.
        this.eventFeed = ivs.emulator().filter(emulator -> !webhook)
                .map(emulator -> EmulatorEventFeed.connect(emulator, this::acceptEvent))
                .orElse(() -> { });
        LOG.info("StreamCat backend on {} with {} and {}; IVS events from {}", endpoint(), ivs, databaseConfig,
                eventSource);
    }

    /** Where an emulator on this machine posts events to a backend listening at this address. */
    private static URI eventsUrl(InetSocketAddress bound) {
        java.net.InetAddress address = bound.getAddress().isAnyLocalAddress()
                ? java.net.InetAddress.getLoopbackAddress() : bound.getAddress();
        String host = address instanceof java.net.Inet6Address ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        return URI.create("http://" + host + ":" + bound.getPort() + "/events");
    }

    /**
     * Starts a backend whose {@code /events} takes only its own embedded emulator's events: the API key is random.
     *
     * @param ivs which IVS to use (closed with the backend)
     * @param database where to keep the backend's own state
     * @param address where to listen; port 0 picks a free one
     * @return the running backend
     */
    public static StreamCatBackend start(IvsTarget ivs, DatabaseConfig database, InetSocketAddress address) {
        return start(ivs, database, address, EventsApiKey.generate());
    }

    /**
     * Starts a backend.
     *
     * @param ivs which IVS to use (closed with the backend)
     * @param database where to keep the backend's own state
     * @param address where to listen; port 0 picks a free one
     * @param eventsKey the API key of the EventBridge connection, the one credential {@code POST /events} accepts;
     *     an emulator the backend starts posts its events with it
     * @return the running backend
     */
    public static StreamCatBackend start(IvsTarget ivs, DatabaseConfig database, InetSocketAddress address,
                                         EventsApiKey eventsKey) {
        return new StreamCatBackend(ivs, database, address, eventsKey);
    }

    /**
     * The backend's URL.
     *
     * @return such as {@code http://127.0.0.1:8080}
     */
    public URI endpoint() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort());
    }

    /**
     * Where encoders publish when the embedded emulator's media plane is on: its plain RTMP server URL (RTMPS is on
     * the same port, and is what studios hand out).
     *
     * @return such as {@code rtmp://127.0.0.1:1935/app/}; empty without the media plane, or not on an emulator
     */
    public Optional<URI> rtmpIngest() {
        return ivs.emulator().flatMap(IvsEmulator::rtmpEndpoint);
    }

    /** Stops serving, then closes the event feed, IVS clients, database pool and an embedded emulator. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close(eventFeed, live, db, ivs);
    }

    private static void close(AutoCloseable... closeables) {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", c.getClass().getSimpleName(), e);
            }
        }
    }

    private Http routes() {
        Http http = new Http();
        http.route("GET", "/health", r -> Response.ok(health()));
        http.route("POST", "/api/users", this::signUp);
        http.route("GET", "/api/me", this::me);
        http.route("DELETE", "/api/me", this::deleteAccount);
        http.route("GET", "/api/studio", this::studio);
        http.route("POST", "/api/studio/live", this::goLive);
        http.route("POST", "/api/studio/end", this::end);
        http.route("POST", "/api/studio/cohosts", this::invite);
        http.route("DELETE", "/api/studio/cohosts/{username}", this::kick);
        http.route("POST", "/api/studio/bans/{username}", this::ban);
        http.route("DELETE", "/api/studio/bans/{username}", this::unban);
        http.route("GET", "/api/studios/{host}/token", this::coHostToken);
        http.route("POST", "/api/studios/{host}/promotion", this::promotion);
        http.route("GET", "/api/channels/{username}", this::viewerPage);
        http.route("POST", "/events", this::eventWebhook);
        ivs.emulator().ifPresent(emulator -> devRoutes(http, emulator));
        return http;
    }

    // ---- the flows

    private JsonNode health() {
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("status", "ok");
        body.put("ivs", ivs.toString());
        body.put("database", databaseConfig.shownUrl().replaceAll(";.*", ""));
        body.put("schemaVersion", db.schemaVersion());
        body.put("mediaPlaneSimulation", ivs.emulator().isPresent());
        rtmpIngest().ifPresent(rtmp -> body.put("rtmpIngest", rtmp.toString()));
        body.put("events", eventSource);
        return body;
    }

    /** Sign-up: the user's resources are provisioned in their mode before the user is stored. */
    private Response signUp(Request request) throws HttpError {
        ObjectNode body = request.json();
        String username = Request.text(body, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new HttpError(400, "ValidationException", "username: must be 3 to 32 lowercase letters, digits, "
                    + "- and _, starting with a letter or digit");
        }
        StreamingMode mode;
        try {
            mode = StreamingMode.valueOf(Request.text(body, "mode"));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "ValidationException", "mode: must be REAL_TIME, LOW_LATENCY or HYBRID");
        }
        if (store.user(username).isPresent()) {
            throw new HttpError(409, "ConflictException", "username: " + username + " is taken");
        }
        // Provisioning finds what IVS already has for this user by tag, so a sign-up retried after a crash between
        // these two steps reuses the resources instead of leaving orphans.
        Broadcast broadcast = live.provision(username, mode);
        String apiKey = "sc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        boolean created = store.createUser(new Store.User(username, mode, clock.instant()), sha256(apiKey),
                resourcesOf(broadcast));
        if (!created) {
            // Another instance signed the same name up meanwhile; it owns the resources provisioning found.
            throw new HttpError(409, "ConflictException", "username: " + username + " is taken");
        }
        broadcast.ingest().ifPresent(i -> streamKeys.put(i.streamKey().arn(), i.streamKey()));
        LOG.info("Signed up {} in {}", username, mode);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("username", username);
        answer.put("mode", mode.name());
        answer.put("apiKey", apiKey);
        answer.set("broadcast", broadcastJson(broadcast));
        return Response.created(answer);
    }

    private Response me(Request request) throws HttpError {
        Store.User user = authenticate(request);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("username", user.username());
        answer.put("mode", user.mode().name());
        answer.put("live", store.live(user.username()).map(Store.Live::live).orElse(false));
        answer.set("broadcast", broadcastJson(broadcastOf(user)));
        ArrayNode invitations = answer.putArray("invitations");
        for (Store.StoredInvite invite : store.invites("co_host", user.username())) {
            invitations.addObject().put("host", invite.host()).put("invitedAt", invite.invitedAt().toString());
        }
        ArrayNode bans = answer.putArray("chatBans");
        for (ChatBan ban : live.chat().bans().list(user.username())) {
            bans.addObject().put("username", ban.userId()).put("reason", ban.reason())
                    .put("bannedAt", ban.bannedAt().toString());
        }
        return Response.ok(answer);
    }

    /** The host's studio: what their client needs to broadcast. */
    private Response studio(Request request) throws HttpError {
        Store.User user = authenticate(request);
        Broadcast broadcast = broadcastOf(user);
        // REAL_TIME and HYBRID: the host token source keeps one token per host until it nears expiry.
        Admission admission = live.admitHost(broadcast, user.username());
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("mode", user.mode().name());
        answer.set("admission", admissionJson(admission));
        // The owner's chat token moderates: delete messages, disconnect users.
        answer.set("chat", chatJson(chatAdmission(user, broadcast, Optional.of(user.username()))));
        return Response.ok(answer);
    }

    private Response goLive(Request request) throws HttpError {
        Store.User user = authenticate(request);
        Broadcast before = broadcastOf(user);
        Broadcast broadcast = live.goLive(user.username(), user.mode());
        if (!broadcast.equals(before)) {
            store.saveResources(user.username(), resourcesOf(broadcast));
        }
        LOG.info("{} went live in {}{}", user.username(), user.mode(),
                broadcast.composition().map(c -> " through composition " + c).orElse(""));
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("mode", user.mode().name());
        answer.put("live", store.live(user.username()).map(Store.Live::live).orElse(false));
        broadcast.composition().ifPresent(c -> answer.set("composition", compositionJson(c)));
        return Response.ok(answer);
    }

    private Response end(Request request) throws HttpError {
        Store.User user = authenticate(request);
        Broadcast broadcast = broadcastOf(user);
        // The chat hears it first, while viewers are still watching; a chat failure does not keep the stream on.
        boolean noticeSent = false;
        try {
            live.chat().sendEvent(broadcast, ChatEvent.streamEnding());
            noticeSent = true;
        } catch (IvsException e) {
            LOG.warn("The stream-ending event to {}'s chat failed ({}); ending all the same", user.username(),
                    e.getMessage());
        }
        Broadcast ended = live.end(broadcast);
        store.saveResources(user.username(), resourcesOf(ended));
        if (!user.mode().usesChannel()) {
            store.endRealTime(user.username());
        }
        LOG.info("{} ended their stream", user.username());
        List<String> summary = new ArrayList<>();
        if (noticeSent) {
            summary.add("stream-ending event sent to the chat");
        }
        broadcast.composition().ifPresent(c -> summary.add("composition stopped"));
        if (user.mode().usesChannel()) {
            summary.add("stream stopped");
        }
        if (user.mode().usesStage()) {
            summary.add("participants disconnected");
            summary.add("co-host invitations revoked");
        }
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("mode", user.mode().name());
        answer.put("summary", String.join(", ", summary));
        return Response.ok(answer);
    }

    private Response invite(Request request) throws HttpError {
        Store.User host = authenticate(request);
        String coHost = Request.text(request.json(), "username");
        if (store.user(coHost).isEmpty()) {
            throw new HttpError(404, "NotFoundException", "username: no user " + coHost);
        }
        Invite invite = live.invite(broadcastOf(host), coHost);
        LOG.info("{} invited {} to co-host", host.username(), coHost);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("host", invite.hostUserId());
        answer.put("coHost", invite.coHostUserId());
        answer.put("invitedAt", invite.invitedAt().toString());
        return Response.created(answer);
    }

    private Response kick(Request request) throws HttpError {
        Store.User host = authenticate(request);
        String coHost = request.param("username");
        boolean wasInvited = live.invites().find(host.username(), coHost).isPresent();
        int disconnected = live.removeHost(broadcastOf(host), coHost, "You have been removed by the host.");
        LOG.info("{} removed co-host {} ({} participants disconnected)", host.username(), coHost, disconnected);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("coHost", coHost);
        answer.put("disconnectedParticipants", disconnected);
        answer.put("invitationRevoked", wasInvited);
        return Response.ok(answer);
    }

    /** Bans a user from the owner's chat: no new chat token, and their open chat connections closed now. */
    private Response ban(Request request) throws HttpError {
        Store.User host = authenticate(request);
        String banned = request.param("username");
        if (store.user(banned).isEmpty()) {
            throw new HttpError(404, "NotFoundException", "username: no user " + banned);
        }
        JsonNode reason = request.json().get("reason");
        ChatBan ban = live.chat().ban(broadcastOf(host), banned,
                reason != null && reason.isTextual() ? reason.asText() : "");
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("banned", ban.userId());
        answer.put("reason", ban.reason());
        answer.put("bannedAt", ban.bannedAt().toString());
        answer.put("disconnected", true);
        return Response.created(answer);
    }

    private Response unban(Request request) throws HttpError {
        Store.User host = authenticate(request);
        String banned = request.param("username");
        boolean lifted = live.chat().unban(broadcastOf(host), banned);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("username", banned);
        answer.put("unbanned", lifted);
        return Response.ok(answer);
    }

    private Response coHostToken(Request request) throws HttpError {
        Store.User coHost = authenticate(request);
        Broadcast broadcast = invitedTo(request.param("host"), coHost);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("host", broadcast.userId());
        answer.set("admission", admissionJson(live.admitHost(broadcast, coHost.username())));
        return Response.ok(answer);
    }

    private Response promotion(Request request) throws HttpError {
        Store.User viewer = authenticate(request);
        Broadcast broadcast = invitedTo(request.param("host"), viewer);
        JsonNode participant = request.json().get("participantId");
        Admission.WebRtc admission = participant != null && participant.isTextual()
                ? live.promote(broadcast, viewer.username(), participant.asText())
                : live.promote(broadcast, viewer.username());
        // With the instance's token key, the viewer's own participant gets an exchanged token: the client hands it
        // to the broadcast SDK's stage.exchangeToken and stays on the stage. Otherwise it joins with a new token.
        boolean exchange = participant != null && participant.isTextual()
                && admission.participantId().equals(participant.asText());
        LOG.info("{} was promoted to co-host of {}{}", viewer.username(), broadcast.userId(),
                exchange ? " by token exchange" : "");
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("host", broadcast.userId());
        answer.put("exchange", exchange);
        answer.set("admission", admissionJson(admission));
        return Response.ok(answer);
    }

    /** A viewer's page view: each gets what the mode's viewer needs; no IVS call with a local signer. */
    private Response viewerPage(Request request) throws HttpError {
        Store.User owner = store.user(request.param("username")).orElseThrow(
                () -> new HttpError(404, "NotFoundException", "no channel " + request.param("username")));
        Optional<Store.User> viewer = optionalUser(request);
        Broadcast broadcast = broadcastOf(owner);
        Admission admission = viewer.isPresent() ? live.admitViewer(broadcast, viewer.get().username())
                : live.admitViewer(broadcast);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("username", owner.username());
        answer.put("mode", owner.mode().name());
        answer.put("live", store.live(owner.username()).map(Store.Live::live).orElse(false));
        answer.set("admission", admissionJson(admission));
        // Chat by role: the owner moderates, a signed-in viewer sends, an anonymous one (no API key) reads.
        Optional<String> chatter = viewer.map(Store.User::username);
        try {
            answer.set("chat", chatJson(chatAdmission(owner, broadcast, chatter)));
        } catch (BannedFromChatException banned) {
            ObjectNode chat = answer.putObject("chat");
            chat.put("room", broadcast.chatRoom().map(RoomArn::value).orElse(""));
            chat.put("banned", true);
            chat.put("reason", banned.ban().reason());
            chat.put("bannedAt", banned.ban().bannedAt().toString());
        }
        return Response.ok(answer);
    }

    /**
     * A chat token for the owner's room: as its host, as a viewer who sends, or (nobody signed in) read only. A room
     * gone behind the backend's back (a new embedded emulator) is provisioned again first.
     */
    private ChatAdmission chatAdmission(Store.User owner, Broadcast broadcast, Optional<String> chatter) {
        try {
            return chatter.isPresent() ? live.chat().admit(broadcast, chatter.get())
                    : live.chat().admitAnonymous(broadcast);
        } catch (IvsNotFoundException gone) {
            Broadcast fresh = reprovision(owner, broadcast);
            return chatter.isPresent() ? live.chat().admit(fresh, chatter.get())
                    : live.chat().admitAnonymous(fresh);
        }
    }

    /** Provisions a user's resources anew (some went away), keeping the running composition, and stores them. */
    private Broadcast reprovision(Store.User user, Broadcast stored) {
        Broadcast fresh = live.provision(user.username(), user.mode()).withComposition(stored.composition());
        store.saveResources(user.username(), resourcesOf(fresh));
        LOG.warn("{}'s stored resources no longer all exist; provisioned them again", user.username());
        return fresh;
    }

    private Response deleteAccount(Request request) throws HttpError {
        Store.User user = authenticate(request);
        // IVS first: if the teardown fails, the user and their ARNs stay stored and the delete can be retried.
        CleanupReport report = live.teardown(broadcastOf(user));
        store.deleteUser(user.username());
        LOG.info("Deleted {}: {}", user.username(), report);
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("deleted", user.username());
        ObjectNode removed = answer.putObject("removed");
        removed.put("compositionsStopped", report.stoppedCompositions().size());
        removed.put("stagesDeleted", report.deletedStages().size());
        removed.put("channelsDeleted", report.deletedChannels().size());
        removed.put("invitationsRevoked", report.revokedInvites());
        removed.put("chatRoomsDeleted", report.deletedRooms().size());
        return Response.ok(answer);
    }

    // ---- events

    /**
     * {@code POST /events}: the connection's API key is checked before the body is read, then the event is parsed
     * and dispatched ({@link ApiDestinationReceiver}).
     */
    private Response eventWebhook(Request request) throws HttpError {
        ApiDestinationReceiver.Reply reply;
        try {
            reply = eventIntake.receive("POST", request::header, request.bodyStream());
        } catch (IOException e) {
            throw new HttpError(400, "BadRequest", "the body could not be read");
        }
        if (!reply.accepted()) {
            throw new HttpError(reply.status(), reply.status() == 401 ? "Unauthorized"
                    : reply.status() == 400 ? "ValidationException"
                    : reply.status() == 413 ? "PayloadTooLarge" : "EventNotHandled", reply.message());
        }
        IvsEvent event = reply.event().orElseThrow();
        ObjectNode answer = Http.JSON.createObjectNode();
        answer.put("accepted", true);
        answer.put("detailType", event.envelope().detailType());
        Optional<Store.Live> live = Optional.empty();
        if (event instanceof StreamStateChange change && change.channel().isPresent()) {
            live = store.liveOfChannel(change.channel().get());
        } else if (event instanceof StageUpdate update && update.stage().isPresent()) {
            live = store.liveOfStage(update.stage().get().value());
        }
        live.ifPresent(l -> {
            answer.put("username", l.username());
            answer.put("live", l.live());
        });
        return new Response(202, Optional.of(answer));
    }

    /** The emulator's in-process feed: the same intake as the webhook. */
    private void acceptEvent(String json) {
        events.dispatch(IvsEvents.parse(json));
    }

    private void applyStreamEvent(StreamStateChange event) {
        store.apply(event).ifPresent(l -> LOG.info("{} of {}: {} is {}", event.rawName(),
                event.streamId().orElse("?"), l.username(), l.live() ? "live" : "offline"));
    }

    private void applyStageEvent(StageUpdate event) {
        store.apply(event).ifPresent(l -> LOG.info("{} of participant {}: {} is {}", event.rawName(),
                event.participantId().orElse("?"), l.username(), l.live() ? "live" : "offline"));
    }

    // ---- the media plane, simulated (embedded emulator only)

    private void devRoutes(Http http, IvsEmulator emulator) {
        http.route("POST", "/dev/emulator/join", r -> simulated(() -> Http.JSON.createObjectNode()
                .put("participantId", emulator.simulateParticipantJoin(Request.text(r.json(), "token")))));
        http.route("POST", "/dev/emulator/exchange", r -> simulated(() -> Http.JSON.createObjectNode()
                .put("participantId", emulator.simulateTokenExchange(Request.text(r.json(), "token")))));
        http.route("POST", "/dev/emulator/publish", r -> {
            ObjectNode body = r.json();
            return simulated(() -> {
                emulator.simulateParticipantPublish(Request.text(body, "stageArn"),
                        Request.text(body, "participantId"));
                return Http.JSON.createObjectNode();
            });
        });
        http.route("POST", "/dev/emulator/stream-start", r -> {
            String channel = Request.text(r.json(), "channelArn");
            return simulated(() -> {
                emulator.simulateStreamStart(channel);
                return Http.JSON.createObjectNode().put("streamId", live.lowLatency()
                        .getStream(ChannelArn.parse(channel)).orElseThrow().streamId());
            });
        });
        http.route("POST", "/dev/emulator/stream-end", r -> {
            String channel = Request.text(r.json(), "channelArn");
            return simulated(() -> {
                emulator.simulateStreamEnd(channel);
                return Http.JSON.createObjectNode();
            });
        });
    }

    private static Response simulated(Simulation simulation) throws HttpError {
        try {
            return Response.ok(simulation.run());
        } catch (IllegalArgumentException e) {
            throw new HttpError(409, "Refused", e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Simulation {
        JsonNode run() throws HttpError;
    }

    // ---- users and their broadcasts

    private Store.User authenticate(Request request) throws HttpError {
        return optionalUser(request).orElseThrow(() -> new HttpError(401, "Unauthorized",
                "send Authorization: Bearer <the API key from sign-up>"));
    }

    private Optional<Store.User> optionalUser(Request request) throws HttpError {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        if (!header.get().startsWith("Bearer ")) {
            throw new HttpError(401, "Unauthorized", "send Authorization: Bearer <the API key from sign-up>");
        }
        Optional<Store.User> user = store.userByApiKeyHash(sha256(header.get().substring(7).strip()));
        if (user.isEmpty()) {
            throw new HttpError(401, "Unauthorized", "unknown API key");
        }
        return user;
    }

    private Broadcast invitedTo(String hostName, Store.User coHost) throws HttpError {
        Store.User host = store.user(hostName).orElseThrow(
                () -> new HttpError(404, "NotFoundException", "no user " + hostName));
        if (live.invites().find(host.username(), coHost.username()).isEmpty()) {
            throw new HttpError(403, "Forbidden", coHost.username() + " is not invited to co-host "
                    + host.username() + "'s stream");
        }
        return broadcastOf(host);
    }

    /** A user's broadcast, rebuilt from the stored ARNs and URLs (and the stream key, fetched once per instance). */
    private Broadcast broadcastOf(Store.User user) {
        Store.Resources r = store.resources(user.username()).orElseThrow(
                () -> new IllegalStateException("user " + user.username() + " has no resources row"));
        Optional<BroadcastStage> stage = r.stageArn().map(arn -> new BroadcastStage(StageArn.parse(arn),
                StageEndpoints.of(URI.create(r.stageEventsUrl().orElseThrow()),
                        URI.create(r.stageWhipUrl().orElseThrow()))));
        Optional<BroadcastChannel> channel = r.channelArn().map(arn -> new BroadcastChannel(ChannelArn.parse(arn),
                new PlaybackUrl(URI.create(r.playbackUrl().orElseThrow())), r.channelPrivate()));
        Optional<Admission.Rtmps> ingest = Optional.empty();
        if (user.mode() == StreamingMode.LOW_LATENCY) {
            try {
                ingest = Optional.of(new Admission.Rtmps(URI.create(r.ingestServer().orElseThrow()),
                        streamKeys.computeIfAbsent(StreamKeyArn.parse(r.streamKeyArn().orElseThrow()),
                                live.lowLatency()::getStreamKey)));
            } catch (IvsNotFoundException gone) {
                // The channel went away behind our back (a new embedded emulator, a janitor, a console user):
                // provision it again, as going live would.
                Broadcast fresh = live.provision(user.username(), user.mode());
                store.saveResources(user.username(), resourcesOf(fresh));
                LOG.warn("{}'s stored channel no longer exists; provisioned {}", user.username(),
                        fresh.channel().map(c -> c.arn().value()).orElse("-"));
                return fresh;
            }
        }
        Broadcast broadcast = new Broadcast(user.username(), user.mode(), stage, channel, ingest,
                r.compositionArn().map(CompositionArn::parse), r.chatRoomArn().map(RoomArn::parse));
        // A user stored before chat came to StreamCat has no room yet: provisioning adds it (and reuses the rest).
        return broadcast.chatRoom().isPresent() ? broadcast : reprovision(user, broadcast);
    }

    private static Store.Resources resourcesOf(Broadcast b) {
        return new Store.Resources(
                b.stage().map(s -> s.arn().value()),
                b.stage().flatMap(s -> s.endpoints().events()).map(URI::toString),
                b.stage().flatMap(s -> s.endpoints().whip()).map(URI::toString),
                b.channel().map(c -> c.arn().value()),
                b.channel().map(c -> c.playbackUrl().uri().toString()),
                b.ingest().map(i -> i.serverUrl().toString()),
                b.ingest().map(i -> i.streamKey().arn().value()),
                b.channel().map(BroadcastChannel::privatePlayback).orElse(false),
                b.composition().map(CompositionArn::value),
                b.chatRoom().map(RoomArn::value));
    }

    // ---- JSON

    private static ObjectNode broadcastJson(Broadcast b) {
        ObjectNode json = Http.JSON.createObjectNode();
        b.stage().ifPresent(s -> json.putObject("stage").put("arn", s.arn().value())
                .put("events", s.endpoints().events().map(URI::toString).orElse(""))
                .put("whip", s.endpoints().whip().map(URI::toString).orElse("")));
        b.channel().ifPresent(c -> json.putObject("channel").put("arn", c.arn().value())
                .put("playbackUrl", c.playbackUrl().uri().toString()).put("private", c.privatePlayback()));
        // The owner's key is handed out by the studio only; here just which key it is.
        b.ingest().ifPresent(i -> json.putObject("ingest").put("server", i.serverUrl().toString())
                .put("streamKeyArn", i.streamKey().arn().value()));
        b.composition().ifPresent(c -> json.put("composition", c.value()));
        b.chatRoom().ifPresent(r -> json.put("chatRoom", r.value()));
        return json;
    }

    /** What a chat client receives, its token included: it is the client's to use. */
    private static ObjectNode chatJson(ChatAdmission admission) {
        ObjectNode json = Http.JSON.createObjectNode();
        json.put("room", admission.token().room().value());
        json.put("role", admission.role().moderates() ? "HOST" : admission.role().canSend() ? "VIEWER" : "READ_ONLY");
        json.put("userId", admission.role().userId());
        ArrayNode capabilities = json.putArray("capabilities");
        admission.role().capabilities().stream().map(Enum::name).sorted().forEach(capabilities::add);
        json.put("chatToken", admission.token().token());
        json.put("expiresAt", admission.expiresAt().toString());
        json.put("sessionExpiresAt", admission.token().sessionExpirationTime().toString());
        json.put("messagingEndpoint", admission.messagingEndpoint().toString());
        return json;
    }

    /** What a client receives, secrets included: it is the client's to use. */
    private static ObjectNode admissionJson(Admission admission) {
        ObjectNode json = Http.JSON.createObjectNode();
        if (admission instanceof Admission.WebRtc webRtc) {
            json.put("type", "WEBRTC");
            json.put("participantId", webRtc.participantId());
            json.put("userId", webRtc.token().participant().userId().orElse(""));
            ArrayNode capabilities = json.putArray("capabilities");
            webRtc.token().participant().capabilities().stream().map(Enum::name).sorted().forEach(capabilities::add);
            json.put("token", webRtc.token().token());
            json.put("expiresAt", webRtc.token().expiresAt().toString());
            json.put("selfSigned", webRtc.token().selfSigned());
            json.putObject("stage").put("arn", webRtc.token().stage().value())
                    .put("events", webRtc.endpoints().events().map(URI::toString).orElse(""))
                    .put("whip", webRtc.endpoints().whip().map(URI::toString).orElse(""));
        } else if (admission instanceof Admission.Hls hls) {
            json.put("type", "HLS");
            json.put("playbackUrl", hls.uri().toString());
            hls.token().ifPresent(t -> json.put("playbackToken", t.token())
                    .put("expiresAt", t.expiresAt().toString()));
        } else if (admission instanceof Admission.Rtmps rtmps) {
            json.put("type", "RTMPS");
            json.put("server", rtmps.serverUrl().toString());
            json.put("streamKey", rtmps.streamKey().value());
        }
        return json;
    }

    private ObjectNode compositionJson(CompositionArn arn) {
        Composition composition = live.realTime().getComposition(arn);
        ObjectNode json = Http.JSON.createObjectNode();
        json.put("arn", arn.value());
        json.put("stage", composition.stage().value());
        json.put("state", composition.state().name());
        json.put("layout", composition.layout().map(StreamCatBackend::describe).orElse("unknown"));
        ArrayNode destinations = json.putArray("destinations");
        for (Composition.Destination d : composition.destinations()) {
            ObjectNode out = destinations.addObject().put("id", d.id()).put("state", d.state().name());
            d.configuration().ifPresent(c -> {
                if (c instanceof CompositionDestination.Channel channel) {
                    out.put("channel", channel.channel().value());
                    channel.encoderConfiguration().ifPresent(e -> {
                        Video v = live.realTime().getEncoderConfiguration(e).video();
                        out.put("video", v.width() + "x" + v.height() + " at " + (int) v.framerate() + " fps, "
                                + v.bitrate() / 1000 + " kbps");
                    });
                } else if (c instanceof CompositionDestination.S3 s3) {
                    out.put("s3", s3.storageConfiguration().value());
                }
            });
        }
        return json;
    }

    private static String describe(Layout layout) {
        return layout instanceof Layout.Grid ? "grid" : "picture-in-picture";
    }

    // ---- secrets

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
