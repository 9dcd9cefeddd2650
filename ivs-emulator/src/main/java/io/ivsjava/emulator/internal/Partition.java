package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What one AWS account holds in one region: its resources, and the side state of its channels and stages (live
 * streams, sessions, participants...). IVS keeps regions apart, and so does the emulator: a stage created in
 * {@code us-west-2} is not listed in {@code eu-west-1}.
 *
 * <p>Resources are the JSON documents IVS returns for them (a {@code Stage}, a {@code Channel}...), kept as compact
 * UTF-8 bytes in one sorted map, keyed by ARN without the {@code arn:aws:ivs:<region>:<account>:} prefix that every
 * ARN of the partition shares ({@code stage/<id>}); IVS Chat's rooms and logging configurations, whose ARNs start
 * {@code arn:aws:ivschat:<region>:<account>:}, are keyed the same way ({@code room/<id>}): the resource types of the
 * two prefixes never overlap. Sorting by that key groups each resource type, so a List
 * operation is a range scan, and a page token is the last key returned: it stays valid however many resources are
 * created or deleted between two pages. In the stored bytes, the substrings that most documents of the partition
 * repeat, its two ARN prefixes and its host prefix, are one byte each (see {@link #pack}). A document read with
 * {@link #require} or {@link #find} is a private copy; changes are kept only when written back with {@link #put}.
 *
 * <p>Thread-safety: guarded by its own {@link #lock()}. The request path takes the read lock for operations that
 * only read and the write lock for the others, so one partition's traffic never waits for another's. The
 * {@linkplain #extension extension} slots hold per-feature state under the same lock.
 */
final class Partition {
    private static final String TOKEN_PREFIX = "v1:";

    private final EmulatorState state;
    private final String accountId;
    private final String region;
    /** The account's host prefix in ingest, playback and WHIP host names, as IVS assigns one per account. */
    private final String hostPrefix;
    private final String arnPrefix;
    /** The ARN prefix of IVS Chat's resources in this account and region. */
    private final String chatArnPrefix;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Documents by ARN without {@link #arnPrefix}: the prefix would be a third of each key's bytes. */
    private final NavigableMap<String, byte[]> resources = new TreeMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<Class<?>, Object> extensions = new ConcurrentHashMap<>();
    /** What the bytes {@code 1..n} stand for in stored documents: the ARN prefix and the host prefix. */
    private final byte[][] constants;
    /** The length of the longest of {@link #constants}. */
    private final int longestConstant;

    Partition(EmulatorState state, String accountId, String region) {
        this.state = state;
        this.accountId = accountId;
        this.region = region;
        this.hostPrefix = state.randomId(12).toLowerCase(Locale.ROOT);
        this.arnPrefix = "arn:aws:ivs:" + region + ":" + accountId + ":";
        this.chatArnPrefix = "arn:aws:ivschat:" + region + ":" + accountId + ":";
        this.constants = new byte[][] {arnPrefix.getBytes(StandardCharsets.UTF_8),
                hostPrefix.getBytes(StandardCharsets.UTF_8), chatArnPrefix.getBytes(StandardCharsets.UTF_8)};
        this.longestConstant = Arrays.stream(constants).mapToInt(c -> c.length).max().orElse(0);
    }

    /** {@return the 12-digit account id} */
    String accountId() {
        return accountId;
    }

    /** {@return the region name} */
    String region() {
        return region;
    }

    /** {@return the emulator-wide state: clock, randomness, quotas} */
    EmulatorState emulator() {
        return state;
    }

    /** {@return the lowercase host prefix of this account's ingest, playback and WHIP host names} */
    String hostPrefix() {
        return hostPrefix;
    }

    /** {@return the lock guarding this partition} */
    ReentrantReadWriteLock lock() {
        return lock;
    }

    /** {@return the current time, to the second, as IVS reports times} */
    Instant now() {
        return state.now();
    }

    /**
     * Random letters and digits, the alphabet of IVS ids.
     *
     * @param length how many
     * @return the id
     */
    String randomId(int length) {
        return state.randomId(length);
    }

    /**
     * An ARN of this account and region.
     *
     * @param type the ARN resource type, such as {@code stage}
     * @param id the resource id
     * @return the ARN
     */
    String arn(String type, String id) {
        return arnPrefix + type + "/" + id;
    }

    /**
     * An IVS Chat ARN of this account and region.
     *
     * @param type the ARN resource type, such as {@code room}
     * @param id the resource id
     * @return the ARN
     */
    String chatArn(String type, String id) {
        return chatArnPrefix + type + "/" + id;
    }

    /**
     * The per-feature state of this partition of one kind, created on first use.
     *
     * @param kind the state's class
     * @param create makes it
     * @param <T> its type
     * @return the state
     */
    <T> T extension(Class<T> kind, Supplier<T> create) {
        return kind.cast(extensions.computeIfAbsent(kind, k -> create.get()));
    }

    /**
     * Runs an action under the read lock.
     *
     * @param action the action
     * @param <T> its result type
     * @return its result
     */
    <T> T read(Supplier<T> action) {
        return locked(lock.readLock(), action);
    }

    /**
     * Runs an action under the write lock.
     *
     * @param action the action
     * @param <T> its result type
     * @return its result
     */
    <T> T write(Supplier<T> action) {
        return locked(lock.writeLock(), action);
    }

    private <T> T locked(Lock held, Supplier<T> action) {
        held.lock();
        boolean done = false;
        try {
            T result = action.get();
            done = true;
            return result;
        } finally {
            held.unlock();
            released(done);
        }
    }

    /**
     * After a lock is released: once the thread holds no lock of this partition any more, the events its action
     * emitted go to the listeners, or are dropped if the action failed (a refused call changes nothing).
     */
    private void released(boolean done) {
        if (lock.getReadHoldCount() == 0 && !lock.isWriteLockedByCurrentThread()) {
            if (done) {
                state.events().flush();
            } else {
                state.events().discard();
            }
        }
    }

    /**
     * Queues an event of this partition for the emulator's in-process listeners (see {@link EventFeed}).
     *
     * @param detailType such as {@code IVS Stream State Change}
     * @param resource the ARN the event is about
     * @param detail the event's detail
     */
    void emit(String detailType, String resource, ObjectNode detail) {
        state.events().emit(this, detailType, resource, detail);
    }

    /**
     * Stores a resource document, replacing any with the same ARN.
     *
     * @param arn the resource's ARN
     * @param document its document
     */
    void put(String arn, ObjectNode document) {
        String key = key(arn);
        if (key == null) {
            throw new IllegalStateException(arn + " is not an ARN of " + arnPrefix + " or " + chatArnPrefix);
        }
        byte[] previous = resources.put(key, pack(Json.write(document)));
        if (previous == null) {
            counts.merge(IvsArns.type(arn), 1, Integer::sum);
        }
    }

    /**
     * A resource document, if it exists: a private copy.
     *
     * @param arn the ARN
     * @return the document
     */
    Optional<ObjectNode> find(String arn) {
        String key = key(arn);
        byte[] bytes = key == null ? null : resources.get(key);
        return bytes == null ? Optional.empty() : Optional.of(parse(bytes));
    }

    /**
     * A resource that must exist, as the compact JSON its document is stored as: what {@link Json#write} makes of
     * {@link #require}'s document, without building the tree.
     *
     * @param arn its ARN
     * @param what how to name it in the error, such as {@code stage}
     * @return its document's JSON, UTF-8: a private copy
     * @throws ApiException {@code ResourceNotFoundException} if there is no such resource
     */
    byte[] requireJson(String arn, String what) {
        String key = key(arn);
        byte[] bytes = key == null ? null : resources.get(key);
        if (bytes == null) {
            throw ApiException.notFound(what, arn);
        }
        return unpack(bytes);
    }

    /**
     * Whether a resource exists.
     *
     * @param arn the ARN
     * @return true if it does
     */
    boolean exists(String arn) {
        String key = key(arn);
        return key != null && resources.containsKey(key);
    }

    /**
     * A resource that must exist: a private copy of its document.
     *
     * @param arn its ARN
     * @param what how to name it in the error, such as {@code stage}
     * @return its document
     * @throws ApiException {@code ResourceNotFoundException} if there is no such resource
     */
    ObjectNode require(String arn, String what) {
        return find(arn).orElseThrow(() -> ApiException.notFound(what, arn));
    }

    /**
     * Removes a resource.
     *
     * @param arn its ARN
     * @return whether it existed
     */
    boolean remove(String arn) {
        String key = key(arn);
        if (key != null && resources.remove(key) != null) {
            counts.merge(IvsArns.type(arn), -1, Integer::sum);
            return true;
        }
        return false;
    }

    /**
     * How many resources of one type exist.
     *
     * @param type the ARN resource type
     * @return the count
     */
    int count(String type) {
        return counts.getOrDefault(type, 0);
    }

    /**
     * Every resource of one type, in ARN order: private copies.
     *
     * @param type the ARN resource type
     * @return the documents
     */
    List<ObjectNode> all(String type) {
        List<ObjectNode> out = new ArrayList<>();
        ofType(type).values().forEach(bytes -> out.add(parse(bytes)));
        return out;
    }

    /**
     * One page of the resources of one type.
     *
     * @param type the ARN resource type listed
     * @param filter which resources belong in the list
     * @param maxResults the page size
     * @param nextToken the token of the previous page, if any
     * @return the page
     * @throws ApiException {@code ValidationException} for a token this emulator did not issue for this list
     */
    Page<ObjectNode> page(String type, Predicate<ObjectNode> filter, int maxResults, Optional<String> nextToken) {
        return page(ofType(type), type, this::parse, filter, maxResults, nextToken);
    }

    /**
     * One page of any sorted collection: the items after the token's key that pass the filter.
     *
     * @param items the collection, by key
     * @param listName what the token was issued for; a token of another list is refused
     * @param read turns a stored value into an item
     * @param filter which items belong in the list
     * @param maxResults the page size
     * @param nextToken the token of the previous page, if any
     * @param <V> the stored value type
     * @param <T> the item type
     * @return the page
     */
    static <V, T> Page<T> page(NavigableMap<String, V> items, String listName, Function<V, T> read,
                               Predicate<T> filter, int maxResults, Optional<String> nextToken) {
        NavigableMap<String, V> range = items;
        if (nextToken.isPresent() && !nextToken.get().isEmpty()) {
            range = items.tailMap(decodeToken(nextToken.get(), listName), false);
        }
        List<T> out = new ArrayList<>(Math.min(maxResults, 64));
        String last = null;
        boolean more = false;
        for (Map.Entry<String, V> e : range.entrySet()) {
            T item = read.apply(e.getValue());
            if (!filter.test(item)) {
                continue;
            }
            if (out.size() == maxResults) {
                more = true;
                break;
            }
            out.add(item);
            last = e.getKey();
        }
        return new Page<>(out, more ? Optional.of(encodeToken(listName, last)) : Optional.empty());
    }

    /**
     * One page of items and the token of the next.
     *
     * @param items the page's items
     * @param nextToken the token of the following page, if more remain
     * @param <T> the item type
     */
    record Page<T>(List<T> items, Optional<String> nextToken) {
        /**
         * The page as a List operation's response.
         *
         * @param resultKey the member holding the items, such as {@code stages}
         * @param project turns each item into the list's element shape
         * @return the response body
         */
        ObjectNode toResponse(String resultKey, Function<T, JsonNode> project) {
            ObjectNode out = Json.object();
            ArrayNode array = out.putArray(resultKey);
            items.forEach(item -> array.add(project.apply(item)));
            nextToken.ifPresent(token -> out.put("nextToken", token));
            return out;
        }
    }

    /**
     * The map key of an ARN: the ARN without its prefix, if the prefix is this partition's one for the ARN's
     * resource type (so that an {@code ivschat} ARN never names an {@code ivs} resource, nor the other way round).
     *
     * @param arn the ARN
     * @return the key, or null if the ARN is not of this partition
     */
    private String key(String arn) {
        boolean chat = arn.startsWith(chatArnPrefix);
        if (!chat && !arn.startsWith(arnPrefix)) {
            return null;
        }
        String key = arn.substring(chat ? chatArnPrefix.length() : arnPrefix.length());
        int slash = key.indexOf('/');
        Optional<ResourceTable.ResourceType> type = slash > 0 ? ResourceTable.byArnType(key.substring(0, slash))
                : Optional.empty();
        boolean chatType = type.isPresent() && type.get().service().equals(ServiceModel.CHAT);
        return chat == chatType ? key : null;
    }

    private NavigableMap<String, byte[]> ofType(String type) {
        String prefix = type + "/";
        return resources.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    /**
     * A document as stored: its compact JSON with each occurrence of a partition constant replaced by one byte, the
     * constant's number (1 to 3). JSON written by Jackson never holds a raw byte below 0x20 (control characters in
     * strings are escaped, and compact JSON has no whitespace), so {@link #unpack} restores exactly the same bytes.
     */
    private byte[] pack(byte[] json) {
        byte[] out = new byte[json.length];
        int n = 0;
        for (int i = 0; i < json.length; ) {
            int c = constantAt(json, i);
            if (c >= 0) {
                out[n++] = (byte) (c + 1);
                i += constants[c].length;
            } else if (json[i] >= 0 && json[i] < 0x20) {
                throw new IllegalStateException("a document to store holds a raw control character");
            } else {
                out[n++] = json[i++];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** {@return the index of the constant that starts at {@code json[i]}, or -1} */
    private int constantAt(byte[] json, int i) {
        for (int c = 0; c < constants.length; c++) {
            byte[] constant = constants[c];
            if (json[i] == constant[0] && i + constant.length <= json.length
                    && Arrays.equals(json, i, i + constant.length, constant, 0, constant.length)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The JSON of a stored document: {@link #pack} undone in one pass, the bytes between constants copied in runs.
     * The output starts with room for two constants and grows if a document holds more.
     */
    private byte[] unpack(byte[] packed) {
        byte[] out = new byte[packed.length + 2 * longestConstant];
        int n = 0;
        int run = 0;
        for (int i = 0; i < packed.length; i++) {
            byte b = packed[i];
            if (b > 0 && b <= constants.length) {
                byte[] constant = constants[b - 1];
                int needed = n + (i - run) + constant.length + (packed.length - i - 1);
                if (needed > out.length) {
                    out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
                }
                System.arraycopy(packed, run, out, n, i - run);
                n += i - run;
                System.arraycopy(constant, 0, out, n, constant.length);
                n += constant.length;
                run = i + 1;
            }
        }
        System.arraycopy(packed, run, out, n, packed.length - run);
        n += packed.length - run;
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private ObjectNode parse(byte[] packed) {
        try {
            return (ObjectNode) Json.parse(unpack(packed));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored document is unreadable", e);
        }
    }

    private static String encodeToken(String listName, String lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + listName + "\n" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token, String listName) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        String prefix = TOKEN_PREFIX + listName + "\n";
        if (!decoded.startsWith(prefix)) {
            throw ApiException.validation("The nextToken is invalid: it was not returned by this List operation.");
        }
        return decoded.substring(prefix.length());
    }
}
