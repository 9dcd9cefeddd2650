package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Everything one emulator knows: its account, its region and the resources created in it.
 *
 * <p>Resources are kept as the JSON documents IVS returns for them (a {@code Stage}, a {@code Channel}...), keyed
 * by ARN in one sorted map. Sorting by ARN groups each resource type under a common prefix, so a List operation is
 * a range scan, and the page token is the last ARN returned: it stays valid however many resources are created or
 * deleted between two pages.
 *
 * <p>Not thread-safe by itself: the {@link ApiHandler} serialises access with a read-write lock.
 */
final class EmulatorState {
    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final String TOKEN_PREFIX = "v1:";

    private final String region;
    private final String accountId;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** The account's host prefix in ingest, playback and WHIP host names, as IVS assigns one per account. */
    private final String hostPrefix;
    private final NavigableMap<String, ObjectNode> resources = new TreeMap<>();
    private final Map<String, ObjectNode> liveStreams = new HashMap<>();
    private final Map<String, List<Instant>> metadataTimes = new HashMap<>();

    EmulatorState(String region, String accountId, Clock clock) {
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        this.hostPrefix = randomId(12).toLowerCase(java.util.Locale.ROOT);
    }

    String region() {
        return region;
    }

    String accountId() {
        return accountId;
    }

    /** The current time, to the second, as IVS reports times. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    String hostPrefix() {
        return hostPrefix;
    }

    /**
     * A new ARN of this account and region.
     *
     * @param type the ARN resource type, such as {@code stage}
     * @param id the resource id
     * @return the ARN
     */
    String arn(String type, String id) {
        return "arn:aws:ivs:" + region + ":" + accountId + ":" + type + "/" + id;
    }

    /**
     * Random letters and digits, the alphabet of IVS ids.
     *
     * @param length how many
     * @return the id
     */
    String randomId(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALNUM[random.nextInt(ALNUM.length)];
        }
        return new String(out);
    }

    void put(String arn, ObjectNode document) {
        resources.put(arn, document);
    }

    Optional<ObjectNode> find(String arn) {
        return Optional.ofNullable(resources.get(arn));
    }

    /**
     * A resource that must exist.
     *
     * @param arn its ARN
     * @param what how to name it in the error, such as {@code stage}
     * @return its document
     * @throws ApiException {@code ResourceNotFoundException} if there is no such resource
     */
    ObjectNode require(String arn, String what) {
        ObjectNode doc = resources.get(arn);
        if (doc == null) {
            throw ApiException.notFound("The " + what + " " + arn + " was not found.");
        }
        return doc;
    }

    Optional<ObjectNode> remove(String arn) {
        return Optional.ofNullable(resources.remove(arn));
    }

    /**
     * Every resource of one type, in ARN order.
     *
     * @param type the ARN resource type
     * @return the documents
     */
    List<ObjectNode> all(String type) {
        return new ArrayList<>(ofType(type).values());
    }

    /**
     * One page of a List operation.
     *
     * @param type the ARN resource type listed
     * @param filter which resources belong in the list
     * @param maxResults the page size
     * @param nextToken the token of the previous page, if any
     * @return the page's documents and the token of the next page, if more remain
     * @throws ApiException {@code ValidationException} for a token this emulator did not issue for this list
     */
    Page page(String type, Predicate<ObjectNode> filter, int maxResults, Optional<String> nextToken) {
        NavigableMap<String, ObjectNode> range = ofType(type);
        if (nextToken.isPresent() && !nextToken.get().isEmpty()) {
            String after = decodeToken(nextToken.get(), arn(type, ""));
            range = range.tailMap(after, false);
        }
        List<ObjectNode> items = new ArrayList<>(Math.min(maxResults, 64));
        String last = null;
        boolean more = false;
        for (Map.Entry<String, ObjectNode> e : range.entrySet()) {
            if (!filter.test(e.getValue())) {
                continue;
            }
            if (items.size() == maxResults) {
                more = true;
                break;
            }
            items.add(e.getValue());
            last = e.getKey();
        }
        return new Page(items, more ? Optional.of(encodeToken(last)) : Optional.empty());
    }

    /** One page of documents and the token of the next. */
    record Page(List<ObjectNode> items, Optional<String> nextToken) {
        /**
         * The page as a List operation's response.
         *
         * @param resultKey the member holding the items, such as {@code stages}
         * @param project turns each document into the list's summary shape
         * @return the response body
         */
        ObjectNode toResponse(String resultKey, java.util.function.Function<ObjectNode, JsonNode> project) {
            ObjectNode out = Json.object();
            ArrayNode array = out.putArray(resultKey);
            items.forEach(doc -> array.add(project.apply(doc)));
            nextToken.ifPresent(token -> out.put("nextToken", token));
            return out;
        }
    }

    Optional<ObjectNode> liveStream(String channelArn) {
        return Optional.ofNullable(liveStreams.get(channelArn));
    }

    void startStream(String channelArn, ObjectNode stream) {
        liveStreams.put(channelArn, stream);
    }

    void endStream(String channelArn) {
        liveStreams.remove(channelArn);
        metadataTimes.remove(channelArn);
    }

    /**
     * Records a metadata send and tells whether the channel's rate limit allows it.
     *
     * @param channelArn the channel
     * @param perSecond the allowed rate
     * @return false if {@code perSecond} sends already happened in the last second
     */
    boolean allowMetadata(String channelArn, int perSecond) {
        Instant now = clock.instant();
        List<Instant> times = metadataTimes.computeIfAbsent(channelArn, k -> new ArrayList<>());
        times.removeIf(t -> !t.isAfter(now.minusSeconds(1)));
        if (times.size() >= perSecond) {
            return false;
        }
        times.add(now);
        return true;
    }

    private NavigableMap<String, ObjectNode> ofType(String type) {
        String prefix = arn(type, "");
        return resources.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    private static String encodeToken(String lastArn) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + lastArn).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token, String expectedPrefix) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        if (!decoded.startsWith(TOKEN_PREFIX + expectedPrefix)) {
            throw ApiException.validation("The nextToken is invalid: it was not returned by this List operation.");
        }
        return decoded.substring(TOKEN_PREFIX.length());
    }
}
