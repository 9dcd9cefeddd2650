package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.Quota;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What happens on a stage's media plane, and the API that reports it: stage sessions, participants and their
 * events, {@code DisconnectParticipant}, and participant replication.
 *
 * <p>A session opens when the first participant joins a stage and ends when the last one leaves; the stage's
 * {@code activeSessionId} names the open one. A participant is one token ({@code jti}): joining again with the same
 * token reconnects the same participant. Events are kept per participant, newest first, as IVS lists them.
 *
 * <p>The media-plane methods ({@link #join}, {@link #publish}, {@link #leave}...) are what the embedded API's
 * simulations call; they must run under the partition's write lock and throw {@link IllegalArgumentException} saying
 * why IVS would refuse. The API handlers declare their locks.
 */
final class StageSessions extends Operations {
    static final String CONNECTED = "CONNECTED";
    static final String DISCONNECTED = "DISCONNECTED";

    /** How a participant stops being connected, which decides what else changes. */
    enum Departure {
        /** The participant's client left. */
        LEFT,
        /** {@code DisconnectParticipant}: the token is revoked for the stage; an ingest configuration loses its stage. */
        DISCONNECTED,
        /** The stage was deleted: an ingest configuration publishing to it loses its stage. */
        STAGE_DELETED
    }

    /** The side state of one partition's stages. Guarded by the partition's lock. */
    static final class State {
        final Map<String, StageRecord> stages = new HashMap<>();
        /** Replications by source stage, participant and destination stage: {@code ParticipantReplica} documents. */
        final NavigableMap<String, ObjectNode> replicas = new TreeMap<>();
    }

    /** One stage's sessions. */
    static final class StageRecord {
        /** Newest first. */
        final NavigableMap<String, Session> sessions = new TreeMap<>();
        final Map<String, Session> byId = new HashMap<>();
        /** Participants that {@code DisconnectParticipant} revoked from this stage. */
        final Set<String> revoked = new HashSet<>();
        long opened;
        Session active;
    }

    /** The {@code IVS Stage Update} event names EventBridge uses for the participant events of the API. */
    private static final Map<String, String> STAGE_UPDATE_NAMES = Map.of(
            "JOINED", "Participant Joined",
            "LEFT", "Participant Left",
            "PUBLISH_STARTED", "Participant Published",
            "PUBLISH_STOPPED", "Participant Unpublished",
            "SUBSCRIBE_STARTED", "Participant Subscribed",
            "SUBSCRIBE_STOPPED", "Participant Unsubscribed",
            "JOIN_ERROR", "Participant Join Error",
            "PUBLISH_ERROR", "Participant Publish Error",
            "SUBSCRIBE_ERROR", "Participant Subscribe Error");

    /** One stage session: a {@code StageSession} document and its participants. */
    static final class Session {
        final String stageArn;
        final ObjectNode doc;
        final Map<String, Member> byId = new HashMap<>();
        /** In order of first join. */
        final NavigableMap<String, Member> order = new TreeMap<>();

        Session(String stageArn, ObjectNode doc) {
            this.stageArn = stageArn;
            this.doc = doc;
        }

        String id() {
            return doc.path("sessionId").asText();
        }

        long publishers() {
            return byId.values().stream().filter(m -> m.publishing).count();
        }

        long subscribers() {
            return byId.values().stream().filter(m -> !m.subscribedTo.isEmpty()).count();
        }

        boolean anyoneConnected() {
            return byId.values().stream().anyMatch(Member::connected);
        }
    }

    /** One participant of a session: its {@code Participant} document, what its token allows, and its events. */
    static final class Member {
        final ObjectNode doc;
        boolean allowPublish;
        boolean allowSubscribe;
        boolean publishing;
        /** The participants this one is subscribed to. */
        final Set<String> subscribedTo = new LinkedHashSet<>();
        /** Newest first. */
        final NavigableMap<String, ObjectNode> events = new TreeMap<>();
        /** The session the participant belongs to. */
        final Session session;
        long eventCount;
        /** The token it joined with (or exchanged for last); null for ingest and replica participants. */
        ParticipantTokens.Verified token;

        Member(ObjectNode doc, Session session) {
            this.doc = doc;
            this.session = session;
        }

        String id() {
            return doc.path("participantId").asText();
        }

        boolean connected() {
            return CONNECTED.equals(doc.path("state").asText());
        }

        boolean replica() {
            return "REPLICA".equals(doc.path("replicationType").asText());
        }
    }

    /**
     * Who arrives on a stage and with what rights.
     *
     * @param participantId the participant id
     * @param userId the user id, or empty text
     * @param attributes the participant's attributes
     * @param publish whether it may publish
     * @param subscribe whether it may subscribe
     * @param protocol how it connects: {@code WHIP} for the client SDKs, {@code RTMP} or {@code RTMPS} for ingest
     * @param ingestConfigurationArn the ingest configuration it publishes with, if any
     * @param redundantIngest whether that ingest is redundant
     */
    record Arrival(String participantId, String userId, ObjectNode attributes, boolean publish, boolean subscribe,
                   String protocol, Optional<String> ingestConfigurationArn, boolean redundantIngest) {
    }

    private final GenericOperations generic;

    StageSessions(EmulatorState state, ServiceModel model, GenericOperations generic) {
        super(state, model);
        this.generic = generic;
    }

    @Override
    void register(Handlers handlers) {
        read(handlers, "ListStageSessions", this::listStageSessions);
        read(handlers, "GetStageSession", this::getStageSession);
        read(handlers, "GetParticipant", this::getParticipant);
        read(handlers, "ListParticipants", this::listParticipants);
        read(handlers, "ListParticipantEvents", this::listParticipantEvents);
        write(handlers, "DisconnectParticipant", this::disconnectParticipant);
        write(handlers, "StartParticipantReplication", this::startParticipantReplication);
        write(handlers, "StopParticipantReplication", this::stopParticipantReplication);
        read(handlers, "ListParticipantReplicas", this::listReplicas);
    }

    static State state(Partition p) {
        return p.extension(State.class, State::new);
    }

    // ---------------------------------------------------------------------------------------------- media plane

    /**
     * A participant joins with a verified token. Call under the write lock.
     *
     * @param p the stage's partition
     * @param token what the token admits
     * @return the participant id
     * @throws IllegalArgumentException if the stage does not exist or the participant was revoked
     */
    static String join(Partition p, ParticipantTokens.Verified token) {
        ObjectNode stage = stage(p, token.stageArn());
        StageRecord record = record(p, token.stageArn());
        if (record.revoked.contains(token.participantId())) {
            throw new IllegalArgumentException("The participant " + token.participantId() + " was disconnected from "
                    + token.stageArn() + " with DisconnectParticipant, which revokes its token; issue a new one.");
        }
        Member before = record.active == null ? null : record.active.byId.get(token.participantId());
        boolean alreadyConnected = before != null && before.connected();
        Member member = arrive(p, stage, new Arrival(token.participantId(), token.userId(), token.attributes(),
                token.publish(), token.subscribe(), "WHIP", Optional.empty(), false));
        if (!alreadyConnected) {
            member.token = token;
        }
        return token.participantId();
    }

    /**
     * A connected participant's client exchanges its token for another (the broadcast SDKs' {@code exchangeToken}):
     * its capabilities, attributes and user id change without leaving the stage. As IVS and its SDKs do, only a
     * self-signed token replaces a self-signed token, and the replacement must keep {@code jti}, {@code topic},
     * {@code resource}, {@code whip_url} and {@code events_url}. A publisher that loses {@code PUBLISH} stops
     * publishing, a subscriber that loses {@code SUBSCRIBE} stops subscribing. Records a {@code TOKEN_EXCHANGED}
     * event with the previous and the new token. Call under the write lock.
     *
     * @param p the stage's partition
     * @param token the verified replacement
     * @return the participant id
     * @throws IllegalArgumentException if no participant with the token's id is connected to its stage, either
     *     token is not self-signed, or an immutable claim changed
     */
    static String exchangeToken(Partition p, ParticipantTokens.Verified token) {
        String stageArn = token.stageArn();
        stage(p, stageArn);
        StageRecord record = state(p).stages.get(stageArn);
        Member member = record == null || record.active == null ? null
                : record.active.byId.get(token.participantId());
        if (member == null || !member.connected()) {
            throw new IllegalArgumentException("No participant " + token.participantId() + " is connected to "
                    + stageArn + ": a token exchange replaces the token of a participant on the stage (its jti and "
                    + "resource); a participant that is not on it joins with a token instead.");
        }
        if (member.token == null) {
            throw new IllegalArgumentException("The participant " + token.participantId() + " publishes through "
                    + (member.replica() ? "participant replication" : "an ingest configuration")
                    + " and holds no participant token to exchange.");
        }
        if (!member.token.selfSigned()) {
            throw new IllegalArgumentException("The participant " + token.participantId() + " joined with a token "
                    + "from CreateParticipantToken; IVS exchanges only tokens signed with a key pair "
                    + "(ImportPublicKey).");
        }
        if (!token.selfSigned()) {
            throw new IllegalArgumentException("The new token comes from CreateParticipantToken; IVS exchanges "
                    + "only "
                    + "tokens signed with a key pair (ImportPublicKey).");
        }
        if (!token.eventsUrl().equals(member.token.eventsUrl())
                || !token.whipUrl().equals(member.token.whipUrl())) {
            throw new IllegalArgumentException("The new token changes whip_url or events_url; a token exchange "
                    + "keeps "
                    + "jti, topic, resource, whip_url and events_url.");
        }
        ParticipantTokens.Verified previous = member.token;
        member.token = token;
        member.allowPublish = token.publish();
        member.allowSubscribe = token.subscribe();
        member.doc.put("userId", token.userId());
        member.doc.set("attributes", token.attributes().deepCopy());
        Session session = member.session;
        if (!token.publish()) {
            stopPublishing(p, session, member);
        }
        if (!token.subscribe()) {
            for (String publisher : List.copyOf(member.subscribedTo)) {
                member.subscribedTo.remove(publisher);
                subscriptionStopped(p, session, member, publisher);
            }
        }
        ObjectNode e = event(p, member, "TOKEN_EXCHANGED");
        e.set("previousToken", exchanged(previous));
        e.set("newToken", exchanged(token));
        return token.participantId();
    }

    /** An {@code ExchangedParticipantToken} document. */
    private static ObjectNode exchanged(ParticipantTokens.Verified token) {
        ObjectNode doc = Json.object();
        ArrayNode capabilities = doc.putArray("capabilities");
        if (token.publish()) {
            capabilities.add("PUBLISH");
        }
        if (token.subscribe()) {
            capabilities.add("SUBSCRIBE");
        }
        doc.set("attributes", token.attributes().deepCopy());
        doc.put("userId", token.userId());
        doc.put("expirationTime", iso(token.expires()));
        return doc;
    }

    /**
     * A participant connects to a stage, opening a session if none is open; a known participant reconnects. Call
     * under the write lock.
     *
     * @param p the partition
     * @param stage the stage document
     * @param arrival who arrives
     * @return the member
     */
    static Member arrive(Partition p, ObjectNode stage, Arrival arrival) {
        StageRecord record = record(p, stage.path("arn").asText());
        Session session = openSession(p, record, stage);
        Member member = session.byId.get(arrival.participantId());
        if (member != null && member.connected()) {
            return member;
        }
        if (member == null) {
            ObjectNode doc = Json.object();
            doc.put("participantId", arrival.participantId());
            doc.put("userId", arrival.userId());
            doc.put("state", CONNECTED);
            doc.put("firstJoinTime", iso(p.now()));
            doc.set("attributes", arrival.attributes().deepCopy());
            doc.put("published", false);
            doc.put("recordingS3BucketName", "");
            doc.put("recordingS3Prefix", "");
            doc.put("recordingState", "DISABLED");
            doc.put("protocol", arrival.protocol());
            doc.put("replicationType", "NONE");
            doc.put("redundantIngest", arrival.redundantIngest());
            arrival.ingestConfigurationArn().ifPresent(arn -> doc.put("ingestConfigurationArn", arn));
            member = new Member(doc, session);
            session.byId.put(arrival.participantId(), member);
            session.order.put(String.format("%010d", session.order.size()), member);
        }
        member.doc.put("state", CONNECTED);
        member.allowPublish = arrival.publish();
        member.allowSubscribe = arrival.subscribe();
        event(p, member, "JOINED");
        return member;
    }

    /**
     * A connected participant starts publishing. Call under the write lock.
     *
     * @param p the partition
     * @param stageArn the stage
     * @param participantId the participant
     * @throws IllegalArgumentException if it is not connected, may not publish, or the stage has its most publishers
     */
    static void publish(Partition p, String stageArn, String participantId) {
        Session session = activeSession(p, stageArn);
        Member member = connected(session, participantId);
        if (member.publishing) {
            return;
        }
        if (!member.allowPublish) {
            errorEvent(p, member, "PUBLISH_ERROR", "INSUFFICIENT_CAPABILITIES");
            throw new IllegalArgumentException("The participant " + participantId + " may not publish: its token lacks "
                    + "the PUBLISH capability (recorded as a PUBLISH_ERROR event).");
        }
        int limit = p.emulator().limit(Quota.STAGE_PUBLISHERS);
        if (session.publishers() >= limit) {
            errorEvent(p, member, "PUBLISH_ERROR", "QUOTA_EXCEEDED");
            throw new IllegalArgumentException("The stage " + stageArn + " already has " + limit + " publishers, its "
                    + "limit (recorded as a PUBLISH_ERROR event).");
        }
        startPublishing(p, session, member);
    }

    /**
     * A participant stops publishing; does nothing if it is not publishing. Call under the write lock.
     *
     * @param p the partition
     * @param stageArn the stage
     * @param participantId the participant
     * @throws IllegalArgumentException if the participant is not connected to the stage
     */
    static void unpublish(Partition p, String stageArn, String participantId) {
        Session session = activeSession(p, stageArn);
        stopPublishing(p, session, connected(session, participantId));
    }

    /**
     * A participant subscribes to a publisher's media. Call under the write lock.
     *
     * @param p the partition
     * @param stageArn the stage
     * @param subscriberId the subscribing participant
     * @param publisherId the participant subscribed to
     * @throws IllegalArgumentException if either is not connected, the subscriber may not subscribe, the publisher is
     *     not publishing or the stage has its most subscribers
     */
    static void subscribe(Partition p, String stageArn, String subscriberId, String publisherId) {
        Session session = activeSession(p, stageArn);
        Member subscriber = connected(session, subscriberId);
        if (subscriber.subscribedTo.contains(publisherId)) {
            return;
        }
        if (subscriberId.equals(publisherId)) {
            throw new IllegalArgumentException("A participant cannot subscribe to itself.");
        }
        if (!subscriber.allowSubscribe) {
            errorEvent(p, subscriber, "SUBSCRIBE_ERROR", "INSUFFICIENT_CAPABILITIES").put("remoteParticipantId",
                    publisherId);
            throw new IllegalArgumentException("The participant " + subscriberId + " may not subscribe: its token "
                    + "lacks the SUBSCRIBE capability (recorded as a SUBSCRIBE_ERROR event).");
        }
        Member publisher = session.byId.get(publisherId);
        if (publisher == null || !publisher.publishing) {
            errorEvent(p, subscriber, "SUBSCRIBE_ERROR", "PUBLISHER_NOT_FOUND").put("remoteParticipantId", publisherId);
            throw new IllegalArgumentException("The participant " + publisherId + " is not publishing on " + stageArn
                    + " (recorded as a SUBSCRIBE_ERROR event).");
        }
        int limit = p.emulator().limit(Quota.STAGE_SUBSCRIBERS);
        if (subscriber.subscribedTo.isEmpty() && session.subscribers() >= limit) {
            errorEvent(p, subscriber, "SUBSCRIBE_ERROR", "QUOTA_EXCEEDED").put("remoteParticipantId", publisherId);
            throw new IllegalArgumentException("The stage " + stageArn + " already has " + limit + " subscribers, its "
                    + "limit (recorded as a SUBSCRIBE_ERROR event).");
        }
        subscriber.subscribedTo.add(publisherId);
        ObjectNode e = event(p, subscriber, "SUBSCRIBE_STARTED");
        e.put("remoteParticipantId", publisherId);
        e.put("replica", publisher.replica());
    }

    /**
     * A participant stops subscribing to a publisher; does nothing if it was not subscribed. Call under the write
     * lock.
     *
     * @param p the partition
     * @param stageArn the stage
     * @param subscriberId the subscribing participant
     * @param publisherId the participant subscribed to
     * @throws IllegalArgumentException if the subscriber is not connected
     */
    static void unsubscribe(Partition p, String stageArn, String subscriberId, String publisherId) {
        Session session = activeSession(p, stageArn);
        Member subscriber = connected(session, subscriberId);
        if (subscriber.subscribedTo.remove(publisherId)) {
            subscriptionStopped(p, session, subscriber, publisherId);
        }
    }

    /**
     * A participant leaves the stage; does nothing if it already left. Call under the write lock.
     *
     * @param p the partition
     * @param stageArn the stage
     * @param participantId the participant
     * @throws IllegalArgumentException if no such participant joined the stage's open (or latest) session
     */
    static void leave(Partition p, String stageArn, String participantId) {
        stage(p, stageArn);
        StageRecord record = state(p).stages.get(stageArn);
        // The open session, or else the latest: leaving twice is harmless even after the session ended.
        Session session = record == null ? null
                : record.active != null ? record.active
                : record.sessions.isEmpty() ? null : record.sessions.firstEntry().getValue();
        Member member = session == null ? null : session.byId.get(participantId);
        if (member == null) {
            throw new IllegalArgumentException("No participant " + participantId + " joined the "
                    + (record != null && record.active != null ? "open" : "latest") + " session of " + stageArn + ".");
        }
        depart(p, session, member, Departure.LEFT);
    }

    /**
     * Everything a departure changes: publishing and subscriptions stop, replications of and to the participant
     * stop, a LEFT event is recorded, the participant is DISCONNECTED, its ingest configuration goes inactive, and
     * the session ends if nobody is left.
     *
     * @param p the partition
     * @param session its session
     * @param member the participant
     * @param how why it departs
     */
    static void depart(Partition p, Session session, Member member, Departure how) {
        if (!member.connected()) {
            return;
        }
        stopPublishing(p, session, member);
        for (String publisher : List.copyOf(member.subscribedTo)) {
            member.subscribedTo.remove(publisher);
            subscriptionStopped(p, session, member, publisher);
        }
        if (member.replica()) {
            replicaRecord(p, member.doc.path("sourceStageArn").asText(), member.id(), session.stageArn)
                    .ifPresent(replica -> stopReplication(p, replica));
        }
        event(p, member, "LEFT");
        member.doc.put("state", DISCONNECTED);
        String ingest = member.doc.path("ingestConfigurationArn").asText("");
        if (!ingest.isEmpty()) {
            p.find(ingest).ifPresent(config -> {
                if (config.path("stageArn").asText().equals(session.stageArn)
                        && config.path("participantId").asText().equals(member.id())) {
                    config.put("state", "INACTIVE");
                    if (how != Departure.LEFT) {
                        config.put("stageArn", "");
                    }
                    p.put(ingest, config);
                }
            });
        }
        if (how == Departure.DISCONNECTED && ingest.isEmpty() && !member.replica()) {
            record(p, session.stageArn).revoked.add(member.id());
        }
        if (!session.anyoneConnected()) {
            session.doc.put("endTime", iso(p.now()));
            StageRecord record = record(p, session.stageArn);
            if (record.active == session) {
                record.active = null;
            }
            p.find(session.stageArn).ifPresent(stage -> {
                stage.remove("activeSessionId");
                p.put(session.stageArn, stage);
            });
        }
    }

    /**
     * A stage is being deleted: every participant is disconnected and replications to and from it stop. Call under
     * the write lock, before removing the stage.
     *
     * @param p the partition
     * @param stageArn the stage
     */
    static void stageDeleted(Partition p, String stageArn) {
        State state = state(p);
        StageRecord record = state.stages.get(stageArn);
        if (record != null && record.active != null) {
            Session session = record.active;
            for (Member member : List.copyOf(session.order.values())) {
                depart(p, session, member, Departure.STAGE_DELETED);
            }
        }
        for (ObjectNode replica : List.copyOf(state.replicas.values())) {
            if (replica.path("destinationStageArn").asText().equals(stageArn)
                    || replica.path("sourceStageArn").asText().equals(stageArn)) {
                stopReplication(p, replica);
            }
        }
        state.stages.remove(stageArn);
    }

    /**
     * Whether any participant on a stage is being recorded right now.
     *
     * @param p the partition
     * @param stageArn the stage
     * @return true while a publisher's individual recording is active
     */
    static boolean recording(Partition p, String stageArn) {
        StageRecord record = state(p).stages.get(stageArn);
        return record != null && record.active != null && record.active.byId.values().stream()
                .anyMatch(m -> "ACTIVE".equals(m.doc.path("recordingState").asText()));
    }

    private static void startPublishing(Partition p, Session session, Member member) {
        member.publishing = true;
        member.doc.put("published", true);
        startRecording(p, session, member);
        event(p, member, "PUBLISH_STARTED");
    }

    /** Individual participant recording, when the stage's auto-recording names a storage configuration. */
    private static void startRecording(Partition p, Session session, Member member) {
        Optional<ObjectNode> stage = p.find(session.stageArn);
        JsonNode config = stage.map(s -> s.path("autoParticipantRecordingConfiguration")).orElse(Json.object());
        String storageArn = config.path("storageConfigurationArn").asText("");
        boolean audioOrVideo = !config.path("mediaTypes").toString().contains("NONE");
        boolean replicaRecorded = !member.replica() || config.path("recordParticipantReplicas").asBoolean(true);
        Optional<ObjectNode> storage = storageArn.isEmpty() ? Optional.empty() : p.find(storageArn);
        if (storage.isEmpty() || !audioOrVideo || !replicaRecorded) {
            return;
        }
        member.doc.put("recordingState", "ACTIVE");
        member.doc.put("recordingS3BucketName", storage.get().path("s3").path("bucketName").asText());
        if (member.doc.path("recordingS3Prefix").asText().isEmpty()) {
            member.doc.put("recordingS3Prefix", IvsArns.id(session.stageArn) + "-" + session.id() + "-" + member.id());
        }
    }

    private static void stopPublishing(Partition p, Session session, Member member) {
        if (!member.publishing) {
            return;
        }
        member.publishing = false;
        if ("ACTIVE".equals(member.doc.path("recordingState").asText())) {
            member.doc.put("recordingState", "STOPPED");
        }
        for (ObjectNode replica : replicasOf(p, session.stageArn, member.id())) {
            stopReplication(p, replica);
        }
        event(p, member, "PUBLISH_STOPPED");
        for (Member other : session.byId.values()) {
            if (other.subscribedTo.remove(member.id())) {
                subscriptionStopped(p, session, other, member.id());
            }
        }
    }

    private static void subscriptionStopped(Partition p, Session session, Member subscriber, String publisherId) {
        ObjectNode e = event(p, subscriber, "SUBSCRIBE_STOPPED");
        e.put("remoteParticipantId", publisherId);
        Member publisher = session.byId.get(publisherId);
        e.put("replica", publisher != null && publisher.replica());
    }

    private static ObjectNode event(Partition p, Member member, String name) {
        ObjectNode e = Json.object();
        e.put("name", name);
        e.put("participantId", member.id());
        e.put("eventTime", iso(p.now()));
        e.put("replica", member.replica());
        member.eventCount++;
        member.events.put(String.format("%019d", Long.MAX_VALUE - member.eventCount), e);
        stageUpdate(p, member, name);
        return e;
    }

    /**
     * Emits the {@code IVS Stage Update} event that EventBridge carries for a participant event, for the emulator's
     * in-process listeners: session, participant and user ids, as IVS's documented examples show them.
     */
    private static void stageUpdate(Partition p, Member member, String name) {
        String eventName = STAGE_UPDATE_NAMES.get(name);
        if (eventName == null) {
            return;
        }
        ObjectNode detail = Json.object();
        detail.put("session_id", member.session.id());
        detail.put("event_name", eventName);
        detail.put("user_id", member.doc.path("userId").asText(""));
        detail.put("participant_id", member.id());
        p.emit("IVS Stage Update", member.session.stageArn, detail);
    }

    private static ObjectNode errorEvent(Partition p, Member member, String name, String code) {
        ObjectNode e = event(p, member, name);
        e.put("errorCode", code);
        return e;
    }

    private static Session openSession(Partition p, StageRecord record, ObjectNode stage) {
        if (record.active != null) {
            return record.active;
        }
        String stageArn = stage.path("arn").asText();
        ObjectNode doc = Json.object();
        doc.put("sessionId", "st-" + p.randomId(13));
        doc.put("startTime", iso(p.now()));
        Session session = new Session(stageArn, doc);
        record.opened++;
        record.sessions.put(String.format("%019d", Long.MAX_VALUE - record.opened), session);
        record.byId.put(session.id(), session);
        record.active = session;
        stage.put("activeSessionId", session.id());
        p.put(stageArn, stage);
        return session;
    }

    private static StageRecord record(Partition p, String stageArn) {
        return state(p).stages.computeIfAbsent(stageArn, k -> new StageRecord());
    }

    private static ObjectNode stage(Partition p, String stageArn) {
        return p.find(stageArn).orElseThrow(() -> new IllegalArgumentException("The stage " + stageArn
                + " does not exist (it was deleted, or never created in this account and region)."));
    }

    private static Session activeSession(Partition p, String stageArn) {
        stage(p, stageArn);
        StageRecord record = state(p).stages.get(stageArn);
        if (record == null || record.active == null) {
            throw new IllegalArgumentException("The stage " + stageArn + " has no open session: nobody has joined it.");
        }
        return record.active;
    }

    private static Member connected(Session session, String participantId) {
        Member member = session.byId.get(participantId);
        if (member == null || !member.connected()) {
            throw new IllegalArgumentException("The participant " + participantId + " is not connected to "
                    + session.stageArn + ".");
        }
        return member;
    }

    // ---------------------------------------------------------------------------------------------- replication

    private static String replicaKey(String sourceStageArn, String participantId, String destinationStageArn) {
        return sourceStageArn + "\n" + participantId + "\n" + destinationStageArn;
    }

    private static Optional<ObjectNode> replicaRecord(Partition p, String source, String participantId,
                                                      String destination) {
        return Optional.ofNullable(state(p).replicas.get(replicaKey(source, participantId, destination)));
    }

    private static NavigableMap<String, ObjectNode> replicasOf(State state, String sourceStageArn,
                                                               String participantId) {
        String prefix = sourceStageArn + "\n" + participantId + "\n";
        return state.replicas.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    private static List<ObjectNode> replicasOf(Partition p, String sourceStageArn, String participantId) {
        return new ArrayList<>(replicasOf(state(p), sourceStageArn, participantId).values());
    }

    /** Stops one replication, if active: the replica leaves its stage and the source records REPLICATION_STOPPED. */
    private static void stopReplication(Partition p, ObjectNode replica) {
        if (!"ACTIVE".equals(replica.path("replicationState").asText())) {
            return;
        }
        replica.put("replicationState", "STOPPED");
        State state = state(p);
        String participantId = replica.path("participantId").asText();
        String destination = replica.path("destinationStageArn").asText();
        member(state, destination, replica.path("destinationSessionId").asText(), participantId).ifPresent(m -> {
            m.doc.put("replicationState", "STOPPED");
            Session session = state.stages.get(destination).byId.get(replica.path("destinationSessionId").asText());
            depart(p, session, m, Departure.LEFT);
        });
        String source = replica.path("sourceStageArn").asText();
        member(state, source, replica.path("sourceSessionId").asText(), participantId).ifPresent(m -> {
            ObjectNode e = event(p, m, "REPLICATION_STOPPED");
            e.put("destinationStageArn", destination);
            e.put("destinationSessionId", replica.path("destinationSessionId").asText());
            boolean stillReplicated = replicasOf(state, source, participantId).values().stream()
                    .anyMatch(r -> "ACTIVE".equals(r.path("replicationState").asText()));
            if (!stillReplicated) {
                m.doc.put("replicationState", "STOPPED");
            }
        });
    }

    private static Optional<Member> member(State state, String stageArn, String sessionId, String participantId) {
        return Optional.ofNullable(state.stages.get(stageArn)).map(r -> r.byId.get(sessionId))
                .map(s -> s.byId.get(participantId));
    }

    private ObjectNode startParticipantReplication(Partition p, ObjectNode in) {
        String source = in.path("sourceStageArn").asText();
        String destination = in.path("destinationStageArn").asText();
        String participantId = in.path("participantId").asText();
        if (source.equals(destination)) {
            throw ApiException.validation("The destination stage must differ from the source stage.");
        }
        RealTimeOperations.checkAttributes(in);
        p.require(source, "stage");
        ObjectNode destinationStage = p.require(destination, "stage");
        State state = state(p);
        StageRecord sourceRecord = state.stages.get(source);
        Member member = sourceRecord == null || sourceRecord.active == null ? null
                : sourceRecord.active.byId.get(participantId);
        if (member == null || !member.connected()) {
            throw ApiException.notFound("The participant " + participantId + " is not connected to " + source + ".");
        }
        if (member.replica()) {
            throw ApiException.validation("The participant " + participantId + " is itself a replica on " + source
                    + "; replicate it from its source stage.");
        }
        if (!member.publishing) {
            throw ApiException.conflict("The participant " + participantId + " is not publishing on " + source
                    + "; only a publishing participant can be replicated.");
        }
        Optional<ObjectNode> existing = replicaRecord(p, source, participantId, destination);
        if (existing.isPresent() && "ACTIVE".equals(existing.get().path("replicationState").asText())) {
            throw ApiException.conflict("The participant " + participantId + " is already replicated to "
                    + destination + ".");
        }
        StageRecord destinationRecord = record(p, destination);
        Session destinationSession = destinationRecord.active;
        int limit = p.emulator().limit(Quota.STAGE_PUBLISHERS);
        if (destinationSession != null && destinationSession.publishers() >= limit) {
            throw ApiException.quota("The destination stage " + destination + " already has " + limit
                    + " publishers, its limit.");
        }
        if (destinationSession != null && destinationSession.byId.containsKey(participantId)
                && destinationSession.byId.get(participantId).connected()) {
            throw ApiException.conflict("A participant " + participantId + " is already connected to " + destination
                    + ".");
        }

        ObjectNode attributes = member.doc.path("attributes").deepCopy();
        if (in.path("attributes").isObject()) {
            attributes.setAll((ObjectNode) in.get("attributes").deepCopy());
        }
        Member replica = arrive(p, destinationStage, new Arrival(participantId, member.doc.path("userId").asText(),
                attributes, true, false, member.doc.path("protocol").asText(), Optional.empty(), false));
        replica.doc.set("attributes", attributes);
        replica.doc.put("replicationType", "REPLICA");
        replica.doc.put("replicationState", "ACTIVE");
        replica.doc.put("sourceStageArn", source);
        replica.doc.put("sourceSessionId", sourceRecord.active.id());
        replica.events.values().forEach(e -> e.put("replica", true));
        Session session = destinationRecord.active;
        startPublishing(p, session, replica);

        member.doc.put("replicationType", "SOURCE");
        member.doc.put("replicationState", "ACTIVE");
        ObjectNode e = event(p, member, "REPLICATION_STARTED");
        e.put("destinationStageArn", destination);
        e.put("destinationSessionId", session.id());

        ObjectNode record = Json.object();
        record.put("sourceStageArn", source);
        record.put("participantId", participantId);
        record.put("sourceSessionId", sourceRecord.active.id());
        record.put("destinationStageArn", destination);
        record.put("destinationSessionId", session.id());
        record.put("replicationState", "ACTIVE");
        state.replicas.put(replicaKey(source, participantId, destination), record);
        return Json.object();
    }

    private ObjectNode stopParticipantReplication(Partition p, ObjectNode in) {
        String source = in.path("sourceStageArn").asText();
        String destination = in.path("destinationStageArn").asText();
        String participantId = in.path("participantId").asText();
        ObjectNode replica = replicaRecord(p, source, participantId, destination)
                .filter(r -> "ACTIVE".equals(r.path("replicationState").asText()))
                .orElseThrow(() -> ApiException.notFound("The participant " + participantId + " of " + source
                        + " is not being replicated to " + destination + "."));
        stopReplication(p, replica);
        return Json.object();
    }

    private ObjectNode listReplicas(Partition p, ObjectNode in) {
        NavigableMap<String, ObjectNode> replicas = replicasOf(state(p), in.path("sourceStageArn").asText(),
                in.path("participantId").asText());
        return Partition.page(replicas, "ListParticipantReplicas", ObjectNode::deepCopy, r -> true,
                        maxResults(in, 50), text(in, "nextToken"))
                .toResponse("replicas", r -> project(r, "ParticipantReplica"));
    }

    // ---------------------------------------------------------------------------------------------- API

    private ObjectNode listStageSessions(Partition p, ObjectNode in) {
        StageRecord record = state(p).stages.get(in.path("stageArn").asText());
        NavigableMap<String, Session> sessions = record == null ? new TreeMap<>() : record.sessions;
        return Partition.page(sessions, "ListStageSessions", s -> s.doc, s -> true, maxResults(in, 50),
                        text(in, "nextToken"))
                .toResponse("stageSessions", doc -> project(doc, "StageSessionSummary"));
    }

    private ObjectNode getStageSession(Partition p, ObjectNode in) {
        return wrap("stageSession", session(p, in).doc.deepCopy());
    }

    private ObjectNode getParticipant(Partition p, ObjectNode in) {
        Session session = session(p, in);
        String participantId = in.path("participantId").asText();
        Member member = session.byId.get(participantId);
        if (member == null) {
            throw ApiException.notFound("No participant " + participantId + " joined the session " + session.id()
                    + " of " + session.stageArn + ".");
        }
        return wrap("participant", member.doc.deepCopy());
    }

    private ObjectNode listParticipants(Partition p, ObjectNode in) {
        List<String> given = new ArrayList<>();
        for (String filter : List.of("filterByUserId", "filterByPublished", "filterByState", "filterByRecordingState")) {
            if (in.hasNonNull(filter) && !(in.get(filter).isTextual() && in.get(filter).asText().isEmpty())) {
                given.add(filter);
            }
        }
        if (given.size() > 1) {
            throw ApiException.validation("Only one of filterByUserId, filterByPublished, filterByState and "
                    + "filterByRecordingState may be given; given " + given + ".");
        }
        Predicate<ObjectNode> filter = generic.filters(model.operations().get("ListParticipants"), in);
        NavigableMap<String, Member> members = findSession(p, in).map(s -> s.order)
                .orElseGet(TreeMap::new);
        return Partition.page(members, "ListParticipants", m -> m.doc, filter, maxResults(in, 50),
                        text(in, "nextToken"))
                .toResponse("participants", doc -> project(doc, "ParticipantSummary"));
    }

    private ObjectNode listParticipantEvents(Partition p, ObjectNode in) {
        NavigableMap<String, ObjectNode> events = findSession(p, in)
                .map(s -> s.byId.get(in.path("participantId").asText()))
                .map(m -> m.events).orElseGet(TreeMap::new);
        return Partition.page(events, "ListParticipantEvents", e -> e, e -> true, maxResults(in, 50),
                        text(in, "nextToken"))
                .toResponse("events", e -> project(e, "Event"));
    }

    private ObjectNode disconnectParticipant(Partition p, ObjectNode in) {
        String stageArn = in.path("stageArn").asText();
        String participantId = in.path("participantId").asText();
        p.require(stageArn, "stage");
        StageRecord record = state(p).stages.get(stageArn);
        Member member = record == null || record.active == null ? null : record.active.byId.get(participantId);
        if (member == null || !member.connected()) {
            throw ApiException.notFound("The participant " + participantId + " is not connected to " + stageArn
                    + ".");
        }
        depart(p, record.active, member, Departure.DISCONNECTED);
        return Json.object();
    }

    private static Optional<Session> findSession(Partition p, ObjectNode in) {
        return Optional.ofNullable(state(p).stages.get(in.path("stageArn").asText()))
                .map(r -> r.byId.get(in.path("sessionId").asText()));
    }

    private static Session session(Partition p, ObjectNode in) {
        String stageArn = in.path("stageArn").asText();
        p.require(stageArn, "stage");
        String sessionId = in.path("sessionId").asText();
        return findSession(p, in).orElseThrow(() -> ApiException.notFound("The stage " + stageArn
                + " has no session " + sessionId + "."));
    }
}
