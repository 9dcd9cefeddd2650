package io.ivsjava.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.IvsException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/** SdkClients applied to a stand-in for an IVS client builder that records what it was told. */
class SdkClientsTest {

    /** The shape of every generated SDK client builder, without any service behind it. */
    interface FakeBuilder extends AwsClientBuilder<FakeBuilder, Object> {
    }

    /** Records each builder call by method name with its argument. */
    private static final class Recorder implements InvocationHandler {
        final Map<String, Object> calls = new LinkedHashMap<>();

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    default:
                        return "FakeBuilder" + calls;
                }
            }
            calls.put(method.getName(), args == null ? null : args[0]);
            return method.getReturnType().isInstance(proxy) ? proxy : null;
        }
    }

    private final Recorder recorder = new Recorder();
    private final FakeBuilder builder = (FakeBuilder) Proxy.newProxyInstance(
            FakeBuilder.class.getClassLoader(), new Class<?>[] {FakeBuilder.class}, recorder);

    @Test
    void theDefaultConnectionLeavesTheBuilderUntouched() {
        FakeBuilder configured = SdkClients.configure(IvsConnection.defaults(), builder);

        assertThat(configured).isSameAs(builder);
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void everySettingOfTheConnectionReachesTheBuilder() {
        IvsConnection connection = IvsConnection.builder()
                .endpoint(URI.create("http://127.0.0.1:4566"))
                .region("eu-west-1")
                .credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
                .build();

        FakeBuilder configured = SdkClients.configure(connection, builder);

        assertThat(configured).isSameAs(builder);
        assertThat(recorder.calls).containsOnlyKeys("endpointOverride", "region", "credentialsProvider");
        assertThat(recorder.calls.get("endpointOverride")).isEqualTo(URI.create("http://127.0.0.1:4566"));
        assertThat(recorder.calls.get("region")).isEqualTo(Region.EU_WEST_1);
        assertThat(recorder.calls.get("credentialsProvider")).isInstanceOfSatisfying(AwsCredentialsProvider.class,
                provider -> {
                    AwsCredentials credentials = provider.resolveCredentials();
                    assertThat(credentials.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
                    assertThat(credentials.secretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
                });
    }

    @Test
    void onlyTheSettingsGivenAreApplied() {
        SdkClients.configure(IvsConnection.builder().region("ap-northeast-2").build(), builder);

        assertThat(recorder.calls).containsOnlyKeys("region");
        assertThat(recorder.calls.get("region")).isEqualTo(Region.AP_NORTHEAST_2);
    }

    @Test
    void theBuiltClientIsReturnedAndAFailureToBuildItIsAnIvsException() {
        Object client = new Object();
        SdkClientException noRegion = SdkClientException.create("Unable to load region from any of the providers");

        assertThat(SdkClients.build(IvsConnection.defaults(), building(() -> client))).isSameAs(client);
        assertThatThrownBy(() -> SdkClients.build(IvsConnection.defaults(), building(() -> {
            throw noRegion;
        }))).isExactlyInstanceOf(IvsException.class)
                .hasMessage("Connect failed without an error response from IVS: "
                        + "Unable to load region from any of the providers")
                .hasCause(noRegion);
    }

    /** A builder whose {@code build()} answers what {@code build} gives. */
    private static FakeBuilder building(Supplier<Object> build) {
        return (FakeBuilder) Proxy.newProxyInstance(FakeBuilder.class.getClassLoader(),
                new Class<?>[] {FakeBuilder.class}, (proxy, method, args) -> method.getName().equals("build")
                        ? build.get() : method.getReturnType().isInstance(proxy) ? proxy : null);
    }
}
