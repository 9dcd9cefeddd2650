package io.ivsjava.realtime;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.core.StageArn;
import io.ivsjava.emulator.IvsEmulator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;

/**
 * The embedded emulator as the wrapper tests use it: connections, a low-latency channel for compositions to send
 * to, and the emulator's simulations of the media plane (participants joining, publishing, leaving).
 *
 * <p>The participant simulations are called by name, so that these tests compile against an emulator that does
 * not offer them yet (they arrive with issue 12); until then a test that needs one fails saying so.
 */
final class Emulators {
    private Emulators() {
    }

    /**
     * An emulator with some quotas lowered, such as {@code Map.of("STAGES", 3)}. Quotas arrive in the emulator with
     * issue 12; an emulator without them ignores the request (and a test that expects a quota to bite fails).
     */
    static IvsEmulator withQuotas(java.util.Map<String, Integer> quotas) {
        IvsEmulator.Builder builder = IvsEmulator.builder();
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<? extends Enum> quota = (Class<? extends Enum>) Class.forName("io.ivsjava.emulator.Quota");
            Method set = IvsEmulator.Builder.class.getMethod("quota", quota, int.class);
            for (java.util.Map.Entry<String, Integer> e : quotas.entrySet()) {
                @SuppressWarnings("unchecked")
                Object constant = Enum.valueOf(quota, e.getKey());
                set.invoke(builder, constant, e.getValue());
            }
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            // an emulator from before issue 12: no quotas to set
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
        return builder.start();
    }

    static IvsConnection connection(IvsEmulator emulator) {
        return IvsConnection.builder()
                .endpoint(emulator.endpoint())
                .region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey())
                .build();
    }

    static IvsRealTime connect(IvsEmulator emulator) {
        return IvsRealTime.connect(connection(emulator));
    }

    static IvsRealTimeAsync connectAsync(IvsEmulator emulator) {
        return IvsRealTimeAsync.connect(connection(emulator));
    }

    /** A low-latency channel, made with the plain SDK: the destination of a composition in hybrid mode. */
    static ChannelArn channel(IvsEmulator emulator, String name) {
        try (IvsClient ivs = IvsClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(emulator.accessKeyId(), emulator.secretAccessKey())))
                .build()) {
            return ChannelArn.parse(ivs.createChannel(b -> b.name(name)).channel().arn());
        }
    }

    /** A participant joins with a token; returns its participant id. */
    static String join(IvsEmulator emulator, ParticipantToken token) {
        return (String) simulate(emulator, "simulateParticipantJoin", token.token());
    }

    static void publish(IvsEmulator emulator, StageArn stage, String participantId) {
        simulate(emulator, "simulateParticipantPublish", stage.value(), participantId);
    }

    static void unpublish(IvsEmulator emulator, StageArn stage, String participantId) {
        simulate(emulator, "simulateParticipantUnpublish", stage.value(), participantId);
    }

    static void leave(IvsEmulator emulator, StageArn stage, String participantId) {
        simulate(emulator, "simulateParticipantLeave", stage.value(), participantId);
    }

    private static Object simulate(IvsEmulator emulator, String name, String... args) {
        Class<?>[] types = new Class<?>[args.length];
        java.util.Arrays.fill(types, String.class);
        Method method;
        try {
            method = IvsEmulator.class.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("the emulator does not offer " + name + " yet (issue 12)", e);
        }
        try {
            return method.invoke(emulator, (Object[]) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
