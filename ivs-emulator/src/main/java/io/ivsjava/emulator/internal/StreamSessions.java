package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.rtmp.IngestParameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The live side of a partition's channels and the operations on it: streams while a broadcaster is connected
 * ({@code GetStream}, {@code ListStreams}, {@code StopStream}, {@code PutMetadata}, {@code InsertAdBreak}) and the
 * stream sessions they leave behind ({@code GetStreamSession}, {@code ListStreamSessions}).
 *
 * <p>A broadcast is simulated ({@code IvsEmulator.simulateStreamStart}) or real (an RTMP publish, through
 * {@link MediaIngest}): it opens a stream and a session at once.
 * The session records the channel as it was when it went live, the encoder's ingest settings, the recording
 * configuration if the channel records, and the IVS events of the broadcast, newest first, as IVS reports them.
 * Ending the broadcast ({@code simulateStreamEnd} or {@code StopStream}) ends both; the session stays listable
 * until the channel is deleted.
 */
final class StreamSessions extends Operations {
    /** PutMetadata payload limit and per-channel rate, from the API reference. */
    static final int MAX_METADATA_BYTES = 1024;
    static final int METADATA_PER_SECOND = 5;
    /** The healths a stream may have, from the model's {@code StreamHealth}. */
    static final List<String> HEALTHS = List.of("HEALTHY", "STARVING", "UNKNOWN");

    private static final String STREAM_STATE = "IVS Stream State Change";
    private static final String RECORDING_STATE = "IVS Recording State Change";
    private static final String STREAM_HEALTH = "IVS Stream Health Change";

    /** One partition's streams and sessions. Guarded by the partition's lock. */
    static final class State {
        /** Live streams by channel ARN, sorted so that ListStreams pages by a stable key. */
        final NavigableMap<String, ObjectNode> live = new TreeMap<>();
        /** Each channel's sessions, newest first (keyed by {@link #sessionKey}). */
        final Map<String, NavigableMap<String, ObjectNode>> sessions = new HashMap<>();
        /** Each live stream's session key. */
        final Map<String, String> liveSession = new HashMap<>();
        final Map<String, List<Instant>> metadataTimes = new HashMap<>();
        long sequence;

        /** A key that sorts later sessions first and never repeats within the partition. */
        private String sessionKey() {
            return String.format("%019d", Long.MAX_VALUE - ++sequence);
        }
    }

    private final GenericOperations generic;

    StreamSessions(EmulatorState state, ServiceModel model, GenericOperations generic) {
        super(state, model);
        this.generic = generic;
    }

    @Override
    void register(Handlers handlers) {
        read(handlers, "GetStream", this::getStream);
        read(handlers, "ListStreams", this::listStreams);
        write(handlers, "StopStream", this::stopStream);
        read(handlers, "GetStreamSession", this::getStreamSession);
        read(handlers, "ListStreamSessions", this::listStreamSessions);
        write(handlers, "PutMetadata", this::putMetadata);
        write(handlers, "InsertAdBreak", this::insertAdBreak);
    }

    static State of(Partition p) {
        return p.extension(State.class, State::new);
    }

    /**
     * Makes a channel live, as when an encoder connects with its stream key: a stream and a new session. Does
     * nothing if the channel is already live. Call under the partition's write lock.
     *
     * @param p the channel's partition
     * @param channelArn the channel
     * @param health the stream's health, one of {@link #HEALTHS}
     * @return the stream
     * @throws ApiException {@code ResourceNotFoundException} if there is no such channel, {@code ValidationException}
     *     if it has no stream key to connect with
     */
    static ObjectNode start(Partition p, String channelArn, String health) {
        return start(p, channelArn, health, Optional.empty());
    }

