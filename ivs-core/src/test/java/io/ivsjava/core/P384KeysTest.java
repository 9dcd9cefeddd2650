package io.ivsjava.core;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static io.ivsjava.core.fixtures.KeyFixtures.bytes;
import static io.ivsjava.core.fixtures.KeyFixtures.openssl;
import static io.ivsjava.core.fixtures.KeyFixtures.sign;
import static io.ivsjava.core.fixtures.KeyFixtures.text;
import static io.ivsjava.core.fixtures.KeyFixtures.verifies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ivsjava.core.fixtures.KeyFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * P-384 keys read from PEM files that the openssl command line made (src/test/resources/keys/README.md lists the
 * commands), and keys written for openssl to read back.
 */
class P384KeysTest {
    private static final byte[] MESSAGE = bytes("message.txt");

    // ---- reading the supported forms ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p384-sec1.pem", "p384-sec1-with-params.pem", "p384-pkcs8.pem"})
    void eachSupportedPrivateKeyFormReadsAsAnEcKeyOnP384(String file) {
        ECPrivateKey key = P384Keys.readPrivateKey(text(file));

        assertThat(key.getAlgorithm()).isEqualTo("EC");
        assertOnP384(key.getParams());
        assertThat(key.getS()).isPositive().isLessThan(KeyFixtures.jdkP384().getOrder());
    }

    @Test
    void sec1AndPkcs8FormsOfOneOpensslKeyHaveTheSameScalar() {
        ECPrivateKey sec1 = P384Keys.readPrivateKey(text("p384-sec1.pem"));
        ECPrivateKey pkcs8 = P384Keys.readPrivateKey(text("p384-pkcs8.pem"));

        assertThat(sec1.getS()).isEqualTo(pkcs8.getS());
    }

