package io.ivsjava.live;

import io.ivsjava.chat.RoomArn;
import io.ivsjava.core.CompositionArn;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.core.internal.Check;
import io.ivsjava.live.internal.UserIds;
import java.util.Optional;

/**
 * A user's live stream in one {@link StreamingMode}: the IVS resources that carry it, as
 * {@link IvsLive#goLive(String, StreamingMode)} or {@link IvsLive#provision(String, StreamingMode)} returned them.
 * Every other operation of {@link IvsLive} takes it back.
 *
 * <table>
 *   <caption>What a broadcast has, by mode</caption>
 *   <tr><th>mode</th><th>stage</th><th>channel</th><th>ingest</th><th>composition</th><th>chat room</th></tr>
 *   <tr><td>{@code REAL_TIME}</td><td>yes</td><td>no</td><td>no</td><td>no</td><td>with chat on</td></tr>
 *   <tr><td>{@code LOW_LATENCY}</td><td>no</td><td>yes</td><td>yes</td><td>no</td><td>with chat on</td></tr>
 *   <tr><td>{@code HYBRID}</td><td>yes</td><td>yes</td><td>no</td><td>once live</td><td>with chat on</td></tr>
 * </table>
 * A broadcast has a chat room when its {@link IvsLive} has chat on ({@link IvsLive.Builder#chatRooms()}), whatever
 * the mode.
 *
 * <p>An application keeps it with its user (every part is a plain value: ARNs, URLs, a stream key) and rebuilds it
 * with this constructor after a restart. Nothing here is checked against IVS: a broadcast whose resources were
 * deleted since (by a {@link Janitor} or a teardown) still builds, and {@code goLive} again provisions what is
 * missing.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} never shows the stream key.
 *
 * @param userId the user whose broadcast this is: its owner and first host
 * @param mode how it is produced and watched
 * @param stage the stage hosts meet on, in {@code REAL_TIME} and {@code HYBRID}
 * @param channel the channel viewers play, in {@code LOW_LATENCY} and {@code HYBRID}
 * @param ingest where the broadcaster's encoder sends video, in {@code LOW_LATENCY}
 * @param composition the composition that carries the stage to the channel, in {@code HYBRID} once live
 * @param chatRoom the IVS Chat room of the broadcast, when chat is on ({@link LiveChat})
 */
public record Broadcast(String userId, StreamingMode mode, Optional<BroadcastStage> stage,
                        Optional<BroadcastChannel> channel, Optional<Admission.Rtmps> ingest,
                        Optional<CompositionArn> composition, Optional<RoomArn> chatRoom) {
    /**
     * Checks the user id and that the parts are those the mode has.
     *
     * @throws IvsValidationException naming the part that is missing or out of place
     */
    public Broadcast {
        UserIds.check("userId", userId);
        Check.notNull("mode", mode);
        Check.notNull("stage", stage);
        Check.notNull("channel", channel);
        Check.notNull("ingest", ingest);
        Check.notNull("composition", composition);
        Check.notNull("chatRoom", chatRoom);
        part("stage", stage.isPresent(), mode.usesStage(), mode);
        part("channel", channel.isPresent(), mode.usesChannel(), mode);
        part("ingest", ingest.isPresent(), mode == StreamingMode.LOW_LATENCY, mode);
        if (composition.isPresent() && !mode.usesComposition()) {
            throw IvsValidationException.invalid("composition", "is set, but a " + mode + " broadcast has none; "
                    + "only HYBRID composes");
        }
        ingest.ifPresent(i -> {
            if (!i.streamKey().channel().equals(channel.orElseThrow().arn())) {
                throw IvsValidationException.invalid("ingest.streamKey", "is the key of channel "
                        + i.streamKey().channel() + ", not of this broadcast's channel " + channel.get().arn());
            }
        });
    }

    /**
     * A broadcast without a chat room, as before chat: see the canonical constructor.
     *
     * @param userId the user whose broadcast this is
     * @param mode how it is produced and watched
     * @param stage the stage, in {@code REAL_TIME} and {@code HYBRID}
     * @param channel the channel, in {@code LOW_LATENCY} and {@code HYBRID}
     * @param ingest the encoder's ingest, in {@code LOW_LATENCY}
     * @param composition the composition, in {@code HYBRID} once live
     * @throws IvsValidationException naming the part that is missing or out of place
     */
    public Broadcast(String userId, StreamingMode mode, Optional<BroadcastStage> stage,
                     Optional<BroadcastChannel> channel, Optional<Admission.Rtmps> ingest,
                     Optional<CompositionArn> composition) {
        this(userId, mode, stage, channel, ingest, composition, Optional.empty());
    }

    private static void part(String field, boolean present, boolean expected, StreamingMode mode) {
        if (present && !expected) {
            throw IvsValidationException.invalid(field, "is set, but a " + mode + " broadcast has none");
        }
        if (!present && expected) {
            throw IvsValidationException.invalid(field, "is missing; a " + mode + " broadcast has one");
        }
    }

    /**
     * This broadcast with another composition, or none.
     *
     * @param composition the composition
     * @return a new broadcast
     */
    public Broadcast withComposition(Optional<CompositionArn> composition) {
        return new Broadcast(userId, mode, stage, channel, ingest, composition, chatRoom);
    }

    /**
     * This broadcast with another chat room, or none.
     *
     * @param chatRoom the room
     * @return a new broadcast
     */
    public Broadcast withChatRoom(Optional<RoomArn> chatRoom) {
        return new Broadcast(userId, mode, stage, channel, ingest, composition, chatRoom);
    }
}
