package io.ivsjava.chat.internal;

import io.ivsjava.chat.ChatCapability;
import io.ivsjava.core.internal.Check;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The IVS Chat limits of the API model, checked before any call, each failure naming the field and the allowed
 * range. Not part of the public API. Stateless; thread-safe.
 */
public final class Limits {
    /** The most UTF-8 bytes that a token's or an event's attribute keys and values may hold together ("1 KB"). */
    public static final int MAX_ATTRIBUTE_BYTES = 1024;
    /** The longest user id, in characters. */
    public static final int MAX_USER_ID_LENGTH = 128;
    /** The most logging configurations a room takes. */
    public static final int MAX_LOGGING_CONFIGURATIONS = 3;

    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:aws:lambda:[a-z0-9-]+:[0-9]{12}:function:.+");
    private static final Pattern MESSAGE_ID = Pattern.compile("[a-zA-Z0-9]{12}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9.-]+");
    private static final Pattern LOG_GROUP = Pattern.compile("[.\\-_/#A-Za-z0-9]+");
    private static final Pattern DELIVERY_STREAM = Pattern.compile("[a-zA-Z0-9_.-]+");

    private Limits() {
    }

    /**
     * A user id: 1 to 128 characters of any text.
     *
     * @param field the field name
     * @param userId the id
     * @return the id
     */
    public static String userId(String field, String userId) {
        return Check.length(field, userId, 1, MAX_USER_ID_LENGTH);
    }

    /**
     * Token or event attributes: keys and values together at most 1 KB (UTF-8).
     *
     * @param field the field name
     * @param attributes the attributes
     * @return an unmodifiable, key-ordered copy
     */
    public static Map<String, String> attributes(String field, Map<String, String> attributes) {
        Check.totalBytes(field, Check.notNull(field, attributes), MAX_ATTRIBUTE_BYTES);
        return Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * Capabilities to send: none of them unknown.
     *
     * @param field the field name
     * @param capabilities the capabilities
     * @return an unmodifiable copy, in the enum's order
     */
    public static Set<ChatCapability> capabilities(String field, Collection<ChatCapability> capabilities) {
        Check.notNull(field, capabilities);
        Set<ChatCapability> copy = EnumSet.noneOf(ChatCapability.class);
        int i = 0;
        for (ChatCapability c : capabilities) {
            copy.add(Check.known(field + "[" + i++ + "]", c));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * The URI of a message review handler: the ARN of a Lambda function, at most 170 characters.
     *
     * @param field the field name
     * @param uri the ARN
     * @return the ARN
     */
    public static String lambdaArn(String field, String uri) {
        Check.length(field, uri, 1, 170);
        return Check.matches(field, uri, LAMBDA_ARN,
                "the ARN of a Lambda function, arn:aws:lambda:<region>:<12-digit account>:function:<name>");
    }

    /**
     * The id of a chat message, as clients receive it: 12 letters or digits.
     *
     * @param field the field name
     * @param id the id
     * @return the id
     */
    public static String messageId(String field, String id) {
        return Check.matches(field, id, MESSAGE_ID, "12 letters or digits");
    }

    /**
     * Why a message is deleted or a user disconnected: 1 to 256 characters.
     *
     * @param field the field name
     * @param reason the reason
     * @return the reason
     */
    public static String reason(String field, String reason) {
        return Check.length(field, reason, 1, 256);
    }

    /**
     * The name of an event: 1 to 100 characters.
     *
     * @param field the field name
     * @param name the name
     * @return the name
     */
    public static String eventName(String field, String name) {
        return Check.length(field, name, 1, 100);
    }

    /**
     * An S3 bucket name.
     *
     * @param field the field name
     * @param bucket the name
     * @return the name
     */
    public static String bucketName(String field, String bucket) {
        Check.length(field, bucket, 3, 63);
        return Check.matches(field, bucket, BUCKET, "lowercase letters, digits, '.' and '-'");
    }

    /**
     * A CloudWatch Logs log group name.
     *
     * @param field the field name
     * @param group the name
     * @return the name
     */
    public static String logGroupName(String field, String group) {
        Check.length(field, group, 1, 512);
        return Check.matches(field, group, LOG_GROUP, "letters, digits, '.', '-', '_', '/' and '#'");
    }

    /**
     * A Kinesis Data Firehose delivery stream name.
     *
     * @param field the field name
     * @param stream the name
     * @return the name
     */
    public static String deliveryStreamName(String field, String stream) {
        Check.length(field, stream, 1, 64);
        return Check.matches(field, stream, DELIVERY_STREAM, "letters, digits, '_', '.' and '-'");
    }

    /**
     * Tag keys to remove: 1 to 50, each 1..128 characters. The model allows an empty list, but the keys travel in
     * the query string and are required there: an empty list sends none, which IVS refuses as missing.
     *
     * @param field the field name
     * @param keys the keys
     * @return the keys
     */
    public static Collection<String> tagKeys(String field, Collection<String> keys) {
        Check.size(field, keys, 1, 50, "keys");
        int i = 0;
        for (String key : keys) {
            Check.length(field + "[" + i++ + "]", key, 1, 128);
        }
        return keys;
    }
}
