package io.ivsjava.core.internal;

import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * ES384 with BouncyCastle's lightweight API: {@link ECDSASigner} on BouncyCastle's own P-384 curve implementation,
 * with the nonce derived deterministically as RFC 6979 specifies ({@link HMacDSAKCalculator} over SHA-384), so no
 * shared random source is needed. Every curve operation is BouncyCastle's.
 *
 * <p>Loaded only after {@link Es384Signers} has found BouncyCastle on the classpath: this class refers to it
 * directly. Thread-safe: the key parameters are immutable and each signature uses its own signer and digests.
 * Not part of the public API.
 */
final class BouncyCastleEs384Signer implements Es384Signer {
    private static final ECDomainParameters P384 = p384();
    private static final int FIELD_BYTES = 48;

    private final ECPrivateKeyParameters key;
    private final String description;

    private BouncyCastleEs384Signer(ECPrivateKeyParameters key, String description) {
        this.key = key;
        this.description = description;
    }

    /**
     * A signer for the key.
     *
     * @param privateKey a P-384 private key whose scalar is readable ({@link ECPrivateKey#getS()})
     * @return the signer
     * @throws IllegalArgumentException if the key's scalar cannot be read or is out of range
     */
    static Es384Signer create(ECPrivateKey privateKey) {
        BigInteger d = privateKey.getS();
        if (d == null || d.signum() <= 0 || d.compareTo(P384.getN()) >= 0) {
            throw new IllegalArgumentException("the key's private scalar is not readable or not in range");
        }
        return new BouncyCastleEs384Signer(new ECPrivateKeyParameters(d, P384), description());
    }

    @Override
    public byte[] sign(byte[] data, int offset, int length) {
        SHA384Digest digest = new SHA384Digest();
        digest.update(data, offset, length);
        byte[] hash = new byte[FIELD_BYTES];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA384Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] out = new byte[SIGNATURE_LENGTH];
        writeUnsigned(rs[0], out, 0);
        writeUnsigned(rs[1], out, FIELD_BYTES);
        return out;
    }

    /** Writes a value below the group order as exactly 48 big-endian bytes. */
    private static void writeUnsigned(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        // toByteArray adds a sign byte when the top bit is set and drops leading zeros
        int start = bytes.length > FIELD_BYTES ? bytes.length - FIELD_BYTES : 0;
        int count = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + FIELD_BYTES - count, count);
    }

    private static ECDomainParameters p384() {
        X9ECParameters curve = CustomNamedCurves.getByName("P-384");
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH(), curve.getSeed());
    }

    private static String description() {
        String version = ECDSASigner.class.getPackage() == null ? null
                : ECDSASigner.class.getPackage().getImplementationVersion();
        return "BouncyCastle" + (version == null ? "" : " " + version) + " (lightweight ECDSA)";
    }

    @Override
    public String provider() {
        return description;
    }

    @Override
    public Es384Signers.Backend backend() {
        return Es384Signers.Backend.BOUNCY_CASTLE;
    }

    @Override
    public String toString() {
        return "BouncyCastleEs384Signer[" + description + "]";
    }
}
