package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.emulator.testing.Sdk;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ConflictException;
import software.amazon.awssdk.services.ivs.model.ListPlaybackRestrictionPoliciesResponse;
import software.amazon.awssdk.services.ivs.model.PlaybackRestrictionPolicy;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** Playback restriction policies: defaults, country codes, updates, paging, and no deleting one in use. */
class PlaybackRestrictionPoliciesTest {
    @AutoClose
    private static final IvsEmulator emulator = IvsEmulator.builder().region("ap-northeast-2")
            .quota(Quota.PLAYBACK_RESTRICTION_POLICIES, 1_000).start();
    @AutoClose
    private static final IvsClient client = Sdk.lowLatencyWithoutRetries(emulator);

    @Test
    void aNewPolicyAllowsEveryCountryAndOriginUnlessToldOtherwise() {
        PlaybackRestrictionPolicy open = client.createPlaybackRestrictionPolicy(b -> { }).playbackRestrictionPolicy();
        assertThat(open.arn()).matches("arn:aws:ivs:ap-northeast-2:123456789012:playback-restriction-policy/"
                + "[a-zA-Z0-9]{12}");
        assertThat(open.allowedCountries()).isEmpty();
        assertThat(open.allowedOrigins()).isEmpty();
        assertThat(open.enableStrictOriginEnforcement()).isFalse();
        assertThat(open.name()).isEmpty();

        PlaybackRestrictionPolicy strict = client.createPlaybackRestrictionPolicy(b -> b.name("kr-only")
                .allowedCountries("KR").allowedOrigins("https://cats.example").enableStrictOriginEnforcement(true)
                .tags(Map.of("k", "v"))).playbackRestrictionPolicy();
        assertThat(client.getPlaybackRestrictionPolicy(b -> b.arn(strict.arn())).playbackRestrictionPolicy())
                .isEqualTo(strict);
        assertThat(strict.allowedCountries()).containsExactly("KR");
        assertThat(strict.enableStrictOriginEnforcement()).isTrue();
    }

    @Test
    void countriesAreIsoAlpha2Codes() {
        assertThatThrownBy(() -> client.createPlaybackRestrictionPolicy(b -> b.allowedCountries("US", "ZZ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("allowedCountries[1]")
                .hasMessageContaining("ISO 3166-1");
        assertThatThrownBy(() -> client.createPlaybackRestrictionPolicy(b -> b.allowedCountries("USA")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 2");
        String arn = client.createPlaybackRestrictionPolicy(b -> b.allowedCountries("DE")).playbackRestrictionPolicy()
                .arn();
        assertThatThrownBy(() -> client.updatePlaybackRestrictionPolicy(b -> b.arn(arn).allowedCountries("de")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anUpdateChangesOnlyWhatIsGiven() {
        PlaybackRestrictionPolicy policy = client.createPlaybackRestrictionPolicy(b -> b.name("before")
                .allowedCountries("FR", "BE").allowedOrigins("https://a.example")).playbackRestrictionPolicy();

        PlaybackRestrictionPolicy updated = client.updatePlaybackRestrictionPolicy(b -> b.arn(policy.arn())
                .allowedCountries("FR").enableStrictOriginEnforcement(true)).playbackRestrictionPolicy();

        assertThat(updated.name()).isEqualTo("before");
        assertThat(updated.allowedCountries()).containsExactly("FR");
        assertThat(updated.allowedOrigins()).containsExactly("https://a.example");
        assertThat(updated.enableStrictOriginEnforcement()).isTrue();
        assertThat(client.getPlaybackRestrictionPolicy(b -> b.arn(policy.arn())).playbackRestrictionPolicy())
                .isEqualTo(updated);
        String missing = policy.arn().substring(0, policy.arn().lastIndexOf('/') + 1) + "missingMissi";
        assertThatThrownBy(() -> client.updatePlaybackRestrictionPolicy(b -> b.arn(missing).name("x")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listsPageOnePolicyAtATimeByDefault() {
        try (IvsEmulator own = IvsEmulator.start(); IvsClient c = Sdk.lowLatency(own)) {
            for (int i = 0; i < 3; i++) {
                c.createPlaybackRestrictionPolicy(b -> b.name("p"));
            }
            ListPlaybackRestrictionPoliciesResponse first = c.listPlaybackRestrictionPolicies(b -> { });
            assertThat(first.playbackRestrictionPolicies()).as("the model's default page size is 1").hasSize(1);
            ListPlaybackRestrictionPoliciesResponse rest = c.listPlaybackRestrictionPolicies(b -> b.maxResults(100)
                    .nextToken(first.nextToken()));
            assertThat(rest.playbackRestrictionPolicies()).hasSize(2);
            assertThat(rest.nextToken()).isNull();
        }
    }

    @Test
    void aPolicyThatAChannelUsesCannotBeDeleted() {
        String policy = client.createPlaybackRestrictionPolicy(b -> b.name("used")).playbackRestrictionPolicy().arn();
        String channel = client.createChannel(b -> b.playbackRestrictionPolicyArn(policy)).channel().arn();

        assertThatThrownBy(() -> client.deletePlaybackRestrictionPolicy(b -> b.arn(policy)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(channel);

        client.deleteChannel(b -> b.arn(channel));
        client.deletePlaybackRestrictionPolicy(b -> b.arn(policy));
        assertThatThrownBy(() -> client.getPlaybackRestrictionPolicy(b -> b.arn(policy)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theQuotaIsConfigurable() {
        try (IvsEmulator small = IvsEmulator.builder().quota(Quota.PLAYBACK_RESTRICTION_POLICIES, 1).start();
             IvsClient c = Sdk.lowLatencyWithoutRetries(small)) {
            c.createPlaybackRestrictionPolicy(b -> b.name("one"));
            assertThatThrownBy(() -> c.createPlaybackRestrictionPolicy(b -> b.name("two")))
                    .isInstanceOf(ServiceQuotaExceededException.class);
        }
    }

    @Test
    void aPolicyIsSeenOnlyInItsRegionAndIsTaggable() {
        String arn = client.createPlaybackRestrictionPolicy(b -> b.name("seoul")).playbackRestrictionPolicy().arn();
        client.tagResource(b -> b.resourceArn(arn).tags(Map.of("team", "geo")));
        assertThat(client.getPlaybackRestrictionPolicy(b -> b.arn(arn)).playbackRestrictionPolicy().tags())
                .containsExactly(Map.entry("team", "geo"));
        try (IvsClient tokyo = Sdk.lowLatency(emulator, "ap-northeast-1")) {
            assertThatThrownBy(() -> tokyo.getPlaybackRestrictionPolicy(b -> b.arn(arn)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> tokyo.listTagsForResource(b -> b.resourceArn(arn)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }
}
