package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.internal.rtmp.RtmpTestClient;
import io.ivsjava.emulator.testing.Jwt;
import io.ivsjava.emulator.testing.OwnThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ChannelNotBroadcastingException;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.ChatTokenCapability;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;
import software.amazon.awssdk.services.ivsrealtime.model.ParticipantToken;

/**
 * The standalone jar, as a user runs it: {@code java -jar ivs-emulator-<version>-standalone.jar --port N}, in its own
 * process, with its shaded (relocated) Jackson, serving SDK clients until it is sent SIGTERM.
 */
class StandaloneJarIT {
    private static final Executor OWN_THREAD = OwnThreads.named("test-reader");

    @Test
    void theStandaloneJarServesSdkClientsAndStopsOnSigterm() throws Exception {
        Path jar = Path.of(System.getProperty("standaloneJar"));
        assertThat(jar).exists();
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", String.valueOf(port),
                "--region", "us-west-2", "--account-id", "111122223333")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String firstLine = CompletableFuture.supplyAsync(() -> readLine(out), OWN_THREAD)
                    .get(30, TimeUnit.SECONDS);
            URI endpoint = URI.create(firstLine);
            assertThat(endpoint.getPort()).isEqualTo(port);
            assertThat(readLine(out)).contains("started in").contains("us-west-2");

