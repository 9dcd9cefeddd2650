package io.ivsjava.chat;

import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.internal.Check;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of an IVS Chat resource, taken apart: {@code arn:aws:ivschat:<region>:<account>:<type>/<id>}. IVS Chat is
 * a service of its own (its ARNs say {@code ivschat}, not {@code ivs}), so its ARNs are not
 * {@link io.ivsjava.core.IvsArn}s; they read the same way.
 *
 * <p>Use the typed ARNs ({@link RoomArn}, {@link LoggingConfigurationArn}) where a method wants one kind of
 * resource; this record is what they share.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param region the AWS region, such as {@code us-west-2}
 * @param accountId the AWS account id (digits)
 * @param type the kind of resource
 * @param resourceId the resource's id, such as {@code g1H2I3j4k5L6}
 */
public record ChatArn(String region, String accountId, Type type, String resourceId) {
    /** The longest ARN IVS Chat accepts. */
    public static final int MAX_LENGTH = 128;

    private static final String PREFIX = "arn:aws:ivschat:";
    private static final Pattern SHAPE =
            Pattern.compile("arn:aws:ivschat:([a-z0-9-]+):([0-9]+):([a-z-]+)/([a-zA-Z0-9-]+)");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]+");
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9-]+");

    /** The kinds of IVS Chat resource, as they appear in an ARN. Immutable; safe to share between threads. */
    public enum Type {
        /** A chat room. */
        ROOM("room"),
        /** A logging configuration: where a room's messages are kept. */
        LOGGING_CONFIGURATION("logging-configuration");

        private final String arnName;

        Type(String arnName) {
            this.arnName = arnName;
        }

        /**
         * The name of this type inside an ARN.
         *
         * @return such as {@code logging-configuration}
         */
        public String arnName() {
            return arnName;
        }
    }

    /** Validates each part against the shape IVS Chat gives its ARNs. */
    public ChatArn {
        Check.notNull("type", type);
        Check.matches("region", region, REGION, "characters " + REGION.pattern());
        Check.matches("accountId", accountId, ACCOUNT, "characters " + ACCOUNT.pattern());
        Check.matches("resourceId", resourceId, ID, "characters " + ID.pattern());
        int length = PREFIX.length() + region.length() + 1 + accountId.length() + 1 + type.arnName().length() + 1
                + resourceId.length();
        if (length > MAX_LENGTH) {
            throw IvsValidationException.invalid("arn", "is " + length + " characters long; allowed at most "
                    + MAX_LENGTH);
        }
    }

    /**
     * Parses an ARN of any IVS Chat resource type.
     *
     * @param field the name of the input being parsed, used in error messages (such as {@code roomArn})
     * @param arn the ARN text
     * @return the parsed ARN
     * @throws IvsValidationException naming {@code field} if the text is not an IVS Chat ARN
     */
    public static ChatArn parse(String field, String arn) {
        Check.notNull("field", field);
        if (arn == null) {
            throw IvsValidationException.invalid(field, "is missing; expected an ARN of the form "
                    + "arn:aws:ivschat:<region>:<account>:<type>/<id>");
        }
        if (arn.length() > MAX_LENGTH) {
            throw IvsValidationException.invalid(field, "is " + arn.length()
                    + " characters long; an IVS Chat ARN has at most " + MAX_LENGTH);
        }
        Matcher m = SHAPE.matcher(arn);
        if (!m.matches()) {
            throw IvsValidationException.invalid(field, "\"" + arn + "\" is not an IVS Chat ARN; expected "
                    + "arn:aws:ivschat:<region>:<account>:<type>/<id>"
                    + (arn.startsWith("arn:aws:ivs:") ? " (an arn:aws:ivs: ARN names a channel or stage resource)"
                    : ""));
        }
        Type type = null;
        for (Type t : Type.values()) {
            if (t.arnName.equals(m.group(3))) {
                type = t;
            }
        }
        if (type == null) {
            throw IvsValidationException.invalid(field, "\"" + arn + "\" names the resource type \"" + m.group(3)
                    + "\", which IVS Chat does not have; allowed room, logging-configuration");
        }
        return new ChatArn(m.group(1), m.group(2), type, m.group(4));
    }

    /**
     * Parses an ARN that must name one kind of resource.
     *
     * @param field the name of the input being parsed, used in error messages
     * @param arn the ARN text
     * @param expected the resource type the caller needs
     * @return the parsed ARN
     * @throws IvsValidationException naming {@code field} if the text is not an ARN of the expected type
     */
    public static ChatArn parse(String field, String arn, Type expected) {
        Check.notNull("expected", expected);
        return parse(field, arn).requireType(field, expected);
    }

    /**
     * Requires this ARN to be of the given type.
     *
     * @param field the name used in the error message
     * @param expected the required type
     * @return this ARN
     * @throws IvsValidationException if the type differs
     */
    ChatArn requireType(String field, Type expected) {
        if (type != expected) {
            throw IvsValidationException.invalid(field, "\"" + this + "\" is " + Check.withArticle(type.arnName())
                    + " ARN; expected " + Check.withArticle(expected.arnName())
                    + " ARN (arn:aws:ivschat:<region>:<account>:" + expected.arnName() + "/<id>)");
        }
        return this;
    }

    /**
     * The ARN text, as IVS Chat writes it.
     *
     * @return {@code arn:aws:ivschat:<region>:<account>:<type>/<id>}
     */
    @Override
    public String toString() {
        return PREFIX + region + ":" + accountId + ":" + type.arnName() + "/" + resourceId;
    }
}
