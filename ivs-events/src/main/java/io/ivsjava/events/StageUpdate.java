package io.ivsjava.events;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import io.ivsjava.events.internal.WireNames;
import java.util.Map;
import java.util.Optional;

/**
 * {@code IVS Stage Update}: a participant joined or left a real-time stage, started or stopped publishing or
 * subscribing, or hit an error doing so.
 *
 * <p>IVS sends these on a best-effort basis, like every IVS event: {@code Participant Unpublished} can arrive
 * before {@code Participant Published}. Names this version does not list (participant replication and token
 * exchange events, for instance) read as {@link Name#UNKNOWN} with {@link #rawName()} kept, and their fields stay
 * in {@link #detail()}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param stage the stage, from the envelope's {@code resources}; empty if they name none
 * @param name what happened ({@code event_name}); {@link Name#UNKNOWN} for a name this version does not know
 * @param rawName {@code event_name} as IVS sent it
 * @param sessionId the stage session ({@code session_id}, {@code st-...})
 * @param participantId the participant the event is about ({@code participant_id})
 * @param userId the user id of the participant's token ({@code user_id}); empty when the token has none
 * @param remoteParticipantId for a subscribe event, the publisher subscribed to ({@code remote_participant_id})
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record StageUpdate(EventEnvelope envelope, Optional<StageArn> stage, Name name, String rawName,
                          Optional<String> sessionId, Optional<String> participantId, Optional<String> userId,
                          Optional<String> remoteParticipantId, Map<String, Object> detail) implements IvsEvent {
    /** The {@code detail-type} of these events. */
    public static final String DETAIL_TYPE = "IVS Stage Update";

    /** Checks that no component is null. */
    public StageUpdate {
        Check.notNull("envelope", envelope);
        Check.notNull("stage", stage);
        Check.notNull("name", name);
        Check.notNull("rawName", rawName);
        Check.notNull("sessionId", sessionId);
        Check.notNull("participantId", participantId);
        Check.notNull("userId", userId);
        Check.notNull("remoteParticipantId", remoteParticipantId);
        detail = Json.freeze("detail", detail);
    }

    /**
     * The stage events this version knows.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Name {
        /** A participant joined the stage. */
        PARTICIPANT_JOINED("Participant Joined"),
        /** A participant left the stage. */
        PARTICIPANT_LEFT("Participant Left"),
        /** A participant started publishing. */
        PARTICIPANT_PUBLISHED("Participant Published"),
        /** A participant stopped publishing. */
        PARTICIPANT_UNPUBLISHED("Participant Unpublished"),
        /** A participant started subscribing to a publisher ({@link StageUpdate#remoteParticipantId()}). */
        PARTICIPANT_SUBSCRIBED("Participant Subscribed"),
        /** A participant stopped subscribing to a publisher. */
        PARTICIPANT_UNSUBSCRIBED("Participant Unsubscribed"),
        /** A participant could not join. */
        PARTICIPANT_JOIN_ERROR("Participant Join Error"),
        /** A participant could not publish. */
        PARTICIPANT_PUBLISH_ERROR("Participant Publish Error"),
        /** A participant could not subscribe. */
        PARTICIPANT_SUBSCRIBE_ERROR("Participant Subscribe Error"),
        /** A name this version of ivs-java does not know; {@link StageUpdate#rawName()} has it. */
        UNKNOWN("");

        private static final Name[] VALUES = values();
        private final String wireName;

        Name(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The name as IVS writes it in {@code event_name}; empty for {@link #UNKNOWN}.
         *
         * @return the wire name
         */
        public String wireName() {
            return wireName;
        }

        /**
         * The constant IVS means by a name.
         *
         * @param wireName the name as IVS writes it
         * @return the constant, or {@link #UNKNOWN} for a name this version does not know
         */
        public static Name fromWireName(String wireName) {
            return WireNames.find(wireName, VALUES, Name::wireName, UNKNOWN);
        }
    }
}
