package io.ivsjava.realtime;

import io.ivsjava.core.P384Keys;
import io.ivsjava.core.PublicKeyArn;
import io.ivsjava.core.internal.Check;
import java.security.interfaces.ECPublicKey;
import java.util.Map;

/**
 * A P-384 public key imported into IVS, against which IVS verifies self-signed participant tokens. Tokens name it
 * by its ARN in their {@code kid} header.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param arn the key's ARN
 * @param name the key's name; may be empty
 * @param fingerprint the fingerprint IVS computed
 * @param pem the key material, SPKI PEM
 * @param tags the key's AWS tags
 */
public record ImportedPublicKey(PublicKeyArn arn, String name, String fingerprint, String pem,
                                Map<String, String> tags) {
    /** Checks that no component is null and freezes the tags. */
    public ImportedPublicKey {
        Check.notNull("arn", arn);
        Check.notNull("name", name);
        Check.notNull("fingerprint", fingerprint);
        Check.notNull("pem", pem);
        tags = Map.copyOf(Check.notNull("tags", tags));
    }

    /**
     * The key itself, read from {@link #pem()}: what a {@link ParticipantTokenVerifier} checks signatures with.
     *
     * @return the P-384 public key
     * @throws io.ivsjava.core.IvsValidationException naming {@code publicKey} if the PEM holds no P-384 key
     */
    public ECPublicKey publicKey() {
        return P384Keys.readPublicKey(pem);
    }
}