    /**
     * Makes a channel live, as {@link #start(Partition, String, String)} does, with what an encoder really sends.
     * Call under the partition's write lock.
     *
     * @param p the channel's partition
     * @param channelArn the channel
     * @param health the stream's health, one of {@link #HEALTHS}
     * @param ingest the encoder's parameters, read from an RTMP publish; empty for a common encoder's
     * @return the stream
     * @throws ApiException {@code ResourceNotFoundException} if there is no such channel, {@code ValidationException}
     *     if it has no stream key to connect with
     */
    static ObjectNode start(Partition p, String channelArn, String health, Optional<IngestParameters> ingest) {
        ObjectNode channel = p.require(channelArn, "channel");
        State s = of(p);
        ObjectNode current = s.live.get(channelArn);
        if (current != null) {
            return current;
        }
        if (LowLatencyOperations.streamKeysOf(p, channelArn).isEmpty()) {
            throw ApiException.validation("The channel " + channelArn + " has no stream key, so no encoder can "
                    + "connect to it; create one with CreateStreamKey first.");
        }
        String now = iso(p.now());
        String streamId = "st-" + p.randomId(23);
        ObjectNode stream = Json.object();
        stream.put("channelArn", channelArn);
        stream.put("streamId", streamId);
        stream.put("playbackUrl", channel.path("playbackUrl").asText());
        stream.put("startTime", now);
        stream.put("state", "LIVE");
        stream.put("health", health);
        stream.put("viewerCount", 0L);
        s.live.put(channelArn, stream);

        ObjectNode session = Json.object();
        session.put("streamId", streamId);
        session.put("startTime", now);
        session.set("channel", channel);
        if (ingest.isPresent()) {
            Ingest.describe(session, ingest.get());
        } else {
            Ingest.describe(channel, session);
        }
        String recording = channel.path("recordingConfigurationArn").asText("");
        Optional<ObjectNode> recordingConfiguration = recording.isEmpty() ? Optional.empty() : p.find(recording);
        recordingConfiguration.ifPresent(r -> session.set("recordingConfiguration", r));
        ArrayNode events = session.putArray("truncatedEvents");
        addEvent(events, "Session Created", STREAM_STATE, now);
        addEvent(events, "Stream Start", STREAM_STATE, now);
        if (recordingConfiguration.isPresent()) {
            addEvent(events, "Recording Start", RECORDING_STATE, now);
        }
        if (health.equals("STARVING")) {
            addEvent(events, "Starvation Start", STREAM_HEALTH, now);
        }
        String key = s.sessionKey();
        s.sessions.computeIfAbsent(channelArn, k -> new TreeMap<>()).put(key, session);
        s.liveSession.put(channelArn, key);
        streamStateChange(p, channel, streamId, "Session Created");
        streamStateChange(p, channel, streamId, "Stream Start");
        return stream;
    }

    /** Emits an {@code IVS Stream State Change} event for the emulator's in-process listeners. */
    private static void streamStateChange(Partition p, ObjectNode channel, String streamId, String name) {
        ObjectNode detail = Json.object();
        detail.put("event_name", name);
        detail.put("channel_name", channel.path("name").asText(""));
        detail.put("stream_id", streamId);
        p.emit(STREAM_STATE, channel.path("arn").asText(), detail);
    }

    /**
     * Ends a channel's stream and its session, as when the encoder disconnects. Call under the partition's write
     * lock.
     *
     * @param p the channel's partition
     * @param channelArn the channel
     * @return whether the channel was live
     * @throws ApiException {@code ResourceNotFoundException} if there is no such channel
     */
    static boolean end(Partition p, String channelArn) {
        p.require(channelArn, "channel");
        State s = of(p);
        ObjectNode stream = s.live.remove(channelArn);
        s.metadataTimes.remove(channelArn);
        String key = s.liveSession.remove(channelArn);
        MediaIngest.cutOff(p, channelArn);
        if (stream == null || key == null) {
            return false;
        }
        ObjectNode session = s.sessions.get(channelArn).get(key);
        String now = iso(p.now());
        session.put("endTime", now);
        ArrayNode events = (ArrayNode) session.get("truncatedEvents");
        if (stream.path("health").asText().equals("STARVING")) {
            addEvent(events, "Starvation End", STREAM_HEALTH, now);
        }
        if (session.has("recordingConfiguration")) {
            addEvent(events, "Recording End", RECORDING_STATE, now);
        }
        addEvent(events, "Stream End", STREAM_STATE, now);
        addEvent(events, "Session Ended", STREAM_STATE, now);
        ObjectNode channel = (ObjectNode) session.path("channel");
        streamStateChange(p, channel, stream.path("streamId").asText(), "Stream End");
        streamStateChange(p, channel, stream.path("streamId").asText(), "Session Ended");
        return true;
    }

    /**
     * Whether a channel is live.
     *
     * @param p the partition
     * @param channelArn the channel
     * @return true while a stream is on
     */
    static boolean isLive(Partition p, String channelArn) {
        return of(p).live.containsKey(channelArn);
    }

    /**
     * The id of a channel's live stream.
     *
     * @param p the partition
     * @param channelArn the channel
     * @return its stream id, or empty when it is offline
     */
    static Optional<String> liveStreamId(Partition p, String channelArn) {
        return Optional.ofNullable(of(p).live.get(channelArn)).map(stream -> stream.path("streamId").asText());
    }

    /**
     * Rewrites a live stream's session's ingest configuration with newer measurements. Call under the write lock.
     *
     * @param p the partition
     * @param channelArn the channel
     * @param streamId the stream, which must still be the live one
     * @param ingest what the encoder sends
     */
    static void describeIngest(Partition p, String channelArn, String streamId, IngestParameters ingest) {
        State s = of(p);
        String key = s.liveSession.get(channelArn);
        if (key != null && liveStreamId(p, channelArn).filter(streamId::equals).isPresent()) {
            Ingest.describe(s.sessions.get(channelArn).get(key), ingest);
        }
    }

    /**
     * Forgets a deleted channel's streams and sessions.
     *
     * @param p the partition
     * @param channelArn the deleted channel
     */
    static void forget(Partition p, String channelArn) {
        MediaIngest.cutOff(p, channelArn);
        State s = of(p);
        s.live.remove(channelArn);
        s.liveSession.remove(channelArn);
        s.sessions.remove(channelArn);
        s.metadataTimes.remove(channelArn);
    }

