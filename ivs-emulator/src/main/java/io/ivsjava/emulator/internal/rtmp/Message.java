package io.ivsjava.emulator.internal.rtmp;

/**
 * One RTMP message, reassembled from its chunks.
 *
 * @param type the message type id (1 Set Chunk Size, 8 audio, 9 video, 18 AMF0 data, 20 AMF0 command...)
 * @param streamId the message stream id (0 for the connection's own messages)
 * @param timestamp the timestamp in milliseconds, unsigned 32 bits
 * @param payload the body; owned by the receiver
 */
record Message(int type, int streamId, long timestamp, byte[] payload) {
    static final int SET_CHUNK_SIZE = 1;
    static final int ABORT = 2;
    static final int ACKNOWLEDGEMENT = 3;
    static final int USER_CONTROL = 4;
    static final int WINDOW_ACK_SIZE = 5;
    static final int SET_PEER_BANDWIDTH = 6;
    static final int AUDIO = 8;
    static final int VIDEO = 9;
    static final int DATA_AMF3 = 15;
    static final int COMMAND_AMF3 = 17;
    static final int DATA_AMF0 = 18;
    static final int COMMAND_AMF0 = 20;
    static final int AGGREGATE = 22;
}
