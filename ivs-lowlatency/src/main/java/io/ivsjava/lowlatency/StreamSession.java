package io.ivsjava.lowlatency;

import io.ivsjava.core.internal.Check;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One broadcast of a channel, live or past, in detail: what the encoder sent, the channel and recording settings
 * in force, and what happened.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param streamId the stream's id, {@code st-...}
 * @param startTime when it started
 * @param endTime when it ended; empty while it is live
 * @param channel the channel's settings during the session, as IVS reports them
 * @param video the video tracks the encoder sent (several with multitrack input); empty if IVS reports none
 * @param audio the audio tracks the encoder sent; empty if IVS reports none
 * @param recordingConfiguration the recording configuration in force, if the channel recorded
 * @param events the session's events, oldest first (IVS keeps the latest 500)
 */
public record StreamSession(String streamId, Instant startTime, Optional<Instant> endTime, Optional<Channel> channel,
                            List<VideoInput> video, List<AudioInput> audio,
                            Optional<RecordingConfiguration> recordingConfiguration, List<StreamEvent> events) {
    /** Checks that no component is null and freezes the lists. */
    public StreamSession {
        Check.notNull("streamId", streamId);
        Check.notNull("startTime", startTime);
        Check.notNull("endTime", endTime);
        Check.notNull("channel", channel);
        video = List.copyOf(Check.notNull("video", video));
        audio = List.copyOf(Check.notNull("audio", audio));
        Check.notNull("recordingConfiguration", recordingConfiguration);
        events = List.copyOf(Check.notNull("events", events));
    }
}
