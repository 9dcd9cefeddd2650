package io.ivsjava.spring.autoconfigure.internal;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.SdkErrors;
import io.ivsjava.spring.autoconfigure.IvsConnectionDetails;
import io.ivsjava.spring.autoconfigure.IvsProperties;
import io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;

/**
 * The endpoint, region and credentials the auto-configured IVS SDK clients use, resolved once from, in order of
 * precedence for each setting:
 * <ol>
 *   <li>an {@link IvsConnectionDetails} bean (the emulator's, in tests);</li>
 *   <li>{@code spring.cloud.aws.ivs.endpoint} and {@code spring.cloud.aws.ivs.region};</li>
 *   <li>the {@link AwsCredentialsProvider} and {@link AwsRegionProvider} beans (Spring Cloud AWS's, or the
 *       application's own);</li>
 *   <li>the global {@code spring.cloud.aws.endpoint}, {@code spring.cloud.aws.region.static} and
 *       {@code spring.cloud.aws.credentials.*} (static keys, a profile, the instance profile), read as Spring Cloud
 *       AWS reads them, for applications without it;</li>
 *   <li>the AWS SDK's default region and credential chains (nothing set on the builder).</li>
 * </ol>
 * Chat clients' messaging endpoint comes from the {@link IvsConnectionDetails} bean, else
 * {@code spring.cloud.aws.ivs.chat.messaging-endpoint}, else none (IVS Chat's own for the region).
 * Not part of the public API. Immutable; thread-safe.
 */
public final class IvsClientSettings {
    static final String ENDPOINT = "spring.cloud.aws.endpoint";
    static final String REGION_STATIC = "spring.cloud.aws.region.static";
    static final String CREDENTIALS = "spring.cloud.aws.credentials";

    private final Optional<URI> endpoint;
    private final Optional<String> region;
    private final Optional<AwsCredentialsProvider> credentials;
    private final Optional<URI> chatMessagingEndpoint;
    private final IvsConnection connection;