    private ObjectNode getStream(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        p.require(arn, "channel");
        ObjectNode stream = of(p).live.get(arn);
        if (stream == null) {
            throw notBroadcasting(arn);
        }
        return wrap("stream", stream.deepCopy());
    }

    private ObjectNode listStreams(Partition p, ObjectNode in) {
        Predicate<ObjectNode> filter = generic.filters(model.operations().get("ListStreams"), in);
        return Partition.page(of(p).live, "ListStreams", ObjectNode::deepCopy, filter, maxResults(in, 100),
                text(in, "nextToken")).toResponse("streams", stream -> project(stream, "StreamSummary"));
    }

    private ObjectNode stopStream(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        if (!end(p, arn)) {
            throw notBroadcasting(arn);
        }
        return Json.object();
    }

    private ObjectNode getStreamSession(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        p.require(arn, "channel");
        NavigableMap<String, ObjectNode> sessions = of(p).sessions.getOrDefault(arn, new TreeMap<>());
        Optional<String> streamId = nonEmpty(in, "streamId");
        Optional<ObjectNode> session = streamId.isPresent()
                ? sessions.values().stream().filter(s -> s.path("streamId").asText().equals(streamId.get())).findFirst()
                : Optional.ofNullable(sessions.firstEntry()).map(Map.Entry::getValue);
        return wrap("streamSession", session.orElseThrow(() -> ApiException.notFound(streamId
                .map(id -> "The stream session " + id + " of channel " + arn + " was not found.")
                .orElse("The channel " + arn + " has no stream session yet."))).deepCopy());
    }

    private ObjectNode listStreamSessions(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        p.require(arn, "channel");
        NavigableMap<String, ObjectNode> sessions = of(p).sessions.getOrDefault(arn, new TreeMap<>());
        return Partition.page(sessions, "ListStreamSessions " + arn, StreamSessions::summary, s -> true,
                maxResults(in, 100), text(in, "nextToken")).toResponse("streamSessions", s -> s);
    }

    private ObjectNode putMetadata(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        p.require(arn, "channel");
        int size = in.path("metadata").asText().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_METADATA_BYTES) {
            throw ApiException.validation("The metadata is " + size + " bytes; the maximum is 1 KB (1024 bytes).");
        }
        State s = of(p);
        if (!s.live.containsKey(arn)) {
            throw notBroadcasting(arn);
        }
        Instant now = p.emulator().instant();
        List<Instant> times = s.metadataTimes.computeIfAbsent(arn, k -> new ArrayList<>());
        times.removeIf(t -> !t.isAfter(now.minusSeconds(1)));
        if (times.size() >= METADATA_PER_SECOND) {
            throw ApiException.throttling("The channel " + arn + " received more than " + METADATA_PER_SECOND
                    + " metadata requests in one second.");
        }
        times.add(now);
        String streamId = s.live.get(arn).path("streamId").asText();
        state.playback().ifPresent(playback -> playback.metadata(arn, streamId, in.path("metadata").asText()));
        return Json.object();
    }

    /**
     * InsertAdBreak: the channel must be live and have an ad configuration. The emulator plays no ads; it answers
     * with the ad break's id as IVS does.
     */
    private ObjectNode insertAdBreak(Partition p, ObjectNode in) {
        String arn = in.path("channelArn").asText();
        ObjectNode channel = p.require(arn, "channel");
        if (channel.path("adConfigurationArn").asText("").isEmpty()) {
            throw ApiException.conflict("The channel " + arn + " has no ad configuration; set its "
                    + "adConfigurationArn (UpdateChannel) before inserting ad breaks.");
        }
        if (!isLive(p, arn)) {
            throw notBroadcasting(arn);
        }
        return Json.object().put("adBreakId", p.randomId(12));
    }

    /** A session as a list item: {@code StreamSessionSummary}, with {@code hasErrorEvent} from its events. */
    private static ObjectNode summary(ObjectNode session) {
        ObjectNode out = Json.object();
        out.put("streamId", session.path("streamId").asText());
        out.put("startTime", session.path("startTime").asText());
        if (session.has("endTime")) {
            out.put("endTime", session.path("endTime").asText());
        }
        boolean error = false;
        for (JsonNode event : session.path("truncatedEvents")) {
            error |= event.path("name").asText().endsWith("Failure") || event.path("type").asText().equals("IVS Limit Breach");
        }
        out.put("hasErrorEvent", error);
        return out;
    }

    /** Adds an event at the head of the list: IVS lists a session's events newest first. */
    private static void addEvent(ArrayNode events, String name, String type, String time) {
        ObjectNode event = Json.object();
        event.put("name", name);
        event.put("type", type);
        event.put("eventTime", time);
        events.insert(0, event);
    }

    static ApiException notBroadcasting(String arn) {
        return ApiException.channelNotBroadcasting("The channel " + arn + " is not broadcasting.");
    }
}
