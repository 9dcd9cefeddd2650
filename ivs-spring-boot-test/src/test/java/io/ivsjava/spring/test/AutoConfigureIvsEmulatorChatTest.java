package io.ivsjava.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ivsjava.chat.IvsChat;
import io.ivsjava.chat.MessageReviewResponse;
import io.ivsjava.chat.MessageReviewer;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.ChatAdmission;
import io.ivsjava.live.IvsLive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * Chat under {@code @AutoConfigureIvsEmulator}: the chat clients on the emulator, IvsLive's chat tokens naming its
 * messaging endpoint, and the application's {@link MessageReviewer} reviewing the messages of its rooms.
 */
@SpringBootTest(classes = {TestApplication.class, AutoConfigureIvsEmulatorChatTest.Moderation.class}, properties = {
    "spring.cloud.aws.ivs.live.chat.enabled=true",
    "spring.cloud.aws.ivs.live.chat.message-review-handler=arn:aws:lambda:us-east-1:123456789012:function:moderate"})
@AutoConfigureIvsEmulator
class AutoConfigureIvsEmulatorChatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestConfiguration(proxyBeanMethods = false)
    static class Moderation {
        @Bean
        MessageReviewer moderate() {
            return request -> request.content().contains("spam") ? MessageReviewResponse.deny("no spam")
                    : MessageReviewResponse.allow(request.content().replace("darn", "d**n"));
        }
    }

    @Autowired
    IvsEmulator emulator;
    @Autowired
    IvschatClient chatClient;
    @Autowired
    IvsChat chat;
    @Autowired
    IvsLive live;

    @Test
    void theChatClientsTalkToTheEmulator() {
        assertThat(chatClient.serviceClientConfiguration().endpointOverride()).contains(emulator.endpoint());
        assertThat(chat.sdkClient()).isSameAs(chatClient);
        long before = emulator.requestCount("ListRooms");
        chat.listRooms().count();
        assertThat(emulator.requestCount("ListRooms")).isEqualTo(before + 1);
    }

    @Test
    void theApplicationsReviewerReviewsEveryMessageOfItsRooms() throws Exception {
        Broadcast show = live.provision("kit", StreamingMode.REAL_TIME);
        ChatAdmission bob = live.chat().admit(show, "bob");
        assertThat(bob.messagingEndpoint()).isEqualTo(emulator.chatMessagingEndpoint());

        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(bob.token().token())
                .buildAsync(bob.messagingEndpoint(), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            try {
                                received.add(JSON.readTree(text.toString()));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"1\",\"Content\":\"darn it\"}", true)
                    .get(30, TimeUnit.SECONDS);
            JsonNode rewritten = next(received);
            assertThat(rewritten.path("Type").asText()).isEqualTo("MESSAGE");
            assertThat(rewritten.path("Content").asText()).isEqualTo("d**n it");

            socket.sendText("{\"Action\":\"SEND_MESSAGE\",\"RequestId\":\"2\",\"Content\":\"spam\"}", true)
                    .get(30, TimeUnit.SECONDS);
            JsonNode denied = next(received);
            assertThat(denied.path("Type").asText()).isEqualTo("ERROR");
            assertThat(denied.path("ErrorCode").asInt()).isEqualTo(406);
            assertThat(denied.path("ErrorMessage").asText()).contains("no spam");
        } finally {
            socket.abort();
        }
    }

    private static JsonNode next(BlockingQueue<JsonNode> received) throws InterruptedException {
        JsonNode entity = received.poll(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
        assertThat(entity).as("an entity within 30 s").isNotNull();
        return entity;
    }
}
