package io.ivsjava.core.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;

/**
 * ES384 through a JCA {@link Signature} ({@code SHA384withECDSAinP1363Format}): the JDK's own provider (SunEC), or
 * a given {@link Provider} instance such as the Amazon Corretto Crypto Provider, which is used directly and never
 * installed JVM-wide.
 *
 * <p>Thread-safe: each thread keeps its own {@code Signature}, initialised once with the key, since a
 * {@code Signature} is not thread-safe and after {@code sign()} is ready for the next message with the same key.
 * Not part of the public API.
 */
final class JcaEs384Signer implements Es384Signer {
    static final String ALGORITHM = "SHA384withECDSAinP1363Format";

    private final Es384Signers.Backend backend;
    private final Provider provider;
    private final PrivateKey key;
    private final String description;
    private final ThreadLocal<Signature> signatures = new ThreadLocal<>();

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
        signatures.set(first);
    }

    @Override
    public byte[] sign(byte[] data, int offset, int length) throws GeneralSecurityException {
        Signature signature = signatures.get();
        if (signature == null) {
            signature = newSignature();
            signatures.set(signature);
        }
        try {
            signature.update(data, offset, length);
            return signature.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            // a failed Signature may be left mid-message: start the next token with a fresh one
            signatures.remove();
            throw e;
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
