package io.ivsjava.core.internal;

import java.security.SecureRandom;

/**
 * Random identifiers in the alphabet IVS uses for resource and participant ids. Not part of the public API.
 * Thread-safe (one shared {@link SecureRandom}).
 */
public final class Ids {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /**
     * A random alphanumeric id.
     *
     * @param length the number of characters
     * @return the id
     */
    public static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
