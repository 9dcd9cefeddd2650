package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IvsConnectionTest {

    @Test
    void defaultsLeaveEverythingToTheSdk() {
        IvsConnection defaults = IvsConnection.defaults();

        assertThat(defaults.endpoint()).isEmpty();
        assertThat(defaults.region()).isEmpty();
        assertThat(defaults.accessKeyId()).isEmpty();
        assertThat(IvsConnection.builder().build()).isEqualTo(defaults);
        assertThat(defaults.toString()).contains("endpoint=AWS").contains("default chain");
    }

    @Test
    void settingsAreKeptAndTheSecretIsNeverShown() {
        IvsConnection c = IvsConnection.builder()
                .endpoint(URI.create("http://127.0.0.1:4566"))
                .region("eu-west-1")
                .credentials("AKIAEXAMPLE", "very-secret-value")
                .build();

        assertThat(c.endpoint()).hasValue(URI.create("http://127.0.0.1:4566"));
        assertThat(c.region()).hasValue("eu-west-1");
        assertThat(c.accessKeyId()).hasValue("AKIAEXAMPLE");
        assertThat(c.toString()).contains("AKIAEXAMPLE/<redacted>").doesNotContain("very-secret-value");
    }

    @Test
    void invalidSettingsAreRejectedNamingTheSetting() {
        assertThatThrownBy(() -> IvsConnection.builder().endpoint(URI.create("ftp://host")).build())
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("endpoint"));
        assertThatThrownBy(() -> IvsConnection.builder().endpoint(URI.create("/relative")).build())
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("endpoint"));
        assertThatThrownBy(() -> IvsConnection.builder().region("US-EAST-1").build())
                .isInstanceOfSatisfying(IvsValidationException.class, e -> assertThat(e.field()).hasValue("region"));
        assertThatThrownBy(() -> IvsConnection.builder().credentials("", "s").build())
                .isInstanceOfSatisfying(IvsValidationException.class,
                        e -> assertThat(e.field()).hasValue("accessKeyId"));
        assertThatThrownBy(() -> new IvsConnection(Optional.empty(), Optional.empty(), Optional.of("id"), Optional.empty()))
                .isInstanceOfSatisfying(IvsValidationException.class,
                        e -> assertThat(e.field()).hasValue("secretAccessKey"));
    }
}