    @Test
    void thePublicKeyReadVerifiesTheSignatureOpensslMade() {
        ECPublicKey publicKey = P384Keys.readPublicKey(text("p384-public.pem"));

        assertOnP384(publicKey.getParams());
        assertThat(verifies(publicKey, MESSAGE, bytes("message.sig"))).isTrue();
        assertThat(verifies(publicKey, "StreamCat goes dark".getBytes(StandardCharsets.US_ASCII), bytes("message.sig")))
                .as("the same signature over another message")
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "p384-sec1.pem,             p384-public.pem",
        "p384-pkcs8.pem,            p384-public.pem",
        "p384-sec1-with-params.pem, p384-sec1-with-params-public.pem",
    })
    void aSignatureMadeWithThePrivateKeyReadVerifiesWithOpensslsPublicKey(String privateFile, String publicFile) {
        byte[] signature = sign(P384Keys.readPrivateKey(text(privateFile)), MESSAGE);

        assertThat(verifies(P384Keys.readPublicKey(text(publicFile)), MESSAGE, signature)).isTrue();
    }

    @Test
    void aSignatureDoesNotVerifyWithTheOtherKeysPublicKey() {
        byte[] signature = sign(P384Keys.readPrivateKey(text("p384-sec1.pem")), MESSAGE);

        assertThat(verifies(P384Keys.readPublicKey(text("p384-sec1-with-params-public.pem")), MESSAGE, signature))
                .isFalse();
    }

    @Test
    void theJdkWritesTheSamePublicKeyPemAsOpenssl() {
        String opensslPem = text("p384-public.pem");

        assertThat(P384Keys.toPem(P384Keys.readPublicKey(opensslPem))).isEqualTo(opensslPem);
    }

    @Test
    void windowsLineEndingsAndTextAroundTheBlockAreIgnored() {
        String pkcs8 = text("p384-pkcs8.pem");
        String crlf = pkcs8.replace("\n", "\r\n");
        // openssl pkcs12 -nocerts -nodes prints attributes, with colons, before the block
        String withAttributes = "Bag Attributes\n    localKeyID: 01 00 00 00\nKey Attributes: <No Attributes>\n"
                + pkcs8 + "trailing words\n";

        ECPrivateKey expected = P384Keys.readPrivateKey(text("p384-sec1.pem"));
        assertThat(P384Keys.readPrivateKey(crlf).getS()).isEqualTo(expected.getS());
        assertThat(P384Keys.readPrivateKey(withAttributes).getS()).isEqualTo(expected.getS());
        assertThat(P384Keys.readPublicKey(text("p384-public.pem").replace("\n", "\r\n")))
                .isEqualTo(P384Keys.readPublicKey(text("p384-public.pem")));
    }

    @Test
    void keysAreReadFromFiles() {
        assertThat(P384Keys.readPrivateKey(KeyFixtures.path("p384-sec1.pem")).getS())
                .isEqualTo(P384Keys.readPrivateKey(text("p384-sec1.pem")).getS());
        assertThat(P384Keys.readPublicKey(KeyFixtures.path("p384-public.pem")))
                .isEqualTo(P384Keys.readPublicKey(text("p384-public.pem")));
    }

    @Test
    void aMissingFileIsAnIoFailureNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.pem");

        assertThatThrownBy(() -> P384Keys.readPrivateKey(missing))
                .isExactlyInstanceOf(IvsException.class)
                .hasMessageContaining(missing.toString())
                .hasCauseInstanceOf(NoSuchFileException.class)
                .satisfies(e -> assertThat(((IvsException) e).errorCode()).isEmpty());
        assertThatThrownBy(() -> P384Keys.readPublicKey(missing))
                .isExactlyInstanceOf(IvsException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
    }

    // ---- refusing what IVS cannot use -----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "p256-sec1.pem       | is an EC key on P-256 (prime256v1)",
        "p256-pkcs8.pem      | is an EC key on P-256 (prime256v1)",
        "p521-sec1.pem       | is an EC key on P-521 (secp521r1)",
        "secp256k1-sec1.pem  | is an EC key on secp256k1",
        "rsa-pkcs8.pem       | is an RSA key",
        "rsa-traditional.pem | is an RSA key",
        "ed25519-pkcs8.pem   | is an Ed25519 key",
        "x25519-pkcs8.pem    | is a key of algorithm 1.3.101.110",
    })
    void privateKeysOfOtherKindsOrCurvesAreRefusedSayingWhatTheyAre(String file, String found) {
        assertInvalid(() -> P384Keys.readPrivateKey(text(file)), "privateKey", found,
                "IVS requires an EC key on curve P-384 (secp384r1)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "p384-encrypted-pkcs8.pem | is an encrypted PKCS#8 key; decrypt it first",
        "p384-encrypted-sec1.pem  | is an encrypted EC key; decrypt it first",
        "p384-public.pem          | holds a public key, not a private key",
        "p256-public.pem          | holds a public key, not a private key",
        "p384-explicit-pkcs8.pem  | is an EC key with explicit curve parameters",
        "p384-explicit-sec1.pem   | is an EC key with explicit curve parameters",
    })
    void privateKeysInFormsThatCannotBeUsedAreRefusedSayingWhy(String file, String problem) {
        assertInvalid(() -> P384Keys.readPrivateKey(text(file)), "privateKey", problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "p256-public.pem    | is an EC key on P-256 (prime256v1); IVS requires an EC key on curve P-384",
        "rsa-public.pem     | is an RSA key; IVS requires an EC key on curve P-384",
        "ed25519-public.pem | is an Ed25519 key; IVS requires an EC key on curve P-384",
    })
    void publicKeysOfOtherKindsOrCurvesAreRefusedSayingWhatTheyAre(String file, String found) {
        assertInvalid(() -> P384Keys.readPublicKey(text(file)), "publicKey", found);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p384-sec1.pem", "p384-sec1-with-params.pem", "p384-pkcs8.pem", "rsa-traditional.pem",
        "p384-encrypted-pkcs8.pem"})
    void aPrivateKeyPassedAsThePublicKeyIsRefused(String file) {
        assertInvalid(() -> P384Keys.readPublicKey(text(file)), "publicKey",
                "holds a private key; pass the public key (openssl ec -in key.pem -pubout)");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t  \r\n"})
    void emptyOrBlankTextIsRefused(String pem) {
        assertInvalid(() -> P384Keys.readPrivateKey(pem), "privateKey", "is empty; expected PEM text");
        assertInvalid(() -> P384Keys.readPublicKey(pem), "publicKey", "is empty; expected PEM text");
    }

    @Test
    void textWithoutAnyKeyBlockIsRefused() {
        String parametersOnly = text("p384-sec1-with-params.pem").lines()
                .takeWhile(line -> !line.contains("BEGIN EC PRIVATE KEY"))
                .collect(Collectors.joining("\n"));
        assertThat(parametersOnly).contains("-----END EC PARAMETERS-----");
        String certificate = "-----BEGIN CERTIFICATE-----\nMIIBszCCATqgAwIBAgIU\n-----END CERTIFICATE-----\n";

        for (String pem : List.of("hello", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA user@host", parametersOnly,
                "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PUBLIC KEY-----")) {
            assertInvalid(() -> P384Keys.readPrivateKey(pem), "privateKey",
                    "holds no -----BEGIN PRIVATE KEY----- or -----BEGIN EC PRIVATE KEY----- block");
        }
        for (String pem : List.of("hello", parametersOnly, certificate)) {
            assertInvalid(() -> P384Keys.readPublicKey(pem), "publicKey", "holds no -----BEGIN PUBLIC KEY----- block");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // base64 that decodes, but not to a key
        "PRIVATE KEY    | AAAA     | is not a well-formed key",
        "PRIVATE KEY    | MAA=     | is not a well-formed key",
        "EC PRIVATE KEY | AAAA     | is not a valid SEC1 EC private key",
        "EC PRIVATE KEY | MAA=     | is not a valid SEC1 EC private key",
        // a final base64 unit of a single character is not base64 at all
        "PRIVATE KEY    | AAAAA    | has a PEM block that is not valid base64",
    })
    void garbageInsideAPrivateKeyBlockIsRefused(String label, String body, String problem) {
        String pem = "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";

        assertInvalid(() -> P384Keys.readPrivateKey(pem), "privateKey", problem);
    }

    @Test
    void garbageInsideAPublicKeyBlockIsRefused() {
        assertInvalid(() -> P384Keys.readPublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"),
                "publicKey", "is not a well-formed key");
        assertInvalid(() -> P384Keys.readPublicKey("-----BEGIN PUBLIC KEY-----\nAAAAA\n-----END PUBLIC KEY-----"),
                "publicKey", "has a PEM block that is not valid base64");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "p384-pkcs8.pem  | privateKey | is not a well-formed key",
        "p384-sec1.pem   | privateKey | is not a valid SEC1 EC private key",
        "p384-public.pem | publicKey  | is not a well-formed key",
    })
    void aKeyCutShortWhenCopiedIsRefused(String file, String field, String problem) {
        List<String> lines = text(file).lines().collect(Collectors.toList());
        // drop one full body line: 64 base64 characters, so what is left is still valid base64
        assertThat(lines.get(2)).hasSize(64);
        lines.remove(2);
        String truncated = String.join("\n", lines);

        ThrowingCallable read = field.equals("publicKey")
                ? () -> P384Keys.readPublicKey(truncated)
                : () -> P384Keys.readPrivateKey(truncated);
        assertInvalid(read, field, problem);
    }

    // ---- generating and writing ---------------------------------------------------------------------------

    @Test
    void generatedKeyPairsAreOnP384AndDifferEachTime() {
        KeyPair first = P384Keys.generate().toKeyPair();
        KeyPair second = P384Keys.generate().toKeyPair();

        assertOnP384(((ECPrivateKey) first.getPrivate()).getParams());
        assertOnP384(((ECPublicKey) first.getPublic()).getParams());
        assertThat(((ECPrivateKey) first.getPrivate()).getS()).isNotEqualTo(((ECPrivateKey) second.getPrivate()).getS());
        assertThat(verifies(first.getPublic(), MESSAGE, sign(first.getPrivate(), MESSAGE))).isTrue();
    }

    @Test
    void generatedKeysRoundTripThroughPem() {
        KeyPair pair = P384Keys.generate().toKeyPair();
        ECPrivateKey privateKey = (ECPrivateKey) pair.getPrivate();
        ECPublicKey publicKey = (ECPublicKey) pair.getPublic();

        String privatePem = P384Keys.toPem(privateKey);
        String publicPem = P384Keys.toPem(publicKey);

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("\n-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("\n-----END PUBLIC KEY-----\n");
        assertThat(privatePem.lines()).allSatisfy(line -> assertThat(line.length()).isBetween(1, 64));
        assertThat(publicPem.lines()).allSatisfy(line -> assertThat(line.length()).isBetween(1, 64));
        assertThat(body(privatePem)).isEqualTo(privateKey.getEncoded());
        assertThat(body(publicPem)).isEqualTo(publicKey.getEncoded());

        ECPrivateKey privateBack = P384Keys.readPrivateKey(privatePem);
        ECPublicKey publicBack = P384Keys.readPublicKey(publicPem);
        assertThat(privateBack.getS()).isEqualTo(privateKey.getS());
        assertThat(publicBack).isEqualTo(publicKey);
        assertThat(verifies(publicBack, MESSAGE, sign(privateBack, MESSAGE))).isTrue();
    }

    @Test
    void keysOnOtherCurvesCannotBeWrittenAsPem() {
        KeyPair p256 = KeyFixtures.jdkKeyPair("secp256r1");

        assertInvalid(() -> P384Keys.toPem((ECPrivateKey) p256.getPrivate()), "privateKey",
                "is an EC key on a 256-bit curve; IVS requires an EC key on curve P-384");
        assertInvalid(() -> P384Keys.toPem((ECPublicKey) p256.getPublic()), "publicKey",
                "is an EC key on a 256-bit curve; IVS requires an EC key on curve P-384");
    }

    @Test
    void requireP384AcceptsP384AndNamesTheFieldOtherwise() {
        P384Keys.requireP384("anyKey", (ECPublicKey) P384Keys.generate().toKeyPair().getPublic());

        assertInvalid(() -> P384Keys.requireP384("anyKey", (ECPublicKey) KeyFixtures.jdkKeyPair("secp521r1").getPublic()),
                "anyKey", "521-bit curve");
    }

    @Test
    void writePemWritesBothHalvesOfThePair(@TempDir Path dir) {
        KeyPair pair = P384Keys.generate().toKeyPair();
        Path privateFile = dir.resolve("private.pem");
        Path publicFile = dir.resolve("public.pem");

        P384Keys.writePem(pair, privateFile, publicFile);

        assertThat(read(privateFile)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(read(publicFile)).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(P384Keys.readPrivateKey(privateFile).getS()).isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
        assertThat(P384Keys.readPublicKey(publicFile)).isEqualTo(pair.getPublic());
    }

    @Test
    void writePemMakesThePrivateKeyFileReadableByItsOwnerOnly(@TempDir Path dir) throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path privateFile = dir.resolve("private.pem");

        P384Keys.writePem(P384Keys.generate().toKeyPair(), privateFile, dir.resolve("public.pem"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");
    }

    @Test
    void writePemNeverOverwritesAnExistingPrivateKey(@TempDir Path dir) throws IOException {
        Path privateFile = dir.resolve("private.pem");
        Path publicFile = dir.resolve("public.pem");
        Files.writeString(privateFile, "the key that protects production");

        assertThatThrownBy(() -> P384Keys.writePem(P384Keys.generate().toKeyPair(), privateFile, publicFile))
                .isExactlyInstanceOf(IvsException.class)
                .hasCauseInstanceOf(FileAlreadyExistsException.class);
        assertThat(read(privateFile)).isEqualTo("the key that protects production");
        assertThat(publicFile).as("nothing is written when the private key file exists").doesNotExist();
    }

    @Test
    void writePemReplacesAnExistingPublicKeyFile(@TempDir Path dir) throws IOException {
        KeyPair pair = P384Keys.generate().toKeyPair();
        Path publicFile = dir.resolve("public.pem");
        Files.writeString(publicFile, "an old public key");

        P384Keys.writePem(pair, dir.resolve("private.pem"), publicFile);

        assertThat(P384Keys.readPublicKey(publicFile)).isEqualTo(pair.getPublic());
    }

    @Test
    void writePemOfAKeyPairOnAnotherCurveWritesNothing(@TempDir Path dir) {
        Path privateFile = dir.resolve("private.pem");
        Path publicFile = dir.resolve("public.pem");

        assertInvalid(() -> P384Keys.writePem(KeyFixtures.jdkKeyPair("secp256r1"), privateFile, publicFile),
                "privateKey", "256-bit curve");
        assertThat(privateFile).doesNotExist();
        assertThat(publicFile).doesNotExist();
    }

    @Test
    void writePemOfAnRsaKeyPairIsRefusedAndWritesNothing(@TempDir Path dir) throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Path privateFile = dir.resolve("private.pem");

        assertInvalid(() -> P384Keys.writePem(rsa.generateKeyPair(), privateFile, dir.resolve("public.pem")),
                "keyPair", "is RSA key pair");
        assertThat(privateFile).doesNotExist();
    }

    @Test
    void aFailedWriteLeavesNoPrivateKeyFileBehind(@TempDir Path dir) throws IOException {
        Path privateFile = dir.resolve("private.pem");
        Path publicFileThatIsADirectory = Files.createDirectory(dir.resolve("public.pem"));

        assertThatThrownBy(() -> P384Keys.writePem(P384Keys.generate().toKeyPair(), privateFile, publicFileThatIsADirectory))
                .isExactlyInstanceOf(IvsException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(privateFile).as("removed, so that a retry can create it").doesNotExist();
    }

    // ---- openssl reads what P384Keys writes ---------------------------------------------------------------

    @Test
    void opensslAcceptsTheWrittenFilesAsAP384KeyPair(@TempDir Path dir) {
        assumeTrue(KeyFixtures.opensslAvailable(), "openssl is not installed");
        KeyPair pair = P384Keys.generate().toKeyPair();
        Path privateFile = dir.resolve("private.pem");
        Path publicFile = dir.resolve("public.pem");
        P384Keys.writePem(pair, privateFile, publicFile);

        assertThat(openssl("pkey", "-in", privateFile.toString(), "-noout").exitCode()).isZero();
        assertThat(openssl("pkey", "-pubin", "-in", publicFile.toString(), "-noout").exitCode()).isZero();
        KeyFixtures.Run described = openssl("pkey", "-in", privateFile.toString(), "-noout", "-text");
        assertThat(described.output()).contains("Private-Key: (384 bit)").contains("secp384r1");
        // the public key openssl derives from the private key file is the pair's public key
        KeyFixtures.Run derived = openssl("pkey", "-in", privateFile.toString(), "-pubout");
        assertThat(derived.exitCode()).isZero();
        assertThat(P384Keys.readPublicKey(derived.output())).isEqualTo(pair.getPublic());
    }

    @Test
    void opensslAndTheJdkVerifyEachOthersSignaturesWithTheWrittenKeys(@TempDir Path dir) throws IOException {
        assumeTrue(KeyFixtures.opensslAvailable(), "openssl is not installed");
        KeyPair pair = P384Keys.generate().toKeyPair();
        Path privateFile = dir.resolve("private.pem");
        Path publicFile = dir.resolve("public.pem");
        P384Keys.writePem(pair, privateFile, publicFile);
        Path message = Files.write(dir.resolve("message.txt"), MESSAGE);
        Path opensslSignature = dir.resolve("openssl.sig");
        Path jdkSignature = Files.write(dir.resolve("jdk.sig"), sign(pair.getPrivate(), MESSAGE));

        KeyFixtures.Run signed = openssl("dgst", "-sha384", "-sign", privateFile.toString(),
                "-out", opensslSignature.toString(), message.toString());
        KeyFixtures.Run verified = openssl("dgst", "-sha384", "-verify", publicFile.toString(),
                "-signature", jdkSignature.toString(), message.toString());

        assertThat(signed.exitCode()).as(signed.output()).isZero();
        assertThat(verifies(pair.getPublic(), MESSAGE, Files.readAllBytes(opensslSignature))).isTrue();
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verified OK");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p384-sec1.pem", "p384-pkcs8.pem"})
    void opensslVerifiesSignaturesMadeWithTheKeysReadFromItsFiles(String file, @TempDir Path dir) throws IOException {
        assumeTrue(KeyFixtures.opensslAvailable(), "openssl is not installed");
        Path message = Files.write(dir.resolve("message.txt"), MESSAGE);
        Path signature = Files.write(dir.resolve("jdk.sig"), sign(P384Keys.readPrivateKey(text(file)), MESSAGE));

        KeyFixtures.Run verified = openssl("dgst", "-sha384", "-verify", KeyFixtures.path("p384-public.pem").toString(),
                "-signature", signature.toString(), message.toString());

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verified OK");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static void assertOnP384(ECParameterSpec params) {
        ECParameterSpec p384 = KeyFixtures.jdkP384();
        assertThat(params.getCurve().getField().getFieldSize()).isEqualTo(384);
        assertThat(params.getCurve()).isEqualTo(p384.getCurve());
        assertThat(params.getGenerator()).isEqualTo(p384.getGenerator());
        assertThat(params.getOrder()).isEqualTo(p384.getOrder());
        assertThat(params.getCofactor()).isEqualTo(1);
    }

    private static byte[] body(String pem) {
        String base64 = pem.lines().filter(line -> !line.startsWith("-----")).collect(Collectors.joining());
        return Base64.getDecoder().decode(base64);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
