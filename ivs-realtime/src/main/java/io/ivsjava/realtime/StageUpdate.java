package io.ivsjava.realtime;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import io.ivsjava.realtime.internal.Limits;
import java.util.Optional;

/**
 * Changes to make to a stage with {@link IvsRealTime#updateStage}: a new name, and starting, changing or stopping
 * the automatic recording of its publishers. What is not mentioned stays as it is. IVS refuses to change the
 * recording settings while a recording is active.
 *
 * <pre>{@code
 * ivs.updateStage(arn, StageUpdate.rename("cat-42-encore"));
 * ivs.updateStage(arn, StageUpdate.recordParticipants(ParticipantRecording.to(storage.arn())));
 * ivs.updateStage(arn, StageUpdate.stopRecordingParticipants().withName("cat-42-quiet"));
 * }</pre>
 *
 * <p>Immutable; safe to share between threads. Checked against the IVS limits when built.
 *
 * @param name the new name, if it changes
 * @param autoParticipantRecording the new recording settings, if they change
 * @param stopAutoParticipantRecording whether to stop recording publishers (IVS then resets every recording setting)
 */
public record StageUpdate(Optional<String> name, Optional<ParticipantRecording> autoParticipantRecording,
                          boolean stopAutoParticipantRecording) {
    /**
     * Validates the name and the recording settings.
     *
     * @throws IvsValidationException naming the field at fault
     */
    public StageUpdate {
        Check.notNull("name", name).ifPresent(n -> Check.name("name", n));
        Check.notNull("autoParticipantRecording", autoParticipantRecording)
                .ifPresent(r -> Limits.recording("autoParticipantRecording", r));
        if (autoParticipantRecording.isPresent() && stopAutoParticipantRecording) {
            throw IvsValidationException.invalid("autoParticipantRecording",
                    "is given together with stopping the recording; choose one");
        }
    }

    /**
     * Renames the stage.
     *
     * @param name letters, digits, {@code -} and {@code _}, at most 128 characters
     * @return the update
     */
    public static StageUpdate rename(String name) {
        return new StageUpdate(Optional.of(Check.notNull("name", name)), Optional.empty(), false);
    }

    /**
     * Starts recording each publisher, or changes how.
     *
     * @param recording where and how
     * @return the update
     */
    public static StageUpdate recordParticipants(ParticipantRecording recording) {
        return new StageUpdate(Optional.empty(), Optional.of(Check.notNull("autoParticipantRecording", recording)),
                false);
    }

    /**
     * Stops recording publishers.
     *
     * @return the update
     */
    public static StageUpdate stopRecordingParticipants() {
        return new StageUpdate(Optional.empty(), Optional.empty(), true);
    }

    /**
     * This update, also renaming the stage.
     *
     * @param name the new name
     * @return a new update
     */
    public StageUpdate withName(String name) {
        return new StageUpdate(Optional.of(Check.notNull("name", name)), autoParticipantRecording,
                stopAutoParticipantRecording);
    }
}
