package io.ivsjava.examples.streamcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The scripted StreamCat demo: a client of the backend's HTTP API that walks the three streaming modes the way the
 * StreamCat web app would, printing what each participant receives.
 *
 * <p>Host tokens, stream keys, chat tokens and API keys are printed redacted. Viewer pages are printed whole, because
 * their point is to show exactly what a viewer's page receives; the output says so where it does.
 *
 * <p>The chat part connects real chat clients to the messaging endpoint the backend hands out, on the JDK's own
 * WebSocket ({@link ChatClient}), as a viewer's page would with the IVS Chat messaging SDK: messages, a moderator's
 * deletion, a ban and the stream-ending event travel over it.
 *
 * <p>On the embedded emulator, the backend's {@code /dev/emulator/...} routes stand in for the media plane
 * (participants joining and publishing, an encoder connecting) and the emulator's own events drive the live flag:
 * its webhook posts them to the backend's {@code /events} with the events API key, as an EventBridge API destination
 * does. Against another backend those routes are missing: the demo then skips the media plane and posts the events
 * EventBridge would deliver to {@code /events} itself, with the key it was given (the backend's
 * {@value EventsApiKey#VARIABLE}), and says so.
 *
 * <p>Where the backend's emulator has its media plane on ({@code --rtmp-port}; its {@code /health} names an
 * {@code rtmpIngest}) and FFmpeg is on the PATH, the LOW_LATENCY part streams for real: FFmpeg publishes a test
 * pattern to the RTMPS server and stream key the studio hands out, the live flag follows the emulator's real Stream
 * Start event, a player's requests find a playlist at the playback URL, and stopping FFmpeg brings Stream End. Without
 * FFmpeg the encoder is simulated, and the demo says so.
 *
 * <p>Not thread-safe: one demo runs on one thread.
 */
public final class Demo {
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** How long a real encoder may take to go live, or a player to find a segment, on a busy machine. */
    private static final Duration MEDIA_WAIT = Duration.ofSeconds(60);

    private final URI base;
    private final PrintStream out;
    private final Optional<EventsApiKey> eventsKey;
    private final String ffmpeg;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
    private boolean emulated;
    /** The emulator's RTMP server, when its media plane is on and FFmpeg is here to stream to it. */
    private Optional<URI> realIngest = Optional.empty();

    /**
     * A demo against a running backend.
     *
     * @param base the backend's URL, such as {@code http://127.0.0.1:8080}
     * @param out where the demo is told
     */
    public Demo(URI base, PrintStream out) {
        this(base, out, Optional.empty());
    }

    /**
     * A demo against a running backend, posting the events it plays EventBridge for with the connection's key.
     *
     * @param base the backend's URL, such as {@code http://127.0.0.1:8080}
     * @param out where the demo is told
     * @param eventsKey the backend's events API key; without it {@code POST /events} answers 401
     */
    public Demo(URI base, PrintStream out, Optional<EventsApiKey> eventsKey) {
        this(base, out, eventsKey, FfmpegEncoder.PROGRAM);
    }

    /**
     * A demo against a running backend that runs a given FFmpeg where the backend's emulator takes RTMP.
     *
     * @param base the backend's URL
     * @param out where the demo is told
     * @param eventsKey the backend's events API key
     * @param ffmpeg the FFmpeg program, by name (looked up on the PATH) or path
     */
    Demo(URI base, PrintStream out, Optional<EventsApiKey> eventsKey, String ffmpeg) {
        this.base = base;
        this.out = out;
        this.eventsKey = eventsKey;
        this.ffmpeg = ffmpeg;
    }

    /**
     * The demo failed: a step answered something other than what StreamCat's flows expect.
     * Immutable once thrown; safe to share between threads.
     */
    public static final class DemoFailure extends RuntimeException {
        DemoFailure(String message) {
            super(message);
        }
    }

    /**
     * Runs the whole demo.
     *
     * @throws DemoFailure if a step fails
     */
    public void run() {
        JsonNode health = call("GET", "/health", null, null, 200);
        emulated = health.path("mediaPlaneSimulation").asBoolean();
        out.println("StreamCat backend at " + base + ": IVS " + health.path("ivs").asText() + ", database "
                + health.path("database").asText() + " (schema version " + health.path("schemaVersion").asInt()
                + ")");
        out.println("IVS events reach POST /events from " + health.path("events").asText());
        if (!emulated) {
            out.println("No media-plane simulation here: participants' joins and encoders are skipped, and the demo "
                    + "posts the stream events EventBridge would deliver to /events itself.");
        }
        if (health.hasNonNull("rtmpIngest")) {
            URI rtmp = URI.create(health.path("rtmpIngest").asText());
            if (FfmpegEncoder.available(ffmpeg)) {
                realIngest = Optional.of(rtmp);
                out.println("The emulator's media plane is on (RTMP ingest at " + rtmp + "): in LOW_LATENCY, FFmpeg "
                        + "streams to the channel and a player loads its playback URL.");
            } else {
                out.println("The emulator's media plane is on (RTMP ingest at " + rtmp + "), but " + ffmpeg
                        + " is not on the PATH: the encoder is simulated instead (install FFmpeg to stream for real).");
            }
        }

        realTime();
        lowLatency();
        hybrid();
        chat();

        out.println();
        out.println("Demo complete: all three modes ran end to end.");
    }

    // ------------------------------------------------------------------ REAL_TIME

    private void realTime() {
        section("REAL_TIME: hosts and viewers on one stage over WebRTC (~300 ms, up to 720p)");
        User kit = signUp("kit", "REAL_TIME");
        User bob = signUp("bob", "REAL_TIME");

        step(kit.name + " opens the studio");
        JsonNode studio = call("GET", "/api/studio", kit, null, 200);
        JsonNode host = studio.path("admission");
        say("host receives: " + describe(host));
        JsonNode again = call("GET", "/api/studio", kit, null, 200).path("admission");
        expect(again.path("token").asText().equals(host.path("token").asText()),
                "a second studio load should get the same host token until it nears expiry");
        say("reloading the studio gives the same token (participant " + again.path("participantId").asText()
                + "): it is re-minted only when it nears expiry");

        step(kit.name + " goes live: the studio publishes to the stage");
        JsonNode live = call("POST", "/api/studio/live", kit, null, 200);
        say("POST /api/studio/live -> the stage is ready; live " + live.path("live").asBoolean()
                + " until the host publishes");
        String kitParticipant = join(host, kit.name + "'s browser");
        publish(host, kitParticipant);
        if (emulated) {
            say("(the emulator's Participant Published event reaches the backend: a real-time host publishing on "
                    + "their own stage is live)");
        } else {
            postStageEvent(host.path("stage").path("arn").asText(), kit.name, "p-" + suffix,
                    "Participant Published");
        }
        expectLive(kit, true);

        step("an anonymous viewer opens " + kit.name + "'s page (this is exactly what the page receives)");
        JsonNode page = call("GET", "/api/channels/" + kit.name, null, null, 200);
        say(page.toPrettyString().replace("\n", "\n   "));
        expect(page.path("admission").path("type").asText().equals("WEBRTC")
                        && !page.path("admission").path("capabilities").toString().contains("PUBLISH"),
                "a real-time viewer gets a subscribe-only participant token");
        join(page.path("admission"), "the viewer's browser");

        coHosting(kit, bob);

        step(kit.name + " ends the stream");
        JsonNode ended = call("POST", "/api/studio/end", kit, null, 200);
        say("POST /api/studio/end -> " + ended.path("summary").asText());
        expectLive(kit, false);
        deleteAccount(kit);
        deleteAccount(bob);
    }

    /** A viewer on the stage is invited, promoted to co-host, publishes, and is then removed. */
    private void coHosting(User host, User coHost) {
        step(coHost.name + ", signed in, watches " + host.name + "'s stream");
        JsonNode viewer = call("GET", "/api/channels/" + host.name, coHost, null, 200).path("admission");
        say(coHost.name + " receives: " + describe(viewer));
        String viewerParticipant = join(viewer, coHost.name + "'s browser");

        step(host.name + " invites " + coHost.name + " to co-host");
        ObjectNode body = Http.JSON.createObjectNode().put("username", coHost.name);
        JsonNode invite = call("POST", "/api/studio/cohosts", host, body, 201);
        say("POST /api/studio/cohosts -> invitation of " + invite.path("coHost").asText() + " stored at "
                + invite.path("invitedAt").asText());
        JsonNode invitations = call("GET", "/api/me", coHost, null, 200).path("invitations");
        say(coHost.name + " sees the invitation: " + invitations);

        step(coHost.name + " accepts: the viewer is promoted to co-host");
        ObjectNode promotion = Http.JSON.createObjectNode();
        if (!viewerParticipant.isEmpty()) {
            promotion.put("participantId", viewerParticipant);
        }
        JsonNode promoted = call("POST", "/api/studios/" + host.name + "/promotion", coHost, promotion, 200);
        JsonNode admission = promoted.path("admission");
        say(coHost.name + " receives: " + describe(admission));
        expect(admission.path("capabilities").toString().contains("PUBLISH"), "a co-host can publish");
        String participant;
        if (promoted.path("exchange").asBoolean()) {
            expect(admission.path("participantId").asText().equals(viewerParticipant),
                    "an exchanged token is for the viewer's own participant");
            participant = exchange(admission, coHost.name + "'s browser");
        } else {
            if (emulated) {
                JsonNode gone = call("POST", "/dev/emulator/join", null,
                        Http.JSON.createObjectNode().put("token", viewer.path("token").asText()), 409);
                say("the viewer participant " + viewerParticipant + " was disconnected: "
                        + gone.path("message").asText());
            }
            participant = join(admission, coHost.name + "'s browser");
        }
        publish(admission, participant);

        step(host.name + " removes " + coHost.name);
        JsonNode removed = call("DELETE", "/api/studio/cohosts/" + coHost.name, host, null, 200);
        say("DELETE /api/studio/cohosts/" + coHost.name + " -> " + removed);
        JsonNode refused = call("GET", "/api/studios/" + host.name + "/token", coHost, null, 403);
        say(coHost.name + " asks for a host token again -> 403 " + refused.path("message").asText());
        if (emulated) {
            JsonNode rejoin = call("POST", "/dev/emulator/join", null,
                    Http.JSON.createObjectNode().put("token", admission.path("token").asText()), 409);
            say(coHost.name + "'s old token is refused at join time: " + rejoin.path("message").asText());
        }
    }

    // ------------------------------------------------------------------ LOW_LATENCY

    private void lowLatency() {
        section("LOW_LATENCY: one broadcaster's encoder to a channel, viewers over HLS (2-5 s, up to 1080p)");
        User cara = signUp("cara", "LOW_LATENCY");

        step(cara.name + " opens the studio");
        JsonNode studio = call("GET", "/api/studio", cara, null, 200).path("admission");
        say("the encoder receives: " + describe(studio));
        expect(studio.path("type").asText().equals("RTMPS"), "a low-latency host gets an RTMPS ingest");
        realIngest.ifPresent(rtmp -> {
            URI server = URI.create(studio.path("server").asText());
            expect(server.getPort() == rtmp.getPort(), "the studio's RTMPS server is the emulator's RTMP port");
            say("to stream to it yourself: " + FfmpegEncoder.commandLine(server));
            say("or " + FfmpegEncoder.obsSettings(rtmp));
        });

        step("a viewer opens " + cara.name + "'s page (this is exactly what the viewer's page receives)");
        JsonNode page = call("GET", "/api/channels/" + cara.name, null, null, 200);
        say(page.toPrettyString().replace("\n", "\n   "));
        expect(page.path("admission").path("type").asText().equals("HLS"), "a low-latency viewer gets HLS");
        String playbackUrl = page.path("admission").path("playbackUrl").asText();
        if (realIngest.isPresent()) {
            say("to watch it while it is live: " + FfmpegEncoder.players(playbackUrl));
        }

        call("POST", "/api/studio/live", cara, null, 200);
        String channel = cara.signUp.path("broadcast").path("channel").path("arn").asText();
        if (realIngest.isPresent()) {
            streamWithFfmpeg(cara, studio, channel, URI.create(playbackUrl));
        } else {
            step(cara.name + "'s encoder connects with the stream key");
            String streamId = streamStart(channel);
            expectLive(cara, true);
            lateStreamStart(cara, channel);

            step(cara.name + " ends the stream");
            JsonNode ended = call("POST", "/api/studio/end", cara, null, 200);
            say("POST /api/studio/end -> " + ended.path("summary").asText());
            if (!emulated) {
                postEvent(channel, streamId, "Stream End", Instant.now());
            }
            expectLive(cara, false);
        }
        deleteAccount(cara);
    }

    private void lateStreamStart(User user, String channel) {
        step("a late, repeated Stream Start of an older stream reaches /events");
        JsonNode stale = postEvent(channel, "st-" + "0".repeat(12), "Stream Start",
                Instant.now().minus(Duration.ofHours(2)));
        say("POST /events -> live " + stale.path("live").asBoolean() + ": an older stream cannot take the flag");
        expectLive(user, true);
    }

    /**
     * The real media plane: FFmpeg streams to the RTMPS server and stream key of the studio, the emulator's Stream
     * Start reaches the backend through its webhook, a player finds a playlist at the playback URL, and when FFmpeg
     * stops, Stream End takes the live flag down.
     */
    private void streamWithFfmpeg(User user, JsonNode studio, String channel, URI playbackUrl) {
        URI server = URI.create(studio.path("server").asText());
        step(user.name + "'s encoder connects: FFmpeg streams a test pattern and a tone to the studio's RTMPS server");
        say("$ " + FfmpegEncoder.demoCommandLine(server));
        long started = System.nanoTime();
        try (FfmpegEncoder encoder = startEncoder(server, studio.path("streamKey").asText())) {
            expectLive(user, true, MEDIA_WAIT, encoder);
            say("(the emulator's Stream Start event, sent when FFmpeg's first frames arrived, reached /events "
                    + "through its webhook)");

            step("the viewer's player loads the playback URL");
            String multivariant = playlist(playbackUrl, encoder);
            String variant = multivariant.lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF:")).findFirst()
                    .orElseThrow(() -> new DemoFailure("expected: a multivariant playlist naming its rendition"));
            URI rendition = playbackUrl.resolve(multivariant.lines().filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .findFirst().orElseThrow(() -> new DemoFailure("expected: the rendition's URL")));
            say("GET " + playbackUrl + " -> 200, a multivariant playlist: " + variant);
            String media = get(rendition, 200);
            long segments = media.lines().filter(l -> l.startsWith("#EXTINF:")).count();
            expect(segments > 0, "the media playlist lists a segment");
            say("its media playlist lists " + segments + " MPEG-TS segment" + (segments == 1 ? "" : "s") + " ("
                    + media.lines().filter(l -> l.startsWith("#EXTINF:")).findFirst().orElse("") + " ...): it plays");

            lateStreamStart(user, channel);

            step(user.name + " stops the encoder (FFmpeg quits)");
            int status = encoder.stop(WAIT);
            say(String.format(Locale.ROOT, "FFmpeg streamed for %.1f s and exited with status %d; the emulator "
                    + "sends Stream End", (System.nanoTime() - started) / 1e9, status));
            expectLive(user, false, MEDIA_WAIT, null);
            waitForStatus(playbackUrl, 404);
            say("GET " + playbackUrl + " -> 404: the channel is offline again");
        }

        step(user.name + " ends the broadcast in the studio");
        JsonNode ended = call("POST", "/api/studio/end", user, null, 200);
        say("POST /api/studio/end -> " + ended.path("summary").asText() + " (the encoder had left already: "
                + "StopStream found nothing to stop)");
        expectLive(user, false);
    }

    private FfmpegEncoder startEncoder(URI server, String streamKey) {
        try {
            return FfmpegEncoder.start(ffmpeg, server, streamKey);
        } catch (IOException e) {
            throw new DemoFailure("FFmpeg could not be started: " + e.getMessage());
        }
    }

    /** Waits for the playback URL to answer a playlist (it does once the first segment is complete). */
    private String playlist(URI url, FfmpegEncoder encoder) {
        Instant deadline = Instant.now().plus(MEDIA_WAIT);
        while (true) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build(),
                    "GET " + url);
            if (response.statusCode() == 200) {
                expect(response.body().startsWith("#EXTM3U"), "the playback URL answers an HLS playlist");
                return response.body();
            }
            if (!encoder.isAlive()) {
                throw new DemoFailure("FFmpeg stopped before the playback URL answered: " + encoder.log());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DemoFailure("the playback URL answered " + response.statusCode() + " for "
                        + MEDIA_WAIT.toSeconds() + " s while FFmpeg streamed");
            }
            sleep();
        }
    }

    private String get(URI url, int expected) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build(),
                "GET " + url);
        if (response.statusCode() != expected) {
            throw new DemoFailure("GET " + url + " answered " + response.statusCode() + " (expected " + expected + ")");
        }
        return response.body();
    }

    private void waitForStatus(URI url, int expected) {
        Instant deadline = Instant.now().plus(MEDIA_WAIT);
        int status;
        do {
            status = send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build(), "GET " + url)
                    .statusCode();
            if (status == expected) {
                return;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new DemoFailure("GET " + url + " still answered " + status + " after " + MEDIA_WAIT.toSeconds()
                + " s; expected " + expected);
    }

    // ------------------------------------------------------------------ HYBRID

    private void hybrid() {
        section("HYBRID: hosts on a stage in real time, composed into a channel for viewers over HLS");
        User dan = signUp("dan", "HYBRID");
        User eve = signUp("eve", "REAL_TIME");

        step(dan.name + " opens the studio");
        JsonNode host = call("GET", "/api/studio", dan, null, 200).path("admission");
        say("host receives: " + describe(host));
        String danParticipant = join(host, dan.name + "'s browser");
        publish(host, danParticipant);

        step(dan.name + " invites " + eve.name + ", who joins as co-host");
        call("POST", "/api/studio/cohosts", dan, Http.JSON.createObjectNode().put("username", eve.name), 201);
        JsonNode coHost = call("GET", "/api/studios/" + dan.name + "/token", eve, null, 200).path("admission");
        say(eve.name + " receives: " + describe(coHost));
        publish(coHost, join(coHost, eve.name + "'s browser"));

        step(dan.name + " goes live: a composition carries the stage's hosts to the channel");
        JsonNode live = call("POST", "/api/studio/live", dan, null, 200);
        JsonNode composition = live.path("composition");
        expect(composition.isObject(), "a hybrid broadcast goes live through a composition");
        say("composition " + composition.path("arn").asText());
        say("  state " + composition.path("state").asText() + ", layout " + composition.path("layout").asText()
                + ", from stage " + composition.path("stage").asText());
        for (JsonNode destination : composition.path("destinations")) {
            say("  destination " + destination.path("id").asText() + " (" + destination.path("state").asText()
                    + "): channel " + destination.path("channel").asText() + ", encoded "
                    + destination.path("video").asText());
        }
        String channel = dan.signUp.path("broadcast").path("channel").path("arn").asText();
        String streamId = "";
        if (!emulated) {
            streamId = "st-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            postEvent(channel, streamId, "Stream Start", Instant.now());
        } else {
            say("(the emulator makes the channel live while the composition runs; its Stream Start event reaches "
                    + "the backend)");
        }
        expectLive(dan, true);

        step("a viewer opens " + dan.name + "'s page (this is exactly what the viewer's page receives)");
        JsonNode page = call("GET", "/api/channels/" + dan.name, null, null, 200);
        say(page.toPrettyString().replace("\n", "\n   "));
        expect(page.path("admission").path("type").asText().equals("HLS"), "a hybrid viewer gets HLS");

        step(dan.name + " ends the stream");
        JsonNode ended = call("POST", "/api/studio/end", dan, null, 200);
        say("POST /api/studio/end -> " + ended.path("summary").asText());
        if (!emulated) {
            postEvent(channel, streamId, "Stream End", Instant.now());
        }
        expectLive(dan, false);

        deleteAccount(dan);
        deleteAccount(eve);
    }

    // ------------------------------------------------------------------ CHAT

    private void chat() {
        section("CHAT: every broadcast has an IVS Chat room; chat tokens by role, over the messaging WebSocket");
        User fay = signUp("fay", "LOW_LATENCY");
        User gil = signUp("gil", "REAL_TIME");
        User hal = signUp("hal", "REAL_TIME");
        String page = "/api/channels/" + fay.name;
        List<ChatClient> clients = new ArrayList<>();
        try {
            step("an anonymous viewer opens " + fay.name + "'s page: a chat token that only reads");
            JsonNode guestChat = call("GET", page, null, null, 200).path("chat");
            say("chat: " + describeChat(guestChat));
            expect(guestChat.path("role").asText().equals("READ_ONLY") && guestChat.path("capabilities").isEmpty(),
                    "an anonymous viewer reads only");
            ChatClient guest = connect("the anonymous viewer", guestChat, clients);

            step(gil.name + " and " + hal.name + ", signed in, open the page: chat tokens that send");
            JsonNode gilChat = call("GET", page, gil, null, 200).path("chat");
            say(gil.name + ": " + describeChat(gilChat));
            expect(gilChat.path("role").asText().equals("VIEWER"), "a signed-in viewer sends");
            ChatClient gilClient = connect(gil.name, gilChat, clients);
            ChatClient halClient = connect(hal.name, call("GET", page, hal, null, 200).path("chat"), clients);

            step(fay.name + " opens the studio: a chat token that moderates");
            JsonNode fayChat = call("GET", "/api/studio", fay, null, 200).path("chat");
            say(fay.name + ": " + describeChat(fayChat));
            expect(fayChat.path("role").asText().equals("HOST")
                    && fayChat.path("capabilities").toString().contains("DELETE_MESSAGE"), "the owner moderates");
            ChatClient fayClient = connect(fay.name, fayChat, clients);

            step(gil.name + " says hello");
            gilClient.send("demo-1", "hello " + fay.name + "!");
            JsonNode hello = await(guest, "MESSAGE", null, "the anonymous viewer to receive " + gil.name
                    + "'s message");
            say("the anonymous viewer receives MESSAGE " + hello.path("Id").asText() + " from "
                    + hello.path("Sender").path("UserId").asText() + ": " + hello.path("Content").asText());
            guest.send("demo-2", "can I talk?");
            JsonNode refused = await(guest, "ERROR", null, "the anonymous viewer's message to be refused");
            say("the anonymous viewer tries to send -> ERROR " + refused.path("ErrorCode").asInt() + ": "
                    + refused.path("ErrorMessage").asText());

            step(hal.name + " posts spam; " + fay.name + " deletes it from her chat client");
            halClient.send("demo-3", "BUY CHEAP FOLLOWERS");
            JsonNode spam = fayClient.next(ChatClient.entity("MESSAGE", null)
                            .and(m -> m.path("Sender").path("UserId").asText().equals(hal.name)), WAIT)
                    .orElseThrow(() -> new DemoFailure("waited " + WAIT.toSeconds() + " s for " + fay.name
                            + " to see " + hal.name + "'s spam"));
            say(fay.name + " receives MESSAGE " + spam.path("Id").asText() + " from " + hal.name + ": "
                    + spam.path("Content").asText());
            fayClient.deleteMessage("demo-4", spam.path("Id").asText(), "spam");
            JsonNode deleted = await(gilClient, "EVENT", "aws:DELETE_MESSAGE", gil.name + " to see the deletion");
            expect(deleted.path("Attributes").path("MessageId").asText().equals(spam.path("Id").asText()),
                    "the deletion names the spam");
            say("everyone receives EVENT aws:DELETE_MESSAGE of message "
                    + deleted.path("Attributes").path("MessageId").asText() + " (reason \""
                    + deleted.path("Attributes").path("Reason").asText() + "\"): clients remove it");

            step(fay.name + " bans " + hal.name);
            JsonNode ban = call("POST", "/api/studio/bans/" + hal.name, fay,
                    Http.JSON.createObjectNode().put("reason", "spam"), 201);
            say("POST /api/studio/bans/" + hal.name + " -> banned " + ban.path("banned").asText() + " at "
                    + ban.path("bannedAt").asText());
            String closed = halClient.awaitClosed(WAIT).orElseThrow(() -> new DemoFailure(hal.name
                    + "'s chat connection stayed open after the ban"));
            say(hal.name + "'s chat connection is closed by IVS Chat: " + closed);
            JsonNode disconnected = await(guest, "EVENT", "aws:DISCONNECT_USER", "the room to hear of the "
                    + "disconnect");
            say("the room receives EVENT aws:DISCONNECT_USER of " + disconnected.path("Attributes").path("UserId")
                    .asText());
            JsonNode again = call("GET", page, hal, null, 200).path("chat");
            expect(again.path("banned").asBoolean() && !again.has("chatToken"), "a banned user gets no chat token");
            say(hal.name + " reloads the page -> no chat token: " + again);

            step(fay.name + " lifts the ban");
            call("DELETE", "/api/studio/bans/" + hal.name, fay, null, 200);
            JsonNode back = call("GET", page, hal, null, 200).path("chat");
            expect(back.path("role").asText().equals("VIEWER"), "an unbanned user chats again");
            say("DELETE /api/studio/bans/" + hal.name + " -> " + hal.name + " gets a chat token again ("
                    + back.path("capabilities") + ")");

            step(fay.name + " goes live, then ends the stream: the chat hears it first");
            call("POST", "/api/studio/live", fay, null, 200);
            JsonNode ended = call("POST", "/api/studio/end", fay, null, 200);
            say("POST /api/studio/end -> " + ended.path("summary").asText());
            JsonNode ending = await(guest, "EVENT", "stream-ending", "the stream-ending event");
            say("the anonymous viewer receives EVENT " + ending.path("EventName").asText() + " ("
                    + ending.path("Id").asText() + ")");
        } finally {
            clients.forEach(ChatClient::close);
        }
        deleteAccount(fay);
        deleteAccount(gil);
        deleteAccount(hal);
    }

    private ChatClient connect(String who, JsonNode chat, List<ChatClient> clients) {
        URI endpoint = URI.create(chat.path("messagingEndpoint").asText());
        ChatClient client;
        try {
            client = ChatClient.connect(who, endpoint, chat.path("chatToken").asText(), WAIT);
        } catch (IOException e) {
            throw new DemoFailure(e.getMessage());
        }
        clients.add(client);
        say(who + " connects to " + endpoint + " (a WebSocket; the chat token is its subprotocol)");
        return client;
    }

    private static JsonNode await(ChatClient client, String type, String eventName, String what) {
        return client.next(ChatClient.entity(type, eventName), WAIT)
                .orElseThrow(() -> new DemoFailure("waited " + WAIT.toSeconds() + " s for " + what));
    }

    private static String describeChat(JsonNode chat) {
        return chat.path("role").asText() + " " + chat.path("userId").asText() + " " + chat.path("capabilities")
                + ", chat token " + redact(chat.path("chatToken").asText()) + ", session until "
                + chat.path("sessionExpiresAt").asText() + ", room " + chat.path("room").asText();
    }

    // ------------------------------------------------------------------ steps

    private User signUp(String name, String mode) {
        String username = name + "-" + suffix;
        step(username + " signs up to stream in " + mode);
        ObjectNode body = Http.JSON.createObjectNode().put("username", username).put("mode", mode);
        JsonNode answer = call("POST", "/api/users", null, body, 201);
        JsonNode broadcast = answer.path("broadcast");
        if (broadcast.has("stage")) {
            say("stage   " + broadcast.path("stage").path("arn").asText());
        }
        if (broadcast.has("channel")) {
            say("channel " + broadcast.path("channel").path("arn").asText() + " (playback "
                    + broadcast.path("channel").path("playbackUrl").asText() + ")");
        }
        if (broadcast.has("ingest")) {
            say("ingest  " + broadcast.path("ingest").path("server").asText() + " with stream key "
                    + broadcast.path("ingest").path("streamKeyArn").asText() + " (the key's value stays in IVS)");
        }
        if (broadcast.has("chatRoom")) {
            say("chat    " + broadcast.path("chatRoom").asText());
        }
        say("API key " + redact(answer.path("apiKey").asText()) + " (shown once; the backend keeps its hash)");
        return new User(username, answer.path("apiKey").asText(), answer);
    }

    private void deleteAccount(User user) {
        step(user.name + " deletes the account: everything is torn down");
        JsonNode deleted = call("DELETE", "/api/me", user, null, 200);
        say("DELETE /api/me -> " + deleted.path("removed"));
        call("GET", "/api/channels/" + user.name, null, null, 404);
        say("GET /api/channels/" + user.name + " -> 404");
    }

    private String join(JsonNode admission, String who) {
        if (!emulated) {
            say("(" + who + " would join the stage with this token)");
            return "";
        }
        JsonNode joined = call("POST", "/dev/emulator/join", null,
                Http.JSON.createObjectNode().put("token", admission.path("token").asText()), 200);
        String participant = joined.path("participantId").asText();
        say(who + " joins the stage: participant " + participant);
        return participant;
    }

    /** The participant's client swaps its token on the stage (the broadcast SDK's stage.exchangeToken). */
    private String exchange(JsonNode admission, String who) {
        if (!emulated) {
            say("(" + who + " would call stage.exchangeToken with this token and stay on the stage)");
            return admission.path("participantId").asText();
        }
        JsonNode exchanged = call("POST", "/dev/emulator/exchange", null,
                Http.JSON.createObjectNode().put("token", admission.path("token").asText()), 200);
        String participant = exchanged.path("participantId").asText();
        say(who + " exchanges its token on the stage (stage.exchangeToken): participant " + participant
                + " stays connected and may publish now");
        return participant;
    }

    private void publish(JsonNode admission, String participantId) {
        if (!emulated) {
            return;
        }
        call("POST", "/dev/emulator/publish", null, Http.JSON.createObjectNode()
                .put("stageArn", admission.path("stage").path("arn").asText())
                .put("participantId", participantId), 200);
        say("participant " + participantId + " publishes camera and microphone");
    }

    private String streamStart(String channel) {
        if (emulated) {
            JsonNode started = call("POST", "/dev/emulator/stream-start", null,
                    Http.JSON.createObjectNode().put("channelArn", channel), 200);
            say("(the emulator simulates the encoder) stream " + started.path("streamId").asText()
                    + " is live; the emulator's Stream Start event reaches the backend");
            return started.path("streamId").asText();
        }
        String streamId = "st-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postEvent(channel, streamId, "Stream Start", Instant.now());
        return streamId;
    }

    private void postStageEvent(String stage, String userId, String participantId, String name) {
        ObjectNode event = Http.JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "IVS Stage Update");
        event.put("source", "aws.ivs");
        String[] arn = stage.split(":");
        event.put("account", arn[4]);
        event.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", arn[3]);
        event.putArray("resources").add(stage);
        event.putObject("detail").put("session_id", "st-" + suffix).put("event_name", name)
                .put("user_id", userId).put("participant_id", participantId);
        JsonNode answer = call("POST", "/events", null, event, 202);
        say("POST /events (as EventBridge would): " + name + " by " + userId + " -> live "
                + answer.path("live").asBoolean());
    }

    private JsonNode postEvent(String channel, String streamId, String name, Instant time) {
        ObjectNode event = Http.JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "IVS Stream State Change");
        event.put("source", "aws.ivs");
        String[] arn = channel.split(":");
        event.put("account", arn[4]);
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", arn[3]);
        event.putArray("resources").add(channel);
        event.putObject("detail").put("event_name", name).put("stream_id", streamId);
        JsonNode answer = call("POST", "/events", null, event, 202);
        if (!emulated) {
            say("POST /events (as EventBridge would): " + name + " of " + streamId + " -> live "
                    + answer.path("live").asBoolean());
        }
        return answer;
    }

    /** Waits for a user's live flag (events may take a moment), then prints it. */
    private void expectLive(User user, boolean live) {
        expectLive(user, live, WAIT, null);
    }

    /** As {@link #expectLive(User, boolean)}, failing early if the encoder given stops meanwhile. */
    private void expectLive(User user, boolean live, Duration wait, FfmpegEncoder encoder) {
        Instant deadline = Instant.now().plus(wait);
        JsonNode page;
        do {
            page = call("GET", "/api/channels/" + user.name, null, null, 200);
            if (page.path("live").asBoolean() == live) {
                say("live flag of " + user.name + ": " + live);
                return;
            }
            if (encoder != null && !encoder.isAlive()) {
                throw new DemoFailure("FFmpeg stopped before " + user.name + " went live: " + encoder.log());
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new DemoFailure("the live flag of " + user.name + " stayed " + page.path("live").asBoolean()
                + " for " + wait.toSeconds() + " s; expected " + live);
    }

    private static String describe(JsonNode admission) {
        switch (admission.path("type").asText()) {
            case "WEBRTC":
                return "WEBRTC participant " + admission.path("participantId").asText() + " as "
                        + (admission.path("userId").asText().isEmpty() ? "an anonymous viewer"
                        : admission.path("userId").asText()) + ", " + admission.path("capabilities") + ", token "
                        + redact(admission.path("token").asText()) + " (" + (admission.path("selfSigned").asBoolean()
                        ? "signed locally" : "from CreateParticipantToken") + "), expires "
                        + admission.path("expiresAt").asText() + ", stage events "
                        + admission.path("stage").path("events").asText();
            case "RTMPS":
                return "RTMPS server " + admission.path("server").asText() + " (OBS: Server), stream key "
                        + redact(admission.path("streamKey").asText()) + " (OBS: Stream Key)";
            case "HLS":
                return "HLS " + admission.path("playbackUrl").asText();
            default:
                return admission.toString();
        }
    }

    // ------------------------------------------------------------------ plumbing

    private JsonNode call(String method, String path, User as, JsonNode body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (as != null) {
            request.header("Authorization", "Bearer " + as.apiKey);
        }
        if (path.equals("/events")) {
            // As EventBridge's connection does for its API destination.
            eventsKey.ifPresent(key -> request.header(key.headerName(), key.value()));
        }
        HttpResponse<String> response = send(request.build(), method + " " + path);
        JsonNode answer;
        try {
            answer = response.body().isEmpty() ? Http.JSON.createObjectNode() : Http.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new DemoFailure(method + " " + path + " answered " + response.statusCode() + " with a body that is "
                    + "not JSON");
        }
        if (response.statusCode() != expected) {
            String hint = response.statusCode() == 401 && path.equals("/events") && eventsKey.isEmpty()
                    ? " (give the demo the backend's events API key in $" + EventsApiKey.VARIABLE + ")" : "";
            throw new DemoFailure(method + " " + path + " answered " + response.statusCode() + " (expected "
                    + expected + "): " + answer.path("error").asText() + ": " + answer.path("message").asText() + hint);
        }
        return answer;
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoFailure(what + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure(what + " was interrupted");
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new DemoFailure("expected: " + what);
        }
    }

    private void section(String title) {
        out.println();
        out.println("=== " + title);
    }

    private void step(String title) {
        out.println();
        out.println("-- " + title);
    }

    private void say(String line) {
        out.println("   " + line);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    /** A secret, shown only by its first characters and length. */
    static String redact(String secret) {
        return secret.substring(0, Math.min(8, secret.length())) + "...(" + secret.length() + " chars, redacted)";
    }

    private record User(String name, String apiKey, JsonNode signUp) {
    }
}
