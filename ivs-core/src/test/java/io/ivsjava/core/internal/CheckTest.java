package io.ivsjava.core.internal;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pre-network checks: each limit at its boundary and one past it. */
class CheckTest {
    private static final int MIN = 1;
    private static final int MAX = 20_160;

    // ---- names ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "a", "my-stage_01", "ABCxyz-_-_0123456789"})
    void namesOfTheAllowedCharactersAreAccepted(String name) {
        assertThat(Check.name("name", name)).isSameAs(name);
    }

    @Test
    void namesMayBe128CharactersButNot129() {
        String longest = "a-Z_9".repeat(25) + "abc";
        assertThat(longest).hasSize(128);

        assertThat(Check.name("name", longest)).isSameAs(longest);
        assertInvalid(() -> Check.name("name", longest + "x"), "name", "is 129 characters long; allowed 0..128 characters");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"two words", " lead", "trail ", "dot.ted", "slash/", "café", "tab\t", "🐱"})
    void namesWithOtherCharactersAreRejected(String name) {
        assertInvalid(() -> Check.name("stageName", name), "stageName", "\"" + name + "\" has characters IVS does not allow",
                "allowed letters, digits, '-' and '_' (pattern [a-zA-Z0-9-_]*)");
    }

    @Test
    void aMissingNameIsRejected() {
        assertInvalid(() -> Check.name("name", null), "name", "is missing");
    }

    // ---- lengths --------------------------------------------------------------------------------------------

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String cats = "🐱".repeat(128);
        assertThat(cats.length()).as("UTF-16 units").isEqualTo(256);

        assertThat(Check.length("userId", cats, 0, 128)).isSameAs(cats);
        assertInvalid(() -> Check.length("userId", cats + "🐱", 0, 128), "userId",
                "is 129 characters long; allowed 0..128 characters");
        assertInvalid(() -> Check.length("userId", "", 1, 128), "userId", "is 0 characters long; allowed 1..128 characters");
        assertInvalid(() -> Check.length("userId", null, 0, 128), "userId", "is missing");
    }

    // ---- minutes --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDurations")
    void wholeMinutesWithinTheRangeAreAccepted(Duration duration, int minutes) {
        assertThat(Check.minutes("duration", duration, MIN, MAX)).isEqualTo(minutes);
    }

    static Stream<Arguments> validDurations() {
        return Stream.of(
                Arguments.of(Duration.ofMinutes(1), 1),
                Arguments.of(Duration.ofSeconds(60), 1),
                Arguments.of(Duration.ofHours(12), 720),
                Arguments.of(Duration.ofDays(14), 20_160),
                Arguments.of(Duration.ofMinutes(20_160), 20_160));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDurations")
    void durationsOutsideTheRangeOrNotInWholeMinutesAreRejected(Duration duration, String problem) {
        assertInvalid(() -> Check.minutes("duration", duration, MIN, MAX), "duration", problem, "allowed 1..20160");
    }

    static Stream<Arguments> invalidDurations() {
        return Stream.of(
                Arguments.of(Duration.ZERO, "0 minutes is too short"),
                Arguments.of(Duration.ofMinutes(20_161), "20161 minutes is too long"),
                Arguments.of(Duration.ofDays(365), "525600 minutes is too long"),
                Arguments.of(Duration.ofSeconds(90), "PT1M30S is not a positive whole number of minutes"),
                Arguments.of(Duration.ofSeconds(59), "is not a positive whole number of minutes"),
                Arguments.of(Duration.ofMinutes(2).plusNanos(1), "is not a positive whole number of minutes"),
                Arguments.of(Duration.ofMinutes(2).plusMillis(1), "is not a positive whole number of minutes"),
                Arguments.of(Duration.ofMinutes(-5), "PT-5M is not a positive whole number of minutes"),
                Arguments.of(Duration.ofSeconds(-1), "is not a positive whole number of minutes"));
    }

    @Test
    void aMissingDurationIsRejected() {
        assertInvalid(() -> Check.minutes("duration", null, MIN, MAX), "duration", "is missing");
    }

    // ---- tags -----------------------------------------------------------------------------------------------

    @Test
    void fiftyTagsAreAcceptedAndFiftyOneAreNot() {
        Map<String, String> fifty = tags(50);
        Map<String, String> fiftyOne = tags(51);

        assertThat(Check.tags("tags", fifty)).isSameAs(fifty);
        assertInvalid(() -> Check.tags("tags", fiftyOne), "tags", "51 tags is too many; allowed at most 50");
    }

    @Test
    void tagKeysHold1To128Characters() {
        assertThat(Check.tags("tags", Map.of("k", "v"))).hasSize(1);
        assertThat(Check.tags("tags", Map.of("k".repeat(128), "v"))).hasSize(1);
        assertInvalid(() -> Check.tags("tags", Map.of("", "v")), "tags.key", "is 0 characters long; allowed 1..128");
        assertInvalid(() -> Check.tags("tags", Map.of("k".repeat(129), "v")), "tags.key",
                "is 129 characters long; allowed 1..128");
    }

    @Test
    void tagValuesHoldUpTo256Characters() {
        assertThat(Check.tags("tags", Map.of("k", ""))).hasSize(1);
        assertThat(Check.tags("tags", Map.of("k", "v".repeat(256)))).hasSize(1);
        assertInvalid(() -> Check.tags("tags", Map.of("k", "v".repeat(257))), "tags[k]",
                "is 257 characters long; allowed 0..256");
    }

    @Test
    void missingTagsOrTagValuesAreRejected() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);

        assertInvalid(() -> Check.tags("tags", null), "tags", "is missing");
        assertInvalid(() -> Check.tags("tags", nullValue), "tags[k]", "is missing");
    }

    // ---- UTF-8 sizes ----------------------------------------------------------------------------------------

    @Test
    void mapsOfExactlyTheLimitAreAcceptedAndOneByteMoreIsNot() {
        Map<String, String> exactly = Map.of("ab", "c".repeat(1022));
        Map<String, String> over = Map.of("ab", "c".repeat(1023));

        assertThat(Check.totalBytes("attributes", exactly, 1024)).isSameAs(exactly);
        assertInvalid(() -> Check.totalBytes("attributes", over, 1024), "attributes",
                "keys and values total 1025 bytes (UTF-8); allowed at most 1024 bytes");
    }

    @Test
    void mapSizesCountUtf8BytesOfKeysAndValues() {
        // é is 2 bytes in UTF-8, € is 3, 🐱 is 4 (and 2 UTF-16 units)
        Map<String, String> multibyte = new LinkedHashMap<>();
        multibyte.put("é", "€".repeat(100));    // 2 + 300
        multibyte.put("🐱", "🐱".repeat(179));   // 4 + 716
        assertThat(Check.totalBytes("attributes", multibyte, 1022)).isSameAs(multibyte);

        assertInvalid(() -> Check.totalBytes("attributes", multibyte, 1021), "attributes", "total 1022 bytes");
        assertInvalid(() -> Check.totalBytes("attributes", Map.of("é", "é".repeat(512)), 1024), "attributes",
                "total 1026 bytes");
        assertThat(Check.totalBytes("attributes", Map.of("", "é".repeat(512)), 1024)).hasSize(1);
    }

    @Test
    void missingMapsKeysOrValuesAreRejected() {
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "v");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);

        assertInvalid(() -> Check.totalBytes("attributes", null, 1024), "attributes", "is missing");
        assertInvalid(() -> Check.totalBytes("attributes", nullKey, 1024), "attributes.key", "is missing");
        assertInvalid(() -> Check.totalBytes("attributes", nullValue, 1024), "attributes[k]", "is missing");
    }

    @Test
    void stringSizesHaveBothBoundsInUtf8Bytes() {
        String euros = "€".repeat(341);   // 1023 bytes, 341 characters

        assertThat(Check.bytes("metadata", "x", 1, 1024)).isEqualTo("x");
        assertThat(Check.bytes("metadata", euros + "x", 1, 1024)).hasSize(342);
        assertInvalid(() -> Check.bytes("metadata", euros + "é", 1, 1024), "metadata",
                "is 1025 bytes (UTF-8); allowed 1..1024 bytes");
        assertInvalid(() -> Check.bytes("metadata", "", 1, 1024), "metadata", "is 0 bytes (UTF-8); allowed 1..1024 bytes");
        assertInvalid(() -> Check.bytes("metadata", null, 1, 1024), "metadata", "is missing");
    }

    @Test
    void notNullPassesValuesThrough() {
        Object value = new Object();

        assertThat(Check.notNull("x", value)).isSameAs(value);
        assertInvalid(() -> Check.notNull("x", null), "x", "is missing");
    }

    @Test
    void wholeSecondsHaveBothBoundsAndNoFractions() {
        assertThat(Check.seconds("window", Duration.ZERO, 0, 300)).isEqualTo(0);
        assertThat(Check.seconds("window", Duration.ofMinutes(5), 0, 300)).isEqualTo(300);
        assertInvalid(() -> Check.seconds("window", Duration.ofSeconds(301), 0, 300), "window",
                "301 seconds is too long; allowed 0..300 whole seconds");
        assertInvalid(() -> Check.seconds("interval", Duration.ZERO, 1, 60), "interval",
                "0 seconds is too short; allowed 1..60 whole seconds");
        assertInvalid(() -> Check.seconds("window", Duration.ofMillis(1500), 0, 300), "window",
                "PT1.5S is not a whole number of seconds");
        assertInvalid(() -> Check.seconds("window", Duration.ofSeconds(-1), 0, 300), "window",
                "is not a whole number of seconds");
        assertInvalid(() -> Check.seconds("window", null, 0, 300), "window", "is missing");
    }

    @Test
    void numbersHaveBothBounds() {
        assertThat(Check.range("width", 2, 2, 1920)).isEqualTo(2);
        assertThat(Check.range("width", 1920, 2, 1920)).isEqualTo(1920);
        assertInvalid(() -> Check.range("width", 1922, 2, 1920), "width", "1922 is out of range; allowed 2..1920");
        assertInvalid(() -> Check.range("gridGap", -1, 0, Integer.MAX_VALUE), "gridGap",
                "-1 is out of range; allowed 0 or more");
        assertThat(Check.range("framerate", 59.94, 1, 60)).isEqualTo(59.94);
        assertInvalid(() -> Check.range("framerate", 60.5, 1, 60), "framerate", "60.5 is out of range; allowed 1..60");
        assertInvalid(() -> Check.range("framerate", Double.NaN, 1, 60), "framerate", "NaN is out of range");
    }

    @Test
    void patternsMatchTheWholeValue() {
        java.util.regex.Pattern session = java.util.regex.Pattern.compile("st-[a-zA-Z0-9]+");

        assertThat(Check.matches("sessionId", "st-a1B2c3D4e5F6G", session, "st-...")).isEqualTo("st-a1B2c3D4e5F6G");
        assertInvalid(() -> Check.matches("sessionId", "x st-a1", session, "st- and letters or digits"), "sessionId",
                "\"x st-a1\" is malformed; allowed st- and letters or digits");
        assertInvalid(() -> Check.matches("sessionId", null, session, "st-..."), "sessionId", "is missing");
    }

    private enum Mode { LOW, NORMAL, UNKNOWN }

    @Test
    void knownValuesPassAndUnknownIsRefusedNamingTheOthers() {
        assertThat(Check.known("latencyMode", Mode.LOW)).isSameAs(Mode.LOW);
        assertInvalid(() -> Check.known("latencyMode", Mode.UNKNOWN), "latencyMode",
                "UNKNOWN stands for a value this library could not read and cannot be sent; allowed LOW, NORMAL");
        assertInvalid(() -> Check.known("latencyMode", null), "latencyMode", "is missing");
    }

    @Test
    void collectionSizesHaveBothBoundsAndNoNullItems() {
        List<String> two = List.of("a", "b");

        assertThat(Check.size("arns", two, 1, 2, "ARNs")).isSameAs(two);
        assertInvalid(() -> Check.size("arns", List.of(), 1, 2, "ARNs"), "arns", "has 0 ARNs; allowed 1..2");
        assertInvalid(() -> Check.size("arns", List.of("a", "b", "c"), 1, 2, "ARNs"), "arns", "has 3 ARNs; allowed 1..2");
        assertInvalid(() -> Check.size("arns", Arrays.asList("a", null), 1, 2, "ARNs"), "arns[1]", "is missing");
        assertInvalid(() -> Check.size("arns", null, 1, 2, "ARNs"), "arns", "is missing");
    }

    private static Map<String, String> tags(int count) {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < count; i++) {
            tags.put("key" + i, "value" + i);
        }
        return tags;
    }
}
