package io.ivsjava.chat;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Rejections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chat roles, in the words of the stage roles, and the chat token value: limits, expiry tests, redaction. */
class ChatRoleAndTokenTest {
    private static final RoomArn ROOM = RoomArn.parse("arn:aws:ivschat:us-west-2:123456789012:room/g1H2I3j4k5L6");

    @Test
    void aHostModeratesAViewerSendsAndAnAnonymousViewerOnlyReads() {
        ChatRole host = ChatRole.host("kit", Map.of("displayName", "Kit"));
        ChatRole viewer = ChatRole.viewer("bob");
        ChatRole anonymous = ChatRole.anonymous();

        assertThat(host.capabilities()).containsExactly(ChatCapability.SEND_MESSAGE, ChatCapability.DELETE_MESSAGE,
                ChatCapability.DISCONNECT_USER);
        assertThat(host.canSend()).isTrue();
        assertThat(host.moderates()).isTrue();
        assertThat(host.attributes()).containsExactly(Map.entry("displayName", "Kit"));
        assertThat(viewer.capabilities()).containsExactly(ChatCapability.SEND_MESSAGE);
        assertThat(viewer.moderates()).isFalse();
        assertThat(anonymous.capabilities()).isEmpty();
        assertThat(anonymous.canSend()).isFalse();
        assertThat(ChatRole.readOnly("lurker").capabilities()).isEmpty();
    }

    @Test
    void eachAnonymousViewerIsADistinctUserBecauseIvsRequiresAUserId() {
        ChatRole one = ChatRole.anonymous();
        ChatRole two = ChatRole.anonymous();

        assertThat(one.userId()).matches("anonymous-[a-zA-Z0-9]{16}");
        assertThat(two.userId()).startsWith(ChatRole.ANONYMOUS_PREFIX).isNotEqualTo(one.userId());
    }

    @Test
    void aCustomRoleCarriesAnySetIncludingNone() {
        ChatRole bot = ChatRole.of(Set.of(ChatCapability.DELETE_MESSAGE), "mod-bot");

        assertThat(bot.capabilities()).containsExactly(ChatCapability.DELETE_MESSAGE);
        assertThat(bot.canSend()).isFalse();
        assertThat(bot.moderates()).as("deleting alone is not moderating").isFalse();
        assertThat(ChatRole.of(EnumSet.noneOf(ChatCapability.class), "quiet").capabilities()).isEmpty();
        assertThat(bot.withAttributes(Map.of("k", "v")).attributes()).containsExactly(Map.entry("k", "v"));
    }

    @Test
    void rolesAreCheckedWhenMade() {
        assertInvalid(() -> ChatRole.viewer(""), "userId", "is 0 characters long; allowed 1..128 characters");
        assertInvalid(() -> ChatRole.viewer("u".repeat(129)), "userId", "is 129 characters long");
        assertInvalid(() -> ChatRole.host(null), "userId", "is missing");
        assertInvalid(() -> ChatRole.of(Set.of(ChatCapability.UNKNOWN), "x"), "capabilities[0]", "UNKNOWN",
                "allowed SEND_MESSAGE, DELETE_MESSAGE, DISCONNECT_USER");
        assertInvalid(() -> ChatRole.of(null, "x"), "capabilities", "is missing");
        String fits = "v".repeat(1024 - 1);
        assertThat(ChatRole.viewer("v", Map.of("k", fits)).attributes()).containsEntry("k", fits);
        assertInvalid(() -> ChatRole.viewer("v", Map.of("k", fits + "v")), "attributes",
                "keys and values total 1025 bytes (UTF-8); allowed at most 1024 bytes");
        // Multi-byte characters count in UTF-8 bytes: 342 x 3 bytes = 1026.
        assertInvalid(() -> ChatRole.viewer("v", Map.of("", "€".repeat(342))), "attributes", "1026 bytes");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);
        assertInvalid(() -> ChatRole.viewer("v", nullValue), "attributes[k]", "is missing");
    }

    @Test
    void aUserIdCountsCharactersNotBytes() {
        String emoji = "😀".repeat(128);

        assertThat(ChatRole.viewer(emoji).userId()).isEqualTo(emoji);
    }

    @Test
    void aTokenTellsWhenItStopsAdmittingAndWhenItsSessionEnds() {
        Instant tokenExpiry = Instant.parse("2026-11-25T12:10:00Z");
        Instant sessionExpiry = Instant.parse("2026-11-25T13:00:00Z");
        ChatToken token = new ChatToken(ROOM, ChatRole.viewer("bob"), Duration.ofMinutes(60), "secret-token",
                tokenExpiry, sessionExpiry);
        Clock noon = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

        assertThat(token.userId()).isEqualTo("bob");
        assertThat(token.expiresWithin(Duration.ofMinutes(5), noon)).isFalse();
        assertThat(token.expiresWithin(Duration.ofMinutes(10), noon)).as("at the limit").isTrue();
        assertThat(token.sessionEndsWithin(Duration.ofMinutes(59), noon)).isFalse();
        assertThat(token.sessionEndsWithin(Duration.ofMinutes(60), noon)).isTrue();
        assertThat(token.expiresWithin(Duration.ZERO, Clock.fixed(tokenExpiry.plusSeconds(1), ZoneOffset.UTC)))
                .as("an expired token").isTrue();
        ChatToken expired = new ChatToken(ROOM, ChatRole.viewer("bob"), Duration.ofMinutes(1), "t", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(60));
        assertThat(expired.expiresWithin(Duration.ZERO)).as("by the system clock").isTrue();
        assertThat(expired.sessionEndsWithin(Duration.ZERO)).as("by the system clock").isTrue();
        assertInvalid(() -> token.expiresWithin(null), "window", "is missing");
        assertInvalid(() -> token.sessionEndsWithin(Duration.ZERO, null), "clock", "is missing");
    }

    @Test
    void aTokenNeverShowsInToString() {
        ChatToken token = new ChatToken(ROOM, ChatRole.viewer("shy"), Duration.ofMinutes(60), "secret-token-value",
                Instant.EPOCH, Instant.EPOCH);

        assertThat(token.toString()).doesNotContain("secret-token-value").contains("<redacted>").contains("shy")
                .contains(ROOM.value());
    }
}
