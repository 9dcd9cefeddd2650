package io.ivsjava.lowlatency;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsThrottlingException;
import io.ivsjava.core.fixtures.MutableClock;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streams, stream sessions and timed metadata through the wrapper, against the embedded emulator. */
class StreamsTest {
    private static final ChannelArn NO_SUCH_CHANNEL =
            ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh");

    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = Emulated.extension();

    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulated.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    private static ChannelArn newChannel() {
        return ivs.createChannel(ChannelSpec.builder().build()).channel().arn();
    }

    @Test
    void aChannelIsLiveOnlyWhileItsEncoderSends() {
        ChannelArn arn = newChannel();
        assertThat(ivs.getStream(arn)).isEmpty();

        emulator.simulateStreamStart(arn.value());
        try {
            LiveStream stream = ivs.getStream(arn).orElseThrow();
            assertThat(stream.channel()).isEqualTo(arn);
            assertThat(stream.state()).isEqualTo(StreamState.LIVE);
            assertThat(stream.health()).isEqualTo(StreamHealth.HEALTHY);
            assertThat(stream.viewerCount()).isZero();
            assertThat(stream.streamId()).startsWith("st-").hasSize(26);
            assertThat(stream.playbackUrl()).isEqualTo(ivs.getChannel(arn).playbackUrl());
            assertThat(stream.unknownValues()).isEmpty();
        } finally {
            emulator.simulateStreamEnd(arn.value());
        }
        assertThat(ivs.getStream(arn)).isEmpty();
    }

    @Test
    void aMissingChannelHasNoStreamToRead() {
        assertThatThrownBy(() -> ivs.getStream(NO_SUCH_CHANNEL)).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void liveStreamsAreListedAndFilteredByHealth() {
        ChannelArn live = ivs.createChannel(ChannelSpec.builder().build()).channel().arn();
        ivs.createChannel(ChannelSpec.builder().build());
        emulator.simulateStreamStart(live.value());

        List<StreamSummary> streams = ivs.listStreams().collect(Collectors.toList());
        assertThat(streams).singleElement().satisfies(s -> {
            assertThat(s.channel()).isEqualTo(live);
            assertThat(s.state()).isEqualTo(StreamState.LIVE);
            assertThat(s.health()).isEqualTo(StreamHealth.HEALTHY);
        });
        assertThat(ivs.listStreams(StreamHealth.HEALTHY)).hasSize(1);
        assertThat(ivs.listStreams(StreamHealth.STARVING)).isEmpty();
    }

    @Test
    void stoppingEndsTheStreamAndAnOfflineChannelCannotBeStopped() {
        ChannelArn arn = newChannel();
        assertThatThrownBy(() -> ivs.stopStream(arn))
                .isInstanceOfSatisfying(IvsChannelNotBroadcastingException.class,
                        e -> assertThat(e.httpStatus()).hasValue(404));

        emulator.simulateStreamStart(arn.value());
        ivs.stopStream(arn);

        assertThat(ivs.getStream(arn)).isEmpty();
    }

    @Test
    void sessionsRecordEachBroadcast() {
        ChannelArn arn = newChannel();
        emulator.simulateStreamStart(arn.value());
        String streamId = ivs.getStream(arn).orElseThrow().streamId();
        emulator.simulateStreamEnd(arn.value());

        List<StreamSessionSummary> sessions = ivs.listStreamSessions(arn).collect(Collectors.toList());
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.streamId()).isEqualTo(streamId);
            assertThat(s.endTime()).isPresent();
            assertThat(s.endTime().get()).isAfterOrEqualTo(s.startTime());
        });

        StreamSession session = ivs.getStreamSession(arn, streamId);
        assertThat(session.streamId()).isEqualTo(streamId);
        assertThat(session.endTime()).isPresent();
        assertThat(session.channel()).hasValueSatisfying(c -> assertThat(c.arn()).isEqualTo(arn));
        assertThat(ivs.getStreamSession(arn)).as("the latest session").isEqualTo(session);
    }

    @Test
    void aStreamIdIsCheckedBeforeAnyCall() {
        ChannelArn arn = newChannel();

        assertInvalid(() -> ivs.getStreamSession(arn, "st-short"), "streamId",
                "is 8 characters long; allowed 26..26 characters");
        assertInvalid(() -> ivs.getStreamSession(arn, "xx-" + "a".repeat(23)), "streamId", "is malformed");
        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateChannel");
    }

    @Test
    void metadataNeedsALiveChannel() {
        ChannelArn arn = newChannel();
        assertThatThrownBy(() -> ivs.putMetadata(arn, "{\"poll\":1}"))
                .isInstanceOfSatisfying(IvsChannelNotBroadcastingException.class, e -> {
                    assertThat(e.errorCode()).hasValue("ChannelNotBroadcasting");
                    assertThat(e.httpStatus()).hasValue(404);
                });
    }

    @Test
    void metadataOfExactly1024BytesIsSentAndOneByteMoreIsRefusedBeforeAnyCall() {
        ChannelArn arn = newChannel();
        emulator.simulateStreamStart(arn.value());
        try {
            ivs.putMetadata(arn, "é".repeat(512));
            assertThat(emulator.calls("PutMetadata")).singleElement().satisfies(call -> {
                assertThat(call.status()).isEqualTo(204);
                assertThat(call.input()).contains("é".repeat(512));
            });

            assertInvalid(() -> ivs.putMetadata(arn, "é".repeat(512) + "x"), "metadata",
                    "is 1025 bytes (UTF-8); allowed 1..1024 bytes");
            assertInvalid(() -> ivs.putMetadata(arn, ""), "metadata", "is 0 bytes (UTF-8); allowed 1..1024 bytes");
            assertInvalid(() -> ivs.putMetadata(arn, null), "metadata", "is missing");
            assertThat(emulator.calls("PutMetadata")).hasSize(1);
        } finally {
            emulator.simulateStreamEnd(arn.value());
        }
    }

    @Test
    void aSixthMetadataCallWithinOneSecondIsRefusedBeforeAnyCall() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (IvsLowLatency ll = Emulated.connect(emulator, clock)) {
            ChannelArn busy = ll.createChannel(ChannelSpec.builder().build()).channel().arn();
            ChannelArn quiet = ll.createChannel(ChannelSpec.builder().build()).channel().arn();
            emulator.simulateStreamStart(busy.value());
            emulator.simulateStreamStart(quiet.value());

            for (int i = 0; i < 5; i++) {
                ll.putMetadata(busy, "{\"n\":" + i + "}");
                clock.advance(Duration.ofMillis(100));
            }
            assertThatThrownBy(() -> ll.putMetadata(busy, "{\"n\":5}"))
                    .isInstanceOfSatisfying(IvsThrottlingException.class, e -> {
                        assertThat(e.isRetryable()).isTrue();
                        assertThat(e.errorCode()).hasValue("ThrottlingException");
                        assertThat(e.httpStatus()).as("refused locally").isEmpty();
                        assertThat(e.getMessage()).contains(busy.value()).contains("5 PutMetadata calls")
                                .contains("retry in 500 ms");
                    });
            assertThat(emulator.calls("PutMetadata")).hasSize(5).allMatch(RecordedCall::succeeded);

            ll.putMetadata(quiet, "{\"other\":true}");
            assertThat(emulator.calls("PutMetadata")).as("the limit is per channel").hasSize(6)
                    .last().satisfies(call -> assertThat(call.input()).contains(quiet.value()));
        }
    }
}
