package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivsrealtime.model.ServiceQuotaExceededException;

/** The emulator answers in the region and account each request is signed for, and keeps them apart. */
class RegionsAndAccountsTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().quota(Quota.STAGES, 3).start();

    @Test
    void aClientSignedForAnotherRegionGetsThatRegionsArnsKeysAndUrls() {
        try (IvsClient oregon = Sdk.lowLatency(emulator, "us-west-2", "any-key")) {
            CreateChannelResponse created = oregon.createChannel(b -> b.name("west"));
            assertThat(created.channel().arn()).startsWith("arn:aws:ivs:us-west-2:123456789012:channel/");
            assertThat(created.streamKey().arn()).startsWith("arn:aws:ivs:us-west-2:123456789012:stream-key/");
            assertThat(created.streamKey().value()).startsWith("sk_us-west-2_");
            assertThat(created.channel().playbackUrl()).contains(".us-west-2.playback.live-video.net/")
                    .contains("/us-west-2.123456789012.channel.");
        }
    }

    @Test
    void regionsAreKeptApart() {
        try (IvsRealTimeClient ireland = Sdk.realTime(emulator, "eu-west-1", "any-key");
             IvsRealTimeClient frankfurt = Sdk.realTime(emulator, "eu-central-1", "any-key")) {
            String arn = ireland.createStage(b -> b.name("only-in-ireland")).stage().arn();
            assertThat(arn).startsWith("arn:aws:ivs:eu-west-1:");
            assertThat(ireland.listStages(b -> b.maxResults(100)).stages()).anyMatch(s -> s.arn().equals(arn));
            assertThat(frankfurt.listStages(b -> b.maxResults(100)).stages()).noneMatch(s -> s.arn().equals(arn));
            assertThatThrownBy(() -> frankfurt.getStage(b -> b.arn(arn))).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void aTwelveDigitAccessKeyIdNamesTheAccount() {
        try (IvsRealTimeClient mine = Sdk.realTime(emulator, "ap-south-1", "111122223333");
             IvsRealTimeClient theirs = Sdk.realTime(emulator, "ap-south-1", "444455556666")) {
            String arn = mine.createStage(b -> b.name("mine")).stage().arn();
            assertThat(arn).startsWith("arn:aws:ivs:ap-south-1:111122223333:stage/");
            assertThat(theirs.listStages(b -> b.maxResults(100)).stages()).isEmpty();
        }
    }

    @Test
    void quotasCountPerAccountAndRegion() {
        try (IvsRealTimeClient seoul = Sdk.realTime(emulator, "ap-northeast-2", "any-key");
             IvsRealTimeClient tokyo = Sdk.realTime(emulator, "ap-northeast-1", "any-key")) {
            for (int i = 0; i < 3; i++) {
                seoul.createStage(b -> b.name("s"));
            }
            assertThatThrownBy(() -> seoul.createStage(b -> b.name("one-too-many")))
                    .isInstanceOf(ServiceQuotaExceededException.class)
                    .satisfies(e -> assertThat(((ServiceQuotaExceededException) e).statusCode()).isEqualTo(402));
            assertThat(tokyo.createStage(b -> b.name("elsewhere")).stage().arn()).contains(":ap-northeast-1:");
            String first = seoul.listStages(b -> b.maxResults(1)).stages().get(0).arn();
            seoul.deleteStage(b -> b.arn(first));
            assertThat(seoul.createStage(b -> b.name("after-a-delete")).stage().arn()).contains(":ap-northeast-2:");
        }
    }

    @Test
    void simulationsActInThePartitionOfTheArnTheyAreGiven() {
        try (IvsClient sydney = Sdk.lowLatency(emulator, "ap-southeast-2", "210987654321")) {
            String channel = sydney.createChannel(b -> b.name("down-under")).channel().arn();
            emulator.simulateStreamStart(channel);
            assertThat(sydney.getStream(b -> b.channelArn(channel)).stream().channelArn()).isEqualTo(channel);
            emulator.simulateStreamEnd(channel);
        }
    }
}
