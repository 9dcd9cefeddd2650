package io.ivsjava.realtime;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.internal.Limits;
import io.ivsjava.realtime.internal.ParticipantChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to create a stage with: a name, tags, participants to issue tokens for in the same call, and automatic
 * recording of its publishers.
 *
 * <pre>{@code
 * StageSpec spec = StageSpec.builder()
 *         .name("cat-42-live")
 *         .tag("owner", "user-42")
 *         .withToken(Host.of("user-42"))
 *         .autoParticipantRecording(ParticipantRecording.to(storage.arn()))
 *         .build();
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Every limit is checked by {@link Builder#build()}, before any
 * call to IVS.
 *
 * @param name the stage name: letters, digits, {@code -} and {@code _}, at most 128 characters; may be empty
 * @param tags AWS tags, at most 50
 * @param tokens participants to issue tokens for, at most 12
 * @param autoParticipantRecording how to record each publisher; empty for no recording (the default)
 */
public record StageSpec(String name, Map<String, String> tags, List<InitialToken> tokens,
                        Optional<ParticipantRecording> autoParticipantRecording) {
    /** The most tokens CreateStage issues at once. */
    public static final int MAX_INITIAL_TOKENS = 12;

    /** Validates every field against the IVS limits. */
    public StageSpec {
        Check.name("name", name);
        tags = Map.copyOf(Check.tags("tags", tags));
        tokens = List.copyOf(Check.notNull("tokens", tokens));
        if (tokens.size() > MAX_INITIAL_TOKENS) {
            throw IvsValidationException.invalid("participantTokenConfigurations", tokens.size()
                    + " tokens requested; CreateStage issues at most " + MAX_INITIAL_TOKENS + " (create more later "
                    + "with createParticipantToken)");
        }
        Check.notNull("autoParticipantRecording", autoParticipantRecording)
                .ifPresent(r -> Limits.recording("autoParticipantRecording", r));
    }

    /**
     * A participant to issue a token for when the stage is created.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param role who, and with which capabilities
     * @param duration how long the token admits them: {@link ParticipantToken#MIN_DURATION} to
     *     {@link ParticipantToken#MAX_DURATION}, whole minutes
     */
    public record InitialToken(Role role, Duration duration) {
        /** Validates the duration. */
        public InitialToken {
            Check.notNull("role", role);
            ParticipantChecks.tokenMinutes(duration);
        }
    }

    /**
     * A builder starting from an unnamed stage with no tags, no tokens and no recording.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link StageSpec}. Not thread-safe. */
    public static final class Builder {
        private String name = "";
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final List<InitialToken> tokens = new ArrayList<>();
        private ParticipantRecording recording;

        private Builder() {
        }

        /**
         * The stage name.
         *
         * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
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
         * Adds tags.
         *
         * @param tags keys and values
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            this.tags.putAll(Check.notNull("tags", tags));
            return this;
        }

        /**
         * Issues a token for this participant with the stage, valid for {@link ParticipantToken#DEFAULT_DURATION}.
         *
         * @param role who, as host, viewer or custom role
         * @return this builder
         */
        public Builder withToken(Role role) {
            return withToken(role, ParticipantToken.DEFAULT_DURATION);
        }

        /**
         * Issues a token for this participant with the stage.
         *
         * @param role who, as host, viewer or custom role
         * @param duration how long the token is valid, 1 to 20,160 whole minutes
         * @return this builder
         */
        public Builder withToken(Role role, Duration duration) {
            tokens.add(new InitialToken(role, duration));
            return this;
        }

        /**
         * Records each publisher of the stage automatically.
         *
         * @param recording where and how
         * @return this builder
         */
        public Builder autoParticipantRecording(ParticipantRecording recording) {
            this.recording = Check.notNull("autoParticipantRecording", recording);
            return this;
        }

        /**
         * Checks every limit and builds the spec.
         *
         * @return the spec
         * @throws IvsValidationException naming the first field out of bounds
         */
        public StageSpec build() {
            return new StageSpec(name, tags, tokens, Optional.ofNullable(recording));
        }
    }
}
