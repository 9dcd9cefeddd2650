package io.ivsjava.core.internal;

import io.ivsjava.core.IvsValidationException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how ES384 tokens are signed: the fastest implementation that is present and healthy, in this order.
 * <ol>
 *   <li>{@link Backend#ACCP}: the Amazon Corretto Crypto Provider (AWS-LC, native; Linux x86-64 and aarch64), when
 *       its jar is on the classpath, its native library loaded and its self-tests pass. It is used through its
 *       own {@link Provider} instance, never installed JVM-wide.</li>
 *   <li>{@link Backend#BOUNCY_CASTLE}: BouncyCastle's lightweight ECDSA (pure Java), when {@code bcprov} is on the
 *       classpath.</li>
 *   <li>{@link Backend#JDK}: the JDK's own provider (SunEC), always there.</li>
 * </ol>
 * Each optional backend is probed once per JVM, by signing a message and verifying it with the JDK; a backend
 * that is missing, fails to load or signs wrongly is skipped without an error, and the reason is logged at DEBUG
 * and kept for {@link #unavailableReason(Backend)}.
 *
 * <p>The system property {@value #PROPERTY} caps the choice: {@code auto} (the default) allows all three,
 * {@code bouncycastle} skips ACCP, {@code jdk} uses only the JDK. It is read each time a signer is made.
 *
 * <p>Thread-safe. Not part of the public API.
 */
public final class Es384Signers {
    /** The system property that caps the choice of backend. */
    public static final String PROPERTY = "io.ivsjava.tokenSigner.provider";

    private static final Logger LOG = LoggerFactory.getLogger(Es384Signers.class);
    private static final String ACCP_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";
    private static final String BOUNCY_CASTLE_CLASS = "org.bouncycastle.crypto.signers.ECDSASigner";

    /** The ways of signing, fastest first. Immutable; safe to share between threads. */
    public enum Backend {
        /** The Amazon Corretto Crypto Provider (native AWS-LC). */
        ACCP("accp"),
        /** BouncyCastle's lightweight ECDSA. */
        BOUNCY_CASTLE("bouncycastle"),
        /** The JDK's own provider. */
        JDK("jdk");

        private final String propertyValue;

        Backend(String propertyValue) {
            this.propertyValue = propertyValue;
        }

        /**
         * The name that selects this backend in {@value Es384Signers#PROPERTY}.
         *
         * @return such as {@code bouncycastle}
         */
        public String propertyValue() {
            return propertyValue;
        }
    }

    private Es384Signers() {
    }

    /**
     * A signer for the key, on the fastest backend that {@value #PROPERTY} allows and that works.
     *
     * @param key a P-384 private key
     * @return the signer
     * @throws IvsValidationException if the property has an unknown value, or no backend can sign with the key
     */
    public static Es384Signer create(ECPrivateKey key) {
        return create(key, ceiling());
    }

    /**
     * A signer for the key, on the fastest working backend no faster than {@code fastest}.
     *
     * @param key a P-384 private key
     * @param fastest the fastest backend to consider
     * @return the signer
     * @throws IvsValidationException if no backend can sign with the key
     */
    public static Es384Signer create(ECPrivateKey key, Backend fastest) {
        Backend[] all = Backend.values();
        for (int i = fastest.ordinal(); i < all.length - 1; i++) {
            try {
                Optional<Es384Signer> signer = tryCreate(all[i], key);
                if (signer.isPresent()) {
                    return signer.get();
                }
            } catch (GeneralSecurityException | LinkageError | RuntimeException e) {
                LOG.debug("ES384 backend {} cannot use this key, trying the next: {}", all[i], e.toString());
            }
        }
        return exactly(key, Backend.JDK);
    }

    /**
     * A signer on exactly this backend.
     *
     * @param key a P-384 private key
     * @param backend the backend
     * @return the signer
     * @throws IvsValidationException if the backend is unavailable or cannot sign with the key
     */
    public static Es384Signer exactly(ECPrivateKey key, Backend backend) {
        Optional<String> unavailable = unavailableReason(backend);
        if (unavailable.isPresent()) {
            throw IvsValidationException.invalid(PROPERTY, backend.propertyValue() + " cannot sign here: "
                    + unavailable.get());
        }
        try {
            return tryCreate(backend, key).orElseThrow();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw IvsValidationException.invalid("privateKey", "cannot be used for signing with "
                    + backend.propertyValue() + ": " + e);
        }
    }

    /**
     * Why a backend cannot be used in this JVM, if it cannot.
     *
     * @param backend the backend
     * @return the reason, or empty if the backend works
     */
    public static Optional<String> unavailableReason(Backend backend) {
        switch (backend) {
            case ACCP:
                return AccpProbe.RESULT.failure();
            case BOUNCY_CASTLE:
                return BouncyCastleProbe.RESULT.failure();
            default:
                return Optional.empty();
        }
    }

    /**
     * The fastest backend {@value #PROPERTY} allows.
     *
     * @return the cap
     * @throws IvsValidationException if the property has an unknown value
     */
    public static Backend ceiling() {
        String value = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        if (value.equals("auto") || value.isEmpty()) {
            return Backend.ACCP;
        }
        for (Backend backend : Backend.values()) {
            if (backend.propertyValue().equals(value)) {
                return backend;
            }
        }
        throw IvsValidationException.invalid(PROPERTY, "\"" + value + "\" is not a signer; allowed auto, accp, "
                + "bouncycastle, jdk");
    }

    private static Optional<Es384Signer> tryCreate(Backend backend, ECPrivateKey key) throws GeneralSecurityException {
        switch (backend) {
            case ACCP: {
                Optional<Provider> accp = AccpProbe.RESULT.provider();
                if (accp.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(accp(accp.get(), key));
            }
            case BOUNCY_CASTLE:
                if (BouncyCastleProbe.RESULT.failure().isPresent()) {
                    return Optional.empty();
                }
                return Optional.of(BouncyCastleEs384Signer.create(key));
            default:
                return Optional.of(new JcaEs384Signer(Backend.JDK, null, key));
        }
    }

    private static Es384Signer accp(Provider accp, ECPrivateKey key) throws GeneralSecurityException {
        // ACCP signs far faster with its own (native) key object than with a foreign one it converts every time
        Key translated = KeyFactory.getInstance("EC", accp).translateKey(key);
        if (!(translated instanceof PrivateKey)) {
            throw new GeneralSecurityException("ACCP did not translate the key into a private key");
        }
        return new JcaEs384Signer(Backend.ACCP, accp, (PrivateKey) translated);
    }

    /** The outcome of probing an optional backend: its provider (ACCP only), or why it cannot be used. */
    record Probe(Optional<Provider> provider, Optional<String> failure) {
        static Probe works(Provider provider) {
            return new Probe(Optional.ofNullable(provider), Optional.empty());
        }

        static Probe fails(Backend backend, String reason) {
            LOG.debug("ES384 backend {} is not used: {}", backend, reason);
            return new Probe(Optional.empty(), Optional.of(reason));
        }
    }

    /** ACCP, probed on first use. */
    private static final class AccpProbe {
        static final Probe RESULT = probeAccp(ACCP_CLASS);
    }

    /** BouncyCastle, probed on first use. */
    private static final class BouncyCastleProbe {
        static final Probe RESULT = probeBouncyCastle();
    }

    /**
     * Loads ACCP by name, defensively: a missing jar, a native library that failed to load, failed self-tests or a
     * wrong signature each make it unavailable, never an error.
     *
     * @param className ACCP's provider class (another only in tests)
     * @return the outcome
     */
    static Probe probeAccp(String className) {
        Provider provider;
        try {
            Class<?> type = Class.forName(className, true, Es384Signers.class.getClassLoader());
            Object instance = type.getField("INSTANCE").get(null);
            if (!(instance instanceof Provider)) {
                return Probe.fails(Backend.ACCP, "its INSTANCE is not a java.security.Provider");
            }
            provider = (Provider) instance;
            Object loadingError = type.getMethod("getLoadingError").invoke(provider);
            if (loadingError != null) {
                return Probe.fails(Backend.ACCP, "its native library did not load: " + loadingError);
            }
            type.getMethod("assertHealthy").invoke(provider);
        } catch (ClassNotFoundException e) {
            return Probe.fails(Backend.ACCP, "it is not on the classpath");
        } catch (InvocationTargetException e) {
            return Probe.fails(Backend.ACCP, "it is not healthy: " + e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Probe.fails(Backend.ACCP, "it could not be loaded: " + e);
        }
        try {
            selfTest(key -> accp(provider, key));
            LOG.debug("ES384 backend ACCP works: {}", provider.getName() + " " + provider.getVersionStr());
        } catch (GeneralSecurityException | LinkageError | RuntimeException e) {
            return Probe.fails(Backend.ACCP, "its self-check failed: " + e);
        }
        return Probe.works(provider);
    }

    /**
     * Finds BouncyCastle's lightweight ECDSA and checks that it signs correctly.
     *
     * @return the outcome
     */
    static Probe probeBouncyCastle() {
        try {
            Class.forName(BOUNCY_CASTLE_CLASS, false, Es384Signers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Probe.fails(Backend.BOUNCY_CASTLE, "bcprov is not on the classpath");
        } catch (LinkageError e) {
            return Probe.fails(Backend.BOUNCY_CASTLE, "it could not be loaded: " + e);
        }
        try {
            selfTest(BouncyCastleEs384Signer::create);
        } catch (GeneralSecurityException | LinkageError | RuntimeException e) {
            return Probe.fails(Backend.BOUNCY_CASTLE, "its self-check failed: " + e);
        }
        return Probe.works(null);
    }

    /** Makes a signer of a fresh key, signs a message, and verifies it with the JDK. */
    private static void selfTest(SignerFactory factory) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair pair = generator.generateKeyPair();
        ECPrivateKey key = (ECPrivateKey) pair.getPrivate();
        byte[] message = "ivs-java ES384 self-check".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = factory.create(key).sign(message, 0, message.length);
        Signature verifier = Signature.getInstance(JcaEs384Signer.ALGORITHM);
        verifier.initVerify(pair.getPublic());
        verifier.update(message);
        if (signature.length != Es384Signer.SIGNATURE_LENGTH || !verifier.verify(signature)) {
            throw new GeneralSecurityException("its signature did not verify with the JDK");
        }
    }

    @FunctionalInterface
    private interface SignerFactory {
        Es384Signer create(ECPrivateKey key) throws GeneralSecurityException;
    }
}
