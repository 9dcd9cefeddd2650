package io.ivsjava.spring.autoconfigure;

import io.ivsjava.core.IvsConnection;
import java.net.URI;
import java.util.Optional;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the auto-configured IVS clients connect, when something other than the properties decides: a bean of this
 * type (such as the one {@code @AutoConfigureIvsEmulator} registers for an emulator) wins over
 * {@code spring.cloud.aws.ivs.*}, {@code spring.cloud.aws.*} and the credentials and region provider beans, for
 * each setting it holds. Settings it leaves empty are resolved as without it.
 *
 * <p>Implementations must be thread-safe; {@link #connection()} and {@link #chatMessagingEndpoint()} are read
 * once, when the clients are made.
 */
@FunctionalInterface
public interface IvsConnectionDetails extends ConnectionDetails {
    /**
     * The endpoint, region and static credentials to use.
     *
     * @return the settings; empty parts are resolved as without this bean
     */
    IvsConnection connection();

    /**
     * Where chat clients connect (an emulator's messaging WebSocket), over
     * {@code spring.cloud.aws.ivs.chat.messaging-endpoint}.
     *
     * @return the messaging endpoint; empty (the default) to resolve it as without this bean
     */
    default Optional<URI> chatMessagingEndpoint() {
        return Optional.empty();
    }
}
