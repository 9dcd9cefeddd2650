package io.ivsjava.emulator;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One call the emulator answered, as its journal keeps it: see {@link IvsEmulator#calls()} and
 * {@link IvsEmulator#takeCall(java.time.Duration)}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param operation the IVS operation, such as {@code CreateStage} or {@code CreateRoom}; empty for a request no
 *     operation answers
 * @param service {@code ivs-realtime}, {@code ivs} (low latency) or {@code ivschat}; empty for a request no operation
 *     answers
 * @param region the region the call acted in (its signature's, else the emulator's)
 * @param accountId the account the call acted in
 * @param method the HTTP method
 * @param path the request path, still percent-encoded
 * @param input the input as the emulator parsed it, body, path and query members together, as compact JSON;
 *     {@code {}} if it could not be parsed
 * @param headers the request headers, names in lower case, first value of each
 * @param status the HTTP status answered; 0 if a fault reset the connection
 * @param errorCode the error answered, such as {@code ValidationException}, if any
 * @param fault the injected fault applied to the call, if any
 * @param time when the call arrived, by the emulator's clock
 * @param requestId the {@code x-amzn-RequestId} answered
 */
public record RecordedCall(String operation, String service, String region, String accountId, String method,
                           String path, String input, Map<String, String> headers, int status,
                           Optional<String> errorCode, Optional<Fault> fault, Instant time, String requestId) {
    /** Copies the headers. */
    public RecordedCall {
        headers = Map.copyOf(headers);
    }

    /** {@return whether the answer was a success (2xx)} */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
