package io.ivsjava.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The openssl-made key files under src/test/resources/keys (see the README there), plain JDK signing and
 * verification, and a way to run the openssl command line.
 */
final class KeyFixtures {
    private KeyFixtures() {
    }

    /** The text of a fixture file. */
    static String text(String name) {
        return new String(bytes(name), StandardCharsets.US_ASCII);
    }

    /** The bytes of a fixture file. */
    static byte[] bytes(String name) {
        try (InputStream in = KeyFixtures.class.getResourceAsStream("/keys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as a file on disk (test resources are copied to target/test-classes). */
    static Path path(String name) {
        URL url = KeyFixtures.class.getResource("/keys/" + name);
        if (url == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDK's own definition of secp384r1, independent of P384Keys. */
    static ECParameterSpec jdkP384() {
        return jdkCurve("secp384r1");
    }

    static ECParameterSpec jdkCurve(String name) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(name));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair straight from the JDK's generator, on any curve it knows. */
    static KeyPair jdkKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DER ECDSA signature, as openssl dgst -sign writes. */
    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("SHA384withECDSA");
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Verifies a DER ECDSA signature; false also when the signature is not even well-formed. */
    static boolean verifies(PublicKey key, byte[] message, byte[] derSignature) {
        try {
            Signature verifier = Signature.getInstance("SHA384withECDSA");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(derSignature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The outcome of one openssl command. */
    record Run(int exitCode, String output) {
    }

    /** Whether the openssl command line is installed; CI machines may lack it. */
    static boolean opensslAvailable() {
        try {
            return openssl("version").exitCode() == 0;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Runs openssl with the given arguments, stderr merged into the output. */
    static Run openssl(String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // A guard against a hung process, not an assertion about speed.
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("openssl did not finish: " + command);
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
