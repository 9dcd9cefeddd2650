package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ivsjava.emulator.testing.Sdk;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * Ad configurations and {@code InsertAdBreak}, which the Java SDK 2.40.2 has no methods for: sent as requests signed
 * with the SDK's SigV4 signer, as the AWS CLI and the JavaScript SDK send them.
 */
class AdConfigurationsTest {
    private static final String MEDIA_TAILOR = "arn:aws:mediatailor:us-east-1:123456789012:playbackConfiguration/";

    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().quota(Quota.AD_CONFIGURATIONS, 1_000).start();
    private static final SignedHttp signed = new SignedHttp(emulator);
    @AutoClose
    private static final IvsClient client = Sdk.lowLatencyWithoutRetries(emulator);

    @Test
    void aNewConfigurationHasPostRollDisabledForFifteenSecondsAndCanBeReadUpdatedListedAndDeleted() {
        JsonNode created = create("{\"name\":\"ads\",\"mediaTailorPlaybackConfigurations\":["
                + "{\"playbackConfigurationArn\":\"" + MEDIA_TAILOR + "main\"}],\"tags\":{\"k\":\"v\"}}").ok()
                .path("adConfiguration");
        String arn = created.path("arn").asText();
        assertThat(arn).matches("arn:aws:ivs:us-east-1:123456789012:ad-configuration/[a-zA-Z0-9]{12}");
        assertThat(created.path("name").asText()).isEqualTo("ads");
        assertThat(created.path("postRollConfiguration").path("enabled").asBoolean(true)).isFalse();
        assertThat(created.path("postRollConfiguration").path("durationSeconds").asInt()).isEqualTo(15);
        assertThat(created.path("tags").path("k").asText()).isEqualTo("v");
        assertThat(signed.post("GetAdConfiguration", arnBody(arn)).ok().path("adConfiguration")).isEqualTo(created);

        JsonNode updated = signed.post("UpdateAdConfiguration", "{\"arn\":\"" + arn + "\","
                + "\"mediaTailorPlaybackConfigurations\":[{\"playbackConfigurationArn\":\"" + MEDIA_TAILOR + "a\"},"
                + "{\"playbackConfigurationArn\":\"" + MEDIA_TAILOR + "b\"}],"
                + "\"postRollConfiguration\":{\"durationSeconds\":300,\"enabled\":true}}").ok().path("adConfiguration");
        assertThat(updated.path("name").asText()).isEqualTo("ads");
        assertThat(updated.path("mediaTailorPlaybackConfigurations").findValuesAsText("playbackConfigurationArn"))
                .containsExactly(MEDIA_TAILOR + "a", MEDIA_TAILOR + "b");
        assertThat(updated.path("postRollConfiguration").path("durationSeconds").asInt()).isEqualTo(300);

        assertThat(signed.post("ListAdConfigurations", "{\"maxResults\":100}").ok().path("adConfigurations")
                .findValuesAsText("arn")).contains(arn);
        signed.post("DeleteAdConfiguration", arnBody(arn)).ok();
        assertThat(signed.post("GetAdConfiguration", arnBody(arn)))
                .satisfies(a -> assertThat(a.status()).isEqualTo(404))
                .satisfies(a -> assertThat(a.errorCode()).isEqualTo("ResourceNotFoundException"));
    }

    @Test
    void oneToThreePlaybackConfigurationsEachNamingOne() {
        assertThat(create(configurations(3)).status()).isEqualTo(200);
        assertRejected(create(configurations(4)), "ValidationException", "less than or equal to 3");
        assertRejected(create("{\"mediaTailorPlaybackConfigurations\":[]}"), "ValidationException",
                "greater than or equal to 1");
        assertRejected(create("{\"mediaTailorPlaybackConfigurations\":[{}]}"), "ValidationException",
                "playbackConfigurationArn");
        assertRejected(create("{}"), "ValidationException", "'mediaTailorPlaybackConfigurations' failed");
        assertRejected(create("{\"mediaTailorPlaybackConfigurations\":[{\"playbackConfigurationArn\":"
                + "\"arn:aws:ivs:us-east-1:123456789012:channel/abc\"}]}"), "ValidationException", "pattern");
        assertRejected(create("{\"mediaTailorPlaybackConfigurations\":[{\"playbackConfigurationArn\":\"" + MEDIA_TAILOR
                + "p\"}],\"postRollConfiguration\":{\"durationSeconds\":301,\"enabled\":true}}"),
                "ValidationException", "less than or equal to 300");
    }

