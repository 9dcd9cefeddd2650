package io.ivsjava.core;

import io.ivsjava.core.internal.Der;
import io.ivsjava.core.internal.Pem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Map;

/**
 * P-384 (secp384r1) keys, the only curve IVS accepts for self-signed participant tokens and playback tokens.
 *
 * <p>Reads private keys in both PEM forms people have:
 * <ul>
 *   <li>PKCS#8, {@code -----BEGIN PRIVATE KEY-----} ({@code openssl genpkey}, {@code openssl pkcs8}, most
 *       key-management tools), and</li>
 *   <li>SEC1, {@code -----BEGIN EC PRIVATE KEY-----}, which is what the IVS guide's
 *       {@code openssl ecparam -name secp384r1 -genkey} writes (with or without its
 *       {@code EC PARAMETERS} block);</li>
 * </ul>
 * and public keys as SPKI, {@code -----BEGIN PUBLIC KEY-----}, the form {@code ImportPublicKey} takes.
 * Keys on any other curve, RSA keys and encrypted keys are refused with a message that says what was found.
 *
 * <p>All methods are static and thread-safe.
 */
public final class P384Keys {
    private static final String EC_ALGORITHM_OID = "1.2.840.10045.2.1";
    private static final String P384_OID = "1.3.132.0.34";
    private static final Map<String, String> KNOWN_CURVES = Map.of(
            "1.2.840.10045.3.1.7", "P-256 (prime256v1)",
            P384_OID, "P-384 (secp384r1)",
            "1.3.132.0.35", "P-521 (secp521r1)",
            "1.3.132.0.10", "secp256k1");
    private static final Map<String, String> KNOWN_ALGORITHMS = Map.of(
            "1.2.840.113549.1.1.1", "an RSA key",
            "1.3.101.112", "an Ed25519 key",
            "1.3.101.113", "an Ed448 key",
            "1.2.840.10040.4.1", "a DSA key");
    private static final String REQUIREMENT = "IVS requires an EC key on curve P-384 (secp384r1)";
    private static final ECParameterSpec P384 = p384();

    private P384Keys() {
    }

