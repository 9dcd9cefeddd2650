package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.fixtures.Rejections;
import java.net.URI;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IvsConnectionTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void defaultsLeaveEverythingToTheSdk() {
        IvsConnection defaults = IvsConnection.defaults();

        assertThat(defaults.endpoint()).isEmpty();
        assertThat(defaults.region()).isEmpty();
        assertThat(defaults.accessKeyId()).isEmpty();
        assertThat(defaults.secretAccessKey()).isEmpty();
        assertThat(IvsConnection.builder().build()).isEqualTo(defaults);
        assertThat(defaults.toString()).contains("endpoint=AWS").contains("region=default chain")
                .contains("credentials=default chain");
    }

    @Test
    void everySettingGivenIsKept() {
        IvsConnection c = IvsConnection.builder()
                .endpoint(URI.create("http://127.0.0.1:4566"))
                .region("eu-west-1")
                .credentials("AKIAIOSFODNN7EXAMPLE", SECRET)
                .build();

        assertThat(c.endpoint()).hasValue(URI.create("http://127.0.0.1:4566"));
        assertThat(c.region()).hasValue("eu-west-1");
        assertThat(c.accessKeyId()).hasValue("AKIAIOSFODNN7EXAMPLE");
        assertThat(c.secretAccessKey()).hasValue(SECRET);
    }

    @Test
    void toStringShowsTheAccessKeyIdButNeverTheSecret() {
        IvsConnection c = IvsConnection.builder()
                .endpoint(URI.create("https://ivs.example.test"))
                .credentials("AKIAIOSFODNN7EXAMPLE", SECRET)
                .build();

        assertThat(c.toString())
                .contains("https://ivs.example.test")
                .contains("AKIAIOSFODNN7EXAMPLE/<redacted>")
                .doesNotContain(SECRET)
                .doesNotContain(SECRET.substring(0, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:4566", "http://localhost:8080/", "https://ivs.us-west-2.amazonaws.com"})
    void absoluteHttpEndpointsAreAccepted(String endpoint) {
        assertThat(IvsConnection.builder().endpoint(URI.create(endpoint)).build().endpoint())
                .hasValue(URI.create(endpoint));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host", "/relative", "relative/path", "localhost:4566", "http:opaque", "file:///tmp/x",
        "ws://127.0.0.1:4566"})
    void endpointsThatAreNotAbsoluteHttpUrlsAreRejected(String endpoint) {
        assertInvalid(() -> IvsConnection.builder().endpoint(URI.create(endpoint)).build(), "endpoint",
                "\"" + endpoint + "\" is not an absolute http(s) URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-west-1", "us-east-1", "ap-northeast-2", "us-gov-west-1", "ca-central-1"})
    void awsRegionNamesAreAccepted(String region) {
        assertThat(IvsConnection.builder().region(region).build().region()).hasValue(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"US-EAST-1", "us-east", "useast1", "", " us-east-1", "us_east_1", "Frankfurt"})
    void textThatIsNotARegionNameIsRejected(String region) {
        assertInvalid(() -> IvsConnection.builder().region(region).build(), "region",
                "\"" + region + "\" is not an AWS region name such as us-west-2");
    }

    @Test
    void credentialsNeedBothHalvesOfSensibleLength() {
        assertInvalid(() -> IvsConnection.builder().credentials("", SECRET).build(), "accessKeyId",
                "is 0 characters long; allowed 1..128");
        assertInvalid(() -> IvsConnection.builder().credentials("AKIA", "").build(), "secretAccessKey",
                "is 0 characters long");
        assertInvalid(() -> IvsConnection.builder().credentials("A".repeat(129), SECRET).build(), "accessKeyId",
                "is 129 characters long");
        assertInvalid(() -> new IvsConnection(Optional.empty(), Optional.empty(), Optional.of("id"), Optional.empty()),
                "secretAccessKey", "is missing; give both the access key id and its secret, or neither");
        assertInvalid(() -> new IvsConnection(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("s")),
                "accessKeyId", "is missing");
    }

    @Test
    void nullSettingsAreRejectedNamingTheSetting() {
        assertInvalid(() -> IvsConnection.builder().endpoint(null), "endpoint", "is missing");
        assertInvalid(() -> IvsConnection.builder().region(null), "region", "is missing");
        assertInvalid(() -> IvsConnection.builder().credentials(null, SECRET), "accessKeyId", "is missing");
        assertInvalid(() -> IvsConnection.builder().credentials("AKIA", null), "secretAccessKey", "is missing");
    }

    private static void assertInvalid(ThrowingCallable call, String field, String problem) {
        assertThat(Rejections.assertInvalid(call, field, problem).getMessage()).doesNotContain(SECRET);
    }
}
