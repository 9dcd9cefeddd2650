package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** A test's client of one StreamCat backend's HTTP API. Thread-safe. */
final class StreamCatClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    StreamCatClient(URI base) {
        this.base = base;
    }

    /**
     * One request, checked for its status.
     *
     * @param apiKey the user's API key, or null for none
     * @param body a JSON body, or null for none
     * @return the answer's JSON (an empty object for none)
     */
    JsonNode call(String method, String path, String apiKey, JsonNode body, int expected) {
        HttpResponse<String> response = send(method, path, apiKey, body);
        assertThat(response.statusCode()).as("%s %s on %s: %s", method, path, base, response.body())
                .isEqualTo(expected);
        try {
            return response.body().isEmpty() ? Http.JSON.createObjectNode() : Http.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " answered something that is not JSON", e);
        }
    }

    /** One request; only its status. */
    int status(String method, String path, String apiKey, JsonNode body) {
        return send(method, path, apiKey, body).statusCode();
    }

    private HttpResponse<String> send(String method, String path, String apiKey, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Signs a user up; returns their API key. */
    String signUp(String username, String mode) {
        return call("POST", "/api/users", null, json("username", username).put("mode", mode), 201)
                .path("apiKey").asText();
    }

    /** Waits (up to 30 s) for a user's live flag as this backend shows it. */
    void awaitLive(String username, boolean live) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (call("GET", "/api/channels/" + username, null, null, 200).path("live").asBoolean() != live) {
            assertThat(Instant.now()).as("the live flag of %s on %s to become %s", username, base, live)
                    .isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static ObjectNode json(String field, String value) {
        return Http.JSON.createObjectNode().put(field, value);
    }
}
