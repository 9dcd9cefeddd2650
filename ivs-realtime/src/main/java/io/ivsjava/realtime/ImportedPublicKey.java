package io.ivsjava.realtime;

import io.ivsjava.core.PublicKeyArn;
import java.util.Map;
import java.util.Objects;

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
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(pem, "pem");
        tags = Map.copyOf(tags);
    }
}