            StaticCredentialsProvider credentials =
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "thing"));
            try (IvsRealTimeClient realTime = IvsRealTimeClient.builder().endpointOverride(endpoint)
                    .region(Region.US_WEST_2).credentialsProvider(credentials).build();
                 IvsClient lowLatency = IvsClient.builder().endpointOverride(endpoint)
                    .region(Region.US_WEST_2).credentialsProvider(credentials).build()) {
                String stageArn = realTime.createStage(b -> b.name("standalone")).stage().arn();
                assertThat(stageArn).startsWith("arn:aws:ivs:us-west-2:111122223333:stage/");
                ParticipantToken token = realTime.createParticipantToken(b -> b.stageArn(stageArn).userId("u"))
                        .participantToken();
                assertThat(Jwt.parse(token.token()).claims.path("resource").asText()).isEqualTo(stageArn);
                assertThat(realTime.listStages(b -> b.maxResults(10)).stages()).hasSize(1);

                String channelArn = lowLatency.createChannel(b -> b.name("standalone")).channel().arn();
                assertThat(lowLatency.listChannels(b -> b.maxResults(10)).channels()).hasSize(1);
                assertThatThrownBy(() -> lowLatency.getStream(b -> b.channelArn(channelArn)))
                        .isInstanceOf(ChannelNotBroadcastingException.class);
            }
            try (IvschatClient chat = IvschatClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2)
                    .credentialsProvider(credentials).build()) {
                String roomArn = chat.createRoom(b -> b.name("standalone")).arn();
                assertThat(roomArn).startsWith("arn:aws:ivschat:us-west-2:111122223333:room/");
                String token = chat.createChatToken(b -> b.roomIdentifier(roomArn).userId("kit")
                        .capabilities(ChatTokenCapability.SEND_MESSAGE)).token();
                URI messaging = URI.create(ChatClient.JSON.readTree(HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(endpoint.resolve("/_emulator/info")).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).path("chatMessagingEndpoint").asText());
                try (ChatClient kit = ChatClient.connect(messaging, token)) {
                    kit.say("r-1", "through the standalone jar");
                    assertThat(kit.next("MESSAGE").path("Content").asText()).isEqualTo("through the standalone jar");
                }
            }

            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            assertThat(List.of(0, 143)).contains(process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theStandaloneJarPostsItsEventsToAWebhookAndStreamsThemWithoutShowingTheKey() throws Exception {
        Path jar = Path.of(System.getProperty("standaloneJar"));
        String java = ProcessHandle.current().info().command().orElse("java");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0",
                    "--event-webhook", receiver.url("/events").toString(),
                    "--event-webhook-api-key", "x-api-key:standalone-secret")
                    .redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                URI endpoint = URI.create(CompletableFuture.supplyAsync(() -> readLine(out), OWN_THREAD)
                    .get(30, TimeUnit.SECONDS));
                StringBuilder banner = new StringBuilder();
                for (String line = readLine(out); !line.startsWith("Stop with"); line = readLine(out)) {
                    banner.append(line).append('\n');
                }
                assertThat(banner.toString()).contains(endpoint + "/_emulator/events")
                        .contains("x-api-key").doesNotContain("standalone-secret");
                CompletableFuture<String> rest = CompletableFuture.supplyAsync(
                        () -> out.lines().collect(Collectors.joining("\n")), OWN_THREAD);

                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<Stream<String>> stream = http.send(
                        HttpRequest.newBuilder(endpoint.resolve("/_emulator/events")).build(),
                        HttpResponse.BodyHandlers.ofLines());
                String channel;
                StaticCredentialsProvider credentials =
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "thing"));
                try (IvsClient lowLatency = IvsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                        .credentialsProvider(credentials).build()) {
                    channel = lowLatency.createChannel(b -> b.name("hooked")).channel().arn();
                }
                HttpResponse<String> simulated = http.send(HttpRequest.newBuilder(
                        endpoint.resolve("/_emulator/simulate/stream-start")).POST(HttpRequest
                        .BodyPublishers.ofString("{\"channelArn\":\"" + channel + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(simulated.statusCode()).isEqualTo(200);

                List<WebhookReceiver.Received> posts = receiver.take(2);
                assertThat(posts).allSatisfy(p -> assertThat(p.headers())
                        .containsEntry("x-api-key", "standalone-secret")
                        .containsEntry("user-agent", "Amazon/EventBridge/ApiDestinations"));
                assertThat(posts.get(1).body()).contains("\"Stream Start\"").contains(channel);
                List<String> data = CompletableFuture.supplyAsync(() -> stream.body()
                        .filter(line -> line.startsWith("data: ")).limit(2).toList(), OWN_THREAD)
                        .get(30, TimeUnit.SECONDS);
                assertThat(data).containsExactly("data: " + posts.get(0).body(), "data: " + posts.get(1).body());

                process.destroy();
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
                assertThat(rest.get(30, TimeUnit.SECONDS)).doesNotContain("standalone-secret");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void withRtmpPortTheStandaloneJarTakesPublishesAndSaysWhere() throws Exception {
        Path jar = Path.of(System.getProperty("standaloneJar"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--rtmp-port", "0")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            URI endpoint = URI.create(CompletableFuture.supplyAsync(() -> readLine(out), OWN_THREAD)
                    .get(30, TimeUnit.SECONDS));
            String rtmpLine = CompletableFuture.supplyAsync(() -> {
                String line;
                do {
                    line = readLine(out);
                } while (line != null && !line.startsWith("RTMP ingest"));
                return line;
            }, OWN_THREAD).get(30, TimeUnit.SECONDS);
            assertThat(rtmpLine).matches("RTMP ingest \\(RTMPS on the same port\\): rtmp://127\\.0\\.0\\.1:[0-9]+/app/"
                    + "<stream key>, for example");
            URI rtmp = URI.create(rtmpLine.replaceAll(".*(rtmp://[^<]+).*", "$1"));

            StaticCredentialsProvider credentials =
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "thing"));
            try (IvsClient lowLatency = IvsClient.builder().endpointOverride(endpoint)
                    .region(Region.US_EAST_1).credentialsProvider(credentials).build()) {
                CreateChannelResponse created = lowLatency.createChannel(b -> b.name("standalone"));
                assertThat(created.channel().ingestEndpoint()).isEqualTo(rtmp.getHost() + ":" + rtmp.getPort());
                RtmpTestClient.Published published = RtmpTestClient.publish(
                        new InetSocketAddress(rtmp.getHost(), rtmp.getPort()), created.streamKey().value());
                try (RtmpTestClient client = published.client()) {
                    assertThat(published.code()).isEqualTo("NetStream.Publish.Start");
                    client.avcSequenceHeader();
                    client.aacSequenceHeader();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (true) {
                        try {
                            assertThat(lowLatency.getStream(b -> b.channelArn(created.channel().arn())).stream()
                                    .streamId()).startsWith("st-");
                            break;
                        } catch (ChannelNotBroadcastingException notYet) {
                            assertThat(System.nanoTime() - deadline).as("waiting for the channel to go live")
                                    .isNegative();
                            Thread.sleep(20);
                        }
                    }
                }
            }
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void badOptionsExitWithUsage() throws Exception {
        Path jar = Path.of(System.getProperty("standaloneJar"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "99999")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("port: 99999 is out of range").contains("usage:");
    }

    @Test
    void theStandaloneJarIsAModuleThatRunsOnTheModulePath() throws Exception {
        Path jar = Path.of(System.getProperty("standaloneJar"));
        ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                .findFirst().orElseThrow();
        assertThat(descriptor.isAutomatic()).as("an explicit module-info.class").isFalse();
        assertThat(descriptor.name()).isEqualTo("io.ivsjava.emulator.standalone");
        assertThat(descriptor.mainClass()).contains("io.ivsjava.emulator.internal.StandaloneMain");
        assertThat(descriptor.provides()).anySatisfy(p ->
                assertThat(p.service()).isEqualTo("org.slf4j.spi.SLF4JServiceProvider"));

        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-p", jar.toString(), "-m", "io.ivsjava.emulator.standalone",
                "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            URI endpoint = URI.create(CompletableFuture.supplyAsync(() -> readLine(out), OWN_THREAD)
                    .get(30, TimeUnit.SECONDS));
            CompletableFuture<String> rest = CompletableFuture.supplyAsync(
                    () -> out.lines().collect(Collectors.joining("\n")), OWN_THREAD);
            try (IvsRealTimeClient realTime = IvsRealTimeClient.builder().endpointOverride(endpoint)
                    .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("any", "thing"))).build()) {
                assertThat(realTime.createStage(b -> b.name("as-a-module")).stage().arn()).startsWith("arn:aws:ivs:");
            }
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            assertThat(rest.get(30, TimeUnit.SECONDS)).as("SLF4J finds its backend through the module's provides")
                    .contains("started in").doesNotContain("SLF4J(W)").doesNotContain("Exception");
        } finally {
            process.destroyForcibly();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalStateException("the emulator process ended without printing its endpoint");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
