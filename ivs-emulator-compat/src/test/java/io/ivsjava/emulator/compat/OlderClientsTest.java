package io.ivsjava.emulator.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.ivsjava.emulator.IvsEmulator;
import java.util.Map;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantToken;
import software.amazon.awssdk.services.ivsrealtime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivsrealtime.model.ValidationException;

/**
 * The emulator on a test classpath that holds the April 2023 AWS SDK and Jackson 2.12, with the JUnit 5 extension
 * making the older SDK's clients.
 */
class OlderClientsTest {
    @RegisterExtension
    static IvsEmulatorExtension ivs = IvsEmulatorExtension.builder().build();

    @Test
    void theClasspathReallyHoldsTheOlderVersions() {
        assertThat(VersionInfo.SDK_VERSION).isEqualTo(System.getProperty("compat.aws-sdk.version"));
        assertThat(PackageVersion.VERSION.getMinorVersion()).isEqualTo(12);
    }

    @Test
    void olderClientsGetModeledAnswersAndErrors(IvsEmulator emulator, IvsRealTimeClient realTime,
                                                IvsClient lowLatency) {
        String stage = realTime.createStage(b -> b.name("old-sdk").tags(Map.of("k", "v"))).stage().arn();
        ParticipantToken token = realTime.createParticipantToken(b -> b.stageArn(stage).userId("u"))
                .participantToken();
        assertThat(token.token().split("\\.")).hasSize(3);
        assertThat(token.expirationTime()).isNotNull();
        assertThat(realTime.listTagsForResource(b -> b.resourceArn(stage)).tags()).containsEntry("k", "v");
        assertThatThrownBy(() -> realTime.createParticipantToken(b -> b.stageArn(stage).duration(20_161)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Member must have value less than or equal to 20160");
        assertThatThrownBy(() -> realTime.getStage(b -> b.arn(stage + "x")))
                .isInstanceOf(ResourceNotFoundException.class);

        String channel = lowLatency.createChannel(b -> b.name("old-sdk")).channel().arn();
        assertThat(lowLatency.listChannels(b -> b.maxResults(5)).channels()).hasSize(1);
        assertThatThrownBy(() -> lowLatency.getStream(b -> b.channelArn(channel)))
                .isInstanceOf(ChannelNotBroadcastingException.class);
        emulator.simulateStreamStart(channel);
        assertThat(lowLatency.getStream(b -> b.channelArn(channel)).stream().streamId()).startsWith("st-");
        assertThat(emulator.calls()).extracting(io.ivsjava.emulator.RecordedCall::operation).startsWith(
                "CreateStage", "CreateParticipantToken", "ListTagsForResource");
    }
}
