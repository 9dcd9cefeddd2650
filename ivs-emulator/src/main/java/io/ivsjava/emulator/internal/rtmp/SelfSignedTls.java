package io.ivsjava.emulator.internal.rtmp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A TLS server context with a certificate made on the spot: an ECDSA P-256 key, self-signed, valid for a year, for
 * {@code localhost} and the addresses given. The JDK has no public API that issues certificates, so the X.509 DER
 * is written here (a few fields: version 3, serial, issuer and subject, validity, the public key, subject
 * alternative names) and signed with {@code SHA256withECDSA}.
 *
 * <p>Encoders that check certificates (OBS) do not trust it; FFmpeg does not check by default. Thread-safe (no
 * state).
 */
final class SelfSignedTls {
    private static final byte[] ECDSA_WITH_SHA256 = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02};
    private static final byte[] COMMON_NAME = {0x55, 0x04, 0x03};
    private static final byte[] SUBJECT_ALT_NAME = {0x55, 0x1D, 0x11};
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SelfSignedTls() {
    }

    /**
     * Makes a key, its certificate and a TLS context serving them.
     *
     * @param addresses the IP addresses the certificate names besides {@code localhost}
     * @return the context
     * @throws GeneralSecurityException if the JDK lacks EC keys or TLS
     */
    static SSLContext serverContext(InetAddress... addresses) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = certificate(keys, addresses);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {new OneKey(keys.getPrivate(), certificate)}, null, new SecureRandom());
        return context;
    }

    /**
     * Serves one key and its certificate, without a key store: a PKCS#12 store would encrypt the key with
     * thousands of PBKDF2 rounds and decrypt it again, which took most of the context's making.
     */
    private static final class OneKey extends X509ExtendedKeyManager {
        private static final String ALIAS = "rtmps";
        private final PrivateKey key;
        private final X509Certificate[] chain;

        OneKey(PrivateKey key, X509Certificate certificate) {
            this.key = key;
            this.chain = new X509Certificate[] {certificate};
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[0];
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return keyType != null && keyType.startsWith("EC") ? new String[] {ALIAS} : new String[0];
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return keyType != null && keyType.startsWith("EC") ? ALIAS : null;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return chooseServerAlias(keyType, issuers, null);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return ALIAS.equals(alias) ? chain.clone() : null;
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return ALIAS.equals(alias) ? key : null;
        }
    }

    /**
     * A self-signed certificate for a key pair.
     *
     * @param keys the EC key pair
     * @param addresses the IP addresses it names besides {@code localhost}
     * @return the certificate, as the JDK parsed it
     * @throws GeneralSecurityException if signing or parsing fails
     */
    static X509Certificate certificate(KeyPair keys, InetAddress... addresses) throws GeneralSecurityException {
        byte[] algorithm = der(0x30, der(0x06, ECDSA_WITH_SHA256));
        byte[] name = der(0x30, der(0x31, der(0x30, der(0x06, COMMON_NAME),
                der(0x0C, "ivs-emulator RTMPS".getBytes(StandardCharsets.UTF_8)))));
        Instant now = Instant.now();
        byte[] validity = der(0x30, der(0x17, utc(now.minus(Duration.ofDays(1)))),
                der(0x17, utc(now.plus(Duration.ofDays(365)))));
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        names.writeBytes(der(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)));
        for (InetAddress address : addresses) {
            names.writeBytes(der(0x87, address.getAddress()));
        }
        byte[] extensions = der(0xA3, der(0x30, der(0x30, der(0x06, SUBJECT_ALT_NAME),
                der(0x04, der(0x30, names.toByteArray())))));
        byte[] serial = new BigInteger(64, new SecureRandom()).add(BigInteger.ONE).toByteArray();
        byte[] tbs = der(0x30, der(0xA0, der(0x02, new byte[] {2})), der(0x02, serial), algorithm, name, validity,
                name, keys.getPublic().getEncoded(), extensions);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] encoded = der(0x30, tbs, algorithm, der(0x03, bits));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(encoded));
    }

    private static byte[] utc(Instant instant) {
        return UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII);
    }

    /** One DER element: tag, definite length, and the concatenated contents. */
    static byte[] der(int tag, byte[]... contents) {
        int length = 0;
        for (byte[] c : contents) {
            length += c.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 6);
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        for (byte[] c : contents) {
            out.writeBytes(c);
        }
        return out.toByteArray();
    }
}
