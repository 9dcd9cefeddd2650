package io.ivsjava.lowlatency;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.emulator.Fault;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.RecordedCall;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Channels through the wrapper, against the embedded emulator: create, read, list, update, delete. */
class ChannelsTest {
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

    @Test
    void createChannelGivesIngestPlaybackAndAStreamKey() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder()
                .name("cat-42")
                .latencyMode(LatencyMode.NORMAL)
                .type(ChannelType.BASIC)
                .authorized(true)
                .tag("owner", "user-42")
                .build());

        Channel channel = created.channel();
        assertThat(channel.name()).isEqualTo("cat-42");
        assertThat(channel.latencyMode()).isEqualTo(LatencyMode.NORMAL);
        assertThat(channel.type()).isEqualTo(ChannelType.BASIC);
        assertThat(channel.authorized()).isTrue();
        assertThat(channel.insecureIngest()).isFalse();
        assertThat(channel.preset()).isEmpty();
        assertThat(channel.containerFormat()).isEqualTo(ContainerFormat.TS);
        assertThat(channel.multitrackInput()).isEmpty();
        assertThat(channel.recordingConfiguration()).isEmpty();
        assertThat(channel.playbackRestrictionPolicy()).isEmpty();
        assertThat(channel.tags()).containsExactly(Map.entry("owner", "user-42"));
        assertThat(channel.unknownValues()).isEmpty();

        IngestEndpoint ingest = channel.ingest();
        assertThat(ingest.host()).endsWith(".global-contribute.live-video.net");
        assertThat(ingest.rtmpsUrl()).isEqualTo(URI.create("rtmps://" + ingest.host() + ":443/app/"));
        assertThat(ingest.rtmpUrl()).as("plain RTMP only with insecure ingest").isEmpty();
        assertThat(channel.playbackUrl().uri().toString())
                .startsWith("https://").contains(".us-west-2.playback.live-video.net/api/video/v1/")
                .endsWith(".channel." + channel.arn().id() + ".m3u8");
        assertThat(channel.playbackUrl().channelId()).hasValue(channel.arn().id());

        StreamKey key = created.streamKey();
        assertThat(key.channel()).isEqualTo(channel.arn());
        assertThat(key.value()).startsWith("sk_us-west-2_");
        assertThat(ingest.rtmpsUrl(key)).isEqualTo(URI.create("rtmps://" + ingest.host() + ":443/app/" + key.value()));
        SrtEndpoint srt = ingest.srt().orElseThrow();
        assertThat(srt.host()).endsWith(".srt.live-video.net");
        assertThat(ingest.srtUrl(key)).hasValue(URI.create("srt://" + srt.host() + ":9000?streamid=" + key.value()
                + "&passphrase=" + srt.passphrase().orElseThrow()));

        assertThat(ivs.getChannel(channel.arn())).isEqualTo(channel);
        assertThat(ivs.getStreamKey(key.arn())).isEqualTo(key);
    }

    @Test
    void everyChannelOptionIsSentAndReadBack() {
        Channel advanced = ivs.createChannel(ChannelSpec.builder()
                .name("advanced")
                .type(ChannelType.ADVANCED_HD)
                .preset(TranscodePreset.CONSTRAINED_BANDWIDTH_DELIVERY)
                .insecureIngest(true)
                .containerFormat(ContainerFormat.FRAGMENTED_MP4)
                .build()).channel();
        assertThat(advanced.type()).isEqualTo(ChannelType.ADVANCED_HD);
        assertThat(advanced.preset()).hasValue(TranscodePreset.CONSTRAINED_BANDWIDTH_DELIVERY);
        assertThat(advanced.insecureIngest()).isTrue();
        assertThat(advanced.ingest().rtmpUrl())
                .hasValue(URI.create("rtmp://" + advanced.ingest().host() + ":1935/app/"));
        assertThat(advanced.containerFormat()).isEqualTo(ContainerFormat.FRAGMENTED_MP4);

        Channel multitrack = ivs.createChannel(ChannelSpec.builder()
                .name("multitrack")
                .multitrackInput(MultitrackInput.required(Resolution.HD))
                .build()).channel();
        assertThat(multitrack.multitrackInput()).hasValue(MultitrackInput.required(Resolution.HD));
        assertThat(multitrack.containerFormat()).as("fragmented MP4 follows from multitrack input")
                .isEqualTo(ContainerFormat.FRAGMENTED_MP4);

        Channel standardOnly = ivs.createChannel(ChannelSpec.builder().type(ChannelType.STANDARD).build()).channel();
        assertThat(standardOnly.preset()).as("IVS gives presets to advanced channels only").isEmpty();
    }

    @Test
    void advancedChannelsGetIvssDefaultPreset() {
        Channel channel = ivs.createChannel(ChannelSpec.builder().type(ChannelType.ADVANCED_SD).build()).channel();
        assertThat(channel.preset()).hasValue(TranscodePreset.HIGHER_BANDWIDTH_DELIVERY);
    }

    @Test
    void updatesChangeOnlyWhatTheyName() {
        Channel before = ivs.createChannel(ChannelSpec.builder().name("before").tag("k", "v").build()).channel();

        Channel after = ivs.updateChannel(before.arn(), ChannelUpdate.builder()
                .name("after")
                .latencyMode(LatencyMode.NORMAL)
                .authorized(true)
                .build());

        assertThat(after.name()).isEqualTo("after");
        assertThat(after.latencyMode()).isEqualTo(LatencyMode.NORMAL);
        assertThat(after.authorized()).isTrue();
        assertThat(after.type()).isEqualTo(before.type());
        assertThat(after.insecureIngest()).isEqualTo(before.insecureIngest());
        assertThat(after.tags()).isEqualTo(before.tags());
        assertThat(after.ingest()).isEqualTo(before.ingest());
        assertThat(ivs.getChannel(before.arn())).isEqualTo(after);
    }

    @Test
    void multitrackInputTurnsOnAndOff() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().build()).channel().arn();

        Channel on = ivs.updateChannel(arn, ChannelUpdate.builder()
                .containerFormat(ContainerFormat.FRAGMENTED_MP4)
                .multitrackInput(MultitrackInput.allowed(Resolution.FULL_HD))
                .build());
        assertThat(on.multitrackInput()).hasValue(MultitrackInput.allowed(Resolution.FULL_HD));

        Channel off = ivs.updateChannel(arn, ChannelUpdate.builder().disableMultitrackInput().build());
        assertThat(off.multitrackInput()).isEmpty();
    }

    @Test
    void aLiveChannelCannotBeUpdated() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().build()).channel().arn();
        emulator.simulateStreamStart(arn.value());
        try {
            assertThatThrownBy(() -> ivs.updateChannel(arn, ChannelUpdate.builder().name("x").build()))
                    .isInstanceOf(IvsConflictException.class);
        } finally {
            emulator.simulateStreamEnd(arn.value());
        }
    }

    @Test
    void listChannelsIsLazyAndComplete() {
        for (int i = 0; i < 120; i++) {
            ivs.createChannel(ChannelSpec.builder().name("c" + i).build());
        }

        assertThat(ivs.listChannels().findFirst()).isPresent();
        assertThat(emulator.calls("ListChannels")).hasSize(1);
        List<ChannelSummary> all = ivs.listChannels().collect(Collectors.toList());
        assertThat(all).hasSize(120).extracting(ChannelSummary::arn).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(c -> assertThat(c.latencyMode()).isEqualTo(LatencyMode.LOW));
        assertThat(emulator.calls("ListChannels")).hasSize(1 + 2);
    }

    @Test
    void listChannelsFiltersByName() {
        ChannelArn wanted = ivs.createChannel(ChannelSpec.builder().name("wanted").build()).channel().arn();
        ivs.createChannel(ChannelSpec.builder().name("other").build());

        assertThat(ivs.listChannels(ChannelFilter.byName("wanted")).map(ChannelSummary::arn))
                .containsExactly(wanted);
    }

    @Test
    void batchGetReturnsTheFoundAndNamesTheMissing() {
        ChannelArn one = ivs.createChannel(ChannelSpec.builder().name("one").build()).channel().arn();
        ChannelArn two = ivs.createChannel(ChannelSpec.builder().name("two").build()).channel().arn();
        ChannelArn gone = ivs.createChannel(ChannelSpec.builder().name("gone").build()).channel().arn();
        ivs.deleteChannel(gone);

        BatchResult<Channel> result = ivs.batchGetChannels(List.of(one, two, gone));

        assertThat(result.found()).extracting(Channel::arn).containsExactlyInAnyOrder(one, two);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.arn()).isEqualTo(gone.value());
            assertThat(e.code()).isNotEmpty();
        });
    }

    @Test
    void batchGetTakesFiftyArnsAndRefusesFiftyOneBeforeAnyCall() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().build()).channel().arn();
        List<ChannelArn> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/missing" + i));
        }

        assertInvalid(() -> ivs.batchGetChannels(fiftyOne), "arns", "has 51 ARNs; allowed 1..50");
        assertInvalid(() -> ivs.batchGetChannels(List.of()), "arns", "has 0 ARNs; allowed 1..50");
        assertThat(emulator.calls()).extracting(RecordedCall::operation).containsExactly("CreateChannel");

        List<ChannelArn> fifty = new ArrayList<>(fiftyOne.subList(0, 49));
        fifty.add(arn);
        BatchResult<Channel> result = ivs.batchGetChannels(fifty);
        assertThat(result.found()).extracting(Channel::arn).containsExactly(arn);
        assertThat(result.errors()).hasSize(49);
    }

    @Test
    void deletedChannelsAndTheirKeysAreGone() {
        CreatedChannel created = ivs.createChannel(ChannelSpec.builder().name("gone").build());
        ChannelArn arn = created.channel().arn();

        assertThat(ivs.deleteChannel(arn)).isTrue();

        assertThatThrownBy(() -> ivs.getChannel(arn)).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.getStreamKey(created.streamKey().arn())).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.listStreamKeys(arn).count()).isInstanceOf(IvsNotFoundException.class);
        assertThatThrownBy(() -> ivs.deleteChannel(arn))
                .as("a strict delete of what is gone").isInstanceOf(IvsNotFoundException.class);
        assertThat(ivs.deleteChannel(arn, DeleteOption.IF_EXISTS)).as("already gone counts as deleted").isFalse();
    }

    @Test
    void aLiveChannelIsRefusedUnlessItsStreamIsStoppedFirst() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().name("live").build()).channel().arn();
        emulator.simulateStreamStart(arn.value());

        assertThatThrownBy(() -> ivs.deleteChannel(arn))
                .isInstanceOfSatisfying(IvsConflictException.class,
                        e -> assertThat(e.getMessage()).contains("stop its stream"));
        assertThat(ivs.getChannel(arn).arn()).isEqualTo(arn);

        assertThat(ivs.deleteChannel(arn, DeleteOption.STOP_STREAM_FIRST)).isTrue();
        assertThatThrownBy(() -> ivs.getChannel(arn)).isInstanceOf(IvsNotFoundException.class);
        assertThat(emulator.calls("StopStream")).extracting(RecordedCall::status).containsExactly(200);
        assertThat(emulator.calls("DeleteChannel")).extracting(RecordedCall::status).containsExactly(409, 409, 204);
    }

    @Test
    void stopStreamFirstRetriesTheDeleteWhileTheStreamEnds() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().name("ending").build()).channel().arn();
        emulator.simulateStreamStart(arn.value());
        // The first refusal is what IVS answers for any live channel; the second is IVS still counting the channel
        // live for a moment after StopStream.
        emulator.injectFault("DeleteChannel", 2, Fault.error("ConflictException", "The channel is live."));

        assertThat(ivs.deleteChannel(arn, DeleteOption.STOP_STREAM_FIRST)).isTrue();

        assertThat(emulator.calls()).extracting(RecordedCall::operation, RecordedCall::status).containsExactly(
                tuple("CreateChannel", 200), tuple("DeleteChannel", 409), tuple("StopStream", 200),
                tuple("DeleteChannel", 409), tuple("DeleteChannel", 204));
        assertThatThrownBy(() -> ivs.getChannel(arn)).isInstanceOf(IvsNotFoundException.class);
    }

    @Test
    void anOfflineChannelIsDeletedWithoutStoppingAnything() {
        ChannelArn arn = ivs.createChannel(ChannelSpec.builder().build()).channel().arn();

        assertThat(ivs.deleteChannel(arn, DeleteOption.STOP_STREAM_FIRST, DeleteOption.IF_EXISTS)).isTrue();
        assertThat(ivs.deleteChannel(arn, DeleteOption.STOP_STREAM_FIRST, DeleteOption.IF_EXISTS)).isFalse();
        assertThat(emulator.calls("StopStream")).isEmpty();
    }

    @Test
    void stopStreamFirstIsForChannelsOnly() {
        io.ivsjava.core.StreamKeyArn key = io.ivsjava.core.StreamKeyArn.parse(
                "arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCDefgh");
        assertInvalid(() -> ivs.deleteStreamKey(key, DeleteOption.STOP_STREAM_FIRST), "options",
                "STOP_STREAM_FIRST applies to channels only");
    }

    @Test
    void specsAreValidatedWhenBuilt() {
        assertInvalid(() -> ChannelSpec.builder().name("no spaces allowed").build(), "name",
                "has characters IVS does not allow");
        ChannelSpec.builder().name("n".repeat(128)).build();
        assertInvalid(() -> ChannelSpec.builder().name("n".repeat(129)).build(), "name",
                "is 129 characters long; allowed 0..128 characters");

        ChannelSpec.Builder fifty = ChannelSpec.builder();
        for (int i = 0; i < 50; i++) {
            fifty.tag("k" + i, "v");
        }
        assertThat(fifty.build().tags()).hasSize(50);
        ChannelSpec.Builder many = fifty.tag("k50", "v");
        assertInvalid(many::build, "tags", "51 tags is too many; allowed at most 50");
        assertInvalid(() -> ChannelSpec.builder().tag("k", "a\u0000b").build(), "tags[k]",
                "has characters AWS does not allow in tag values");
        assertInvalid(() -> ChannelSpec.builder().tag("", "v").build(), "tags.key",
                "is 0 characters long; allowed 1..128 characters");
    }

    @Test
    void rulesBetweenChannelFieldsAreCheckedLocally() {
        assertInvalid(() -> ChannelSpec.builder().preset(TranscodePreset.HIGHER_BANDWIDTH_DELIVERY).build(),
                "preset", "is set for a STANDARD channel; only ADVANCED_SD and ADVANCED_HD channels take a preset");
        assertInvalid(() -> ChannelSpec.builder().type(ChannelType.BASIC)
                        .multitrackInput(MultitrackInput.allowed(Resolution.HD)).build(),
                "multitrackInput", "is set for a BASIC channel; only STANDARD channels take multitrack input");
        assertInvalid(() -> ChannelSpec.builder().containerFormat(ContainerFormat.TS)
                        .multitrackInput(MultitrackInput.allowed(Resolution.HD)).build(),
                "containerFormat", "is TS; multitrack input needs FRAGMENTED_MP4");
        assertInvalid(() -> ChannelSpec.builder()
                        .multitrackInput(MultitrackInput.allowed(Resolution.LOWEST_RESOLUTION)).build(),
                "multitrackInput.maximumResolution", "allowed SD, HD, FULL_HD");
        assertInvalid(() -> ChannelSpec.builder().type(ChannelType.UNKNOWN).build(), "type",
                "UNKNOWN stands for a value this library could not read and cannot be sent; "
                        + "allowed BASIC, STANDARD, ADVANCED_SD, ADVANCED_HD");
        assertInvalid(() -> ChannelUpdate.builder().type(ChannelType.BASIC)
                        .preset(TranscodePreset.HIGHER_BANDWIDTH_DELIVERY).build(),
                "preset", "is set for a BASIC channel");
        assertInvalid(() -> ChannelUpdate.builder().latencyMode(LatencyMode.UNKNOWN).build(), "latencyMode",
                "allowed LOW, NORMAL");
    }

    @Test
    void badInputNeverReachesIvs() {
        assertInvalid(() -> ivs.getChannel(null), "arn", "is missing");
        assertInvalid(() -> ivs.createChannel(null), "spec", "is missing");
        assertInvalid(() -> ivs.updateChannel(null, ChannelUpdate.builder().build()), "arn", "is missing");
        assertInvalid(() -> ivs.listChannels(null), "filter", "is missing");
        assertInvalid(() -> ChannelFilter.byName("a b"), "filter.name", "has characters IVS does not allow");
        assertInvalid(() -> ivs.deleteChannel(null), "arn", "is missing");
        assertInvalid(() -> ivs.deleteChannel(ChannelArn.parse("arn:aws:ivs:us-west-2:123456789012:channel/x"),
                (DeleteOption) null), "options[0]", "is missing");
        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void aChannelWithRecordingAndARestrictionPolicyNamesThem() {
        RecordingConfiguration recording = ivs.createRecordingConfiguration(
                RecordingConfigurationSpec.builder("cat-recordings").build());
        PlaybackRestrictionPolicy policy = ivs.createPlaybackRestrictionPolicy(
                PlaybackRestrictionPolicySpec.builder().allowedCountries("US").build());

        Channel channel = ivs.createChannel(ChannelSpec.builder()
                .recordingConfiguration(recording.arn())
                .playbackRestrictionPolicy(policy.arn())
                .build()).channel();
        assertThat(channel.recordingConfiguration()).hasValue(recording.arn());
        assertThat(channel.playbackRestrictionPolicy()).hasValue(policy.arn());
        assertThat(ivs.listChannels(ChannelFilter.byRecordingConfiguration(recording.arn())).map(ChannelSummary::arn))
                .containsExactly(channel.arn());
        assertThat(ivs.listChannels(ChannelFilter.byPlaybackRestrictionPolicy(policy.arn()))
                .map(ChannelSummary::arn)).containsExactly(channel.arn());

        Channel detached = ivs.updateChannel(channel.arn(), ChannelUpdate.builder()
                .stopRecording().removePlaybackRestrictionPolicy().build());
        assertThat(detached.recordingConfiguration()).isEmpty();
        assertThat(detached.playbackRestrictionPolicy()).isEqualTo(Optional.empty());
    }

    @Test
    void aMissingRecordingConfigurationIsNotFound() {
        assertThatThrownBy(() -> ivs.createChannel(ChannelSpec.builder()
                .recordingConfiguration(io.ivsjava.core.RecordingConfigurationArn.parse(
                        "arn:aws:ivs:us-west-2:123456789012:recording-configuration/abcdABCDefgh"))
                .build())).isInstanceOf(IvsNotFoundException.class);
    }
}
