package io.ivsjava.live;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.chat.ChatCapability;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.Room;
import io.ivsjava.chat.RoomArn;
import io.ivsjava.chat.RoomSpec;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.core.IvsQuotaExceededException;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.core.fixtures.MutableClock;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * A broadcast's chat room and its tokens by role, bans and events, on the emulator, with real chat clients on its
 * messaging WebSocket.
 */
class ChatTest {
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
    void everyModeGetsARoomTaggedLikeTheStageAndFoundAgainByTag() {
        IvsLive live = fx.liveWithChat(b -> b.chatRooms(RoomSpec.builder().maximumMessageLength(200)
                .maximumMessageRatePerSecond(5).tag("team", "cats").build()));
        for (StreamingMode mode : StreamingMode.values()) {
            Broadcast show = live.provision("kit-" + mode.name().toLowerCase(), mode);
            Room room = fx.chat.getRoom(show.chatRoom().orElseThrow());
            assertThat(room.tags()).containsEntry(IvsLive.TAG_LIBRARY, IvsLive.TAG_LIBRARY_VALUE)
                    .containsEntry(IvsLive.TAG_NAMESPACE, live.namespace())
                    .containsEntry(IvsLive.TAG_USER, show.userId())
                    .containsKey(IvsLive.TAG_CREATED)
                    .containsEntry("team", "cats");
            assertThat(room.name()).isEqualTo(live.namespace() + "-" + show.userId());
            assertThat(room.maximumMessageLength()).isEqualTo(200);
            assertThat(room.maximumMessageRatePerSecond()).isEqualTo(5);
        }

        Broadcast first = live.goLive("kit-real_time", StreamingMode.REAL_TIME);
        // another instance (a second backend, or this one after a restart) finds the same room by its tags
        long creates = fx.emulator.requestCount("CreateRoom");
        try (IvsLive again = IvsLive.builder().clients(fx.realTime, fx.lowLatency).namespace(live.namespace())
                .chatClient(fx.chat).chatMessagingEndpoint(fx.emulator.chatMessagingEndpoint()).build()) {
            assertThat(again.provision("kit-real_time", StreamingMode.HYBRID).chatRoom()).isEqualTo(first.chatRoom());
        }
        assertThat(fx.emulator.requestCount("CreateRoom")).isEqualTo(creates);
        // another namespace is another application: its own room
        assertThat(fx.liveWithChat(b -> b).provision("kit-real_time", StreamingMode.REAL_TIME).chatRoom())
                .isPresent().isNotEqualTo(first.chatRoom());
    }

