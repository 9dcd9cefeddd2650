package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public keys of both services: {@code ImportPublicKey} (real time: keys that verify self-signed participant
 * tokens) and {@code ImportPlaybackKeyPair} (low latency: the public half of the key pair that signs private
 * channels' playback tokens). The PEM is parsed; anything but an EC public key on P-384 is a
 * {@code ValidationException}, the same key imported twice a {@code ConflictException}. The answer carries the key's
 * fingerprint, 16 colon-separated hex bytes as IVS shows them. Get, List and Delete are the generic ones.
 */
final class PublicKeys {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END PUBLIC KEY-----");

    private PublicKeys() {
    }

    /**
     * Imports a key as a new resource of its type, within the type's quota.
     *
     * @param p the partition
     * @param in the request, with {@code publicKeyMaterial}, {@code name} and {@code tags}
     * @param type {@code public-key} or {@code playback-key}
     * @param keepMaterial whether the document keeps the PEM (a public key does; a playback key pair does not)
     * @return the response, the document under the type's output member
     * @throws ApiException {@code ValidationException} for material that is not a P-384 key,
     *     {@code ConflictException} if this key was imported already
     */
    static ObjectNode importKey(Partition p, ObjectNode in, ResourceTable.ResourceType type, boolean keepMaterial) {
        String material = in.path("publicKeyMaterial").asText();
        Parsed key = parse(material);
        for (ObjectNode existing : p.all(type.arnType())) {
            if (existing.path("fingerprint").asText().equals(key.fingerprint())) {
                throw ApiException.conflict("This public key was already imported as the " + type.noun() + " "
                        + existing.path("arn").asText() + ".");
            }
        }
        String arn = p.arn(type.arnType(), p.randomId(12));
        ObjectNode doc = Json.object();
        doc.put("arn", arn);
        doc.put("name", Operations.text(in, "name").orElse(""));
        if (keepMaterial) {
            doc.put("publicKeyMaterial", material);
        }
        doc.put("fingerprint", key.fingerprint());
        doc.set("tags", Operations.tags(in));
        Operations.insert(p, type, arn, doc);
        if (!keepMaterial) {
            // Playback key pairs do not show their key; playback keeps it aside to verify tokens.
            Map<String, byte[]> playbackKeys = p.extension(PlaybackKeys.class, PlaybackKeys::new).byArn;
            playbackKeys.keySet().removeIf(old -> !p.exists(old));
            playbackKeys.put(arn, key.der());
        }
        return Operations.wrap(type.member(), doc);
    }

    /** The imported playback keys of a partition, by ARN; guarded by the partition's lock. */
    static final class PlaybackKeys {
        final Map<String, byte[]> byArn = new HashMap<>();
    }

    /**
     * The playback keys that verify private channels' tokens: those imported and not deleted. Call under the
     * partition's lock.
     *
     * @param p the partition
     * @return the keys
     */
    static List<PublicKey> playbackKeys(Partition p) {
        List<PublicKey> keys = new ArrayList<>();
        p.extension(PlaybackKeys.class, PlaybackKeys::new).byArn.forEach((arn, der) -> {
            if (p.exists(arn)) {
                try {
                    keys.add(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der)));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("an imported playback key cannot be read back", e);
                }
            }
        });
        return keys;
    }

    /** A parsed public key: its DER encoding and its fingerprint. */
    record Parsed(byte[] der, String fingerprint) {
    }

    /**
     * Parses and checks key material.
     *
     * @param material PEM text
     * @return the key's DER bytes and fingerprint
     * @throws ApiException {@code ValidationException} if the material is not a P-384 EC public key
     */
    static Parsed parse(String material) {
        Matcher m = PEM.matcher(material);
        if (!m.find()) {
            throw ApiException.validation("publicKeyMaterial must be a PEM-encoded public key "
                    + "(-----BEGIN PUBLIC KEY-----).");
        }
        byte[] der;
        ECPublicKey key;
        try {
            der = Base64.getMimeDecoder().decode(m.group(1));
            key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw ApiException.validation("publicKeyMaterial is not a valid EC public key: it must be an ECDSA "
                    + "public key on curve P-384.");
        }
        int bits = key.getParams().getCurve().getField().getFieldSize();
        if (bits != 384) {
            throw ApiException.validation("publicKeyMaterial is an EC key on a " + bits + "-bit curve: it must be "
                    + "an ECDSA public key on curve P-384.");
        }
        return new Parsed(der, fingerprint(der));
    }

    /** Colon-separated hex digest of the DER key, the shape of the fingerprints IVS shows. */
    private static String fingerprint(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(der);
            StringBuilder sb = new StringBuilder();
            for (byte b : digest) {
                if (sb.length() > 0) {
                    sb.append(':');
                }
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
