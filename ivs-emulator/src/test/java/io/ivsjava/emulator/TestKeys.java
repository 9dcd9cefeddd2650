package io.ivsjava.emulator;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;

/** Public keys for key-import tests, made with the JDK and written as PEM as {@code openssl ec -pubout} does. */
final class TestKeys {
    private TestKeys() {
    }

    /**
     * A fresh EC key pair.
     *
     * @param curve such as {@code secp384r1}
     * @return the pair
     */
    static KeyPair ec(String curve) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(curve));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A fresh RSA key pair.
     *
     * @return the pair
     */
    static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A public key as PEM (SubjectPublicKeyInfo, 64-character lines).
     *
     * @param key the key
     * @return the PEM text
     */
    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * A fresh P-384 public key as PEM.
     *
     * @return the PEM text
     */
    static String p384Pem() {
        return pem(ec("secp384r1").getPublic());
    }

    /**
     * The MD5 digest of a key's DER encoding, as 16 colon-separated hex bytes: the form of IVS's fingerprints.
     *
     * @param key the key
     * @return the fingerprint
     */
    static String md5Fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(key.getEncoded());
            return HexFormat.ofDelimiter(":").formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
