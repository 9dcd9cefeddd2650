package io.ivsjava.lowlatency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsChannelNotBroadcastingException;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The asynchronous entry point against the embedded emulator: the same operations, as futures. */
class AsyncTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = Emulated.extension();

    private static IvsEmulator emulator;
    private static IvsLowLatencyAsync async;
    private static IvsLowLatency sync;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        async = Emulated.connectAsync(emulator);
        sync = Emulated.connect(emulator);
    }

    @AfterAll
    static void close() {
        async.close();
        sync.close();
    }

    /** The IvsException a future failed with. */
    private static IvsException failure(CompletableFuture<?> future) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(future::join);
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(IvsException.class);
        return (IvsException) thrown.getCause();
    }

    @Test
    void aChannelLivesItsWholeLifeAsynchronously() {
        CreatedChannel created = async.createChannel(ChannelSpec.builder().name("async").tag("a", "b").build()).join();
        ChannelArn arn = created.channel().arn();

        assertThat(async.getChannel(arn).join()).isEqualTo(created.channel()).isEqualTo(sync.getChannel(arn));
        assertThat(async.getStreamKey(created.streamKey().arn()).join()).isEqualTo(created.streamKey());
        assertThat(async.listStreamKeys(arn).join()).extracting(StreamKeySummary::arn)
                .containsExactly(created.streamKey().arn());
        assertThat(async.listTags(arn).join()).containsExactly(Map.entry("a", "b"));

        Channel updated = async.updateChannel(arn, ChannelUpdate.builder().name("renamed").build()).join();
        assertThat(updated.name()).isEqualTo("renamed");

        assertThat(async.getStream(arn).join()).isEmpty();
        emulator.simulateStreamStart(arn.value());
        try {
            assertThat(async.getStream(arn).join()).hasValueSatisfying(s -> assertThat(s.channel()).isEqualTo(arn));
            async.putMetadata(arn, "{\"hello\":1}").join();
        } finally {
            emulator.simulateStreamEnd(arn.value());
        }
        assertThat(failure(async.putMetadata(arn, "{\"late\":1}")))
                .isInstanceOf(IvsChannelNotBroadcastingException.class);

        assertThat(async.deleteChannel(arn).join()).isTrue();
        assertThat(failure(async.getChannel(arn))).isInstanceOf(IvsNotFoundException.class);
        assertThat(async.deleteChannel(arn, DeleteOption.IF_EXISTS).join()).isFalse();
    }

    @Test
    void listsCompleteWithEveryPage() {
        for (int i = 0; i < 120; i++) {
            async.createChannel(ChannelSpec.builder().name("c" + i).build()).join();
        }

        List<ChannelSummary> all = async.listChannels().join();

        assertThat(all).hasSize(120).extracting(ChannelSummary::arn).doesNotHaveDuplicates();
        assertThat(emulator.calls("ListChannels")).hasSize(2);
        assertThat(async.listChannels(ChannelFilter.byName("c7")).join()).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("c7"));
    }

    @Test
    void badInputFailsTheFutureBeforeAnyCall() {

        CompletableFuture<CreatedChannel> future = async.createChannel(null);
        assertThat(future).isCompletedExceptionally();
        assertThat(failure(future)).isInstanceOfSatisfying(IvsValidationException.class,
                e -> assertThat(e.field()).hasValue("spec"));
        assertThat(failure(async.putMetadata(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/x"),
                "x".repeat(1025)))).isInstanceOfSatisfying(IvsValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("metadata: is 1025 bytes (UTF-8); allowed 1..1024 bytes"));
        assertThat(failure(async.batchGetChannels(List.of()))).isInstanceOf(IvsValidationException.class);

        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void aLiveChannelIsStoppedAndDeletedAsynchronously() {
        ChannelArn arn = async.createChannel(ChannelSpec.builder().build()).join().channel().arn();
        emulator.simulateStreamStart(arn.value());

        assertThat(async.deleteChannel(arn, DeleteOption.STOP_STREAM_FIRST).join()).isTrue();
        assertThat(failure(async.getChannel(arn))).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void theAsyncEntryPointRunsTheSameTeardown() {
        ChannelArn arn = async.createChannel(ChannelSpec.builder().name("ending").build()).join().channel().arn();
        emulator.simulateStreamStart(arn.value());
        // The first refusal is what IVS answers for any live channel; the second is IVS still counting the channel
        // live for a moment after StopStream.
        emulator.injectFault("DeleteChannel", 2, Fault.error("ConflictException", "The channel is live."));

        assertThat(async.deleteChannel(arn, DeleteOption.STOP_STREAM_FIRST).join()).isTrue();

        assertThat(emulator.calls()).extracting(RecordedCall::operation, RecordedCall::status).containsExactly(
                tuple("CreateChannel", 200), tuple("DeleteChannel", 409), tuple("StopStream", 200),
                tuple("DeleteChannel", 409), tuple("DeleteChannel", 204));
        assertThat(failure(async.getChannel(arn))).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void withoutStopStreamFirstALiveChannelIsAConflict() {
        ChannelArn arn = sync.createChannel(ChannelSpec.builder().name("live").build()).channel().arn();
        emulator.simulateStreamStart(arn.value());

        assertThatThrownBy(() -> sync.deleteChannel(arn)).isInstanceOfSatisfying(IvsConflictException.class, e -> {
            List<RecordedCall> deletes = emulator.calls("DeleteChannel");
            assertThat(e.requestId()).hasValue(deletes.get(deletes.size() - 1).requestId());
            assertThat(e.getMessage()).contains("is live");
        });
        assertThat(failure(async.deleteChannel(arn))).isInstanceOf(IvsConflictException.class);
        assertThat(emulator.calls("DeleteChannel")).extracting(RecordedCall::status).containsExactly(409, 409);
        assertThat(emulator.calls("StopStream")).isEmpty();
        assertThat(sync.getChannel(arn).arn()).isEqualTo(arn);
    }

    @Test
    void rotationDeletesTheOldKeyFirstWhenIvsRefusesASecondKey() {
        CreatedChannel created = async.createChannel(ChannelSpec.builder().build()).join();
        ChannelArn channel = created.channel().arn();

        StreamKey rotated = async.rotateStreamKey(channel).join();

        assertThat(rotated.value()).isNotEqualTo(created.streamKey().value());
        assertThat(emulator.calls()).extracting(RecordedCall::operation, RecordedCall::status).containsExactly(
                tuple("CreateChannel", 200), tuple("ListStreamKeys", 200),
                tuple("CreateStreamKey", 402), tuple("DeleteStreamKey", 204), tuple("CreateStreamKey", 200));
        assertThat(emulator.calls("DeleteStreamKey")).singleElement()
                .satisfies(call -> assertThat(call.input()).contains(created.streamKey().arn().value()));
    }

    @Test
    void theStreamKeyRotatesAsynchronously() {
        CreatedChannel created = async.createChannel(ChannelSpec.builder().build()).join();

        StreamKey rotated = async.rotateStreamKey(created.channel().arn()).join();

        assertThat(rotated.arn()).isNotEqualTo(created.streamKey().arn());
        assertThat(async.listStreamKeys(created.channel().arn()).join()).extracting(StreamKeySummary::arn)
                .containsExactly(rotated.arn());
    }

    @Test
    void aFailedCallCarriesIvssDetails() {
        IvsException e = failure(async.getChannel(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/none")));

        assertThat(e).isInstanceOf(IvsNotFoundException.class);
        assertThat(e.errorCode()).hasValue("ResourceNotFoundException");
        assertThat(e.httpStatus()).hasValue(404);
        assertThat(e.requestId()).isPresent();
        assertThatThrownBy(() -> async.getChannel(null).join()).hasCauseInstanceOf(IvsValidationException.class);
    }
}
