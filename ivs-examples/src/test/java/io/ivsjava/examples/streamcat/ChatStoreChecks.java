package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.StreamingMode;
import io.ivsjava.live.ChatBan;
import io.ivsjava.live.ChatBanStore;
import java.time.Clock;
import java.util.Optional;

/** The same checks of StreamCat's chat state on H2 and on PostgreSQL: a user's room and the bans from it. */
final class ChatStoreChecks {
    static final String ROOM = "arn:aws:ivschat:us-east-1:123456789012:room/AbCdEfGhIjKl";

    private ChatStoreChecks() {
    }

    /** Signs up kit (with a room), bob and troll, bans two of them, and checks the store both ways. */
    static void roomsAndBans(Store store, Clock clock) {
        Store.Resources withRoom = new Store.Resources(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.of(ROOM));
        store.createUser(new Store.User("kit", StreamingMode.REAL_TIME, clock.instant()), "1".repeat(64), withRoom);
        store.createUser(new Store.User("bob", StreamingMode.REAL_TIME, clock.instant()), "2".repeat(64),
                Store.Resources.NONE);
        store.createUser(new Store.User("troll", StreamingMode.REAL_TIME, clock.instant()), "3".repeat(64),
                Store.Resources.NONE);
        assertThat(store.resources("kit").orElseThrow().chatRoomArn()).contains(ROOM);
        assertThat(store.resources("bob").orElseThrow().chatRoomArn()).isEmpty();
        store.saveResources("kit", withRoom.withComposition(Optional.of("arn:composition")));
        assertThat(store.resources("kit").orElseThrow().chatRoomArn()).as("kept with a new composition")
                .contains(ROOM);

        ChatBanStore bans = new JdbcChatBanStore(store);
        ChatBan troll = new ChatBan("kit", "troll", "spam", clock.instant());
        bans.save(troll);
        bans.save(new ChatBan("kit", "bob", "", clock.instant().plusSeconds(1)));
        bans.save(new ChatBan("bob", "troll", "rude", clock.instant()));
        assertThat(bans.find("kit", "troll")).contains(troll);
        assertThat(bans.find("troll", "kit")).isEmpty();
        assertThat(bans.list("kit")).extracting(ChatBan::userId).containsExactly("troll", "bob");
        ChatBan again = new ChatBan("kit", "troll", "spam again", clock.instant().plusSeconds(5));
        bans.save(again);
        assertThat(bans.find("kit", "troll")).as("replaced").contains(again);

        assertThat(bans.remove("kit", "bob")).isTrue();
        assertThat(bans.remove("kit", "bob")).isFalse();
        // a deleted account takes the bans it made and the bans on it
        assertThat(store.deleteUser("troll")).isTrue();
        assertThat(bans.list("kit")).isEmpty();
        assertThat(bans.list("bob")).isEmpty();
        bans.save(new ChatBan("kit", "bob", "", clock.instant()));
        assertThat(bans.removeAll("kit")).isEqualTo(1);
        assertThat(bans.removeAll("kit")).isZero();
    }
}