    private IvsClientSettings(Optional<URI> endpoint, Optional<String> region,
                              Optional<AwsCredentialsProvider> credentials, Optional<URI> chatMessagingEndpoint) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.chatMessagingEndpoint = chatMessagingEndpoint;
        Optional<AwsCredentials> fixed = credentials.filter(StaticCredentialsProvider.class::isInstance)
                .map(AwsCredentialsProvider::resolveCredentials)
                .filter(c -> c.getClass() == AwsBasicCredentials.class);
        this.connection = new IvsConnection(endpoint, region, fixed.map(AwsCredentials::accessKeyId),
                fixed.map(AwsCredentials::secretAccessKey));
    }

    /**
     * Resolves the settings.
     *
     * @param properties the {@code spring.cloud.aws.ivs.*} properties
     * @param environment the environment, for the global {@code spring.cloud.aws.*} properties
     * @param details the connection details bean, if any
     * @param credentialsBean the credentials provider bean, if any
     * @param regionBean the region provider bean, if any
     * @return the settings
     * @throws IvsValidationException naming the property whose value is not usable
     */
    public static IvsClientSettings resolve(IvsProperties properties, Environment environment,
                                            Optional<IvsConnectionDetails> details,
                                            Optional<AwsCredentialsProvider> credentialsBean,
                                            Optional<AwsRegionProvider> regionBean) {
        Binder binder = Binder.get(environment);
        Optional<IvsConnection> given = details.map(IvsConnectionDetails::connection);

        Optional<URI> endpoint = first(
                () -> given.flatMap(IvsConnection::endpoint),
                () -> checked(IvsProperties.PREFIX + ".endpoint", properties.endpoint(),
                        uri -> IvsConnection.builder().endpoint(uri).build()),
                () -> checked(ENDPOINT, binder.bind(ENDPOINT, URI.class).map(Optional::of).orElse(Optional.empty()),
                        uri -> IvsConnection.builder().endpoint(uri).build()));

        Optional<String> region = first(
                () -> given.flatMap(IvsConnection::region),
                () -> checked(IvsProperties.PREFIX + ".region", properties.region(),
                        name -> IvsConnection.builder().region(name).build()),
                () -> regionBean.flatMap(IvsClientSettings::regionOf),
                () -> checked(REGION_STATIC, text(binder, REGION_STATIC),
                        name -> IvsConnection.builder().region(name).build()));

        Optional<AwsCredentialsProvider> credentials = first(
                () -> given.flatMap(c -> c.accessKeyId().map(id -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(id, c.secretAccessKey().orElseThrow())))),
                () -> credentialsBean,
                () -> fromProperties(binder));

        Optional<URI> chatMessagingEndpoint = first(
                () -> details.flatMap(IvsConnectionDetails::chatMessagingEndpoint),
                () -> checked(IvsProperties.PREFIX + ".chat.messaging-endpoint",
                        properties.chat().messagingEndpoint(), IvsClientSettings::webSocketUrl));

        return new IvsClientSettings(endpoint, region, credentials, chatMessagingEndpoint);
    }

    private static void webSocketUrl(URI uri) {
        String scheme = uri.getScheme();
        if (!("wss".equalsIgnoreCase(scheme) || "ws".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
            throw IvsValidationException.invalid("messagingEndpoint", "is not a WebSocket URL; allowed "
                    + "wss://host[:port][/path] or ws://...");
        }
    }

    /** The region a provider gives; empty when it finds none (the SDK's chain then fails the same way, later). */
    private static Optional<String> regionOf(AwsRegionProvider provider) {
        try {
            return Optional.ofNullable(provider.getRegion()).map(Region::id);
        } catch (SdkClientException none) {
            return Optional.empty();
        }
    }

    /** {@code spring.cloud.aws.credentials.*}, as Spring Cloud AWS's CredentialsProviderAutoConfiguration reads it. */
    private static Optional<AwsCredentialsProvider> fromProperties(Binder binder) {
        List<AwsCredentialsProvider> providers = new ArrayList<>();
        Optional<String> accessKey = text(binder, CREDENTIALS + ".access-key");
        Optional<String> secretKey = text(binder, CREDENTIALS + ".secret-key");
        if (accessKey.isPresent() != secretKey.isPresent()) {
            throw IvsValidationException.invalid(CREDENTIALS + (accessKey.isPresent() ? ".secret-key" : ".access-key"),
                    "is missing; give both the access key and the secret key, or neither");
        }
        accessKey.ifPresent(id -> providers.add(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secretKey.orElseThrow()))));
        if (binder.bind(CREDENTIALS + ".instance-profile", Boolean.class).orElse(false)) {
            providers.add(InstanceProfileCredentialsProvider.create());
        }
        text(binder, CREDENTIALS + ".profile.name").ifPresent(name -> {
            ProfileCredentialsProvider.Builder profile = ProfileCredentialsProvider.builder().profileName(name);
            text(binder, CREDENTIALS + ".profile.path").ifPresent(path -> profile.profileFile(
                    ProfileFile.builder().type(ProfileFile.Type.CREDENTIALS).content(Path.of(path)).build()));
            providers.add(profile.build());
        });
        if (providers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(providers.size() == 1 ? providers.get(0)
                : AwsCredentialsProviderChain.builder().credentialsProviders(providers).build());
    }

    private static Optional<String> text(Binder binder, String name) {
        return binder.bind(name, String.class).map(String::trim).map(Optional::of).orElse(Optional.<String>empty())
                .filter(s -> !s.isEmpty());
    }

    /** Checks a property's value with IvsConnection's own rules, and names the property when it breaks one. */
    private static <T> Optional<T> checked(String property, Optional<T> value, java.util.function.Consumer<T> check) {
        value.ifPresent(v -> {
            try {
                check.accept(v);
            } catch (IvsValidationException e) {
                throw IvsValidationException.invalid(property, "\"" + v + "\" is not usable: " + e.getMessage());
            }
        });
        return value;
    }

    @SafeVarargs
    private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
        for (Supplier<Optional<T>> source : sources) {
            Optional<T> value = source.get();
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * Sets the endpoint, region and credentials on an IVS SDK client builder, then runs the customizers common to
     * every IVS client.
     *
     * @param builder the builder
     * @param customizers the {@link IvsSdkClientCustomizer}s, in order
     * @param <B> the builder type
     * @return the builder
     */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder, Stream<IvsSdkClientCustomizer> customizers) {
        endpoint.ifPresent(builder::endpointOverride);
        region.map(Region::of).ifPresent(builder::region);
        credentials.ifPresent(builder::credentialsProvider);
        customizers.forEach(c -> c.customize(builder));
        return builder;
    }

    /**
     * Builds a configured client, failing as an {@link io.ivsjava.core.IvsException} (no region found by the SDK's
     * chain, say), like {@code IvsRealTime.connect}.
     *
     * @param builder the configured builder
     * @param <C> the client type
     * @return the client
     */
    public static <C> C build(AwsClientBuilder<?, C> builder) {
        return SdkErrors.call("Connect", builder::build);
    }

    /**
     * The same settings as an {@link IvsConnection}: the endpoint, the region, and the credentials when they are a
     * static key pair (a provider of any other kind, such as a profile or a role, cannot be written as one: the
     * connection then leaves credentials to the SDK's default chain).
     *
     * @return the connection
     */
    public IvsConnection connection() {
        return connection;
    }

    /** {@return the endpoint override, if any} */
    public Optional<URI> endpoint() {
        return endpoint;
    }

    /** {@return the region, if resolved here (otherwise the SDK's chain decides)} */
    public Optional<String> region() {
        return region;
    }

    /** {@return where chat clients connect, if set (otherwise IVS Chat's own endpoint in the region)} */
    public Optional<URI> chatMessagingEndpoint() {
        return chatMessagingEndpoint;
    }

    /** {@return the credentials provider, if resolved here (otherwise the SDK's default chain)} */
    public Optional<AwsCredentialsProvider> credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "IvsClientSettings[" + connection + "]";
    }
}
