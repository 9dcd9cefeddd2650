package io.ivsjava.spring.autoconfigure.internal;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.spring.autoconfigure.IvsProperties.ParticipantTokenKey;
import io.ivsjava.spring.autoconfigure.IvsProperties.TokenKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Reads the token keys of the {@code spring.cloud.aws.ivs.live.*} properties. Failures name the property and never
 * show the key. Not part of the public API. Stateless; thread-safe.
 */
public final class TokenKeys {
    private TokenKeys() {
    }

    /**
     * The private key, from its PEM value or its location.
     *
     * @param property the key's property prefix, such as {@code spring.cloud.aws.ivs.live.participant-token-key}
     * @param key the bound properties
     * @return the key, or empty when neither is given
     * @throws IvsValidationException naming the property when both are given, or the PEM is not a P-384 private key
     */
    public static Optional<ECPrivateKey> privateKey(String property, TokenKey key) {
        if (key.privateKey().isPresent() && key.privateKeyLocation().isPresent()) {
            throw IvsValidationException.invalid(property + ".private-key",
                    "is given with private-key-location; give one or the other");
        }
        if (key.privateKey().isPresent()) {
            return Optional.of(read(property + ".private-key", key.privateKey().orElseThrow()));
        }
        if (key.privateKeyLocation().isPresent()) {
            Resource location = key.privateKeyLocation().orElseThrow();
            String pem;
            try {
                pem = location.getContentAsString(StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw IvsValidationException.invalid(property + ".private-key-location",
                        location.getDescription() + " cannot be read (" + e + ")");
            }
            return Optional.of(read(property + ".private-key-location", pem));
        }
        return Optional.empty();
    }

    /**
     * The ARN of the imported public key, required with a participant token key.
     *
     * @param property the key's property prefix
     * @param key the bound properties
     * @return the ARN
     * @throws IvsValidationException naming the property when it is missing or not a public key ARN
     */
    public static PublicKeyArn publicKeyArn(String property, ParticipantTokenKey key) {
        String arn = key.publicKeyArn().orElseThrow(() -> IvsValidationException.invalid(property + ".public-key-arn",
                "is missing; give the ARN IVS returned when the key's public half was imported (ImportPublicKey)"));
        try {
            return PublicKeyArn.parse(arn);
        } catch (IvsValidationException e) {
            throw IvsValidationException.invalid(property + ".public-key-arn", problem(e));
        }
    }

    private static ECPrivateKey read(String property, String pem) {
        try {
            return P384Keys.readPrivateKey(pem);
        } catch (IvsValidationException e) {
            throw IvsValidationException.invalid(property, problem(e));
        }
    }

    /** The problem of a validation message, without the field name it starts with. */
    private static String problem(IvsValidationException e) {
        String message = e.getMessage();
        String prefix = e.field().map(f -> f + ": ").orElse("");
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
