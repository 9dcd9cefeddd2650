package io.ivsjava.emulator.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the public key material given to {@code ImportPublicKey}: PEM, SPKI, EC on P-384, as IVS requires.
 */
final class PublicKeys {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END PUBLIC KEY-----");

    private PublicKeys() {
    }

    /** A parsed public key: its DER encoding and its fingerprint. */
    record Parsed(byte[] der, String fingerprint) {
    }

    /**
     * Parses and checks key material.
     *
     * @param material PEM text
     * @return the key's DER bytes and fingerprint
     * @throws ApiException {@code ValidationException} if the material is not a P-384 EC public key
     */
    static Parsed parse(String material) {
        Matcher m = PEM.matcher(material);
        if (!m.find()) {
            throw ApiException.validation("publicKeyMaterial must be a PEM-encoded public key "
                    + "(-----BEGIN PUBLIC KEY-----).");
        }
        byte[] der;
        ECPublicKey key;
        try {
            der = Base64.getMimeDecoder().decode(m.group(1));
            key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw ApiException.validation("publicKeyMaterial is not a valid EC public key: it must be an ECDSA "
                    + "public key on curve P-384.");
        }
        int bits = key.getParams().getCurve().getField().getFieldSize();
        if (bits != 384) {
            throw ApiException.validation("publicKeyMaterial is an EC key on a " + bits + "-bit curve: it must be "
                    + "an ECDSA public key on curve P-384.");
        }
        return new Parsed(der, fingerprint(der));
    }

    /** Colon-separated hex digest of the DER key, the shape of the fingerprints IVS shows. */
    private static String fingerprint(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(der);
            StringBuilder sb = new StringBuilder();
            for (byte b : digest) {
                if (sb.length() > 0) {
                    sb.append(':');
                }
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
