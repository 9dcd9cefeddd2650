package io.ivsjava.live;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.StageArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.realtime.Capability;
import io.ivsjava.realtime.ImportedKeyPair;
import io.ivsjava.realtime.ParticipantEvent;
import io.ivsjava.realtime.ParticipantState;
import io.ivsjava.realtime.ParticipantToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A viewer on the stage promoted to co-host: by token exchange when the instance signs tokens itself (the viewer
 * stays connected), by a new token and a disconnect otherwise; and never someone else's participant.
 */
class PromotionTest {
    private static Fixture fx;
    private static ImportedKeyPair keys;

    @BeforeAll
    static void start() {
        fx = Fixture.start();
        keys = fx.realTime.generateAndImportPublicKey("promotion-test");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static String session(Broadcast show) {
        return fx.realTime.getStage(show.stage().orElseThrow().arn()).activeSessionId().orElseThrow();
    }

    @Test
    void withATokenKeyTheViewersTokenIsExchangedAndTheViewerStaysOnTheStage() {
        IvsLive live = fx.live(b -> b.participantTokenKey(keys));
        for (StreamingMode mode : new StreamingMode[] {StreamingMode.REAL_TIME, StreamingMode.HYBRID}) {
            Broadcast show = live.provision("kit-" + mode.name().toLowerCase(java.util.Locale.ROOT), mode);
            StageArn stage = show.stage().orElseThrow().arn();
            // In HYBRID viewers watch over HLS; a viewer on the stage has a subscribe-only token all the same.
            Admission.WebRtc host = (Admission.WebRtc) live.admitHost(show, show.userId());
            fx.emulator.simulateParticipantJoin(host.token().token());
            ParticipantToken viewerToken = keys.signer().sign(stage, show.stage().get().endpoints(),
                    io.ivsjava.realtime.Viewer.of("bob"));
            String viewer = fx.emulator.simulateParticipantJoin(viewerToken.token());
            String session = session(show);

            Admission.WebRtc promoted = live.promote(show, "bob", viewer);

            assertThat(promoted.participantId()).as("the same participant").isEqualTo(viewer);
            assertThat(promoted.canPublish()).isTrue();
            assertThat(keys.verifier().verify(promoted.token().token(), stage, Capability.PUBLISH)
                    .participant().userId()).hasValue("bob");
            assertThat(fx.emulator.simulateTokenExchange(promoted.token().token())).isEqualTo(viewer);
            fx.emulator.simulateParticipantPublish(stage.value(), viewer);
            assertThat(fx.realTime.getParticipant(stage, session, viewer).state())
                    .isEqualTo(ParticipantState.CONNECTED);
            assertThat(fx.realTime.listParticipantEvents(stage, session, viewer).map(ParticipantEvent::kind))
                    .doesNotContain(ParticipantEvent.Kind.LEFT)
                    .contains(ParticipantEvent.Kind.TOKEN_EXCHANGED, ParticipantEvent.Kind.PUBLISH_STARTED);
            assertThat(session(show)).isEqualTo(session);
            assertThat(live.invites().find(show.userId(), "bob")).isPresent();
            // The exchanged token is the co-host's kept token: their studio reloads onto the same participant.
            assertThat(((Admission.WebRtc) live.admitHost(show, "bob")).token()).isEqualTo(promoted.token());
            live.end(show);
        }
    }

    @Test
    void withATokenKeyAViewerWhoAlreadyLeftGetsANewHostToken() {
        IvsLive live = fx.live(b -> b.participantTokenKey(keys));
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        StageArn stage = show.stage().orElseThrow().arn();
        fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "kit")).token().token());
        Admission.WebRtc asViewer = (Admission.WebRtc) live.admitViewer(show, "bob");
        String viewer = fx.emulator.simulateParticipantJoin(asViewer.token().token());
        fx.emulator.simulateParticipantLeave(stage.value(), viewer);

        Admission.WebRtc promoted = live.promote(show, "bob", viewer);

        assertThat(promoted.participantId()).isNotEqualTo(viewer);
        assertThat(promoted.canPublish()).isTrue();
        String coHost = fx.emulator.simulateParticipantJoin(promoted.token().token());
        fx.emulator.simulateParticipantPublish(stage.value(), coHost);
    }

    @Test
    void withoutATokenKeyTheViewerGetsANewTokenAndTheViewerParticipantIsDisconnected() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        StageArn stage = show.stage().orElseThrow().arn();
        Admission.WebRtc asViewer = (Admission.WebRtc) live.admitViewer(show, "bob");
        String viewer = fx.emulator.simulateParticipantJoin(asViewer.token().token());
        String session = session(show);

        Admission.WebRtc promoted = live.promote(show, "bob", viewer);

        assertThat(promoted.participantId()).isNotEqualTo(viewer);
        assertThat(promoted.token().selfSigned()).isFalse();
        assertThat(fx.realTime.getParticipant(stage, session, viewer).state()).isEqualTo(ParticipantState.DISCONNECTED);
    }

    @Test
    void aParticipantOfAnotherUserIsNeitherExchangedNorDisconnected() {
        for (boolean signed : new boolean[] {true, false}) {
            IvsLive live = signed ? fx.live(b -> b.participantTokenKey(keys)) : fx.live();
            Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
            StageArn stage = show.stage().orElseThrow().arn();
            String host = fx.emulator.simulateParticipantJoin(
                    ((Admission.WebRtc) live.admitHost(show, "kit")).token().token());
            String session = session(show);

            // bob names the host's participant: he gets a token of his own, and the host stays on.
            Admission.WebRtc promoted = live.promote(show, "bob", host);

            assertThat(promoted.participantId()).isNotEqualTo(host);
            assertThat(promoted.token().participant().userId()).hasValue("bob");
            assertThat(fx.realTime.getParticipant(stage, session, host).state()).isEqualTo(ParticipantState.CONNECTED);
            assertInvalid(() -> live.promote(show, "bob", "not a participant id"), "viewerParticipantId",
                    "1..64 letters, digits, '-' and '_'");
            live.end(show);
        }
    }
}