    @Test
    void adBreaksNeedALiveChannelWithAnAdConfiguration() {
        String ads = create(configurations(1)).ok().path("adConfiguration").path("arn").asText();
        var plain = client.createChannel(b -> b.name("no-ads"));
        String withAds = signed.post("CreateChannel", "{\"name\":\"ads\",\"adConfigurationArn\":\"" + ads + "\"}").ok()
                .path("channel").path("arn").asText();

        assertRejected(adBreak(withAds, 30), "ChannelNotBroadcasting", "not broadcasting");
        emulator.simulateStreamStart(plain.channel().arn());
        emulator.simulateStreamStart(withAds);
        try {
            assertRejected(adBreak(plain.channel().arn(), 30), "ConflictException", "no ad configuration");
            assertThat(adBreak(withAds, 300).ok().path("adBreakId").asText()).matches("[a-zA-Z0-9]{12}");
            assertThat(adBreak(withAds, 1).ok().path("adBreakId").asText())
                    .isNotEqualTo(adBreak(withAds, 1).ok().path("adBreakId").asText());
            assertRejected(adBreak(withAds, 301), "ValidationException", "less than or equal to 300");
            assertRejected(adBreak(withAds, 0), "ValidationException", "greater than or equal to 1");
        } finally {
            emulator.simulateStreamEnd(plain.channel().arn());
            emulator.simulateStreamEnd(withAds);
        }
        assertRejected(adBreak("arn:aws:ivs:us-east-1:123456789012:channel/missingMissi", 30),
                "ResourceNotFoundException", "missingMissi");
    }

    @Test
    void aConfigurationThatAChannelUsesCannotBeDeletedAndChannelsFilterByIt() {
        String ads = create(configurations(1)).ok().path("adConfiguration").path("arn").asText();
        String channel = signed.post("CreateChannel", "{\"adConfigurationArn\":\"" + ads + "\"}").ok()
                .path("channel").path("arn").asText();

        assertRejected(signed.post("DeleteAdConfiguration", arnBody(ads)), "ConflictException", channel);
        assertThat(signed.post("ListChannels", "{\"filterByAdConfigurationArn\":\"" + ads + "\"}").ok()
                .path("channels").findValuesAsText("arn")).containsExactly(channel);

        signed.post("UpdateChannel", "{\"arn\":\"" + channel + "\",\"adConfigurationArn\":\"\"}").ok();
        signed.post("DeleteAdConfiguration", arnBody(ads)).ok();
        assertRejected(signed.post("UpdateChannel", "{\"arn\":\"" + channel + "\",\"adConfigurationArn\":\"" + ads
                + "\"}"), "ResourceNotFoundException", ads);
    }

    @Test
    void theQuotaPagingTagsAndRegionsApplyAsToEveryResource() {
        try (IvsEmulator small = IvsEmulator.builder().quota(Quota.AD_CONFIGURATIONS, 3).start()) {
            SignedHttp s = new SignedHttp(small);
            for (int i = 0; i < 3; i++) {
                s.post("CreateAdConfiguration", configurations(1)).ok();
            }
            assertRejected(s.post("CreateAdConfiguration", configurations(1)), "ServiceQuotaExceededException",
                    "quota of 3 ad configurations");
            JsonNode first = s.post("ListAdConfigurations", "{\"maxResults\":2}").ok();
            assertThat(first.path("adConfigurations").size()).isEqualTo(2);
            JsonNode second = s.post("ListAdConfigurations", "{\"maxResults\":2,\"nextToken\":\""
                    + first.path("nextToken").asText() + "\"}").ok();
            assertThat(second.path("adConfigurations").size()).isEqualTo(1);
            assertThat(second.has("nextToken")).isFalse();

            SignedHttp ireland = new SignedHttp(small, "eu-west-1", "any");
            assertThat(ireland.post("ListAdConfigurations", "{}").ok().path("adConfigurations").size()).isZero();
            String arn = first.path("adConfigurations").get(0).path("arn").asText();
            assertRejected(ireland.post("GetAdConfiguration", arnBody(arn)), "ResourceNotFoundException", arn);
        }
        String arn = create(configurations(1)).ok().path("adConfiguration").path("arn").asText();
        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("campaign", "spring")));
        assertThat(client.listTagsForResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Map.entry("campaign", "spring"));
        assertThat(signed.post("GetAdConfiguration", arnBody(arn)).ok().path("adConfiguration").path("tags")
                .path("campaign").asText()).isEqualTo("spring");
    }

    private static SignedHttp.Answer create(String body) {
        return signed.post("CreateAdConfiguration", body);
    }

    private static SignedHttp.Answer adBreak(String channelArn, int seconds) {
        return signed.post("InsertAdBreak", "{\"channelArn\":\"" + channelArn + "\",\"durationSeconds\":" + seconds + "}");
    }

    private static String configurations(int n) {
        StringBuilder out = new StringBuilder("{\"mediaTailorPlaybackConfigurations\":[");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",").append("{\"playbackConfigurationArn\":\"").append(MEDIA_TAILOR)
                    .append("p").append(i).append("\"}");
        }
        return out.append("]}").toString();
    }

    private static String arnBody(String arn) {
        return "{\"arn\":\"" + arn + "\"}";
    }

    private static void assertRejected(SignedHttp.Answer answer, String errorCode, String messagePart) {
        assertThat(answer.errorCode()).as("error code of %s", answer.body()).isEqualTo(errorCode);
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.body().path("message").asText()).contains(messagePart);
    }
}
