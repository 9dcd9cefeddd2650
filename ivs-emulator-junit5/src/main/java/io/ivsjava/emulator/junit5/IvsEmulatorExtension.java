package io.ivsjava.emulator.junit5;

import io.ivsjava.emulator.EmulatorOptions;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.emulator.Quota;
import io.ivsjava.emulator.junit5.internal.Closer;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an {@link IvsEmulator} for JUnit 5 tests.
 *
 * <pre>{@code
 * class StageServiceTest {
 *     @RegisterExtension
 *     static IvsEmulatorExtension ivs = IvsEmulatorExtension.builder().region("eu-west-1").build();
 *
 *     @Test
 *     void retriesThrottledCalls(IvsRealTimeClient client) {       // a client for the emulator, made for you
 *         ivs.emulator().injectFault("CreateStage", 1, Fault.throttling());
 *         new StageService(client).open("demo");
 *         assertThat(ivs.emulator().calls("CreateStage")).hasSize(2);
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>On a {@code static} field: one emulator for the test class, {@linkplain IvsEmulator#reset() reset} before
 *       each test (unless {@link Builder#resetBeforeEachTest(boolean)} turns that off).</li>
 *   <li>On an instance field: a new emulator for each test.</li>
 *   <li>Test and lifecycle methods may take parameters of type {@link IvsEmulator}, and, if the test class path
 *       has the AWS SDK, {@code software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient},
 *       {@code software.amazon.awssdk.services.ivs.IvsClient} and
 *       {@code software.amazon.awssdk.services.ivschat.IvschatClient}: clients for the emulator's endpoint, region
 *       and credentials. The SDK is never a dependency of this module; its classes are loaded only when such a
 *       parameter is asked for.</li>
 *   <li>Emulators and clients are closed through JUnit's extension store, when their class or test ends.</li>
 * </ul>
 *
 * <p>Thread-safe. With one emulator per class and test methods running in parallel, turn the reset off: a reset
 * forgets what the other tests are doing.
 */
public final class IvsEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(IvsEmulatorExtension.class);
    private static final String IVS_CLIENT = "software.amazon.awssdk.services.ivs.IvsClient";
    private static final String REALTIME_CLIENT = "software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient";
    private static final String CHAT_CLIENT = "software.amazon.awssdk.services.ivschat.IvschatClient";
    private static final Set<String> CLIENTS = Set.of(IVS_CLIENT, REALTIME_CLIENT, CHAT_CLIENT);

    private final EmulatorOptions options;
    private final boolean resetBeforeEachTest;
    private volatile IvsEmulator perClass;
    private volatile IvsEmulator current;

    private IvsEmulatorExtension(Builder builder) {
        this.options = builder.options;
        this.resetBeforeEachTest = builder.resetBeforeEachTest;
    }

    /**
     * A builder with the emulator's defaults (a free loopback port, {@code us-east-1}, account
     * {@code 123456789012}) and reset before each test on.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The emulator of the running test (or test class, in a static {@code @BeforeAll}).
     *
     * @return the emulator
     * @throws IllegalStateException outside a test, or if the extension was not registered with
     *     {@code @RegisterExtension}
     */
    public IvsEmulator emulator() {
        IvsEmulator emulator = current;
        if (emulator == null) {
            throw new IllegalStateException("no emulator is running: register the extension with @RegisterExtension "
                    + "and call emulator() from a test or lifecycle method");
        }
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass == null) {
            IvsEmulator emulator = IvsEmulator.start(options);
            context.getStore(NAMESPACE).put("emulator", new Closer(() -> {
                perClass = null;
                current = null;
                emulator.close();
            }));
            perClass = emulator;
            current = emulator;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        IvsEmulator shared = perClass;
        if (shared != null) {
            if (resetBeforeEachTest) {
                shared.reset();
            }
            current = shared;
            return;
        }
        IvsEmulator emulator = IvsEmulator.start(options);
        context.getStore(NAMESPACE).put("emulator", new Closer(() -> {
            current = null;
            emulator.close();
        }));
        current = emulator;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == IvsEmulator.class || CLIENTS.contains(type.getName());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        IvsEmulator emulator;
        try {
            emulator = emulator();
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        if (type == IvsEmulator.class) {
            return emulator;
        }
        AutoCloseable client = io.ivsjava.emulator.junit5.internal.SdkClients.create(type.getName(), emulator);
        context.getStore(NAMESPACE).put(client, new Closer(client));
        return client;
    }

    /** Options for the emulator and the extension. Not thread-safe; use one builder per thread. */
    public static final class Builder {
        private EmulatorOptions options = EmulatorOptions.defaults();
        private boolean resetBeforeEachTest = true;

        private Builder() {
        }

        /**
         * The region to be; default {@value EmulatorOptions#DEFAULT_REGION}.
         *
         * @param region such as {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            options = options.withRegion(region);
            return this;
        }

        /**
         * The account to be; default {@value EmulatorOptions#DEFAULT_ACCOUNT_ID}.
         *
         * @param accountId 12 digits
         * @return this builder
         */
        public Builder accountId(String accountId) {
            options = options.withAccountId(accountId);
            return this;
        }

        /**
         * Changes one quota from IVS's default.
         *
         * @param quota the quota
         * @param limit its limit, 0 or more
         * @return this builder
         */
        public Builder quota(Quota quota, int limit) {
            options = options.withQuota(quota, limit);
            return this;
        }

        /**
         * Turns on strict SigV4 mode with this key; see {@link IvsEmulator.Builder#strictSigV4(String, String)}.
         * Clients the extension makes sign with the first key.
         *
         * @param accessKeyId the access key id
         * @param secretAccessKey its secret
         * @return this builder
         */
        public Builder strictSigV4(String accessKeyId, String secretAccessKey) {
            options = options.withSigningKey(accessKeyId, secretAccessKey);
            return this;
        }

        /**
         * All emulator options at once, replacing those set so far.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(EmulatorOptions options) {
            if (options == null) {
                throw new IllegalArgumentException("options: is missing");
            }
            this.options = options;
            return this;
        }

        /**
         * Whether a per-class emulator is reset before each test; default true.
         *
         * @param reset false to keep state between the tests of a class
         * @return this builder
         */
        public Builder resetBeforeEachTest(boolean reset) {
            this.resetBeforeEachTest = reset;
            return this;
        }

        /**
         * The extension, to register with {@code @RegisterExtension}.
         *
         * @return the extension
         */
        public IvsEmulatorExtension build() {
            return new IvsEmulatorExtension(this);
        }
    }
}
