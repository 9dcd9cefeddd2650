package io.ivsjava.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the IVS Chat API model has a method of its name on both entry points: the model is the one the
 * emulator ships (botocore's, without documentation), read from its jar, so a new operation in a newer model fails
 * here until it is wrapped.
 */
class EveryOperationTest {
    private static final String MODEL = "io/ivsjava/emulator/models/ivschat.json";

    private static List<String> operations() throws IOException {
        // Through the class loader: on the module path this test runs inside io.ivsjava.chat, where
        // Class.getResourceAsStream would look in that module only, and the emulator is on the class path.
        try (InputStream in = EveryOperationTest.class.getClassLoader().getResourceAsStream(MODEL)) {
            assertThat(in).as(MODEL + " on the test class path (ivs-emulator)").isNotNull();
            JsonNode model = Scripted.JSON.readTree(in);
            List<String> names = new ArrayList<>();
            model.path("operations").fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    private static String method(String operation) {
        return Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    }

    private static List<Method> named(Class<?> type, String name) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .collect(Collectors.toList());
    }

    @Test
    void theModelHasSeventeenOperationsAndEachIsWrappedBlockingAndAsync() throws IOException {
        List<String> operations = operations();

        assertThat(operations).hasSize(17);
        for (String operation : operations) {
            String name = method(operation);
            assertThat(named(IvsChat.class, name)).as("IvsChat." + name).isNotEmpty();
            assertThat(named(IvsChatAsync.class, name)).as("IvsChatAsync." + name).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.getReturnType()).as("IvsChatAsync." + name + " returns")
                            .isIn(CompletableFuture.class, Flow.Publisher.class));
        }
    }

    @Test
    void theTwoEntryPointsOfferTheSameOperations() {
        List<String> blocking = Arrays.stream(IvsChat.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(m -> m.getName() + Arrays.toString(m.getParameterTypes())).sorted().collect(Collectors.toList());
        List<String> async = Arrays.stream(IvsChatAsync.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(m -> m.getName() + Arrays.toString(m.getParameterTypes())).sorted().collect(Collectors.toList());

        assertThat(async).isEqualTo(blocking);
    }
}