    /**
     * Generates a new P-384 key pair with the JDK's default secure random source.
     *
     * @return the key pair; its public key is what {@code ImportPublicKey} takes, as
     *     {@link P384KeyPair#publicKeyPem()}
     */
    public static P384KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp384r1"));
            return P384KeyPair.of(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate P-384 keys", e);
        }
    }

    /**
     * Reads a P-384 private key from PEM text in PKCS#8 or SEC1 form.
     *
     * @param pem the PEM text
     * @return the private key
     * @throws IvsValidationException naming {@code privateKey} if the text holds no usable P-384 private key
     */
    public static ECPrivateKey readPrivateKey(String pem) {
        for (Pem.Block block : blocks("privateKey", pem)) {
            switch (block.label()) {
                case "PRIVATE KEY":
                    return readPkcs8(block);
                case "EC PRIVATE KEY":
                    return readSec1(block);
                case "ENCRYPTED PRIVATE KEY":
                    throw invalidPrivate("is an encrypted PKCS#8 key; decrypt it first "
                            + "(openssl pkcs8 -in key.pem -out plain.pem) and keep the plain key in a secret store");
                case "RSA PRIVATE KEY":
                    throw invalidPrivate("is an RSA key; " + REQUIREMENT);
                case "PUBLIC KEY":
                    throw invalidPrivate("holds a public key, not a private key");
                default:
                    // EC PARAMETERS precedes the key in `openssl ecparam -genkey` output; skip it and others.
            }
        }
        throw invalidPrivate("holds no -----BEGIN PRIVATE KEY----- or -----BEGIN EC PRIVATE KEY----- block");
    }

    /**
     * Reads a P-384 public key from PEM text in SPKI form ({@code -----BEGIN PUBLIC KEY-----}).
     *
     * @param pem the PEM text
     * @return the public key
     * @throws IvsValidationException naming {@code publicKey} if the text holds no usable P-384 public key
     */
    public static ECPublicKey readPublicKey(String pem) {
        for (Pem.Block block : blocks("publicKey", pem)) {
            if (block.label().equals("PUBLIC KEY")) {
                String curveOid = algorithmCurve("publicKey", child("publicKey", block.der(), 0));
                requireP384Oid("publicKey", curveOid);
                try {
                    return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(block.der()));
                } catch (GeneralSecurityException | ClassCastException e) {
                    throw IvsValidationException.invalid("publicKey", "is not a valid EC public key: " + e.getMessage());
                }
            }
            if (block.label().endsWith("PRIVATE KEY")) {
                throw IvsValidationException.invalid("publicKey",
                        "holds a private key; pass the public key (openssl ec -in key.pem -pubout)");
            }
        }
        throw IvsValidationException.invalid("publicKey", "holds no -----BEGIN PUBLIC KEY----- block");
    }

    /**
     * Reads a private key from a PEM file.
     *
     * @param file the file
     * @return the private key
     * @throws IvsException if the file cannot be read (the {@link IOException} is its cause)
     * @throws IvsValidationException if it holds no usable P-384 private key
     */
    public static ECPrivateKey readPrivateKey(Path file) {
        return readPrivateKey(readText(file));
    }

    /**
     * Reads a public key from a PEM file.
     *
     * @param file the file
     * @return the public key
     * @throws IvsException if the file cannot be read (the {@link IOException} is its cause)
     * @throws IvsValidationException if it holds no usable P-384 public key
     */
    public static ECPublicKey readPublicKey(Path file) {
        return readPublicKey(readText(file));
    }

    /**
     * Writes a private key as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @param key the key
     * @return the PEM text
     */
    public static String toPem(ECPrivateKey key) {
        requireP384("privateKey", key);
        return Pem.encode("PRIVATE KEY", key.getEncoded());
    }

    /**
     * Writes a public key as SPKI PEM ({@code -----BEGIN PUBLIC KEY-----}), the form {@code ImportPublicKey} and
     * {@code ImportPlaybackKeyPair} take.
     *
     * @param key the key
     * @return the PEM text
     */
    public static String toPem(ECPublicKey key) {
        requireP384("publicKey", key);
        return Pem.encode("PUBLIC KEY", key.getEncoded());
    }

    /**
     * Writes both halves of a key pair to PEM files. Where the file system supports POSIX permissions, the private
     * key file is created readable and writable by its owner only.
     *
     * @param pair a P-384 key pair
     * @param privateKeyFile where to write the private key (PKCS#8); must not exist yet
     * @param publicKeyFile where to write the public key (SPKI); replaced if it exists
     * @throws IvsException if a file cannot be written (the {@link IOException} is its cause)
     */
    public static void writePem(KeyPair pair, Path privateKeyFile, Path publicKeyFile) {
        if (!(pair.getPrivate() instanceof ECPrivateKey) || !(pair.getPublic() instanceof ECPublicKey)) {
            throw IvsValidationException.invalid("keyPair", "is " + pair.getPrivate().getAlgorithm()
                    + " key pair; " + REQUIREMENT);
        }
        String privatePem = toPem((ECPrivateKey) pair.getPrivate());
        String publicPem = toPem((ECPublicKey) pair.getPublic());
        try {
            if (privateKeyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(privateKeyFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(privateKeyFile);
            }
        } catch (IOException e) {
            throw fileFailure("could not create " + privateKeyFile, e);
        }
        try {
            Files.writeString(privateKeyFile, privatePem, StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
            Files.writeString(publicKeyFile, publicPem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // Leave nothing half-written behind: the next attempt must be able to create the file again.
            try {
                Files.deleteIfExists(privateKeyFile);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw fileFailure("could not write the key pair to " + privateKeyFile + " and " + publicKeyFile, e);
        }
    }

    /**
     * Checks that a key is on curve P-384.
     *
     * @param field the input's name, used in the error message
     * @param key an EC key
     * @throws IvsValidationException naming {@code field} if the key is on another curve
     */
    public static void requireP384(String field, ECKey key) {
        ECParameterSpec params = key.getParams();
        if (params == null
                || params.getCurve().getField().getFieldSize() != 384
                || !params.getOrder().equals(P384.getOrder())
                || !params.getGenerator().equals(P384.getGenerator())) {
            int bits = params == null ? 0 : params.getCurve().getField().getFieldSize();
            throw IvsValidationException.invalid(field, "is an EC key on a " + bits + "-bit curve; " + REQUIREMENT);
        }
    }

    private static ECPrivateKey readPkcs8(Pem.Block block) {
        // PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, privateKey OCTET STRING, ... }
        String curveOid = algorithmCurve("privateKey", child("privateKey", block.der(), 1));
        requireP384Oid("privateKey", curveOid);
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(block.der()));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw invalidPrivate("is not a valid EC private key: " + e.getMessage());
        }
    }

    private static ECPrivateKey readSec1(Pem.Block block) {
        if (block.headers()) {
            throw invalidPrivate("is an encrypted EC key; decrypt it first (openssl ec -in key.pem -out plain.pem)");
        }
        try {
            // ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] curve OID, [1] public key }
            List<Der.Element> fields = Der.parse(block.der()).require(Der.SEQUENCE).children();
            BigInteger scalar = new BigInteger(1, fields.get(1).require(Der.OCTET_STRING).content());
            String curveOid = fields.stream()
                    .filter(e -> e.tag() == 0xa0)
                    .findFirst()
                    .map(e -> {
                        Der.Element parameters = e.children().get(0);
                        if (parameters.tag() != Der.OID) {
                            throw invalidPrivate("is an EC key with explicit curve parameters; " + REQUIREMENT
                                    + " named by its OID");
                        }
                        return parameters.oid();
                    })
                    .orElseThrow(() -> invalidPrivate("is a SEC1 key that does not name its curve; "
                            + "convert it with openssl pkcs8 -topk8 -nocrypt"));
            requireP384Oid("privateKey", curveOid);
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(scalar, P384));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | GeneralSecurityException e) {
            throw invalidPrivate("is not a valid SEC1 EC private key: " + e.getMessage());
        }
    }

    /** Reads an AlgorithmIdentifier; returns the curve OID of an EC key or fails naming what the key is. */
    private static String algorithmCurve(String field, Der.Element algorithmIdentifier) {
        try {
            List<Der.Element> parts = algorithmIdentifier.require(Der.SEQUENCE).children();
            String algorithm = parts.get(0).oid();
            if (!algorithm.equals(EC_ALGORITHM_OID)) {
                String what = KNOWN_ALGORITHMS.getOrDefault(algorithm, "a key of algorithm " + algorithm);
                throw IvsValidationException.invalid(field, "is " + what + "; " + REQUIREMENT);
            }
            if (parts.size() < 2 || parts.get(1).tag() != Der.OID) {
                throw IvsValidationException.invalid(field, "is an EC key with explicit curve parameters; "
                        + REQUIREMENT + " named by its OID");
            }
            return parts.get(1).oid();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw IvsValidationException.invalid(field, "is not a well-formed key: " + e.getMessage());
        }
    }

    private static Der.Element child(String field, byte[] der, int index) {
        try {
            return Der.parse(der).require(Der.SEQUENCE).children().get(index);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw IvsValidationException.invalid(field, "is not a well-formed key: " + e.getMessage());
        }
    }

    private static void requireP384Oid(String field, String curveOid) {
        if (!curveOid.equals(P384_OID)) {
            String name = KNOWN_CURVES.getOrDefault(curveOid, "the curve with OID " + curveOid);
            throw IvsValidationException.invalid(field, "is an EC key on " + name + "; " + REQUIREMENT);
        }
    }

    private static List<Pem.Block> blocks(String field, String pem) {
        if (pem == null || pem.isBlank()) {
            throw IvsValidationException.invalid(field, "is empty; expected PEM text");
        }
        try {
            return Pem.blocks(pem);
        } catch (IllegalArgumentException e) {
            throw IvsValidationException.invalid(field, "has a PEM block that is not valid base64");
        }
    }

    private static IvsValidationException invalidPrivate(String problem) {
        return IvsValidationException.invalid("privateKey", problem);
    }

    /** A key file that cannot be read or written: the library's exception, the file system's as its cause. */
    private static IvsException fileFailure(String what, IOException e) {
        return new IvsException(what + ": " + e, IvsException.ErrorDetails.NONE, false, e);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw fileFailure("could not read " + file, e);
        }
    }

    private static ECParameterSpec p384() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp384r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
