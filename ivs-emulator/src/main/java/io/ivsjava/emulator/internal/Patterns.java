package io.ivsjava.emulator.internal;

import java.util.regex.Pattern;

/**
 * How the emulator applies the models' {@code pattern} traits.
 *
 * <p>Smithy patterns are not implicitly anchored, so read literally {@code [a-zA-Z0-9-_]*} would accept any
 * string (it matches the empty string somewhere in everything). IVS plainly means them as whole-value patterns:
 * it rejects a stage name with a space and a channel ARN where a stage ARN is due. The emulator therefore requires
 * each pattern to match the whole value.
 *
 * <p>One pattern only works as a search: the tag operations' {@code ResourceArn},
 * {@code arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+} (and {@code arn:aws:ivschat:...} in the chat model),
 * whose {@code [a-z-]/} matches the last letter of the resource type. Matched whole, it would reject every real ARN.
 * It is replaced by the whole-value pattern it stands for, one or more letters or hyphens of resource type.
 */
final class Patterns {
    /** The one-letter resource type of the models' {@code ResourceArn} pattern, and what it stands for. */
    private static final String ONE_LETTER_TYPE = ":[a-z-]/";
    private static final String RESOURCE_TYPE = ":[a-z-]+/";

    private Patterns() {
    }

    /**
     * Compiles a shape's pattern as the emulator applies it (whole-value match).
     *
     * @param shape the shape name
     * @param modeled the pattern as the model writes it
     * @return the pattern to match with {@link java.util.regex.Matcher#matches()}
     */
    static Pattern compile(String shape, String modeled) {
        String applied = shape.equals("ResourceArn") ? modeled.replace(ONE_LETTER_TYPE, RESOURCE_TYPE) : modeled;
        return Pattern.compile(applied, Pattern.DOTALL);
    }
}
