package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.internal.ServiceModel;
import io.ivsjava.emulator.testing.Sdk;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.BatchStartViewerSessionRevocationViewerSession;
import software.amazon.awssdk.services.ivs.model.Channel;
import software.amazon.awssdk.services.ivs.model.PlaybackKeyPair;
import software.amazon.awssdk.services.ivs.model.PlaybackRestrictionPolicy;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.StreamHealth;
import software.amazon.awssdk.services.ivs.model.StreamKey;
import software.amazon.awssdk.services.ivs.model.StreamSession;

/**
 * Every operation of the low-latency model, each called with valid input in an order that sets up what it needs,
 * through the unmodified AWS SDK for Java ({@code IvsClient}); the six operations that SDK version lacks (ad
 * configurations, {@code InsertAdBreak}) go as requests signed with the SDK's own SigV4 signer. Any operation that
 * is unserved, or answers an error the situation does not call for, fails the walk.
 */
class LowLatencyWalkTest {

    @Test
    void everyLowLatencyOperationIsServedWithValidInput() {
        try (IvsEmulator emulator = IvsEmulator.builder().region("us-west-2").start();
             IvsClient ivs = Sdk.lowLatency(emulator)) {
            SignedHttp signed = new SignedHttp(emulator);

            // Configurations a channel refers to.
            RecordingConfiguration recording = ivs.createRecordingConfiguration(b -> b.name("rec")
                    .destinationConfiguration(d -> d.s3(s -> s.bucketName("cat-recordings")))).recordingConfiguration();
            assertThat(ivs.getRecordingConfiguration(b -> b.arn(recording.arn())).recordingConfiguration())
                    .isEqualTo(recording);
            assertThat(ivs.listRecordingConfigurations(b -> b.maxResults(10)).recordingConfigurations())
                    .singleElement().satisfies(r -> assertThat(r.arn()).isEqualTo(recording.arn()));

            PlaybackRestrictionPolicy policy = ivs.createPlaybackRestrictionPolicy(b -> b.name("eu")
                    .allowedCountries("DE", "FR")).playbackRestrictionPolicy();
            assertThat(ivs.getPlaybackRestrictionPolicy(b -> b.arn(policy.arn())).playbackRestrictionPolicy())
                    .isEqualTo(policy);
            assertThat(ivs.updatePlaybackRestrictionPolicy(b -> b.arn(policy.arn())
                    .allowedOrigins("https://cats.example")).playbackRestrictionPolicy().allowedOrigins())
                    .containsExactly("https://cats.example");
            assertThat(ivs.listPlaybackRestrictionPolicies(b -> b.maxResults(10)).playbackRestrictionPolicies())
                    .hasSize(1);

            String adConfiguration = signed.post("CreateAdConfiguration", "{\"name\":\"ads\","
                    + "\"mediaTailorPlaybackConfigurations\":[{\"playbackConfigurationArn\":"
                    + "\"arn:aws:mediatailor:us-west-2:123456789012:playbackConfiguration/cats\"}]}")
                    .ok().path("adConfiguration").path("arn").asText();
            assertThat(signed.post("GetAdConfiguration", "{\"arn\":\"" + adConfiguration + "\"}").ok()
                    .path("adConfiguration").path("name").asText()).isEqualTo("ads");
            assertThat(signed.post("UpdateAdConfiguration", "{\"arn\":\"" + adConfiguration + "\","
                    + "\"postRollConfiguration\":{\"durationSeconds\":30,\"enabled\":true}}").ok()
                    .path("adConfiguration").path("postRollConfiguration").path("durationSeconds").asInt())
                    .isEqualTo(30);
            assertThat(signed.post("ListAdConfigurations", "{}").ok().path("adConfigurations").size()).isEqualTo(1);

            // A private channel that records, is restricted, and shows ads.
            var created = ivs.createChannel(b -> b.name("cats").authorized(true)
                    .recordingConfigurationArn(recording.arn()).playbackRestrictionPolicyArn(policy.arn()));
            Channel channel = created.channel();
            assertThat(ivs.getChannel(b -> b.arn(channel.arn())).channel()).isEqualTo(channel);
            assertThat(ivs.batchGetChannel(b -> b.arns(channel.arn())).channels()).containsExactly(channel);
            assertThat(ivs.listChannels(b -> b.filterByRecordingConfigurationArn(recording.arn())).channels())
                    .singleElement().satisfies(c -> assertThat(c.arn()).isEqualTo(channel.arn()));
            assertThat(ivs.updateChannel(b -> b.arn(channel.arn()).latencyMode("NORMAL")).channel().latencyMode())
                    .hasToString("NORMAL");
            signed.post("UpdateChannel", "{\"arn\":\"" + channel.arn() + "\",\"adConfigurationArn\":\""
                    + adConfiguration + "\"}").ok();

            // Its stream key, replaced.
            StreamKey first = created.streamKey();
            assertThat(ivs.getStreamKey(b -> b.arn(first.arn())).streamKey()).isEqualTo(first);
            assertThat(ivs.batchGetStreamKey(b -> b.arns(first.arn())).streamKeys()).containsExactly(first);
            assertThat(ivs.listStreamKeys(b -> b.channelArn(channel.arn())).streamKeys()).hasSize(1);
            ivs.deleteStreamKey(b -> b.arn(first.arn()));
            StreamKey second = ivs.createStreamKey(b -> b.channelArn(channel.arn())).streamKey();
            assertThat(second.value()).startsWith("sk_us-west-2_").isNotEqualTo(first.value());

            // A playback key pair for its playback tokens.
            PlaybackKeyPair keyPair = ivs.importPlaybackKeyPair(b -> b.name("viewers")
                    .publicKeyMaterial(TestKeys.p384Pem())).keyPair();
            assertThat(ivs.getPlaybackKeyPair(b -> b.arn(keyPair.arn())).keyPair()).isEqualTo(keyPair);
            assertThat(ivs.listPlaybackKeyPairs(b -> b.maxResults(10)).keyPairs()).hasSize(1);

            // Tags.
            ivs.tagResource(b -> b.resourceArn(channel.arn()).tags(Map.of("team", "cats", "tier", "gold")));
            ivs.untagResource(b -> b.resourceArn(channel.arn()).tagKeys("tier"));
            assertThat(ivs.listTagsForResource(b -> b.resourceArn(channel.arn())).tags())
                    .containsExactly(Map.entry("team", "cats"));

            // A broadcast.
            emulator.simulateStreamStart(channel.arn());
            assertThat(ivs.getStream(b -> b.channelArn(channel.arn())).stream().state()).hasToString("LIVE");
            assertThat(ivs.listStreams(b -> b.filterBy(f -> f.health(StreamHealth.HEALTHY))).streams()).hasSize(1);
            ivs.putMetadata(b -> b.channelArn(channel.arn()).metadata("{\"score\":1}"));
            assertThat(signed.post("InsertAdBreak", "{\"channelArn\":\"" + channel.arn() + "\",\"durationSeconds\":30}")
                    .ok().path("adBreakId").asText()).matches("[a-zA-Z0-9]{12}");
            StreamSession session = ivs.getStreamSession(b -> b.channelArn(channel.arn())).streamSession();
            assertThat(session.recordingConfiguration()).isEqualTo(recording);
            assertThat(ivs.listStreamSessions(b -> b.channelArn(channel.arn())).streamSessions())
                    .singleElement().satisfies(s -> assertThat(s.streamId()).isEqualTo(session.streamId()));

            // Viewers of the private channel lose their sessions.
            ivs.startViewerSessionRevocation(b -> b.channelArn(channel.arn()).viewerId("troll")
                    .viewerSessionVersionsLessThanOrEqualTo(2));
            assertThat(ivs.batchStartViewerSessionRevocation(b -> b.viewerSessions(
                    BatchStartViewerSessionRevocationViewerSession.builder().channelArn(channel.arn()).viewerId("a").build(),
                    BatchStartViewerSessionRevocationViewerSession.builder().channelArn(channel.arn()).viewerId("b").build()))
                    .errors()).isEmpty();

            ivs.stopStream(b -> b.channelArn(channel.arn()));
            assertThat(ivs.getStreamSession(b -> b.channelArn(channel.arn()).streamId(session.streamId()))
                    .streamSession().endTime()).isNotNull();

            // Tear down, configurations after the channel that uses them.
            ivs.deletePlaybackKeyPair(b -> b.arn(keyPair.arn()));
            ivs.deleteChannel(b -> b.arn(channel.arn()));
            ivs.deleteRecordingConfiguration(b -> b.arn(recording.arn()));
            ivs.deletePlaybackRestrictionPolicy(b -> b.arn(policy.arn()));
            signed.post("DeleteAdConfiguration", "{\"arn\":\"" + adConfiguration + "\"}").ok();

            List<String> notCalled = ServiceModel.ivs().stream()
                    .filter(m -> m.service().equals(ServiceModel.LOW_LATENCY))
                    .flatMap(m -> m.operations().keySet().stream())
                    .filter(op -> emulator.requestCount(op) == 0)
                    .collect(Collectors.toList());
            assertThat(notCalled).as("operations of the model the walk did not call").isEmpty();
            assertThat(ServiceModel.ivs().get(0).operations()).hasSize(41);
            JsonNode none = signed.post("ListChannels", "{}").ok().path("channels");
            assertThat(none.size()).isZero();
        }
    }
}
