package io.ivsjava.emulator;

/**
 * The emulator's one answer to a missing value in its public API: {@link IllegalArgumentException} naming the
 * field, {@code "field: is missing"}. Used by {@link IvsEmulator}, {@link EmulatorOptions} and {@link Fault}.
 * Stateless; thread-safe.
 */
final class Checks {
    private Checks() {
    }

    /**
     * Requires a value.
     *
     * @param field the field's name in the message, such as {@code channelArn}
     * @param value the value
     * @param <T> its type
     * @return the value
     * @throws IllegalArgumentException {@code "field: is missing"} if the value is null
     */
    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is missing");
        }
        return value;
    }
}
