package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ImportPlaybackKeyPair}: the public half of the P-384 key pair that signs private channels' playback
 * tokens. The PEM is parsed; anything but an EC public key on P-384 is a {@code ValidationException}, the same key
 * imported twice a {@code ConflictException}. The answer carries the key's fingerprint, 16 colon-separated hex
 * bytes as IVS shows them. Get, List and Delete are the generic ones.
 */
final class PlaybackKeyPairs extends Operations {
    PlaybackKeyPairs(EmulatorState state, ServiceModel model) {
        super(state, model);
    }

    @Override
    void register(Handlers handlers) {
        write(handlers, "ImportPlaybackKeyPair", this::importKeyPair);
    }

    private ObjectNode importKeyPair(Partition p, ObjectNode in) {
        PublicKeys.Parsed key = PublicKeys.parse(in.path("publicKeyMaterial").asText());
        for (ObjectNode existing : p.all("playback-key")) {
            if (existing.path("fingerprint").asText().equals(key.fingerprint())) {
                throw ApiException.conflict("This public key was already imported as the playback key pair "
                        + existing.path("arn").asText() + ".");
            }
        }
        String arn = p.arn("playback-key", p.randomId(12));
        ObjectNode doc = Json.object();
        doc.put("arn", arn);
        doc.put("name", text(in, "name").orElse(""));
        doc.put("fingerprint", key.fingerprint());
        doc.set("tags", tags(in));
        insert(p, type("playback-key"), arn, doc);
        return wrap("keyPair", doc);
    }
}
