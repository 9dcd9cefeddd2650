package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DER reading, against encodings taken from X.690 and RFC 5480 and against keys the JDK encodes. */
class DerTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "06052b81040022,           1.3.132.0.34",          // secp384r1, RFC 5480
        "06082a8648ce3d030107,     1.2.840.10045.3.1.7",   // prime256v1, RFC 5480
        "06072a8648ce3d0201,       1.2.840.10045.2.1",     // id-ecPublicKey, RFC 5480
        "06032b6570,               1.3.101.112",           // Ed25519, RFC 8410
        "06092a864886f70d010101,   1.2.840.113549.1.1.1",  // rsaEncryption
        "0603883703,               2.999.3",               // the X.690 example, first arc 2
    })
    void objectIdentifiersAreReadInDottedForm(String hex, String dotted) {
        assertThat(Der.parse(bytes(hex)).oid()).isEqualTo(dotted);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "020100,     0",
        "02017f,     127",
        "02020080,   128",
        "020180,     -128",
        "0202ff7f,   -129",
        "02030100ff, 65791",
    })
    void integersAreReadAsSignedTwosComplement(String hex, long value) {
        assertThat(Der.parse(bytes(hex)).integer()).isEqualTo(BigInteger.valueOf(value));
    }

    @Test
    void aSequenceListsItsChildrenInOrder() {
        List<Der.Element> children = Der.parse(bytes("3008020101020102" + "0500")).children();

        assertThat(children).extracting(Der.Element::tag).containsExactly(Der.INTEGER, Der.INTEGER, 0x05);
        assertThat(children.get(0).integer()).isEqualTo(BigInteger.ONE);
        assertThat(children.get(1).integer()).isEqualTo(BigInteger.TWO);
        assertThat(children.get(2).content()).isEmpty();
    }

    @Test
    void aP384PublicKeyEncodedByTheJdkReadsAsSpki() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        byte[] spki = generator.generateKeyPair().getPublic().getEncoded();

        List<Der.Element> parts = Der.parse(spki).require(Der.SEQUENCE).children();

        assertThat(parts).hasSize(2);
        List<Der.Element> algorithm = parts.get(0).require(Der.SEQUENCE).children();
        assertThat(algorithm.get(0).oid()).isEqualTo("1.2.840.10045.2.1");
        assertThat(algorithm.get(1).oid()).isEqualTo("1.3.132.0.34");
        // one byte of unused bits, then the uncompressed point 04 || x || y of 48 bytes each
        byte[] point = parts.get(1).require(Der.BIT_STRING).content();
        assertThat(point).hasSize(98);
        assertThat(point[0]).isEqualTo((byte) 0);
        assertThat(point[1]).isEqualTo((byte) 4);
    }

    @Test
    void longFormLengthsAreRead() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] spki = generator.generateKeyPair().getPublic().getEncoded();
        assertThat(spki.length).as("needs a two-byte length").isGreaterThan(256);

        Der.Element element = Der.parse(spki);

        assertThat(element.tag()).isEqualTo(Der.SEQUENCE);
        assertThat(element.content()).hasSize(spki.length - 4);
        assertThat(element.children().get(0).children().get(0).oid()).isEqualTo("1.2.840.113549.1.1.1");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource({
        "'',             truncated DER element",
        "30,             truncated DER element",
        "3005020101,     truncated DER element",
        "300002,         trailing bytes after DER element",
        "3080020101,     unsupported DER length",
        "308400000001ff, unsupported DER length",
        "3082ffff00,     truncated DER element",
    })
    void malformedBytesAreRejected(String hex, String problem) {
        assertThatThrownBy(() -> Der.parse(bytes(hex)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }

    @Test
    void readingAnElementAsTheWrongTypeIsRejected() {
        Der.Element sequence = Der.parse(bytes("3000"));

        assertThatThrownBy(() -> sequence.require(Der.INTEGER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("expected DER tag 0x02, found 0x30");
        assertThatThrownBy(sequence::oid).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(sequence::integer).isInstanceOf(IllegalArgumentException.class);
        assertThat(sequence.require(Der.SEQUENCE)).isSameAs(sequence);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
