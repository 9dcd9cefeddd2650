package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.P384Keys;
import io.ivsjava.core.fixtures.Rejections;
import io.ivsjava.core.internal.Es384Signers.Backend;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

/**
 * How backends are probed and picked. ACCP's loading is checked against stand-ins that fail the way ACCP can:
 * its native library not loading, its self-tests failing, or a provider that cannot do the job.
 */
class Es384SignersTest {
    @Test
    void anAccpClassThatIsNotThereIsSimplyUnavailable() {
        Es384Signers.Probe probe = Es384Signers.probeAccp("com.example.NoSuchProvider");

        assertThat(probe.provider()).isEmpty();
        assertThat(probe.failure()).hasValue("it is not on the classpath");
    }

    @Test
    void anAccpWhoseNativeLibraryDidNotLoadIsUnavailable() {
        Es384Signers.Probe probe = Es384Signers.probeAccp(NativeLibraryMissing.class.getName());

        assertThat(probe.provider()).isEmpty();
        assertThat(probe.failure()).get().asString()
                .startsWith("its native library did not load: ").contains("no amazonCorrettoCryptoProvider");
    }

    @Test
    void anAccpThatIsNotHealthyIsUnavailable() {
        Es384Signers.Probe probe = Es384Signers.probeAccp(Unhealthy.class.getName());

        assertThat(probe.failure()).get().asString().startsWith("it is not healthy: ").contains("self-tests failed");
    }

    @Test
    void anAccpThatCannotSignIsUnavailable() {
        Es384Signers.Probe probe = Es384Signers.probeAccp(HealthyButEmpty.class.getName());

        assertThat(probe.failure()).get().asString().startsWith("its self-check failed: ");
    }

    @Test
    void aClassWithoutTheApiIsUnavailable() {
        Es384Signers.Probe probe = Es384Signers.probeAccp(String.class.getName());

        assertThat(probe.failure()).get().asString().startsWith("it could not be loaded: ");
    }

    @Test
    void bouncyCastleOnTheClasspathWorks() {
        assertThat(Es384Signers.probeBouncyCastle().failure()).isEmpty();
    }

    @Test
    void theChosenSignerSignsWhatTheJdkVerifies() throws GeneralSecurityException {
        KeyPair pair = P384Keys.generate().toKeyPair();
        byte[] message = "header.payload".getBytes(StandardCharsets.US_ASCII);
        for (Backend cap : Backend.values()) {
            Es384Signer signer = Es384Signers.create((ECPrivateKey) pair.getPrivate(), cap);
            assertThat(signer.backend().ordinal()).as("cap %s", cap).isGreaterThanOrEqualTo(cap.ordinal());

            byte[] signature = signer.sign(("xx" + "header.payload" + "yy").getBytes(StandardCharsets.US_ASCII), 2, message.length);

            Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format", "SunEC");
            verifier.initVerify(pair.getPublic());
            verifier.update(message);
            assertThat(verifier.verify(signature)).as("cap %s (%s)", cap, signer.provider()).isTrue();
        }
    }

    @Test
    void askingForAnUnavailableBackendExactlyIsRefused() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        ECPrivateKey key = (ECPrivateKey) generator.generateKeyPair().getPrivate();

        assertThat(Es384Signers.exactly(key, Backend.JDK).backend()).isEqualTo(Backend.JDK);
        assertThat(Es384Signers.exactly(key, Backend.BOUNCY_CASTLE).backend()).isEqualTo(Backend.BOUNCY_CASTLE);
        if (Es384Signers.unavailableReason(Backend.ACCP).isPresent()) {
            Rejections.assertInvalid(() -> Es384Signers.exactly(key, Backend.ACCP), Es384Signers.PROPERTY,
                    "accp cannot sign here");
        } else {
            assertThat(Es384Signers.exactly(key, Backend.ACCP).backend()).isEqualTo(Backend.ACCP);
        }
    }

    // ---- stand-ins for ACCP's provider class, with its public surface ----------------------------------------------

    /** ACCP whose JNI library failed to load. */
    public static final class NativeLibraryMissing extends Provider {
        private static final long serialVersionUID = 1L;
        /** The singleton, as ACCP has. */
        public static final NativeLibraryMissing INSTANCE = new NativeLibraryMissing();

        private NativeLibraryMissing() {
            super("FakeAccp", "2.0", "stand-in");
        }

        /** @return the failure */
        public Throwable getLoadingError() {
            return new UnsatisfiedLinkError("no amazonCorrettoCryptoProvider in java.library.path");
        }

        /** Never reached. */
        public void assertHealthy() {
            throw new AssertionError("assertHealthy must not be called when loading failed");
        }
    }

    /** ACCP whose self-tests failed. */
    public static final class Unhealthy extends Provider {
        private static final long serialVersionUID = 1L;
        /** The singleton, as ACCP has. */
        public static final Unhealthy INSTANCE = new Unhealthy();

        private Unhealthy() {
            super("FakeAccp", "2.0", "stand-in");
        }

        /** @return none */
        public Throwable getLoadingError() {
            return null;
        }

        /** Fails as ACCP's does. */
        public void assertHealthy() {
            throw new IllegalStateException("self-tests failed");
        }
    }

    /** A healthy provider with no algorithms at all. */
    public static final class HealthyButEmpty extends Provider {
        private static final long serialVersionUID = 1L;
        /** The singleton, as ACCP has. */
        public static final HealthyButEmpty INSTANCE = new HealthyButEmpty();

        private HealthyButEmpty() {
            super("FakeAccp", "2.0", "stand-in");
        }

        /** @return none */
        public Throwable getLoadingError() {
            return null;
        }

        /** Healthy. */
        public void assertHealthy() {
        }
    }
}
