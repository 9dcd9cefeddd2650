package io.ivsjava.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient;

/**
 * The published jar (Jackson relocated inside by maven-shade, then its module descriptor added by moditect) is the
 * module the sources declare, less Jackson, and runs as a named module with nothing but SLF4J beside it.
 */
class PublishedJarIT {
    private static final String MODULE = "io.ivsjava.emulator";

    private final Path jar = Path.of(System.getProperty("publishedJar"));

    @Test
    void theDescriptorIsTheCompiledOneWithoutJackson() throws IOException {
        ModuleDescriptor compiled;
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("compiledDescriptor")))) {
            compiled = ModuleDescriptor.read(in);
        }
        ModuleDescriptor published = ModuleFinder.of(jar).find(MODULE).orElseThrow().descriptor();

        assertThat(published.isAutomatic()).isFalse();
        assertThat(published.exports()).isEqualTo(compiled.exports());
        assertThat(published.opens()).isEqualTo(compiled.opens());
        assertThat(published.uses()).isEqualTo(compiled.uses());
        assertThat(published.provides()).isEqualTo(compiled.provides());
        assertThat(requires(published)).isEqualTo(requires(compiled).stream()
                .filter(r -> !r.equals("com.fasterxml.jackson.databind")).collect(Collectors.toSet()));
        assertThat(requires(compiled)).contains("com.fasterxml.jackson.databind");

        assertThat(published.packages()).contains("io.ivsjava.emulator.shaded.jackson.databind")
                .noneMatch(p -> p.startsWith("com.fasterxml."));
    }

    @Test
    void thePublishedModuleServesAnSdkClientWithOnlySlf4jBesideIt() throws Exception {
        ModuleFinder finder = ModuleFinder.of(jar, jarOf(org.slf4j.LoggerFactory.class));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of(MODULE));
        assertThat(configuration.modules()).extracting(m -> m.name())
                .containsExactlyInAnyOrder(MODULE, "org.slf4j");
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());

        Class<?> type = layer.findLoader(MODULE).loadClass("io.ivsjava.emulator.IvsEmulator");
        assertThat(type.getModule().getName()).isEqualTo(MODULE);
        Object emulator = type.getMethod("start").invoke(null);
        try {
            URI endpoint = (URI) type.getMethod("endpoint").invoke(emulator);
            try (IvsRealTimeClient client = IvsRealTimeClient.builder().endpointOverride(endpoint)
                    .region(Region.US_WEST_2)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .build()) {
                String arn = client.createStage(b -> b.name("modular")).stage().arn();
                assertThat(client.listStages(b -> b.maxResults(10)).stages())
                        .extracting(s -> s.arn()).isEqualTo(List.of(arn));
            }
        } finally {
            Method close = type.getMethod("close");
            close.invoke(emulator);
        }
    }

    /** Each {@code requires} as written in source: {@code static}, {@code transitive} and the module's name. */
    private static Set<String> requires(ModuleDescriptor descriptor) {
        return descriptor.requires().stream()
                .map(r -> (r.modifiers().contains(Requires.Modifier.STATIC) ? "static " : "")
                        + (r.modifiers().contains(Requires.Modifier.TRANSITIVE) ? "transitive " : "") + r.name())
                .collect(Collectors.toSet());
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