    @Test
    void theOwnerModeratesASignedInViewerSendsAndAnAnonymousViewerReads() throws Exception {
        IvsLive live = fx.liveWithChat(b -> b.chatSessionDuration(Duration.ofMinutes(30)));
        Broadcast show = live.provision("kit", StreamingMode.LOW_LATENCY);
        LiveChat chat = live.chat();

        ChatAdmission owner = chat.admit(show, "kit");
        ChatAdmission bob = chat.admit(show, "bob", Map.of("displayName", "Bob"));
        ChatAdmission guest = chat.admitAnonymous(show);
        assertThat(owner.role().capabilities()).containsExactlyInAnyOrder(ChatCapability.SEND_MESSAGE,
                ChatCapability.DELETE_MESSAGE, ChatCapability.DISCONNECT_USER);
        assertThat(bob.role().capabilities()).containsExactly(ChatCapability.SEND_MESSAGE);
        assertThat(guest.role().capabilities()).isEmpty();
        assertThat(guest.role().userId()).startsWith("anonymous-");
        assertThat(owner.messagingEndpoint()).isEqualTo(fx.emulator.chatMessagingEndpoint());
        assertThat(bob.token().sessionDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(bob.token().room()).isEqualTo(show.chatRoom().orElseThrow());
        assertThat(bob.toString()).doesNotContain(bob.token().token());

        try (ChatSocket kitClient = new ChatSocket(owner);
             ChatSocket bobClient = new ChatSocket(bob);
             ChatSocket guestClient = new ChatSocket(guest)) {
            bobClient.say("r1", "hello from bob");
            JsonNode heard = guestClient.next("MESSAGE");
            assertThat(heard.path("Content").asText()).isEqualTo("hello from bob");
            assertThat(heard.path("Sender").path("UserId").asText()).isEqualTo("bob");
            assertThat(heard.path("Sender").path("Attributes").path("displayName").asText()).isEqualTo("Bob");
            assertThat(kitClient.next("MESSAGE").path("Id").asText()).isEqualTo(heard.path("Id").asText());
            assertThat(bobClient.next("MESSAGE").path("RequestId").asText()).isEqualTo("r1");

            guestClient.say("r2", "may I?");
            assertThat(guestClient.next("ERROR").path("ErrorCode").asInt()).isEqualTo(403);
            bobClient.delete("r3", heard.path("Id").asText(), "mine");
            assertThat(bobClient.next("ERROR").path("ErrorCode").asInt()).isEqualTo(403);

            kitClient.delete("r4", heard.path("Id").asText(), "off topic");
            JsonNode deleted = guestClient.next("EVENT");
            assertThat(deleted.path("EventName").asText()).isEqualTo("aws:DELETE_MESSAGE");
            assertThat(deleted.path("Attributes").path("MessageId").asText()).isEqualTo(heard.path("Id").asText());
            assertThat(deleted.path("Attributes").path("Reason").asText()).isEqualTo("off topic");
        }
    }

    @Test
    void aBannedUserIsDisconnectedAtOnceAndGetsNoNewTokenUntilUnbanned() throws Exception {
        ChatBanStore store = ChatBanStore.inMemory();
        IvsLive live = fx.liveWithChat(b -> b.chatBanStore(store));
        Broadcast show = live.provision("kit", StreamingMode.REAL_TIME);
        LiveChat chat = live.chat();
        assertThat(chat.bans()).isSameAs(store);

        try (ChatSocket troll = new ChatSocket(chat.admit(show, "troll"));
             ChatSocket bystander = new ChatSocket(chat.admit(show, "bob"))) {
            ChatBan ban = chat.ban(show, "troll", "spam");

            assertThat(ban).isEqualTo(store.find("kit", "troll").orElseThrow());
            assertThat(ban.reason()).isEqualTo("spam");
            assertThat(troll.closeCode()).isEqualTo(1000);
            JsonNode notice = bystander.next("EVENT");
            assertThat(notice.path("EventName").asText()).isEqualTo("aws:DISCONNECT_USER");
            assertThat(notice.path("Attributes").path("UserId").asText()).isEqualTo("troll");
            assertThat(notice.path("Attributes").path("Reason").asText()).isEqualTo("spam");
        }

        long tokens = fx.emulator.requestCount("CreateChatToken");
        BannedFromChatException refused = catchThrowableOfType(BannedFromChatException.class,
                () -> chat.admit(show, "troll"));
        assertThat(refused.ban().userId()).isEqualTo("troll");
        assertThat(refused.getMessage()).contains("troll is banned from kit's chat").contains("spam");
        assertThat(fx.emulator.requestCount("CreateChatToken")).as("refused before any call").isEqualTo(tokens);
        // banning again keeps the first ban; another host's chat does not know it
        assertThat(chat.ban(show, "troll", "again")).isEqualTo(store.find("kit", "troll").orElseThrow())
                .extracting(ChatBan::reason).isEqualTo("spam");
        assertThat(chat.admit(live.provision("dan", StreamingMode.REAL_TIME), "troll").role().canSend()).isTrue();

        assertThat(chat.unban(show, "troll")).isTrue();
        assertThat(chat.unban(show, "troll")).isFalse();
        assertThat(chat.admit(show, "troll").role().canSend()).isTrue();

        assertInvalid(() -> chat.ban(show, "kit", "no"), "userId", "owns the broadcast");
        assertInvalid(() -> chat.ban(show, "troll", "x".repeat(257)), "reason", "257 characters");
    }

    /** A ban store that hands everything to an in-memory one; the stores below change how look-ups behave. */
    private abstract static class ForwardingBans implements ChatBanStore {
        final ChatBanStore inner = ChatBanStore.inMemory();

        @Override
        public void save(ChatBan ban) {
            inner.save(ban);
        }

        @Override
        public Optional<ChatBan> find(String hostUserId, String userId) {
            return inner.find(hostUserId, userId);
        }

        @Override
        public List<ChatBan> list(String hostUserId) {
            return inner.list(hostUserId);
        }

        @Override
        public boolean remove(String hostUserId, String userId) {
            return inner.remove(hostUserId, userId);
        }

        @Override
        public int removeAll(String hostUserId) {
            return inner.removeAll(hostUserId);
        }
    }

    /** A ban store that answers "not banned" to the first look-up of one user, as if the ban came just after it. */
    private static final class BanAfterFirstLook extends ForwardingBans {
        final AtomicInteger looks = new AtomicInteger();

        @Override
        public Optional<ChatBan> find(String hostUserId, String userId) {
            return looks.getAndIncrement() == 0 ? Optional.empty() : inner.find(hostUserId, userId);
        }
    }

    @Test
    void anAdmissionThatABanOvertookWhileItsTokenWasMadeHandsOutNothing() {
        BanAfterFirstLook store = new BanAfterFirstLook();
        IvsLive live = fx.liveWithChat(b -> b.chatBanStore(store));
        Broadcast show = live.provision("kit", StreamingMode.REAL_TIME);
        store.inner.save(new ChatBan("kit", "troll", "spam", Instant.now()));
        long tokens = fx.emulator.requestCount("CreateChatToken");

        BannedFromChatException refused = catchThrowableOfType(BannedFromChatException.class,
                () -> live.chat().admit(show, "troll"));

        assertThat(refused.ban().reason()).isEqualTo("spam");
        assertThat(store.looks.get()).as("looked before and after the token").isEqualTo(2);
        assertThat(fx.emulator.requestCount("CreateChatToken")).as("the token was made, and kept back")
                .isEqualTo(tokens + 1);
    }

    /** A ban store whose first look-up for a host waits until released, inside the ban's lock. */
    private static final class HeldBans extends ForwardingBans {
        final Gate gate = new Gate();
        private final AtomicBoolean first = new AtomicBoolean(true);

        @Override
        public Optional<ChatBan> find(String hostUserId, String userId) {
            if (first.getAndSet(false)) {
                gate.pass();
            }
            return inner.find(hostUserId, userId);
        }
    }

    @Test
    void aBanAndTheOwnersTeardownAreSerializedSoNoBanOutlivesTheRoom() throws Exception {
        HeldBans store = new HeldBans();
        IvsLive live = fx.liveWithChat(b -> b.chatBanStore(store));
        Broadcast show = live.provision("kit", StreamingMode.REAL_TIME);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<ChatBan> ban = threads.submit(() -> live.chat().ban(show, "troll", "spam"));
            assertThat(store.gate.awaitArrival()).isTrue();
            AtomicReference<Thread> tearing = new AtomicReference<>();
            Future<CleanupReport> teardown = threads.submit(() -> {
                tearing.set(Thread.currentThread());
                return live.teardown(show);
            });
            // the ban is released once the teardown has either finished or is waiting for the owner's lock
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!teardown.isDone() && System.nanoTime() < deadline) {
                Thread t = tearing.get();
                Object blocker = t == null ? null : LockSupport.getBlocker(t);
                if (blocker != null && blocker.getClass().getName().startsWith(ReentrantLock.class.getName())) {
                    break;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            store.gate.open();

            assertThat(ban.get(1, TimeUnit.MINUTES).userId()).isEqualTo("troll");
            assertThat(teardown.get(1, TimeUnit.MINUTES).deletedRooms())
                    .containsExactly(show.chatRoom().orElseThrow());
            // the teardown ran after the ban, and lifted it with the room
            assertThat(store.list("kit")).isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void streamEndingAndPollsReachEveryConnectedClient() throws Exception {
        IvsLive live = fx.liveWithChat(b -> b);
        Broadcast show = live.provision("kit", StreamingMode.HYBRID);
        LiveChat chat = live.chat();
        try (ChatSocket guest = new ChatSocket(chat.admitAnonymous(show))) {
            String id = chat.sendEvent(show, ChatEvent.streamEnding(Duration.ofMinutes(1)));
            JsonNode ending = guest.next("EVENT");
            assertThat(ending.path("Id").asText()).isEqualTo(id);
            assertThat(ending.path("EventName").asText()).isEqualTo(ChatEvent.STREAM_ENDING);
            assertThat(ending.path("Attributes").path("inSeconds").asText()).isEqualTo("60");

            chat.sendEvent(show, ChatEvent.poll("Next game?", List.of("Chess", "Go")));
            JsonNode poll = guest.next("EVENT");
            assertThat(poll.path("EventName").asText()).isEqualTo(ChatEvent.POLL);
            assertThat(poll.path("Attributes").path("question").asText()).isEqualTo("Next game?");
            assertThat(poll.path("Attributes").path("options").asText()).isEqualTo("2");
            assertThat(poll.path("Attributes").path("option2").asText()).isEqualTo("Go");
        }
    }

    @Test
    void eventsAreCheckedBeforeAnyCall() {
        assertInvalid(() -> ChatEvent.of(""), "name", "0 characters");
        assertInvalid(() -> ChatEvent.of("x".repeat(101)), "name", "101 characters");
        assertInvalid(() -> ChatEvent.of("aws:DELETE_MESSAGE"), "name", "IVS Chat's own events");
        assertInvalid(() -> ChatEvent.of("big", Map.of("k", "v".repeat(1024))), "attributes", "1025 bytes");
        assertInvalid(() -> ChatEvent.streamEnding(Duration.ofMillis(1500)), "in", "whole number of seconds");
        assertInvalid(() -> ChatEvent.poll("?", List.of("only")), "options", "1");
        assertInvalid(() -> ChatEvent.poll("?", List.of("a", "")), "options[1]", "0 characters");
        assertThat(ChatEvent.streamEnding().attributes()).isEmpty();
    }

    @Test
    void teardownDeletesTheRoomAndLiftsTheBans() {
        IvsLive live = fx.liveWithChat(b -> b);
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        live.chat().ban(show, "troll", "");
        RoomArn room = show.chatRoom().orElseThrow();

        CleanupReport report = live.teardown(show);

        assertThat(report.deletedRooms()).containsExactly(room);
        assertThat(report.removedAnything()).isTrue();
        assertThatThrownBy(() -> fx.chat.getRoom(room)).isInstanceOf(IvsNotFoundException.class);
        assertThat(live.chat().bans().list("kit")).isEmpty();
        assertThat(live.teardown("kit").removedAnything()).isFalse();
        // a token for the deleted room is IVS's refusal, and provisioning again makes a new room
        assertThatThrownBy(() -> live.chat().admit(show, "bob")).isInstanceOf(IvsNotFoundException.class);
        assertThat(live.provision("kit", StreamingMode.HYBRID).chatRoom()).isPresent()
                .isNotEqualTo(Optional.of(room));
    }

    @Test
    void aRoomThatCannotBeCreatedLeavesNoStageOrChannelBehind() {
        try (IvsEmulator emulator = IvsEmulator.builder().quota(Quota.ROOMS, 0).start();
             IvsChat chatClient = IvsChat.connect(connection(emulator));
             IvsLive live = IvsLive.builder().connection(connection(emulator))
                     .chatRooms().chatMessagingEndpoint(emulator.chatMessagingEndpoint()).build()) {
            assertThatThrownBy(() -> live.provision("kit", StreamingMode.HYBRID))
                    .isInstanceOf(IvsQuotaExceededException.class);
            assertThat(live.realTime().listStages().count()).isZero();
            assertThat(live.lowLatency().listChannels().count()).isZero();
            assertThat(chatClient.listRooms().count()).isZero();
        }
    }

    @Test
    void withChatOffIvsChatIsNeverCalled() {
        long before = fx.emulator.calls().stream().filter(c -> c.service().equals("ivschat")).count();
        IvsLive live = fx.live();
        Broadcast show = live.goLive("kit", StreamingMode.HYBRID);
        live.teardown(show);

        assertThat(show.chatRoom()).isEmpty();
        assertThat(fx.emulator.calls().stream().filter(c -> c.service().equals("ivschat")).count())
                .isEqualTo(before);
        assertInvalid(live::chat, "chatRooms", "is off");
        LiveChat other = fx.liveWithChat(b -> b).chat();
        assertInvalid(() -> other.admit(show, "bob"), "broadcast.chatRoom", "without chat");
        assertInvalid(() -> other.sendEvent(show, ChatEvent.streamEnding()), "broadcast.chatRoom", "is missing");
        assertThat(live.toString()).contains("chat=off");
    }

    @Test
    void inputsAreCheckedBeforeAnyCall() {
        IvsLive live = fx.liveWithChat(b -> b);
        Broadcast show = live.provision("kit", StreamingMode.REAL_TIME);
        long calls = fx.emulator.requestCount();
        Map<String, String> tooMuch = Map.of("bio", "b".repeat(1100));
        assertInvalid(() -> live.chat().admit(show, "bob", tooMuch), "attributes", "bytes");
        assertInvalid(() -> live.chat().admit(show, "has space"), "userId", "letters, digits");
        assertInvalid(() -> live.chat().admit(null, "bob"), "broadcast", "is missing");
        assertInvalid(() -> live.chat().sendEvent(show, null), "event", "is missing");
        assertThat(fx.emulator.requestCount()).isEqualTo(calls);
    }

    @Test
    void theBuilderRefusesChatSettingsThatCannotWork() {
        assertInvalid(() -> IvsLive.builder().clients(fx.realTime, fx.lowLatency).chatRooms().build(), "chatClient",
                "is missing");
        assertInvalid(() -> IvsLive.builder().connection(fx.connection).chatClient(fx.chat).build(), "chatClient",
                "connection(...)");
        assertInvalid(() -> fx.liveWithChat(b -> b.chatSessionDuration(Duration.ofMinutes(181))),
                "chatSessionDuration", "181 minutes is too long", "1..180");
        // the emulator's chat client has an endpoint override: the messaging endpoint must be given
        assertInvalid(() -> IvsLive.builder().clients(fx.realTime, fx.lowLatency).chatClient(fx.chat).build(),
                "chatMessagingEndpoint", "is missing", "chatMessagingEndpoint()");
        assertInvalid(() -> IvsLive.builder().chatMessagingEndpoint(URI.create("https://example.com/chat")),
                "chatMessagingEndpoint", "not a WebSocket URL");
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < 47; i++) {
            tags.put("t" + i, "v");
        }
        RoomSpec crowded = RoomSpec.builder().tags(tags).build();
        assertInvalid(() -> fx.liveWithChat(b -> b.chatRooms(crowded)), "chatRooms.tags", "52 tags");
    }

    @Test
    void theMessagingEndpointIsIvsChatsInTheClientsRegionByDefault() {
        try (IvschatClient sdk = IvschatClient.builder().region(Region.EU_WEST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();
             IvsChat chat = IvsChat.create(sdk);
             IvsLive live = IvsLive.builder().clients(fx.realTime, fx.lowLatency).chatClient(chat).build()) {
            assertThat(live.chat().messagingEndpoint())
                    .isEqualTo(URI.create("wss://edge.ivschat.eu-west-1.amazonaws.com"));
            assertThat(live.toString()).contains("chat=rooms, wss://edge.ivschat.eu-west-1.amazonaws.com");
        }
    }

    @Test
    void theJanitorDeletesTheRoomsOfUsersWithNoStageOrChannelLeft() {
        MutableClock clock = new MutableClock(Instant.now());
        IvsLive live = fx.liveWithChat(b -> b.clock(clock));
        Broadcast idle = live.provision("kit", StreamingMode.REAL_TIME);
        Broadcast hybrid = live.provision("dan", StreamingMode.HYBRID);
        Janitor janitor = live.janitor(CleanupPolicy.NONE.withIdleStages(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(31));
        CleanupReport report = janitor.sweep();

        // kit's stage was idle and went, and their room with it; dan keeps a channel, and so their room
        assertThat(report.deletedStages()).containsExactlyInAnyOrder(idle.stage().orElseThrow().arn(),
                hybrid.stage().orElseThrow().arn());
        assertThat(report.deletedRooms()).containsExactly(idle.chatRoom().orElseThrow());
        assertThat(fx.chat.getRoom(hybrid.chatRoom().orElseThrow())).isNotNull();
        assertThat(janitor.sweep().removedAnything()).isFalse();
        // kit going live again gets a stage and a room anew
        assertThat(live.goLive("kit", StreamingMode.REAL_TIME).chatRoom()).isPresent()
                .isNotEqualTo(idle.chatRoom());
    }

    @Test
    void aBroadcastStoredWithItsRoomIsRebuiltWithIt() {
        IvsLive live = fx.liveWithChat(b -> b);
        Broadcast show = live.provision("kit", StreamingMode.LOW_LATENCY);
        Broadcast rebuilt = new Broadcast(show.userId(), show.mode(), show.stage(), show.channel(), show.ingest(),
                show.composition(), show.chatRoom());
        assertThat(rebuilt).isEqualTo(show);
        assertThat(rebuilt.withComposition(Optional.empty()).chatRoom()).isEqualTo(show.chatRoom());
        assertThat(new Broadcast(show.userId(), show.mode(), show.stage(), show.channel(), show.ingest(),
                show.composition()).chatRoom()).isEmpty();
        assertThat(live.chat().admit(rebuilt, "bob").token().room()).isEqualTo(show.chatRoom().orElseThrow());
        assertThat(Set.of(show.chatRoom().orElseThrow().value())).allMatch(a -> a.startsWith("arn:aws:ivschat:"));
    }

    private static io.ivsjava.core.IvsConnection connection(IvsEmulator emulator) {
        return io.ivsjava.core.IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build();
    }
}
