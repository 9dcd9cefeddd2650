package io.ivsjava.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.P384Keys;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Actuator's configprops endpoint reads the properties, and masks the keys even when it shows values. */
class IvsPropertiesReportTest {
    @Test
    void showsTheSettingsAndMasksTheKey() {
        String pem = P384Keys.toPem(P384Keys.generate().privateKey());
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IvsAutoConfiguration.class,
                        ConfigurationPropertiesReportEndpointAutoConfiguration.class))
                .withPropertyValues("management.endpoint.configprops.show-values=always",
                        "management.endpoints.web.exposure.include=configprops",
                        "spring.cloud.aws.ivs.region=eu-west-1", "spring.cloud.aws.ivs.live.namespace=shown",
                        "spring.cloud.aws.ivs.live.participant-token-key.private-key=" + pem)
                .run(context -> {
                    var report = context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties();
                    ConfigurationPropertiesBeanDescriptor ivs = report.getContexts().values().iterator().next()
                            .getBeans().values().stream().filter(b -> b.getPrefix().equals(IvsProperties.PREFIX))
                            .findFirst().orElseThrow();
                    Map<String, Object> properties = ivs.getProperties();
                    assertThat(properties).containsEntry("region", "eu-west-1").containsEntry("enabled", true);
                    assertThat(properties.toString()).contains("namespace=shown").doesNotContain("privateKey")
                            .doesNotContain(pem.lines().skip(1).findFirst().orElseThrow());
                });
    }
}
