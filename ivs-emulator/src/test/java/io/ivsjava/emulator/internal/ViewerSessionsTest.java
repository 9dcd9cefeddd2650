package io.ivsjava.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.EmulatorOptions;
import java.time.Clock;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What viewer session revocation keeps in a channel's side state, for playback-token checks to consult. */
class ViewerSessionsTest {
    private final EmulatorState state = new EmulatorState(EmulatorOptions.defaults(), Clock.systemUTC());
    private final ServiceModel model = ServiceModel.ivs().get(0);
    private final Handlers handlers = new Handlers();
    private final Partition p = state.defaultPartition();

    ViewerSessionsTest() {
        GenericOperations generic = new GenericOperations(state, model);
        generic.register(handlers);
        new LowLatencyOperations(state, model, generic).register(handlers);
    }

    @Test
    void theHighestRevokedVersionIsKeptPerChannelAndViewerUntilTheChannelIsDeleted() {
        String channel = run("CreateChannel", Json.object()).path("channel").path("arn").asText();
        String other = run("CreateChannel", Json.object()).path("channel").path("arn").asText();

        run("StartViewerSessionRevocation", Json.object().put("channelArn", channel).put("viewerId", "v")
                .put("viewerSessionVersionsLessThanOrEqualTo", 3));
        run("StartViewerSessionRevocation", Json.object().put("channelArn", channel).put("viewerId", "v")
                .put("viewerSessionVersionsLessThanOrEqualTo", 1));
        ObjectNode batch = Json.object();
        batch.putArray("viewerSessions").addObject().put("channelArn", channel).put("viewerId", "w");

        assertThat(run("BatchStartViewerSessionRevocation", batch).path("errors").size()).isZero();
        assertThat(ViewerSessions.revokedUpTo(p, channel, "v")).as("a lower version does not undo a higher one")
                .isEqualTo(OptionalInt.of(3));
        assertThat(ViewerSessions.revokedUpTo(p, channel, "w")).as("the default version").isEqualTo(OptionalInt.of(0));
        assertThat(ViewerSessions.revokedUpTo(p, channel, "nobody")).isEmpty();
        assertThat(ViewerSessions.revokedUpTo(p, other, "v")).isEmpty();

        run("DeleteChannel", Json.object().put("arn", channel));
        assertThat(ViewerSessions.revokedUpTo(p, channel, "v")).isEmpty();
    }

    private ObjectNode run(String operation, ObjectNode input) {
        return handlers.find(model.operations().get(operation)).orElseThrow().handle(p, input);
    }
}
