package io.ivsjava.examples.streamcat;

import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import java.net.URI;
import java.util.Optional;

/**
 * Which IVS the backend talks to: an embedded emulator (the default), another emulator by URL, or AWS.
 *
 * <p>Thread-safe; {@link #close()} stops an emulator this target started.
 */
public final class IvsTarget implements AutoCloseable {
    private final IvsConnection connection;
    private final Optional<IvsEmulator> emulator;
    private final boolean ownsEmulator;
    private final String description;

    private IvsTarget(IvsConnection connection, Optional<IvsEmulator> emulator, boolean ownsEmulator,
                      String description) {
        this.connection = connection;
        this.emulator = emulator;
        this.ownsEmulator = ownsEmulator;
        this.description = description;
    }

    /**
     * Starts an emulator in this process, stopped with the target.
     *
     * @return the target
     */
    public static IvsTarget embedded() {
        IvsEmulator emulator = IvsEmulator.start();
        return new IvsTarget(connectionTo(emulator), Optional.of(emulator), true,
                "embedded IVS emulator at " + emulator.endpoint() + " (" + emulator.region() + ")");
    }

    /**
     * An emulator already running in this process, left running when the target closes (so that a backend can be
     * restarted against the same emulated IVS).
     *
     * @param emulator the emulator
     * @return the target
     */
    public static IvsTarget embedded(IvsEmulator emulator) {
        return new IvsTarget(connectionTo(emulator), Optional.of(emulator), false,
                "embedded IVS emulator at " + emulator.endpoint() + " (" + emulator.region() + ")");
    }

    /**
     * Another emulator, such as the standalone jar, by URL.
     *
     * @param endpoint its URL
     * @param region the region to sign requests for
     * @return the target
     */
    public static IvsTarget endpoint(URI endpoint, String region) {
        return new IvsTarget(IvsConnection.builder().endpoint(endpoint).region(region)
                .credentials("ivs-emulator", "ivs-emulator-secret").build(), Optional.empty(), false,
                "IVS emulator at " + endpoint + " (" + region + ")");
    }

    /**
     * Amazon IVS, through the default credential and region chains.
     *
     * @return the target
     */
    public static IvsTarget aws() {
        return new IvsTarget(IvsConnection.defaults(), Optional.empty(), false,
                "AWS (default credential and region chains)");
    }

    IvsConnection connection() {
        return connection;
    }

    /** The emulator in this process, whose media-plane simulations and event feed the backend can use. */
    Optional<IvsEmulator> emulator() {
        return emulator;
    }

    /** {@return what this target is, for people} */
    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        if (ownsEmulator) {
            emulator.ifPresent(IvsEmulator::close);
        }
    }

    private static IvsConnection connectionTo(IvsEmulator emulator) {
        return IvsConnection.builder().endpoint(emulator.endpoint()).region(emulator.region())
                .credentials(emulator.accessKeyId(), emulator.secretAccessKey()).build();
    }
}
