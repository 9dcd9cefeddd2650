package io.ivsjava.live;

import io.ivsjava.chat.ChatRole;
import io.ivsjava.chat.ChatToken;
import io.ivsjava.core.internal.Check;
import java.net.URI;
import java.time.Instant;

/**
 * What one chat client needs to join a broadcast's chat room: a chat token and the messaging endpoint to connect to
 * with it. Hand both to the client (the IVS Chat messaging SDKs take the token from a token provider, and the
 * endpoint as {@code regionOrUrl} or the region it names).
 *
 * <p>The token lets one client connect until {@link #expiresAt()}, and the connection lasts
 * {@link ChatToken#sessionExpirationTime()}; ask for a new admission to reconnect after that.
 *
 * <p>Immutable; safe to share between threads. The token is a secret meant for one client: {@link #toString()} never
 * shows it.
 *
 * @param token the chat token, with the role it was created for
 * @param messagingEndpoint the chat messaging WebSocket, such as {@code wss://edge.ivschat.us-west-2.amazonaws.com}
 */
public record ChatAdmission(ChatToken token, URI messagingEndpoint) {
    /** Checks that no component is null. */
    public ChatAdmission {
        Check.notNull("token", token);
        Check.notNull("messagingEndpoint", messagingEndpoint);
    }

    /**
     * Who the token is for and what they may do.
     *
     * @return the role: a host moderates, a viewer sends, a read-only viewer reads
     */
    public ChatRole role() {
        return token.role();
    }

    /**
     * When the token stops letting its client connect.
     *
     * @return the token's expiry
     */
    public Instant expiresAt() {
        return token.tokenExpirationTime();
    }
}
