package example;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ivsjava.emulator.IvsEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class WireMockBesideTheEmulatorTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theClasspathHasWireMocksJacksonAndTheEmulatorItsOwnInside() throws Exception {
        // WireMock 3.13 brings Jackson 2.20; the emulator must not have raised it to its own 2.23.
        int minor = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion();
        assertTrue(minor < 23, "Jackson 2." + minor + " on the class path");
        assertEquals("ivs-emulator", Class.forName("io.ivsjava.emulator.shaded.jackson.core.JsonFactory")
                .getProtectionDomain().getCodeSource().getLocation().getPath().replaceAll(".*/(ivs-emulator)-[^/]*$", "$1"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("software.amazon.awssdk.core.SdkClient"),
                "the emulator brings no AWS SDK");
    }

    @Test
    void wireMockStartsAndTheEmulatorAnswers() throws Exception {
        WireMockServer wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        try (IvsEmulator emulator = IvsEmulator.start()) {
            wiremock.stubFor(get(urlEqualTo("/hello")).willReturn(aResponse().withStatus(200).withBody("hi")));
            assertEquals("hi", send(HttpRequest.newBuilder(URI.create(wiremock.baseUrl() + "/hello")).build()).body());

            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/CreateStage"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"beside-wiremock\"}")).build());
            assertEquals(200, created.statusCode());
            assertTrue(created.body().contains("\"name\":\"beside-wiremock\""), created.body());
            assertEquals("CreateStage", emulator.calls().get(0).operation());
        } finally {
            wiremock.stop();
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
