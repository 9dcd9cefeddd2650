package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P-384 keys read from PEM files made by the openssl command line (see src/test/resources/keys/README.md). */
class P384KeysTest {

    @Test
    void sec1AndPkcs8FormsOfOneKeyReadAsTheSameP384Key() {
        ECPrivateKey sec1 = P384Keys.readPrivateKey(fixture("p384-sec1.pem"));
        ECPrivateKey pkcs8 = P384Keys.readPrivateKey(fixture("p384-pkcs8.pem"));

        assertThat(sec1.getS()).isEqualTo(pkcs8.getS());
        assertThat(sec1.getParams().getCurve().getField().getFieldSize()).isEqualTo(384);
    }

    @Test
    void theEcParametersBlockThatOpensslPrintsFirstIsSkipped() {
        ECPrivateKey key = P384Keys.readPrivateKey(fixture("p384-sec1-with-params.pem"));

        assertThat(key.getParams().getOrder().bitLength()).isEqualTo(384);
    }

    @Test
    void keysReadFromOpensslFilesSignAndVerifyAsOpensslDoes() throws Exception {
        ECPublicKey publicKey = P384Keys.readPublicKey(fixture("p384-public.pem"));
        byte[] message = bytes("message.txt");

        assertThat(verify(publicKey, message, bytes("message.sig"))).as("openssl's signature").isTrue();
        for (String file : new String[] {"p384-sec1.pem", "p384-pkcs8.pem"}) {
            byte[] jdkSignature = sign(P384Keys.readPrivateKey(fixture(file)), message);
            assertThat(verify(publicKey, message, jdkSignature)).as(file).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "p256-sec1.pem            | P-256 (prime256v1)",
        "p256-pkcs8.pem           | P-256 (prime256v1)",
        "rsa-pkcs8.pem            | an RSA key",
        "rsa-traditional.pem      | an RSA key",
        "ed25519-pkcs8.pem        | an Ed25519 key",
        "p384-encrypted-pkcs8.pem | encrypted",
        "p384-encrypted-sec1.pem  | encrypted",
        "p384-public.pem          | holds a public key, not a private key",
    })
    void otherPrivateKeysAreRefusedSayingWhatTheyAre(String file, String said) {
        assertThatThrownBy(() -> P384Keys.readPrivateKey(fixture(file)))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("privateKey");
                    assertThat(e.getMessage()).startsWith("privateKey: ").contains(said);
                    assertThat(e.httpStatus()).isEmpty();
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "p256-public.pem | P-256 (prime256v1)",
        "p384-sec1.pem   | holds a private key",
        "p384-pkcs8.pem  | holds a private key",
    })
    void otherPublicKeysAreRefusedSayingWhatTheyAre(String file, String said) {
        assertThatThrownBy(() -> P384Keys.readPublicKey(fixture(file)))
                .isInstanceOfSatisfying(IvsValidationException.class, e -> {
                    assertThat(e.field()).hasValue("publicKey");
                    assertThat(e.getMessage()).contains(said);
                });
    }

    @Test
    void textThatIsNotPemIsRefused() {
        assertThatThrownBy(() -> P384Keys.readPrivateKey(""))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> P384Keys.readPrivateKey("hello"))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("no -----BEGIN PRIVATE KEY-----");
        assertThatThrownBy(() -> P384Keys.readPrivateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("not a well-formed key");
        assertThatThrownBy(() -> P384Keys.readPublicKey("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("not a well-formed key");
    }

    @Test
    void generatedKeysRoundTripThroughPem() throws Exception {
        KeyPair pair = P384Keys.generate();
        ECPrivateKey privateKey = (ECPrivateKey) pair.getPrivate();
        ECPublicKey publicKey = (ECPublicKey) pair.getPublic();

        String privatePem = P384Keys.toPem(privateKey);
        String publicPem = P384Keys.toPem(publicKey);

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(P384Keys.readPrivateKey(privatePem).getS()).isEqualTo(privateKey.getS());
        assertThat(P384Keys.readPublicKey(publicPem)).isEqualTo(publicKey);
        byte[] message = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(verify(P384Keys.readPublicKey(publicPem), message, sign(P384Keys.readPrivateKey(privatePem), message)))
                .isTrue();
    }

    @Test
    void writePemWritesBothFilesAndKeepsThePrivateOneToItsOwner(@TempDir Path dir) {
        KeyPair pair = P384Keys.generate();
        Path privateFile = dir.resolve("priv.pem");
        Path publicFile = dir.resolve("pub.pem");

        P384Keys.writePem(pair, privateFile, publicFile);

        assertThat(P384Keys.readPrivateKey(privateFile).getS()).isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
        assertThat(P384Keys.readPublicKey(publicFile)).isEqualTo(pair.getPublic());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(unchecked(() -> Files.getPosixFilePermissions(privateFile))))
                    .isEqualTo("rw-------");
        }
        assertThatThrownBy(() -> P384Keys.writePem(P384Keys.generate(), privateFile, publicFile))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(FileAlreadyExistsException.class);
        assertThat(P384Keys.readPrivateKey(privateFile).getS())
                .as("an existing private key is never overwritten")
                .isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
    }

    @Test
    void opensslReadsWhatToPemWrites(@TempDir Path dir) throws Exception {
        assumeTrue(opensslAvailable(), "openssl is not installed");
        KeyPair pair = P384Keys.generate();
        Path privateFile = dir.resolve("priv.pem");
        Path publicFile = dir.resolve("pub.pem");
        P384Keys.writePem(pair, privateFile, publicFile);

        assertThat(openssl("pkey", "-in", privateFile.toString(), "-noout")).isZero();
        assertThat(openssl("pkey", "-pubin", "-in", publicFile.toString(), "-noout")).isZero();
    }

    @Test
    void keysOnOtherCurvesCannotBeWritten() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        KeyPair p256 = generator.generateKeyPair();

        assertThatThrownBy(() -> P384Keys.toPem((ECPublicKey) p256.getPublic()))
                .isInstanceOf(IvsValidationException.class).hasMessageContaining("256-bit curve");
    }

    static String fixture(String name) {
        return new String(bytes(name), StandardCharsets.US_ASCII);
    }

    static byte[] bytes(String name) {
        try (InputStream in = P384KeysTest.class.getResourceAsStream("/keys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sign(PrivateKey key, byte[] message) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA384withECDSA");
        signer.initSign(key);
        signer.update(message);
        return signer.sign();
    }

    private static boolean verify(PublicKey key, byte[] message, byte[] derSignature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA384withECDSA");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(derSignature);
    }

    private static boolean opensslAvailable() {
        try {
            return openssl("version") == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int openssl(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
