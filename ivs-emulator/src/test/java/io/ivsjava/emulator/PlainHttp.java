package io.ivsjava.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Unsigned JSON requests to an emulator, as a hand-written client in any language (or curl) sends them. */
final class PlainHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PlainHttp() {
    }

    /**
     * Sends a request and reads the whole answer.
     *
     * @param emulator the emulator
     * @param method the HTTP method
     * @param path the path and query, such as {@code /_emulator/calls?operation=GetStage}
     * @param body a JSON body, or {@code ""} for none
     * @return the answer
     */
    static HttpResponse<String> send(IvsEmulator emulator, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
