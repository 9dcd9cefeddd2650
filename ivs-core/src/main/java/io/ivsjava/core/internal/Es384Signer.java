package io.ivsjava.core.internal;

import java.security.GeneralSecurityException;

/**
 * Makes ES384 signatures (ECDSA on P-384 over SHA-384) with one private key, in the JOSE (IEEE P1363) format:
 * {@code r} then {@code s}, 48 unsigned big-endian bytes each. Implementations are thread-safe. Not part of the
 * public API; {@link Es384Signers} makes them.
 */
public interface Es384Signer {
    /** Length of a P1363 ES384 signature: two 48-byte integers. */
    int SIGNATURE_LENGTH = 96;

    /**
     * Signs {@code data[offset, offset + length)}.
     *
     * @param data the message bytes
     * @param offset where the message starts
     * @param length how many bytes it has
     * @return the 96-byte signature
     * @throws GeneralSecurityException if the provider fails
     */
    byte[] sign(byte[] data, int offset, int length) throws GeneralSecurityException;

    /**
     * Which implementation signs: the backend and the provider's name and version, such as
     * {@code AmazonCorrettoCryptoProvider 2.5.0}.
     *
     * @return a description for people and logs
     */
    String provider();

    /**
     * The backend this signer uses.
     *
     * @return the backend
     */
    Es384Signers.Backend backend();
}
