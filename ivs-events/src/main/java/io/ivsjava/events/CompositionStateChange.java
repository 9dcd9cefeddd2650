package io.ivsjava.events;

import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.events.internal.Json;
import io.ivsjava.events.internal.WireNames;
import java.util.Map;
import java.util.Optional;

/**
 * {@code IVS Composition State Change}: a server-side composition of a stage started, ended or failed, or one of
 * its destinations (a channel or an S3 bucket) did.
 *
 * <p>Destination and failure details IVS adds (which destination, why it failed) stay in {@link #detail()}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param envelope the EventBridge envelope
 * @param composition the composition ({@code arn:aws:ivs:...:composition/<id>}), from the envelope's
 *     {@code resources}; empty if they name none
 * @param stage the stage composed ({@code stage_arn}); empty if the detail names none
 * @param name what happened ({@code event_name}); {@link Name#UNKNOWN} for a name this version does not know
 * @param rawName {@code event_name} as IVS sent it
 * @param detail the whole detail as delivered (see {@link IvsEvent#detail()})
 */
public record CompositionStateChange(EventEnvelope envelope, Optional<CompositionArn> composition, Optional<StageArn> stage,
                                     Name name, String rawName, Map<String, Object> detail) implements IvsEvent {
    /** The {@code detail-type} of these events. */
    public static final String DETAIL_TYPE = "IVS Composition State Change";

    /** Checks that no component is null. */
    public CompositionStateChange {
        Check.notNull("envelope", envelope);
        Check.notNull("composition", composition);
        Check.notNull("stage", stage);
        Check.notNull("name", name);
        Check.notNull("rawName", rawName);
        detail = Json.freeze("detail", detail);
    }

    /**
     * The composition events IVS documents.
     *
     * <p>Immutable; safe to share between threads.
     */
    public enum Name {
        /** The composition pipeline started: it subscribed to the stage and composes video. */
        SESSION_START("Session Start"),
        /** The composition finished. */
        SESSION_END("Session End"),
        /** The composition failed (the stage was deleted, outputs failed, or an internal error). */
        SESSION_FAILURE("Session Failure"),
        /** Output to a destination started. */
        DESTINATION_START("Destination Start"),
        /** Output to a destination ended. */
        DESTINATION_END("Destination End"),
        /** Output to a destination failed (say, the channel was already live or the bucket was not found). */
        DESTINATION_FAILURE("Destination Failure"),
        /** Output to a destination was interrupted and is reconnecting. */
        DESTINATION_RECONNECT("Destination Reconnect"),
        /** A name IVS added after this version of ivs-java; {@link CompositionStateChange#rawName()} has it. */
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
