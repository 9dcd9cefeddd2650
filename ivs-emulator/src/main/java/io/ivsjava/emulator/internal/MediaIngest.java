package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.media.MediaSink;
import io.ivsjava.emulator.internal.media.MediaSinks;
import io.ivsjava.emulator.internal.rtmp.IngestParameters;
import io.ivsjava.emulator.internal.rtmp.Publishing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an RTMP publish does to the emulator's state, through the same paths as the simulations.
 *
 * <p>A channel's stream key ({@code sk_...}) reserves the channel at {@code publish}; once the stream's parameters
 * are known (its sequence headers, a few milliseconds later) the channel goes live as with
 * {@code simulateStreamStart}, with the real ingest parameters in its session, and its media goes to the
 * {@link MediaSinks}. An ingest configuration's stream key ({@code rt_...}) makes its participant join its stage and
 * publish, as with {@code simulateIngestStart}. The publisher leaving ends either; {@code StopStream},
 * {@code simulateStreamEnd}, {@code DisconnectParticipant}, a forced {@code DeleteIngestConfiguration} or
 * {@code DeleteStage} cut the publisher off. Deleting a stream key does not stop a stream already live (IVS
 * documents {@code StopStream} for that); it only refuses the next publish.
 *
 * <p>Refused: a key that matches nothing (or was deleted), a channel already live or with another publisher, an
 * ingest configuration already publishing or without a stage, and the backup key of redundant ingest (not modelled).
 *
 * <p>Thread-safe: state changes happen under the partition's write lock, and the encoders connected to a
 * partition are side state of that partition, under the same lock.
 */
public final class MediaIngest implements Publishing {
    private static final Logger LOG = LoggerFactory.getLogger(MediaIngest.class);

    private final EmulatorState state;
    private final MediaSinks sinks;

    /** The encoders publishing into one partition, by the channel or ingest configuration they publish to. */
    static final class Encoders {
        final Map<String, Connected> byTarget = new HashMap<>();
    }

    /** A publish on a channel or an ingest configuration, with what cuts its connection off. */
    private abstract static class Connected implements Publication {
        final Partition p;
        final String target;
        final Runnable cutOff;

        Connected(Partition p, String target, Runnable cutOff) {
            this.p = p;
            this.target = target;
            this.cutOff = cutOff;
        }

        /** Under the write lock: whether this publish is still the target's. */
        boolean current() {
            return encoders(p).byTarget.get(target) == this;
        }
    }

    /** A refusal thrown out of a locked section (whose events are then dropped) and rethrown checked. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Refused refused;

        Refusal(String code, String description) {
            super(description, null, false, false);
            this.refused = new Refused(code, description);
        }
    }

    MediaIngest(EmulatorState state, MediaSinks sinks) {
        this.state = state;
        this.sinks = sinks;
    }

    static Encoders encoders(Partition p) {
        return p.extension(Encoders.class, Encoders::new);
    }

    /**
     * Cuts off the encoder publishing to a channel or ingest configuration, if one is: its connection closes. Call
     * under the partition's write lock, when the emulator ends what it publishes.
     *
     * @param p the partition
     * @param targetArn the channel or ingest configuration
     */
    static void cutOff(Partition p, String targetArn) {
        Connected connected = encoders(p).byTarget.remove(targetArn);
        if (connected != null) {
            connected.cutOff.run();
        }
    }

    @Override
    public Publication begin(String streamKey, boolean secure, Runnable cutOff) throws Refused {
        try {
            if (streamKey.startsWith("sk_")) {
                return channel(streamKey, cutOff);
            }
            if (streamKey.startsWith("rt_")) {
                return stage(streamKey, cutOff);
            }
        } catch (Refusal r) {
            throw r.refused;
        }
        throw unknownKey().refused;
    }

    /** {@code sk_<region>_<secret>}: searched in each partition of the region. */
    private Publication channel(String streamKey, Runnable cutOff) {
        int last = streamKey.lastIndexOf('_');
        String region = last > 3 ? streamKey.substring(3, last) : "";
        for (Partition p : state.partitions()) {
            if (!p.region().equals(region)) {
                continue;
            }
            Publication found = locked(p, () -> {
                Optional<String> channelArn = p.all("stream-key").stream()
                        .filter(key -> same(key.path("value").asText(), streamKey))
                        .map(key -> key.path("channelArn").asText()).findFirst();
                if (channelArn.isEmpty()) {
                    return null;
                }
                String arn = channelArn.get();
                Encoders encoders = encoders(p);
                if (StreamSessions.isLive(p, arn) || encoders.byTarget.containsKey(arn)) {
                    throw new Refusal(Refused.BAD_NAME, "The channel " + arn + " is live already: another encoder "
                            + "is publishing to it.");
                }
                ChannelPublication publication = new ChannelPublication(p, arn, cutOff);
                encoders.byTarget.put(arn, publication);
                return publication;
            });
            if (found != null) {
                return found;
            }
        }
        throw unknownKey();
    }

