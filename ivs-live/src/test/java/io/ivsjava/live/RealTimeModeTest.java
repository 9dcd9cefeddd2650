package io.ivsjava.live;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.fixtures.Es384Jwt;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.realtime.Capability;
import io.ivsjava.realtime.ImportedKeyPair;
import io.ivsjava.realtime.ParticipantState;
import io.ivsjava.realtime.ParticipantToken;
import io.ivsjava.realtime.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** REAL_TIME end to end against the emulator: a stage, hosts and viewers over WebRTC, co-hosts, the end. */
class RealTimeModeTest {
    private static Fixture fx;

    @BeforeAll
    static void start() {
        fx = Fixture.start();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void goingLiveCreatesATaggedStageAndNothingElse() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);

        assertThat(show.userId()).isEqualTo("kit");
        assertThat(show.mode()).isEqualTo(StreamingMode.REAL_TIME);
        assertThat(show.channel()).isEmpty();
        assertThat(show.ingest()).isEmpty();
        assertThat(show.composition()).isEmpty();
        Stage stage = fx.realTime.getStage(show.stage().orElseThrow().arn());
        assertThat(stage.tags()).containsEntry(IvsLive.TAG_LIBRARY, "ivs-live")
                .containsEntry(IvsLive.TAG_NAMESPACE, live.namespace())
                .containsEntry(IvsLive.TAG_USER, "kit")
                .containsKey(IvsLive.TAG_CREATED);
        assertThat(stage.endpoints()).isEqualTo(show.stage().get().endpoints());
        assertThat(fx.lowLatency.listChannels()
                .filter(c -> live.namespace().equals(c.tags().get(IvsLive.TAG_NAMESPACE)))).isEmpty();
    }

    @Test
    void hostsPublishAndViewersOnlySubscribeWithTokensFromTheApi() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);

        Admission host = live.admitHost(show, "kit");
        Admission viewer = live.admitViewer(show, "bob");

        assertThat(host).isInstanceOf(Admission.WebRtc.class);
        assertThat(viewer).isInstanceOf(Admission.WebRtc.class);
        Admission.WebRtc hostRtc = (Admission.WebRtc) host;
        Admission.WebRtc viewerRtc = (Admission.WebRtc) viewer;
        assertThat(hostRtc.canPublish()).isTrue();
        assertThat(viewerRtc.canPublish()).isFalse();
        assertThat(hostRtc.endpoints()).isEqualTo(show.stage().get().endpoints());

        Map<String, Object> hostClaims = Es384Jwt.verify(hostRtc.token().token(),
                fx.emulator.participantTokenPublicKey()).claims();
        assertThat(hostClaims).containsEntry("resource", show.stage().get().arn().value())
                .containsEntry("user_id", "kit")
                .containsEntry("capabilities", Map.of("allow_publish", true, "allow_subscribe", true));
        Map<String, Object> viewerClaims = Es384Jwt.verify(viewerRtc.token().token(),
                fx.emulator.participantTokenPublicKey()).claims();
        assertThat(viewerClaims).containsEntry("user_id", "bob")
                .containsEntry("capabilities", Map.of("allow_publish", false, "allow_subscribe", true));

        String hostId = fx.emulator.simulateParticipantJoin(hostRtc.token().token());
        fx.emulator.simulateParticipantPublish(show.stage().get().arn().value(), hostId);
        String viewerId = fx.emulator.simulateParticipantJoin(viewerRtc.token().token());
        assertThatThrownBy(() -> fx.emulator.simulateParticipantPublish(show.stage().get().arn().value(), viewerId))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void locallySignedTokensVerifyAndAdmitWithoutAnyCall() {
        ImportedKeyPair keys = fx.realTime.generateAndImportPublicKey("rt-mode-test");
        IvsLive live = fx.live(b -> b.participantTokenKey(keys));
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        long before = fx.emulator.requestCount();

        Admission.WebRtc host = (Admission.WebRtc) live.admitHost(show, "kit");
        Admission.WebRtc viewer = (Admission.WebRtc) live.admitViewer(show, "bob");
        Admission.WebRtc anonymous = (Admission.WebRtc) live.admitViewer(show);

        assertThat(fx.emulator.requestCount()).isEqualTo(before);
        ParticipantToken checkedHost = keys.verifier().verify(host.token().token(), show.stage().get().arn(),
                Capability.PUBLISH, Capability.SUBSCRIBE);
        assertThat(checkedHost.participant().userId()).hasValue("kit");
        ParticipantToken checkedViewer = keys.verifier().verify(viewer.token().token(), show.stage().get().arn(),
                Capability.SUBSCRIBE);
        assertThat(checkedViewer.participant().canPublish()).isFalse();
        assertThat(keys.verifier().verify(anonymous.token().token(), show.stage().get().arn())
                .participant().userId()).isEmpty();
        Es384Jwt.verify(viewer.token().token(), keys.keys().publicKey());
        // IVS (here the emulator) admits them: the key's public half is imported.
        assertThat(fx.emulator.simulateParticipantJoin(viewer.token().token())).isEqualTo(viewer.participantId());
    }

    @Test
    void aViewerPromotedToCoHostGetsAPublishTokenAndTheirViewerParticipantIsDisconnected() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        String stage = show.stage().get().arn().value();
        Admission.WebRtc asViewer = (Admission.WebRtc) live.admitViewer(show, "bob");
        String viewerParticipant = fx.emulator.simulateParticipantJoin(asViewer.token().token());
        String session = fx.realTime.getStage(show.stage().get().arn()).activeSessionId().orElseThrow();

        Admission.WebRtc asHost = live.promote(show, "bob", viewerParticipant);

        assertThat(asHost.canPublish()).isTrue();
        assertThat(asHost.token().participant().userId()).hasValue("bob");
        assertThat(asHost.participantId()).isNotEqualTo(viewerParticipant);
        assertThat(fx.realTime.getParticipant(show.stage().get().arn(), session, viewerParticipant).state())
                .isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(live.invites().find("kit", "bob")).isPresent();
        String hostParticipant = fx.emulator.simulateParticipantJoin(asHost.token().token());
        fx.emulator.simulateParticipantPublish(stage, hostParticipant);
        // admitted again as host: the same kept token
        assertThat(((Admission.WebRtc) live.admitHost(show, "bob")).token()).isEqualTo(asHost.token());
    }

    @Test
    void aRemovedCoHostIsDisconnectedWithTheReasonAndCannotComeBack() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        live.invite(show, "cara");
        Admission.WebRtc cara = (Admission.WebRtc) live.admitHost(show, "cara");
        String caraParticipant = fx.emulator.simulateParticipantJoin(cara.token().token());
        String kitParticipant = fx.emulator.simulateParticipantJoin(
                ((Admission.WebRtc) live.admitHost(show, "kit")).token().token());

        int disconnected = live.removeHost(show, "cara", "thanks for coming");

        assertThat(disconnected).isEqualTo(1);
        String session = fx.realTime.getStage(show.stage().get().arn()).activeSessionId().orElseThrow();
        assertThat(fx.realTime.getParticipant(show.stage().get().arn(), session, caraParticipant).state())
                .isEqualTo(ParticipantState.DISCONNECTED);
        assertThat(fx.realTime.getParticipant(show.stage().get().arn(), session, kitParticipant).state())
                .isEqualTo(ParticipantState.CONNECTED);
        assertThat(live.invites().find("kit", "cara")).isEmpty();
        assertThatThrownBy(() -> fx.emulator.simulateParticipantJoin(cara.token().token()))
                .isInstanceOf(IllegalArgumentException.class);
        assertInvalid(() -> live.admitHost(show, "cara"), "userId", "neither the owner", "invite them first");
        // removing again does nothing
        assertThat(live.removeHost(show, "cara", "again")).isZero();
    }

    @Test
    void endingDisconnectsEveryoneRevokesInvitesAndCanBeRepeated() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);
        live.invite(show, "cara");
        List<String> participants = List.of(
                fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "kit")).token().token()),
                fx.emulator.simulateParticipantJoin(((Admission.WebRtc) live.admitHost(show, "cara")).token().token()),
                fx.emulator.simulateParticipantJoin(
                        ((Admission.WebRtc) live.admitViewer(show, "bob")).token().token()));
        String session = fx.realTime.getStage(show.stage().get().arn()).activeSessionId().orElseThrow();

        Broadcast ended = live.end(show);

        for (String p : participants) {
            assertThat(fx.realTime.getParticipant(show.stage().get().arn(), session, p).state())
                    .isEqualTo(ParticipantState.DISCONNECTED);
        }
        assertThat(fx.realTime.getStage(show.stage().get().arn()).activeSessionId()).isEmpty();
        assertThat(live.invites().list("kit")).isEmpty();
        assertThat(ended).isEqualTo(show);
        assertThat(live.end(show)).isEqualTo(show);
        // the resources stay: going live again reuses the stage and hands out a new host token
        Broadcast again = live.goLive("kit", StreamingMode.REAL_TIME);
        assertThat(again.stage()).isEqualTo(show.stage());
        assertThat(((Admission.WebRtc) live.admitHost(again, "kit")).participantId())
                .isNotIn(participants);
    }

    @Test
    void coHostsAreRefusedWhereTheyCannotBe() {
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.REAL_TIME);

        assertInvalid(() -> live.admitHost(show, "eve"), "userId", "\"eve\" is neither the owner of kit's "
                + "broadcast nor an invited co-host");
        assertInvalid(() -> live.invite(show, "kit"), "coHostUserId", "owns the broadcast");
        assertInvalid(() -> live.removeHost(show, "kit", "bye"), "userId", "owns the broadcast; end it instead");
    }
}
