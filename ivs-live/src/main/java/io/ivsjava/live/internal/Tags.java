package io.ivsjava.live.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tags ivs-live writes on what it creates, and reads to find them again. Not public API; the keys are stated on
 * {@code IvsLive}. Stateless; thread-safe.
 */
public final class Tags {
    /** Names the library that created the resource. */
    public static final String LIBRARY = "ivs-java:library";
    /** The library's value of {@link #LIBRARY}. */
    public static final String LIBRARY_VALUE = "ivs-live";
    /** The application's namespace, so that several applications can share an account. */
    public static final String NAMESPACE = "ivs-java:namespace";
    /** The user whose broadcast the resource carries. */
    public static final String USER = "ivs-java:user";
    /** When the resource was created, ISO-8601, by the IvsLive's clock. */
    public static final String CREATED = "ivs-java:created";
    /**
     * A token fresh for each logical create and the same for its retries, by which a retry finds what an attempt
     * whose answer was lost created.
     */
    public static final String IDEMPOTENCY_TOKEN = "ivs-java:idempotency-token";

    private Tags() {
    }

    /**
     * The tags of a user's resource.
     *
     * @param namespace the namespace
     * @param userId the user
     * @param created the creation time
     * @return the tags
     */
    public static Map<String, String> forUser(String namespace, String userId, Instant created) {
        Map<String, String> tags = new LinkedHashMap<>(shared(namespace));
        tags.put(USER, userId);
        tags.put(CREATED, created.toString());
        return tags;
    }

    /**
     * The tags of a resource that several users share (an encoder configuration).
     *
     * @param namespace the namespace
     * @return the tags
     */
    public static Map<String, String> shared(String namespace) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(LIBRARY, LIBRARY_VALUE);
        tags.put(NAMESPACE, namespace);
        return tags;
    }

    /**
     * Whether ivs-live created the resource for this namespace.
     *
     * @param tags the resource's tags
     * @param namespace the namespace
     * @return true if the library and namespace tags match
     */
    public static boolean ours(Map<String, String> tags, String namespace) {
        return LIBRARY_VALUE.equals(tags.get(LIBRARY)) && namespace.equals(tags.get(NAMESPACE));
    }

    /**
     * Whether ivs-live created the resource for this namespace and user.
     *
     * @param tags the resource's tags
     * @param namespace the namespace
     * @param userId the user
     * @return true if all three tags match
     */
    public static boolean ofUser(Map<String, String> tags, String namespace, String userId) {
        return ours(tags, namespace) && userId.equals(tags.get(USER));
    }

    /**
     * The user a resource was created for.
     *
     * @param tags the resource's tags
     * @return the user id, if tagged
     */
    public static Optional<String> user(Map<String, String> tags) {
        return Optional.ofNullable(tags.get(USER));
    }

    /**
     * When a resource was created, as tagged.
     *
     * @param tags the resource's tags
     * @return the time, if tagged and readable
     */
    public static Optional<Instant> created(Map<String, String> tags) {
        String value = tags.get(CREATED);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