    /** {@code rt_<account>_<region>_<configuration id>_<secret>}: the configuration is found by its id. */
    private Publication stage(String streamKey, Runnable cutOff) {
        String[] parts = streamKey.split("_", -1);
        if (parts.length != 5) {
            throw unknownKey();
        }
        for (Partition p : state.partitions()) {
            if (!p.accountId().equals(parts[1]) || !p.region().equals(parts[2])) {
                continue;
            }
            return locked(p, () -> {
                String arn = p.arn("ingest-configuration", parts[3]);
                ObjectNode config = p.find(arn).orElseThrow(MediaIngest::unknownKey);
                if (!same(config.path("streamKey").asText(), streamKey)) {
                    for (JsonNode backup : config.path("redundantIngestCredentials")) {
                        if (same(backup.path("streamKey").asText(), streamKey)) {
                            throw new Refusal(Refused.REJECTED, "The emulator does not model redundant ingest's "
                                    + "backup encoder; publish with the ingest configuration's primary stream key.");
                        }
                    }
                    throw unknownKey();
                }
                Encoders encoders = encoders(p);
                if (encoders.byTarget.containsKey(arn) || "ACTIVE".equals(config.path("state").asText())) {
                    throw new Refusal(Refused.BAD_NAME, "The ingest configuration " + arn + " is publishing already.");
                }
                StagePublication publication = new StagePublication(p, arn, cutOff);
                encoders.byTarget.put(arn, publication);
                try {
                    IngestConfigurations.startIngest(p, arn);
                } catch (IllegalArgumentException e) {
                    encoders.byTarget.remove(arn);
                    throw new Refusal(Refused.REJECTED, e.getMessage());
                }
                LOG.debug("ingest configuration {} publishing into {} over RTMP", arn, config.path("stageArn").asText());
                return publication;
            });
        }
        throw unknownKey();
    }

    private static Refusal unknownKey() {
        return new Refusal(Refused.REJECTED, "No channel or ingest configuration has this stream key (or it was "
                + "deleted).");
    }

    private static boolean same(String stored, String given) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T locked(Partition p, Supplier<T> action) {
        return p.write(action);
    }

    /** A publish on a channel: live once its parameters are known, with a stream, a session and its media. */
    private final class ChannelPublication extends Connected {
        /** The stream it started; guarded by the partition's lock. */
        private String streamId;

        ChannelPublication(Partition p, String channelArn, Runnable cutOff) {
            super(p, channelArn, cutOff);
        }

        @Override
        public MediaSink live(IngestParameters parameters) throws Refused {
            String id;
            try {
                id = locked(p, () -> {
                    if (!current()) {
                        throw new Refusal(Refused.REJECTED, "The publish was ended before it went live.");
                    }
                    if (!p.exists(target) || StreamSessions.isLive(p, target)) {
                        encoders(p).byTarget.remove(target);
                        throw new Refusal(Refused.BAD_NAME, "The channel " + target + " was deleted or went live "
                                + "from elsewhere before this publish could go live.");
                    }
                    try {
                        streamId = StreamSessions.start(p, target, "HEALTHY", Optional.of(parameters))
                                .path("streamId").asText();
                    } catch (ApiException e) {
                        encoders(p).byTarget.remove(target);
                        throw new Refusal(Refused.REJECTED, e.getMessage());
                    }
                    return streamId;
                });
            } catch (Refusal r) {
                throw r.refused;
            }
            LOG.debug("channel {} is live from an RTMP publish (stream {})", target, id);
            return sinks.open(target, id);
        }

        @Override
        public void measured(IngestParameters parameters) {
            locked(p, () -> {
                if (current() && streamId != null) {
                    StreamSessions.describeIngest(p, target, streamId, parameters);
                }
                return null;
            });
        }

        @Override
        public void end() {
            locked(p, () -> {
                if (encoders(p).byTarget.remove(target, this) && streamId != null
                        && StreamSessions.liveStreamId(p, target).filter(streamId::equals).isPresent()) {
                    StreamSessions.end(p, target);
                }
                return null;
            });
        }
    }

    /** A publish with an ingest configuration's key: its participant is on the stage until the encoder leaves. */
    private static final class StagePublication extends Connected {
        StagePublication(Partition p, String configurationArn, Runnable cutOff) {
            super(p, configurationArn, cutOff);
        }

        @Override
        public MediaSink live(IngestParameters parameters) {
            return MediaSink.NONE; // a stage's media is WebRTC's business; nothing here plays it back
        }

        @Override
        public void measured(IngestParameters parameters) {
        }

        @Override
        public void end() {
            locked(p, () -> {
                if (encoders(p).byTarget.remove(target, this)) {
                    try {
                        IngestConfigurations.endIngest(p, target);
                    } catch (IllegalArgumentException | ApiException e) {
                        LOG.debug("the end of an RTMP publish into {} changed nothing: {}", target, e.getMessage());
                    }
                }
                return null;
            });
        }
    }
}
