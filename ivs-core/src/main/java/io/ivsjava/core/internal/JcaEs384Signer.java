package io.ivsjava.core.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * ES384 through a JCA {@link Signature} ({@code SHA384withECDSAinP1363Format}): the JDK's own provider (SunEC), or
 * a given {@link Provider} instance such as the Amazon Corretto Crypto Provider, which is used directly and never
 * installed JVM-wide.
 *
 * <p>Thread-safe. A {@code Signature} is not, but after {@code sign()} it is ready for the next message with the same
 * key, so each signer keeps a small lock-free pool of initialised ones: a call takes one, signs and puts it back,
 * and makes a new one only when every pooled one is in use. Unlike per-thread instances, the pool serves virtual
 * threads as well as platform ones, and it goes away with its signer. Not part of the public API.
 */
final class JcaEs384Signer implements Es384Signer {
    static final String ALGORITHM = "SHA384withECDSAinP1363Format";

    private final Es384Signers.Backend backend;
    private final Provider provider;
    private final PrivateKey key;
    private final String description;
    private final AtomicReferenceArray<Signature> idle =
            new AtomicReferenceArray<>(Math.min(64, 2 * Runtime.getRuntime().availableProcessors()));

    /**
     * Creates the signer and one {@code Signature}, so that a key the provider cannot use fails here.
     *
     * @param backend the backend this is
     * @param provider the provider, or {@code null} for the JDK's choice
     * @param key the key, in a form the provider takes
     * @throws GeneralSecurityException if the provider refuses the key
     */
    JcaEs384Signer(Es384Signers.Backend backend, Provider provider, PrivateKey key) throws GeneralSecurityException {
        this.backend = backend;
        this.provider = provider;
        this.key = key;
        Signature first = newSignature();
        Provider chosen = first.getProvider();
        this.description = chosen.getName() + " " + chosen.getVersionStr();
        idle.set(0, first);
    }

    @Override
    public byte[] sign(byte[] data, int offset, int length) throws GeneralSecurityException {
        Signature signature = borrow();
        // a Signature that failed may be left mid-message: it is dropped, not put back
        signature.update(data, offset, length);
        byte[] result = signature.sign();
        release(signature);
        return result;
    }

    /** An idle initialised Signature from the pool, or a new one. */
    private Signature borrow() throws GeneralSecurityException {
        int slots = idle.length();
        int start = (Thread.currentThread().hashCode() & Integer.MAX_VALUE) % slots;
        for (int i = 0; i < slots; i++) {
            int slot = (start + i) % slots;
            Signature signature = idle.get(slot);
            if (signature != null && idle.compareAndSet(slot, signature, null)) {
                return signature;
            }
        }
        return newSignature();
    }

    /** Puts a Signature back in a free slot, or lets it go when the pool is full. */
    private void release(Signature signature) {
        int slots = idle.length();
        int start = (Thread.currentThread().hashCode() & Integer.MAX_VALUE) % slots;
        for (int i = 0; i < slots; i++) {
            int slot = (start + i) % slots;
            if (idle.get(slot) == null && idle.compareAndSet(slot, null, signature)) {
                return;
            }
        }
    }

    private Signature newSignature() throws GeneralSecurityException {
        Signature signature = provider == null ? Signature.getInstance(ALGORITHM) : Signature.getInstance(ALGORITHM, provider);
        signature.initSign(key);
        return signature;
    }

    @Override
    public String provider() {
        return description;
    }

    @Override
    public Es384Signers.Backend backend() {
        return backend;
    }

    @Override
    public String toString() {
        return "JcaEs384Signer[" + description + "]";
    }
}
