package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsValidationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The pre-network checks: each limit at its boundary and one past it. */
class CheckTest {

    @Test
    void namesAllowTheModelsCharactersUpTo128() {
        assertThat(Check.name("name", "")).isEmpty();
        assertThat(Check.name("name", "a-Z_9".repeat(25) + "abc")).hasSize(128);
        rejected(() -> Check.name("name", "x".repeat(129)), "name", "is 129 characters long; allowed 0..128 characters");
        rejected(() -> Check.name("name", "two words"), "name", "allowed letters, digits, '-' and '_'");
        rejected(() -> Check.name("name", "café"), "name", "pattern [a-zA-Z0-9-_]*");
        rejected(() -> Check.name("name", null), "name", "is missing");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertThat(Check.length("userId", "🐱".repeat(128), 0, 128)).isNotEmpty();
        rejected(() -> Check.length("userId", "🐱".repeat(129), 0, 128), "userId", "is 129 characters long");
    }

    @Test
    void minutesAreWholeAndWithinTheRange() {
        assertThat(Check.minutes("duration", Duration.ofMinutes(1), 1, 20_160)).isEqualTo(1);
        assertThat(Check.minutes("duration", Duration.ofDays(14), 1, 20_160)).isEqualTo(20_160);
        rejected(() -> Check.minutes("duration", Duration.ofMinutes(20_161), 1, 20_160), "duration",
                "20161 minutes is too long; allowed 1..20160 whole minutes");
        rejected(() -> Check.minutes("duration", Duration.ZERO, 1, 20_160), "duration",
                "0 minutes is too short; allowed 1..20160 whole minutes");
        rejected(() -> Check.minutes("duration", Duration.ofSeconds(90), 1, 20_160), "duration",
                "PT1M30S is not a positive whole number of minutes");
        rejected(() -> Check.minutes("duration", Duration.ofMinutes(-5), 1, 20_160), "duration",
                "not a positive whole number of minutes");
        rejected(() -> Check.minutes("duration", Duration.ofMinutes(2).plusNanos(1), 1, 20_160), "duration",
                "not a positive whole number of minutes");
    }

    @Test
    void tagsFollowTheAwsLimits() {
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }
        assertThat(Check.tags("tags", fifty)).hasSize(50);
        Map<String, String> fiftyOne = new HashMap<>(fifty);
        fiftyOne.put("one-more", "v");
        rejected(() -> Check.tags("tags", fiftyOne), "tags", "51 tags is too many; allowed at most 50");
        rejected(() -> Check.tags("tags", Map.of("", "v")), "tags key", "is 0 characters long; allowed 1..128");
        rejected(() -> Check.tags("tags", Map.of("k".repeat(129), "v")), "tags key", "allowed 1..128");
        assertThat(Check.tags("tags", Map.of("k", "v".repeat(256)))).hasSize(1);
        rejected(() -> Check.tags("tags", Map.of("k", "v".repeat(257))), "tags[k]", "allowed 0..256");
    }

    @Test
    void attributeMapsAreLimitedInUtf8BytesOfKeysAndValues() {
        assertThat(Check.totalBytes("attributes", Map.of("ab", "c".repeat(1022)), 1024)).hasSize(1);
        rejected(() -> Check.totalBytes("attributes", Map.of("ab", "c".repeat(1023)), 1024), "attributes",
                "keys and values total 1025 bytes (UTF-8); allowed at most 1024 bytes");
        // "é" is two bytes in UTF-8: 512 of them are exactly 1024 bytes, one more is over.
        assertThat(Check.totalBytes("attributes", Map.of("", "é".repeat(512)), 1024)).hasSize(1);
        rejected(() -> Check.totalBytes("attributes", Map.of("é", "é".repeat(512)), 1024), "attributes", "1026 bytes");
    }

    @Test
    void byteSizedStringsHaveBothBounds() {
        assertThat(Check.bytes("metadata", "x", 1, 1024)).isEqualTo("x");
        rejected(() -> Check.bytes("metadata", "", 1, 1024), "metadata", "is 0 bytes (UTF-8); allowed 1..1024 bytes");
        rejected(() -> Check.bytes("metadata", "€".repeat(342), 1, 1024), "metadata", "is 1026 bytes");
    }

    private static void rejected(ThrowingCallable call, String field, String problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IvsValidationException.class, e -> {
            assertThat(e.field()).hasValue(field);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(problem);
            assertThat(e.errorCode()).hasValue("ValidationException");
            assertThat(e.httpStatus()).isEmpty();
            assertThat(e.requestId()).isEmpty();
            assertThat(e.isRetryable()).isFalse();
        });
    }
}
