package example.studio;

import io.ivsjava.chat.ChatRole;
import io.ivsjava.chat.ChatToken;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.IvsEvent;
import io.ivsjava.events.IvsEvents;
import io.ivsjava.live.Admission;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.realtime.StageSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Goes live in hybrid mode with a chat room on an embedded emulator, through every module this module reads. */
public final class Studio {
    private Studio() {
    }

    /**
     * What one session saw.
     *
     * @param stages the stages listed after going live
     * @param channels the channels listed after going live
     * @param viewer how a viewer was admitted
     * @param chat the viewer's token for the show's chat room
     * @param events the events the emulator sent, parsed
     */
    public record Session(long stages, long channels, Admission viewer, ChatToken chat, List<IvsEvent> events) {
    }

    /** {@return what a hybrid broadcast on a fresh emulator looks like} */
    public static Session hybrid() {
        List<IvsEvent> events = new CopyOnWriteArrayList<>();
        try (IvsEmulator emulator = IvsEmulator.start()) {
            emulator.addEventListener(json -> events.add(IvsEvents.parse(json)));
            IvsConnection connection = IvsConnection.builder()
                    .endpoint(emulator.endpoint()).region(emulator.region())
                    .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                    .build();
            try (IvsRealTime realTime = IvsRealTime.connect(connection);
                 IvsLowLatency lowLatency = IvsLowLatency.connect(connection);
                 IvsChat chat = IvsChat.connect(connection);
                 IvsLive live = IvsLive.builder().connection(connection).namespace("studio").build()) {
                realTime.createStage(StageSpec.builder().name("green-room").build());
                Broadcast show = live.goLive("user-1", StreamingMode.HYBRID);
                Admission viewer = live.admitViewer(show, "viewer-1");
                ChatToken chatToken = chat.createChatToken(
                        chat.createRoom(RoomSpec.builder().name("show-chat").build()).arn(), ChatRole.viewer("viewer-1"));
                emulator.simulateStreamStart(show.channel().orElseThrow().arn().value());
                long stages = realTime.listStages().count();
                long channels = lowLatency.listChannels().count();
                live.end(show);
                live.teardown("user-1");
                return new Session(stages, channels, viewer, chatToken, List.copyOf(events));
            }
        }
    }
}
