package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 12, 64, 1000})
    void idsHaveTheLengthAskedForAndOnlyLettersAndDigits(int length) {
        String id = Ids.random(length);

        assertThat(id).hasSize(length).matches("[a-zA-Z0-9]*");
    }

    @Test
    void everyLetterAndDigitTurnsUp() {
        // 62 characters over 20,000 draws: the chance that any one never appears is below 1e-100
        Set<Character> seen = Ids.random(20_000).chars().mapToObj(c -> (char) c).collect(Collectors.toSet());

        assertThat(seen).hasSize(62);
        assertThat(ALPHABET.chars().mapToObj(c -> (char) c)).allMatch(seen::contains);
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.random(12));
        }

        assertThat(ids).hasSize(10_000);
    }
}
