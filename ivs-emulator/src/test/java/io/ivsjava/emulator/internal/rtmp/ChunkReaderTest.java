package io.ivsjava.emulator.internal.rtmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunk stream: every header format, extended timestamps, interleaving, the peer's controls, limits, garbage. */
class ChunkReaderTest {
    private static final int MB = 1 << 20;

    private static ChunkReader reader(byte[] bytes) {
        return new ChunkReader(new ByteArrayInputStream(bytes), MemoryBudget.unlimited(), 16 * MB, 64, 64L * MB);
    }

    private static byte[] payload(int length, int seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void messagesWrittenInChunksOfAnySizeReadBackWhole() throws IOException {
        for (int chunkSize : new int[] {1, 7, 128, 4096, 1 << 20}) {
            List<Message> sent = List.of(new Message(20, 0, 0, payload(300, 1)),
                    new Message(9, 1, 33, payload(50_000, 2)), new Message(8, 1, 40, new byte[0]),
                    new Message(9, 1, 0xFFFFFFL + 5, payload(1000, 3)));
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            for (Message m : sent) {
                wire.writeBytes(ChunkWriter.encode(m.type() == 9 ? 6 : 4, m, chunkSize));
            }
            ChunkReader reader = reader(wire.toByteArray());
            reader.chunkSize(chunkSize);
            for (Message m : sent) {
                Message got = reader.next();
                assertThat(got.type()).isEqualTo(m.type());
                assertThat(got.streamId()).isEqualTo(m.streamId());
                assertThat(got.timestamp()).as("chunk size %d", chunkSize).isEqualTo(m.timestamp());
                assertThat(got.payload()).isEqualTo(m.payload());
            }
            assertThatThrownBy(reader::next).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void compressedHeadersCarryTheLengthTypeStreamAndTimestampForward() throws IOException {
        // csid 4: format 0 at t=1000 (3 bytes, type 8, stream 1); format 1 delta 20 (2 bytes, type 9); format 2
        // delta 30; format 3 starting a new message repeats the delta 30.
        byte[] wire = HexFormat.of().parseHex(
                "04" + "0003e8" + "000003" + "08" + "01000000" + "aabbcc"
                + "44" + "000014" + "000002" + "09" + "ddee"
                + "84" + "00001e" + "1122"
                + "c4" + "3344");
        ChunkReader reader = reader(wire);
        assertThat(reader.next()).satisfies(m -> {
            assertThat(m.timestamp()).isEqualTo(1000);
            assertThat(m.type()).isEqualTo(8);
            assertThat(m.streamId()).isEqualTo(1);
            assertThat(m.payload()).containsExactly(0xaa, 0xbb, 0xcc);
        });
        assertThat(reader.next()).satisfies(m -> {
            assertThat(m.timestamp()).isEqualTo(1020);
            assertThat(m.type()).isEqualTo(9);
            assertThat(m.streamId()).isEqualTo(1);
        });
        assertThat(reader.next().timestamp()).isEqualTo(1050);
        Message repeated = reader.next();
        assertThat(repeated.timestamp()).isEqualTo(1080);
        assertThat(repeated.payload()).containsExactly(0x33, 0x44);
        assertThat(reader.bytesRead()).isEqualTo(wire.length);
    }

    @Test
    void extendedTimestampsAreReadOnEveryChunkOfTheirMessage() throws IOException {
        // 200 bytes in chunks of 128: the format-3 continuation repeats the 4-byte extended timestamp
        Message m = new Message(9, 1, 0x12345678L, payload(200, 4));
        byte[] wire = ChunkWriter.encode(6, m, 128);
        assertThat(wire.length).isEqualTo(1 + 11 + 4 + 128 + 1 + 4 + 72);
        Message got = reader(wire).next();
        assertThat(got.timestamp()).isEqualTo(0x12345678L);
        assertThat(got.payload()).isEqualTo(m.payload());
    }

    @Test
    void chunkStreamIdsOfTwoAndThreeBytesAreRead() throws IOException {
        // csid 64 + 0x10 in two bytes, csid 64 + 0x0102 in three
        byte[] wire = HexFormat.of().parseHex("00" + "10" + "000000" + "000001" + "14" + "00000000" + "01"
                + "01" + "0201" + "000000" + "000001" + "14" + "00000000" + "02"
                + "c0" + "10" + "000001" + "14");
        ChunkReader reader = reader(wire);
        assertThat(reader.next().payload()).containsExactly(1);
        assertThat(reader.next().payload()).containsExactly(2);
    }

    @Test
    void interleavedMessagesOnTwoChunkStreamsAreReassembledApart() throws IOException {
        byte[] video = payload(256, 5);
        byte[] audio = payload(256, 6);
        byte[] v = ChunkWriter.encode(6, new Message(9, 1, 0, video), 128);
        byte[] a = ChunkWriter.encode(4, new Message(8, 1, 0, audio), 128);
        int vFirst = 12 + 128;
        int aFirst = 12 + 128;
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.write(v, 0, vFirst);
        wire.write(a, 0, aFirst);
        wire.write(v, vFirst, v.length - vFirst);
        wire.write(a, aFirst, a.length - aFirst);
        ChunkReader reader = reader(wire.toByteArray());
        assertThat(reader.next().payload()).isEqualTo(video);
        assertThat(reader.next().payload()).isEqualTo(audio);
    }

    @Test
    void abortDropsThePartialMessageAndGivesItsBytesBack() throws IOException {
        MemoryBudget budget = MemoryBudget.unlimited();
        byte[] first = ChunkWriter.encode(6, new Message(9, 1, 0, payload(300, 7)), 128);
        byte[] next = ChunkWriter.encode(6, new Message(9, 1, 0, payload(10, 8)), 128);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.write(first, 0, 12 + 128);
        ChunkReader reader = new ChunkReader(new ByteArrayInputStream(wire.toByteArray()), budget, MB, 8, MB);
        assertThatThrownBy(reader::next).isInstanceOf(EOFException.class);
        assertThat(budget.used()).isEqualTo(300);
        reader.abort(6);
        assertThat(budget.used()).isZero();

        // a new header on a chunk stream with a partial message also drops it
        wire.write(next, 0, next.length);
        ChunkReader again = new ChunkReader(new ByteArrayInputStream(wire.toByteArray()), budget, MB, 8, MB);
        assertThat(again.next().payload()).hasSize(10);
        assertThat(budget.used()).isZero();
    }

    @Test
    void aChunkSizeOutOfRangeIsRefused() throws IOException {
        ChunkReader reader = reader(new byte[0]);
        assertThatThrownBy(() -> reader.chunkSize(0)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> reader.chunkSize(1L << 31)).isInstanceOf(ProtocolException.class);
        reader.chunkSize(ChunkReader.MAX_CHUNK_SIZE);
    }

    @Test
    void aMessageLongerThanAllowedIsRefusedBeforeItsBodyIsAllocated() {
        MemoryBudget budget = MemoryBudget.unlimited();
        // a 3-byte header announcing 16 MiB - 1, and nothing after it
        byte[] wire = HexFormat.of().parseHex("03" + "000000" + "ffffff" + "14" + "00000000");
        ChunkReader reader = new ChunkReader(new ByteArrayInputStream(wire), budget, 64 * 1024, 8, MB);
        assertThatThrownBy(reader::next).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("16777215 bytes; at most 65536");
        assertThat(budget.used()).isZero();
    }

    @Test
    void partialMessagesAreBoundedPerConnectionAndAcrossConnections() {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (int csid = 3; csid < 40; csid++) { // first chunks of 37 messages of 1 MiB, none completed
            wire.writeBytes(new byte[] {(byte) csid, 0, 0, 0, 0x10, 0, 0, 9, 1, 0, 0, 0});
            wire.writeBytes(new byte[128]);
        }
        MemoryBudget budget = MemoryBudget.unlimited();
        ChunkReader perConnection = new ChunkReader(new ByteArrayInputStream(wire.toByteArray()), budget, 4 * MB,
                64, 8L * MB);
        assertThatThrownBy(perConnection::next).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("at most 8388608 per connection");
        perConnection.close();
        assertThat(budget.used()).isZero();

        MemoryBudget shared = new MemoryBudget(3L * MB);
        ChunkReader first = new ChunkReader(new ByteArrayInputStream(wire.toByteArray()), shared, 4 * MB, 2, 64L * MB);
        assertThatThrownBy(first::next).isInstanceOf(ProtocolException.class).hasMessageContaining("more than 2 chunk");
        assertThat(shared.used()).isEqualTo(2L * MB);
        ChunkReader second = new ChunkReader(new ByteArrayInputStream(wire.toByteArray()), shared, 4 * MB, 64, 64L * MB);
        assertThatThrownBy(second::next).isInstanceOf(ProtocolException.class).hasMessageContaining("budget");
        first.close();
        second.close();
        assertThat(shared.used()).isZero();
    }

    @Test
    void aChunkStreamCannotStartWithAHeaderThatNeedsAPreviousOne() {
        assertThatThrownBy(() -> reader(HexFormat.of().parseHex("83000000")).next())
                .isInstanceOf(ProtocolException.class).hasMessageContaining("format-2");
        assertThatThrownBy(() -> reader(HexFormat.of().parseHex("c3")).next())
                .isInstanceOf(ProtocolException.class).hasMessageContaining("format-3");
    }

    @Test
    void everyTruncationOfAValidStreamEndsInEndOfFile() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(ChunkWriter.encode(3, new Message(20, 0, 0, Amf0.encode("connect", 1.0)), 128));
        wire.writeBytes(ChunkWriter.encode(6, new Message(9, 1, 0x1000000L, payload(400, 9)), 128));
        byte[] whole = wire.toByteArray();
        for (int cut = 0; cut < whole.length; cut++) {
            MemoryBudget budget = MemoryBudget.unlimited();
            ChunkReader reader = new ChunkReader(new ByteArrayInputStream(whole, 0, cut), budget, MB, 8, MB);
            List<Message> read = new ArrayList<>();
            assertThatThrownBy(() -> {
                while (true) {
                    read.add(reader.next());
                }
            }).isInstanceOf(EOFException.class);
            assertThat(read).hasSizeLessThan(2);
            reader.close();
            assertThat(budget.used()).isZero();
        }
    }

    @Test
    void randomBytesEndInEndOfFileOrAProtocolExceptionAndGiveEveryByteBack() {
        Random random = new Random(1935);
        MemoryBudget budget = new MemoryBudget(32L * MB);
        for (int i = 0; i < 2_000; i++) {
            byte[] wire = new byte[random.nextInt(2048)];
            random.nextBytes(wire);
            ChunkReader reader = new ChunkReader(new ByteArrayInputStream(wire), budget, 4 * MB, 64, 8L * MB);
            try {
                while (true) {
                    Message m = reader.next();
                    if (m.type() == Message.SET_CHUNK_SIZE && m.payload().length >= 4) {
                        reader.chunkSize(1 + random.nextInt(1 << 20));
                    }
                }
            } catch (EOFException | ProtocolException expected) {
                // end of the garbage
            } catch (IOException e) {
                throw new AssertionError(e);
            } finally {
                reader.close();
            }
            assertThat(budget.used()).isZero();
        }
    }
}
