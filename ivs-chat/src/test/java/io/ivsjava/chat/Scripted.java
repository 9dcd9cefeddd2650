package io.ivsjava.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * The wrappers over SDK clients pointed at WireMock, which answers what each test scripts: for what goes on the wire,
 * and for answers only a scripted server gives (errors as IVS Chat words them, values a later IVS may send).
 * Retries are pinned to the SDK's standard three attempts so that counted requests do not depend on the
 * environment (AWS_RETRY_MODE, AWS_MAX_ATTEMPTS). Not thread-safe; one per test class.
 */
final class Scripted implements AutoCloseable {
    /** The SDK's standard retry strategy makes three attempts in all. */
    static final int ATTEMPTS = 3;
    static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer wiremock;
    final IvschatClient sdk;
    final IvschatAsyncClient asyncSdk;
    final IvsChat chat;
    final IvsChatAsync async;

    Scripted(Clock clock) {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        sdk = IvschatClient.builder().endpointOverride(URI.create(wiremock.baseUrl())).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ATTEMPTS).build()))
                .build();
        asyncSdk = IvschatAsyncClient.builder().endpointOverride(URI.create(wiremock.baseUrl())).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ATTEMPTS).build()))
                .build();
        chat = IvsChat.create(sdk, clock);
        async = IvsChatAsync.create(asyncSdk, clock);
    }

    /** Answers an operation (a POST to its path) with a 200 and this JSON body. */
    void answer(String operation, String body) {
        wiremock.stubFor(post(urlEqualTo("/" + operation)).willReturn(json(200, body)));
    }

    /** Answers an operation with an IVS Chat error: its type header, status and JSON body. */
    void fail(String operation, int status, String errorType, String body) {
        wiremock.stubFor(post(urlEqualTo("/" + operation)).willReturn(json(status, body)
                .withHeader("x-amzn-ErrorType", errorType).withHeader("x-amzn-RequestId", "req-" + status)));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Every request received, oldest first. */
    List<ServeEvent> requests() {
        List<ServeEvent> events = new ArrayList<>(wiremock.getAllServeEvents());   // WireMock lists newest first
        Collections.reverse(events);
        return events;
    }

    /** The JSON body of the one request received for an operation. */
    JsonNode body(String operation) {
        List<ServeEvent> sent = requests().stream()
                .filter(e -> e.getRequest().getUrl().equals("/" + operation)).collect(Collectors.toList());
        assertThat(sent).as(operation + " requests").hasSize(1);
        return tree(sent.get(0).getRequest().getBodyAsString());
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void reset() {
        wiremock.resetAll();
    }

    @Override
    public void close() {
        chat.close();
        async.close();
        sdk.close();
        asyncSdk.close();
        wiremock.stop();
    }
}
