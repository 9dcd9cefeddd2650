package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.BatchStartViewerSessionRevocationResponse;
import software.amazon.awssdk.services.ivs.model.BatchStartViewerSessionRevocationViewerSession;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** Revoking viewer sessions of a channel, one at a time or up to twenty in a batch. */
class ViewerSessionRevocationTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.start();
    @AutoClose
    private static final IvsClient client = Sdk.lowLatencyWithoutRetries(emulator);
    private static final String channel = client.createChannel(b -> b.name("private").authorized(true)).channel().arn();

    @Test
    void aRevocationNeedsAnExistingChannelAndAViewerIdOfUpTo40Characters() {
        client.startViewerSessionRevocation(b -> b.channelArn(channel).viewerId("v".repeat(40)));
        client.startViewerSessionRevocation(b -> b.channelArn(channel).viewerId("u").viewerSessionVersionsLessThanOrEqualTo(7));

        assertThatThrownBy(() -> client.startViewerSessionRevocation(b -> b.channelArn(channel).viewerId("v".repeat(41))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 40");
        assertThatThrownBy(() -> client.startViewerSessionRevocation(b -> b.channelArn(channel).viewerId("u")
                .viewerSessionVersionsLessThanOrEqualTo(-1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("greater than or equal to 0");
        String missing = "arn:aws:ivs:us-east-1:123456789012:channel/missingMissi";
        assertThatThrownBy(() -> client.startViewerSessionRevocation(b -> b.channelArn(missing).viewerId("v")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(missing);
        try (IvsClient elsewhere = Sdk.lowLatency(emulator, "eu-west-1")) {
            assertThatThrownBy(() -> elsewhere.startViewerSessionRevocation(b -> b.channelArn(channel).viewerId("v")))
                    .as("the channel of another region").isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void aBatchAnswersAnErrorForEachPairWhoseChannelIsMissing() {
        String missing = "arn:aws:ivs:us-east-1:123456789012:channel/missingMissi";
        BatchStartViewerSessionRevocationResponse response = client.batchStartViewerSessionRevocation(b -> b
                .viewerSessions(session(channel, "a"), session(missing, "b"), session(channel, "c")));

        assertThat(response.errors()).singleElement().satisfies(e -> {
            assertThat(e.channelArn()).isEqualTo(missing);
            assertThat(e.viewerId()).isEqualTo("b");
            assertThat(e.code()).isEqualTo("ResourceNotFoundException");
            assertThat(e.message()).contains(missing);
        });
    }

    @Test
    void aBatchTakesOneToTwentyPairs() {
        List<BatchStartViewerSessionRevocationViewerSession> twenty = IntStream.range(0, 20)
                .mapToObj(i -> session(channel, "viewer-" + i)).collect(Collectors.toList());
        assertThat(client.batchStartViewerSessionRevocation(b -> b.viewerSessions(twenty)).errors()).isEmpty();

        List<BatchStartViewerSessionRevocationViewerSession> twentyOne = IntStream.range(0, 21)
                .mapToObj(i -> session(channel, "viewer-" + i)).collect(Collectors.toList());
        assertThatThrownBy(() -> client.batchStartViewerSessionRevocation(b -> b.viewerSessions(twentyOne)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 20");
        assertThatThrownBy(() -> client.batchStartViewerSessionRevocation(b -> b.viewerSessions(List.of())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("greater than or equal to 1");
    }

    private static BatchStartViewerSessionRevocationViewerSession session(String channelArn, String viewerId) {
        return BatchStartViewerSessionRevocationViewerSession.builder().channelArn(channelArn).viewerId(viewerId)
                .build();
    }
}
