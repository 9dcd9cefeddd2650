package io.ivsjava.realtime;

import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A composition: IVS mixing a stage's publishers into one video and sending it to its destinations while it runs.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the composition's ARN
 * @param stage the stage it composes
 * @param state where it is in its life
 * @param layout how it arranges publishers; empty if IVS reported a layout this library does not know
 * @param destinations where it sends the video, with each destination's own state
 * @param tags the composition's AWS tags
 * @param startTime when it started
 * @param endTime when it ended
 * @param unknownValues values IVS sent that this version of the library does not know, by field path (such as
 *     {@code state} or {@code destinations[0].state}); those fields read {@code UNKNOWN}. Usually empty.
 */
public record Composition(CompositionArn arn, StageArn stage, State state, Optional<Layout> layout,
                          List<Destination> destinations, Map<String, String> tags, Optional<Instant> startTime,
                          Optional<Instant> endTime, Map<String, String> unknownValues) {

    /** Where a composition is in its life. Immutable; safe to share between threads. */
    public enum State {
        /** Starting up. */
        STARTING,
        /** Composing and sending. */
        ACTIVE,
        /** Stopping. */
        STOPPING,
        /** Failed; see the destinations' states. */
        FAILED,
        /** Stopped. */
        STOPPED,
        /** A state this version of the library does not know; see {@code unknownValues}. */
        UNKNOWN
    }

    /** Checks that no component is null and freezes the collections. */
    public Composition {
        Check.notNull("arn", arn);
        Check.notNull("stage", stage);
        Check.notNull("state", state);
        Check.notNull("layout", layout);
        destinations = List.copyOf(Check.notNull("destinations", destinations));
        tags = Map.copyOf(Check.notNull("tags", tags));
        Check.notNull("startTime", startTime);
        Check.notNull("endTime", endTime);
        unknownValues = Map.copyOf(Check.notNull("unknownValues", unknownValues));
    }

    /**
     * One destination of a composition and its state.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param id the destination's id, assigned by IVS
     * @param state where the destination is in its life
     * @param startTime when it started
     * @param endTime when it ended
     * @param configuration what it was started with; empty in a {@link CompositionSummary}, which does not carry it
     * @param recordingPrefix for an S3 destination, the key prefix its recording is written under
     */
    public record Destination(String id, State state, Optional<Instant> startTime, Optional<Instant> endTime,
                              Optional<CompositionDestination> configuration, Optional<String> recordingPrefix) {

        /** Where a destination is in its life. Immutable; safe to share between threads. */
        public enum State {
            /** Starting up. */
            STARTING,
            /** Receiving the composition. */
            ACTIVE,
            /** Stopping. */
            STOPPING,
            /** Reconnecting after an interruption. */
            RECONNECTING,
            /** Failed. */
            FAILED,
            /** Stopped. */
            STOPPED,
            /** A state this version of the library does not know; see {@code unknownValues}. */
            UNKNOWN
        }

        /** Checks that no component is null. */
        public Destination {
            Check.notNull("id", id);
            Check.notNull("state", state);
            Check.notNull("startTime", startTime);
            Check.notNull("endTime", endTime);
            Check.notNull("configuration", configuration);
            Check.notNull("recordingPrefix", recordingPrefix);
        }
    }
}
