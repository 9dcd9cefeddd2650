package io.ivsjava.lowlatency;

import static io.ivsjava.core.fixtures.Rejections.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsConflictException;
import io.ivsjava.core.IvsNotFoundException;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.junit5.IvsEmulatorExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Playback restriction policies through the wrapper, against the embedded emulator. */
class PlaybackRestrictionPoliciesTest {
    /** One emulator for the class, reset before each test. */
    @RegisterExtension
    static final IvsEmulatorExtension EMULATOR = Emulated.extension();

    private static IvsEmulator emulator;
    private static IvsLowLatency ivs;

    @BeforeAll
    static void connect(IvsEmulator started) {
        emulator = started;
        ivs = Emulated.connect(emulator);
    }

    @AfterAll
    static void close() {
        ivs.close();
    }

    @Test
    void aPolicyIsCreatedReadListedUpdatedAndDeleted() {
        PlaybackRestrictionPolicy created = ivs.createPlaybackRestrictionPolicy(PlaybackRestrictionPolicySpec.builder()
                .name("eu-only")
                .allowedCountries("DE", "FR")
                .allowedOrigin("https://cats.example")
                .strictOriginEnforcement(true)
                .tag("team", "cats")
                .build());

        assertThat(created.name()).isEqualTo("eu-only");
        assertThat(created.allowedCountries()).containsExactly("DE", "FR");
        assertThat(created.allowedOrigins()).containsExactly("https://cats.example");
        assertThat(created.strictOriginEnforcement()).isTrue();
        assertThat(created.tags()).containsExactly(Map.entry("team", "cats"));
        assertThat(ivs.getPlaybackRestrictionPolicy(created.arn())).isEqualTo(created);
        assertThat(ivs.listPlaybackRestrictionPolicies().collect(Collectors.toList())).contains(created);

        PlaybackRestrictionPolicy updated = ivs.updatePlaybackRestrictionPolicy(created.arn(),
                PlaybackRestrictionPolicyUpdate.builder().allowedCountries(List.of()).strictOriginEnforcement(false)
                        .build());
        assertThat(updated.allowedCountries()).as("every country again").isEmpty();
        assertThat(updated.strictOriginEnforcement()).isFalse();
        assertThat(updated.allowedOrigins()).as("unchanged").containsExactly("https://cats.example");
        assertThat(updated.name()).isEqualTo("eu-only");

        assertThat(ivs.deletePlaybackRestrictionPolicy(created.arn())).isTrue();
        assertThatThrownBy(() -> ivs.getPlaybackRestrictionPolicy(created.arn()))
                .isInstanceOf(IvsNotFoundException.class);
        assertThat(ivs.deletePlaybackRestrictionPolicy(created.arn(), DeleteOption.IF_EXISTS)).isFalse();
    }

    @Test
    void aPolicyInUseCannotBeDeleted() {
        PlaybackRestrictionPolicy policy = ivs.createPlaybackRestrictionPolicy(
                PlaybackRestrictionPolicySpec.builder().allowedCountries("US").build());
        ivs.createChannel(ChannelSpec.builder().playbackRestrictionPolicy(policy.arn()).build());

        assertThatThrownBy(() -> ivs.deletePlaybackRestrictionPolicy(policy.arn()))
                .isInstanceOf(IvsConflictException.class);
    }

    @Test
    void limitsAreCheckedBeforeAnyCall() {

        assertInvalid(() -> PlaybackRestrictionPolicySpec.builder().allowedCountries("USA").build(),
                "allowedCountries[0]", "an ISO 3166-1 alpha-2 country code");
        assertInvalid(() -> PlaybackRestrictionPolicySpec.builder().allowedCountries("US", "de").build(),
                "allowedCountries[1]", "two upper-case letters");
        PlaybackRestrictionPolicySpec.builder().allowedOrigin("o".repeat(128)).build();
        assertInvalid(() -> PlaybackRestrictionPolicySpec.builder().allowedOrigin("o".repeat(129)).build(),
                "allowedOrigins[0]", "is 129 characters long; allowed 0..128 characters");
        assertInvalid(() -> PlaybackRestrictionPolicySpec.builder().name("a b").build(), "name",
                "has characters IVS does not allow");
        assertInvalid(() -> PlaybackRestrictionPolicyUpdate.builder().allowedCountries(List.of("X")).build(),
                "allowedCountries[0]", "is malformed");
        assertInvalid(() -> ivs.createPlaybackRestrictionPolicy(null), "spec", "is missing");

        assertThat(emulator.calls()).isEmpty();
    }
}
