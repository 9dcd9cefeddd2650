package io.ivsjava.core;

import io.ivsjava.core.internal.Check;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of any IVS resource, taken apart: {@code arn:aws:ivs:<region>:<account>:<type>/<id>}.
 *
 * <p>Use the typed ARNs ({@link StageArn}, {@link ChannelArn}, {@link StreamKeyArn}, {@link PublicKeyArn},
 * {@link CompositionArn}, {@link EncoderConfigurationArn}, {@link StorageConfigurationArn},
 * {@link IngestConfigurationArn}, {@link PlaybackKeyPairArn}, {@link RecordingConfigurationArn},
 * {@link PlaybackRestrictionPolicyArn}) where a method wants one kind of resource; this record is what they share.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param region the AWS region, such as {@code us-west-2}
 * @param accountId the AWS account id (digits)
 * @param resourceType the kind of resource
 * @param resourceId the resource's id, such as {@code a1B2c3D4e5F6}
 */
public record IvsArn(String region, String accountId, ResourceType resourceType, String resourceId) {
    /** The longest ARN IVS accepts. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SHAPE =
            Pattern.compile("arn:aws:ivs:([a-z0-9-]+):([0-9]+):([a-z-]+)/([a-zA-Z0-9-]+)");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]+");
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9-]+");

    /** Validates each part against the shape IVS gives its ARNs. */
    public IvsArn {
        Check.notNull("resourceType", resourceType);
        Check.matches("region", region, REGION, "characters " + REGION.pattern());
        Check.matches("accountId", accountId, ACCOUNT, "characters " + ACCOUNT.pattern());
        Check.matches("resourceId", resourceId, ID, "characters " + ID.pattern());
        int length = "arn:aws:ivs:".length() + region.length() + 1 + accountId.length() + 1
                + resourceType.arnName().length() + 1 + resourceId.length();
        if (length > MAX_LENGTH) {
            throw IvsValidationException.invalid("arn", "is " + length + " characters long; allowed at most "
                    + MAX_LENGTH);
        }
    }

    /**
     * Parses an ARN of any IVS resource type.
     *
     * @param field the name of the input being parsed, used in error messages (such as {@code stageArn})
     * @param arn the ARN text
     * @return the parsed ARN
     * @throws IvsValidationException naming {@code field} if the text is not an IVS ARN
     */
    public static IvsArn parse(String field, String arn) {
        if (arn == null) {
            throw IvsValidationException.invalid(field, "is missing; expected an ARN of the form "
                    + "arn:aws:ivs:<region>:<account>:<type>/<id>");
        }
        if (arn.length() > MAX_LENGTH) {
            throw IvsValidationException.invalid(field, "is " + arn.length()
                    + " characters long; an IVS ARN has at most " + MAX_LENGTH);
        }
        Matcher m = SHAPE.matcher(arn);
        if (!m.matches()) {
            throw IvsValidationException.invalid(field, "\"" + arn + "\" is not an IVS ARN; expected "
                    + "arn:aws:ivs:<region>:<account>:<type>/<id>");
        }
        ResourceType type = ResourceType.fromArnName(m.group(3)).orElseThrow(() ->
                IvsValidationException.invalid(field, "\"" + arn + "\" names the resource type \"" + m.group(3)
                        + "\", which IVS does not have"));
        return new IvsArn(m.group(1), m.group(2), type, m.group(4));
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
    public static IvsArn parse(String field, String arn, ResourceType expected) {
        IvsArn parsed = parse(field, arn);
        if (parsed.resourceType != expected) {
            throw IvsValidationException.invalid(field, "\"" + arn + "\" is "
                    + Check.withArticle(parsed.resourceType.arnName()) + " ARN; expected "
                    + Check.withArticle(expected.arnName()) + " ARN (arn:aws:ivs:<region>:<account>:"
                    + expected.arnName() + "/<id>)");
        }
        return parsed;
    }

    /**
     * Requires this ARN to be of the given type.
     *
     * @param field the name used in the error message
     * @param expected the required type
     * @return this ARN
     * @throws IvsValidationException if the type differs
     */
    IvsArn requireType(String field, ResourceType expected) {
        if (resourceType != expected) {
            throw IvsValidationException.invalid(field, toString() + " is " + Check.withArticle(resourceType.arnName())
                    + " ARN; expected " + Check.withArticle(expected.arnName()) + " ARN");
        }
        return this;
    }

    /**
     * The ARN text, as IVS writes it.
     *
     * @return {@code arn:aws:ivs:<region>:<account>:<type>/<id>}
     */
    @Override
    public String toString() {
        return "arn:aws:ivs:" + region + ":" + accountId + ":" + resourceType.arnName() + "/" + resourceId;
    }
}
