package io.ivsjava.realtime;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StageArn;
import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.internal.Limits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to compose: a stage's publishers, arranged by a layout, sent to one or two destinations. This is the
 * hybrid mode: hosts meet on the stage in real time, viewers watch the channel over HLS.
 *
 * <pre>{@code
 * CompositionSpec spec = CompositionSpec.builder(stage.arn())
 *         .layout(Layout.grid())
 *         .destination(CompositionDestination.channel(channel.arn()))
 *         .destination(CompositionDestination.s3(storage.arn(), encoder.arn()))
 *         .build();
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked by {@link Builder#build()}, before any call.
 *
 * @param stage the stage to compose
 * @param layout how publishers are arranged; default {@link Layout#grid()}
 * @param destinations where the composition goes, one or two
 * @param tags AWS tags, at most 50
 * @param idempotencyToken a token that makes retries of the same start harmless, 1 to 64 characters; empty for
 *     one the SDK generates per call
 */
public record CompositionSpec(StageArn stage, Layout layout, List<CompositionDestination> destinations,
                              Map<String, String> tags, Optional<String> idempotencyToken) {
    /** The most destinations a composition has. */
    public static final int MAX_DESTINATIONS = 2;
    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    /**
     * Validates every field against the IVS limits.
     *
     * @throws IvsValidationException naming the field at fault, such as {@code layout.grid.gridGap}
     */
    public CompositionSpec {
        Check.notNull("stageArn", stage);
        Limits.layout("layout", Check.notNull("layout", layout));
        destinations = List.copyOf(Check.notNull("destinations", destinations));
        if (destinations.isEmpty() || destinations.size() > MAX_DESTINATIONS) {
            throw IvsValidationException.invalid("destinations", destinations.size() + " destinations given; "
                    + "allowed 1.." + MAX_DESTINATIONS);
        }
        for (int i = 0; i < destinations.size(); i++) {
            Limits.destination("destinations[" + i + "]", destinations.get(i));
        }
        tags = Map.copyOf(Check.tags("tags", tags));
        Check.notNull("idempotencyToken", idempotencyToken).ifPresent(t -> Check.matches("idempotencyToken", t,
                TOKEN, "1..64 letters, digits, '-' and '_'"));
    }

    /**
     * A builder for composing this stage, with a grid layout and no destination yet.
     *
     * @param stage the stage
     * @return the builder
     */
    public static Builder builder(StageArn stage) {
        return new Builder(Check.notNull("stageArn", stage));
    }

    /** Collects a {@link CompositionSpec}. Not thread-safe. */
    public static final class Builder {
        private final StageArn stage;
        private Layout layout = Layout.grid();
        private final List<CompositionDestination> destinations = new ArrayList<>();
        private final Map<String, String> tags = new LinkedHashMap<>();
        private String idempotencyToken;

        private Builder(StageArn stage) {
            this.stage = stage;
        }

        /**
         * How publishers are arranged.
         *
         * @param layout a grid or picture-in-picture layout
         * @return this builder
         */
        public Builder layout(Layout layout) {
            this.layout = Check.notNull("layout", layout);
            return this;
        }

        /**
         * Adds a destination.
         *
         * @param destination a channel or an S3 recording
         * @return this builder
         */
        public Builder destination(CompositionDestination destination) {
            destinations.add(Check.notNull("destinations[" + destinations.size() + "]", destination));
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param key 1 to 128 characters
         * @param value 0 to 256 characters
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        /**
         * Makes the start idempotent: a retry with the same token starts no second composition. Without one, the
         * SDK generates a token per call, which its own retries resend; give one to make a later call safe too.
         *
         * @param token 1 to 64 letters, digits, {@code -} and {@code _}
         * @return this builder
         */
        public Builder idempotencyToken(String token) {
            this.idempotencyToken = Check.notNull("idempotencyToken", token);
            return this;
        }

        /**
         * Checks every limit and builds the spec.
         *
         * @return the spec
         * @throws IvsValidationException naming the first field out of bounds
         */
        public CompositionSpec build() {
            return new CompositionSpec(stage, layout, destinations, tags, Optional.ofNullable(idempotencyToken));
        }
    }
}
