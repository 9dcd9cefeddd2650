package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Viewer session revocation on private channels: {@code StartViewerSessionRevocation} and its batch form. IVS
 * ends the playback sessions of a viewer id whose playback token carries a viewer session version less than or
 * equal to the one given (0 by default); the emulator has no playback, so it keeps, per channel and viewer id, the
 * highest version revoked, for playback-token checks to consult.
 */
final class ViewerSessions extends Operations {
    /** A partition's revocations: channel ARN, then viewer id, then the highest version revoked. */
    static final class Revocations {
        final Map<String, Map<String, Integer>> byChannel = new HashMap<>();
    }

    ViewerSessions(EmulatorState state, ServiceModel model) {
        super(state, model);
    }

    @Override
    void register(Handlers handlers) {
        write(handlers, "StartViewerSessionRevocation", (p, in) -> {
            String channel = in.path("channelArn").asText();
            p.require(channel, "channel");
            revoke(p, channel, in);
            return Json.object();
        });
        write(handlers, "BatchStartViewerSessionRevocation", (p, in) -> {
            ObjectNode out = Json.object();
            ArrayNode errors = out.putArray("errors");
            for (JsonNode session : in.path("viewerSessions")) {
                String channel = session.path("channelArn").asText();
                if (p.exists(channel)) {
                    revoke(p, channel, session);
                } else {
                    ObjectNode error = errors.addObject();
                    error.put("channelArn", channel);
                    error.put("viewerId", session.path("viewerId").asText());
                    error.put("code", "ResourceNotFoundException");
                    error.put("message", ApiException.notFoundMessage("channel", channel));
                }
            }
            return out;
        });
    }

    /**
     * The highest viewer session version revoked for a viewer of a channel. Call under the partition's lock.
     *
     * @param p the partition
     * @param channelArn the channel
     * @param viewerId the viewer id in playback tokens
     * @return the version; sessions with a version up to it are revoked; empty if none was revoked
     */
    static OptionalInt revokedUpTo(Partition p, String channelArn, String viewerId) {
        Integer version = of(p).byChannel.getOrDefault(channelArn, Map.of()).get(viewerId);
        return version == null ? OptionalInt.empty() : OptionalInt.of(version);
    }

    /**
     * Forgets a deleted channel's revocations.
     *
     * @param p the partition
     * @param channelArn the deleted channel
     */
    static void forget(Partition p, String channelArn) {
        of(p).byChannel.remove(channelArn);
    }

    private static Revocations of(Partition p) {
        return p.extension(Revocations.class, Revocations::new);
    }

    /** Records a revocation; a later, lower version does not undo a higher one. */
    private static void revoke(Partition p, String channelArn, JsonNode request) {
        int version = request.path("viewerSessionVersionsLessThanOrEqualTo").asInt(0);
        of(p).byChannel.computeIfAbsent(channelArn, k -> new HashMap<>())
                .merge(request.path("viewerId").asText(), version, Math::max);
    }
}
