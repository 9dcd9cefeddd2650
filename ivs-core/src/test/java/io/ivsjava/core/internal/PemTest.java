package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PemTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 47, 48, 49, 120, 185, 1000})
    void encodedBlocksHave64CharacterLinesAndDecodeToTheSameBytes(int size) {
        byte[] der = new byte[size];
        new Random(size).nextBytes(der);

        String pem = Pem.encode("PRIVATE KEY", der);

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("\n-----END PRIVATE KEY-----\n");
        List<String> body = pem.lines().filter(line -> !line.startsWith("-----")).toList();
        assertThat(body.subList(0, body.size() - 1)).allSatisfy(line -> assertThat(line).hasSize(64));
        assertThat(body.get(body.size() - 1).length()).isBetween(1, 64);
        List<Pem.Block> blocks = Pem.blocks(pem);
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).label()).isEqualTo("PRIVATE KEY");
        assertThat(blocks.get(0).headers()).isFalse();
        assertThat(blocks.get(0).der()).isEqualTo(der);
    }

    @Test
    void everyBlockIsFoundInOrderAndTextBetweenIsIgnored() {
        String text = "preamble\n" + Pem.encode("EC PARAMETERS", new byte[] {1}) + "between: words\n"
                + Pem.encode("EC PRIVATE KEY", new byte[] {2, 3}) + Pem.encode("CERTIFICATE", new byte[] {4});

        List<Pem.Block> blocks = Pem.blocks(text);

        assertThat(blocks).extracting(Pem.Block::label).containsExactly("EC PARAMETERS", "EC PRIVATE KEY", "CERTIFICATE");
        assertThat(blocks.get(1).der()).containsExactly(2, 3);
    }

    @Test
    void aBlockWithRfc1421HeadersIsMarkedAndNotDecoded() {
        String encrypted = "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00FF\n\n"
                + "AAAA\n-----END EC PRIVATE KEY-----\n";

        List<Pem.Block> blocks = Pem.blocks(encrypted);

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).headers()).isTrue();
        assertThat(blocks.get(0).der()).isEmpty();
    }

    @Test
    void onlyWellFormedBlocksCount() {
        assertThat(Pem.blocks("")).isEmpty();
        assertThat(Pem.blocks("no pem here")).isEmpty();
        assertThat(Pem.blocks("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")).isEmpty();
        assertThat(Pem.blocks("-----BEGIN private key-----\nAAAA\n-----END private key-----\n")).isEmpty();
        assertThat(Pem.blocks("-----BEGIN PRIVATE KEY-----\nAAAA\n")).isEmpty();
    }

    @Test
    void windowsLineEndingsDecodeAlike() {
        byte[] der = new byte[100];
        new Random(1).nextBytes(der);

        assertThat(Pem.blocks(Pem.encode("PUBLIC KEY", der).replace("\n", "\r\n")).get(0).der()).isEqualTo(der);
    }

    @Test
    void aBodyThatIsNotBase64IsRejected() {
        assertThatThrownBy(() -> Pem.blocks("-----BEGIN PUBLIC KEY-----\nAAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
