package io.ivsjava.emulator;

import static io.ivsjava.emulator.Checks.notNull;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How an emulator listens and which AWS account and region it pretends to be. The same options serve the embedded
 * emulator ({@link IvsEmulator#builder()}) and the standalone jar ({@code --port}, {@code --bind},
 * {@code --region}, {@code --account-id}, ...).
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param port the TCP port; 0 (the default) picks a free one, which is what tests should use
 * @param bindAddress the address to listen on; the default is the loopback address, so nothing outside the
 *     machine can reach the emulator
 * @param region the region in ARNs and URLs; default {@value #DEFAULT_REGION}
 * @param accountId the 12-digit account id in ARNs and URLs; default {@value #DEFAULT_ACCOUNT_ID}
 * @param quotas limits that differ from each {@link Quota}'s default; empty for IVS's defaults
 * @param journalCapacity how many recent calls the journal keeps in full (counts are kept for all);
 *     default {@value #DEFAULT_JOURNAL_CAPACITY}, 0 to keep counts only
 * @param signingKeys for strict SigV4 mode, the secret access key of each accepted access key id; empty (the
 *     default) accepts any credentials without checking signatures
 * @param rtmpPort where the media plane takes RTMP publishes, if it is on (0 picks a free port); empty, the
 *     default, leaves the media plane off and the emulator exactly as without it
 * @param eventWebhook where every event the emulator emits is also posted, as an EventBridge API destination
 *     posts it; empty (the default) for none
 * @param chatReviewUrl where the chat messages of rooms with a message review handler are POSTed for review (the
 *     review Lambda's event as JSON; its answer as the Lambda's), when no {@link ChatMessageReviewer} is set;
 *     empty, the default, makes every review fail, so the room's {@code fallbackResult} applies
 * @param chatReviewTimeout how long a review may take before the room's {@code fallbackResult} applies; default
 *     {@link #DEFAULT_CHAT_REVIEW_TIMEOUT}, IVS's fixed 200 ms
 */
public record EmulatorOptions(int port, InetAddress bindAddress, String region, String accountId,
                              Map<Quota, Integer> quotas, int journalCapacity, Map<String, String> signingKeys,
                              OptionalInt rtmpPort, Optional<EventWebhook> eventWebhook, Optional<URI> chatReviewUrl,
                              Duration chatReviewTimeout) {
    /** The region used unless another is given. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account id used unless another is given. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";
    /** How many calls the journal keeps unless told otherwise. */
    public static final int DEFAULT_JOURNAL_CAPACITY = 10_000;
    /** How long a chat message review may take unless told otherwise: IVS Chat's 200 ms. */
    public static final Duration DEFAULT_CHAT_REVIEW_TIMEOUT = Duration.ofMillis(200);

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    /** Checks each option; a missing one is refused as everywhere in the API ({@code "region: is missing"}). */
    public EmulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is out of range; allowed 0..65535 (0 picks a free port)");
        }
        notNull("bindAddress", bindAddress);
        if (!REGION.matcher(notNull("region", region)).matches()) {
            throw new IllegalArgumentException("region: \"" + region + "\" is not an AWS region name such as us-west-2");
        }
        if (!ACCOUNT.matcher(notNull("accountId", accountId)).matches()) {
            throw new IllegalArgumentException("accountId: \"" + accountId + "\" is not a 12-digit AWS account id");
        }
        notNull("quotas", quotas).forEach((quota, limit) -> {
            notNull("quotas.key", quota);
            if (notNull("quotas[" + quota + "]", limit) < 0) {
                throw new IllegalArgumentException("quotas[" + quota + "]: " + limit + " is not a limit; allowed 0 or more");
            }
        });
        quotas = quotas.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(quotas));
        if (journalCapacity < 0 || journalCapacity > 10_000_000) {
            throw new IllegalArgumentException("journalCapacity: " + journalCapacity
                    + " is out of range; allowed 0..10000000");
        }
        notNull("signingKeys", signingKeys).forEach((id, secret) -> {
            if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException("signingKeys: an access key id and its secret must not be empty");
            }
        });
        signingKeys = Collections.unmodifiableMap(new LinkedHashMap<>(signingKeys));
        notNull("rtmpPort", rtmpPort).ifPresent(p -> {
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("rtmpPort: " + p + " is out of range; allowed 0..65535 (0 picks a free "
                        + "port)");
            }
        });
        notNull("eventWebhook", eventWebhook);
        notNull("chatReviewUrl", chatReviewUrl).ifPresent(url -> {
            if (!url.isAbsolute() || url.getHost() == null
                    || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
                throw new IllegalArgumentException("chatReviewUrl: not an absolute http or https URL");
            }
        });
        if (notNull("chatReviewTimeout", chatReviewTimeout).compareTo(Duration.ofMillis(1)) < 0
                || chatReviewTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("chatReviewTimeout: " + chatReviewTimeout
                    + " is out of range; allowed PT0.001S..PT5M");
        }
    }

    /**
     * {@return the options, with the secrets of {@link #signingKeys()} and of the webhook's credential redacted, and
     * the queries of the webhook's and the chat review's URLs left out}
     */
    @Override
    public String toString() {
        return "EmulatorOptions[port=" + port + ", bindAddress=" + bindAddress + ", region=" + region
                + ", accountId=" + accountId + ", quotas=" + quotas + ", journalCapacity=" + journalCapacity
                + ", signingKeys=" + signingKeys.keySet() + " (secrets redacted), rtmpPort=" + rtmpPort
                + ", eventWebhook=" + eventWebhook.map(EventWebhook::toString).orElse("none")
                + ", chatReviewUrl=" + chatReviewUrl.map(EventWebhook::shown).orElse("none")
                + ", chatReviewTimeout=" + chatReviewTimeout + "]";
    }

    /**
     * These options with another port.
     *
     * @param port 0..65535
     * @return new options
     */
    public EmulatorOptions withPort(int port) {
        return with(d -> d.port = port);
    }

    /**
     * These options with another bind address.
     *
     * @param bindAddress an address of this machine
     * @return new options
     */
    public EmulatorOptions withBindAddress(InetAddress bindAddress) {
        return with(d -> d.bindAddress = bindAddress);
    }

    /**
     * These options with another region.
     *
     * @param region such as {@code eu-west-1}
     * @return new options
     */
    public EmulatorOptions withRegion(String region) {
        return with(d -> d.region = region);
    }

    /**
     * These options with another account.
     *
     * @param accountId 12 digits
     * @return new options
     */
    public EmulatorOptions withAccountId(String accountId) {
        return with(d -> d.accountId = accountId);
    }

    /**
     * These options with another journal capacity.
     *
     * @param journalCapacity 0..10,000,000
     * @return new options
     */
    public EmulatorOptions withJournalCapacity(int journalCapacity) {
        return with(d -> d.journalCapacity = journalCapacity);
    }

    /**
     * These options with strict SigV4 mode accepting one more access key.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey its secret
     * @return new options
     */
    public EmulatorOptions withSigningKey(String accessKeyId, String secretAccessKey) {
        Map<String, String> keys = new LinkedHashMap<>(signingKeys);
        if (accessKeyId == null || secretAccessKey == null) {
            throw new IllegalArgumentException("signingKeys: an access key id and its secret must not be empty");
        }
        keys.put(accessKeyId, secretAccessKey);
        return with(d -> d.signingKeys = keys);
    }

    /**
     * The limit applied for a quota: the one configured, or the quota's default.
     *
     * @param quota the quota
     * @return its limit
     */
    public int limit(Quota quota) {
        return quotas.getOrDefault(quota, quota.defaultLimit());
    }

    /**
     * These options with one quota changed.
     *
     * @param quota the quota
     * @param limit its new limit, 0 or more
     * @return new options
     */
    public EmulatorOptions withQuota(Quota quota, int limit) {
        Map<Quota, Integer> changed = new EnumMap<>(Quota.class);
        changed.putAll(quotas);
        changed.put(notNull("quota", quota), limit);
        return with(d -> d.quotas = changed);
    }

    /**
     * These options with the media plane on: RTMP publishes taken on this port, and what they carry played back
     * over HLS on the API's port.
     *
     * @param rtmpPort 0..65535; 0 picks a free port
     * @return new options
     */
    public EmulatorOptions withRtmpPort(int rtmpPort) {
        return with(d -> d.rtmpPort = OptionalInt.of(rtmpPort));
    }

    /**
     * These options with every event the emulator emits also posted to a webhook, as an EventBridge API destination
     * posts it (see {@link EventWebhook}).
     *
     * @param eventWebhook where and how to post
     * @return new options
     */
    public EmulatorOptions withEventWebhook(EventWebhook eventWebhook) {
        Optional<EventWebhook> webhook = Optional.of(notNull("eventWebhook", eventWebhook));
        return with(d -> d.eventWebhook = webhook);
    }

    /**
     * These options with chat messages reviewed by an HTTP endpoint: the rooms' review Lambda, for the standalone
     * jar and for clients in other languages.
     *
     * @param url an absolute http or https URL
     * @return new options
     */
    public EmulatorOptions withChatReviewUrl(URI url) {
        return with(d -> d.chatReviewUrl = Optional.of(notNull("chatReviewUrl", url)));
    }

    /**
     * These options with another time limit for a chat message review, such as several seconds for a reviewer in a
     * test on a loaded machine.
     *
     * @param timeout 1 ms to 5 minutes
     * @return new options
     */
    public EmulatorOptions withChatReviewTimeout(Duration timeout) {
        return with(d -> d.chatReviewTimeout = timeout);
    }

    /** These options with some changed: each {@code withX} names only what it changes. */
    private EmulatorOptions with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new EmulatorOptions(d.port, d.bindAddress, d.region, d.accountId, d.quotas, d.journalCapacity,
                d.signingKeys, d.rtmpPort, d.eventWebhook, d.chatReviewUrl, d.chatReviewTimeout);
    }

    /** The options' values while one is being changed; checked when they become options again. */
    private static final class Draft {
        int port;
        InetAddress bindAddress;
        String region;
        String accountId;
        Map<Quota, Integer> quotas;
        int journalCapacity;
        Map<String, String> signingKeys;
        OptionalInt rtmpPort;
        Optional<EventWebhook> eventWebhook;
        Optional<URI> chatReviewUrl;
        Duration chatReviewTimeout;

        Draft(EmulatorOptions o) {
            port = o.port;
            bindAddress = o.bindAddress;
            region = o.region;
            accountId = o.accountId;
            quotas = o.quotas;
            journalCapacity = o.journalCapacity;
            signingKeys = o.signingKeys;
            rtmpPort = o.rtmpPort;
            eventWebhook = o.eventWebhook;
            chatReviewUrl = o.chatReviewUrl;
            chatReviewTimeout = o.chatReviewTimeout;
        }
    }

    /**
     * The defaults: a free port on the loopback address, {@value #DEFAULT_REGION}, account
     * {@value #DEFAULT_ACCOUNT_ID}.
     *
     * @return the default options
     */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, InetAddress.getLoopbackAddress(), DEFAULT_REGION, DEFAULT_ACCOUNT_ID, Map.of(),
                DEFAULT_JOURNAL_CAPACITY, Map.of(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_CHAT_REVIEW_TIMEOUT);
    }

    /**
     * Reads command-line options: {@code --port N}, {@code --bind ADDRESS}, {@code --region NAME},
     * {@code --account-id DIGITS}, {@code --quota NAME=LIMIT} (repeatable; names as in {@link Quota}, in any
     * case, such as {@code --quota stages=100000}), {@code --journal-capacity N} and
     * {@code --strict-sigv4 ACCESS_KEY_ID:SECRET} (repeatable) and {@code --rtmp-port N} (the media plane on);
     * {@code --event-webhook URL} posts every event there, with {@code --event-webhook-api-key NAME:VALUE} or
     * {@code --event-webhook-basic-auth USER:PASSWORD} as its connection's credential; {@code --chat-review-url URL}
     * and {@code --chat-review-timeout PT0.2S} review chat messages. Anything not given keeps its default.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException for an unknown option, a missing value or an invalid one
     */
    public static EmulatorOptions fromArgs(String... args) {
        EmulatorOptions o = defaults();
        Optional<EventWebhook> webhook = Optional.empty();
        Optional<String[]> webhookApiKey = Optional.empty();
        Optional<String[]> webhookBasicAuth = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--port":
                    o = o.withPort(parseInt("port", value, "0..65535"));
                    break;
                case "--bind":
                    o = o.withBindAddress(parseAddress(value));
                    break;
                case "--region":
                    o = o.withRegion(value);
                    break;
                case "--account-id":
                    o = o.withAccountId(value);
                    break;
                case "--quota":
                    o = parseQuota(o, value);
                    break;
                case "--rtmp-port":
                    o = o.withRtmpPort(parseInt("rtmpPort", value, "0..65535"));
                    break;
                case "--chat-review-url":
                    o = o.withChatReviewUrl(parseUrl("chatReviewUrl", value));
                    break;
                case "--chat-review-timeout":
                    o = o.withChatReviewTimeout(parseDuration("chatReviewTimeout", value));
                    break;
                case "--journal-capacity":
                    o = o.withJournalCapacity(parseInt("journalCapacity", value, "0..10000000"));
                    break;
                case "--strict-sigv4": {
                    int colon = value.indexOf(':');
                    if (colon <= 0 || colon == value.length() - 1) {
                        throw new IllegalArgumentException("strict-sigv4: expected ACCESS_KEY_ID:SECRET");
                    }
                    o = o.withSigningKey(value.substring(0, colon), value.substring(colon + 1));
                    break;
                }
                case "--event-webhook":
                    webhook = Optional.of(EventWebhook.to(parseUrl("event-webhook", value)));
                    break;
                case "--event-webhook-api-key":
                    webhookApiKey = Optional.of(pair("event-webhook-api-key", value, "NAME:VALUE"));
                    break;
                case "--event-webhook-basic-auth":
                    webhookBasicAuth = Optional.of(pair("event-webhook-basic-auth", value, "USER:PASSWORD"));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + flag + "; expected --port, --bind, "
                            + "--region, --account-id, --quota, --journal-capacity, --strict-sigv4, --rtmp-port, "
                            + "--event-webhook, --event-webhook-api-key, --event-webhook-basic-auth, "
                            + "--chat-review-url or --chat-review-timeout");
            }
        }
        return withWebhook(o, webhook, webhookApiKey, webhookBasicAuth);
    }

    private static EmulatorOptions withWebhook(EmulatorOptions o, Optional<EventWebhook> webhook,
                                               Optional<String[]> apiKey, Optional<String[]> basicAuth) {
        if (webhook.isEmpty()) {
            if (apiKey.isPresent() || basicAuth.isPresent()) {
                throw new IllegalArgumentException("event-webhook: a credential was given without --event-webhook URL");
            }
            return o;
        }
        if (apiKey.isPresent() && basicAuth.isPresent()) {
            throw new IllegalArgumentException("event-webhook: a connection has one credential; give either "
                    + "--event-webhook-api-key or --event-webhook-basic-auth");
        }
        EventWebhook configured = webhook.get();
        if (apiKey.isPresent()) {
            configured = configured.withApiKey(apiKey.get()[0], apiKey.get()[1]);
        } else if (basicAuth.isPresent()) {
            configured = configured.withBasicAuth(basicAuth.get()[0], basicAuth.get()[1]);
        }
        return o.withEventWebhook(configured);
    }

    /** Splits {@code A:B} at its first colon; neither half may be empty. The message never repeats the value. */
    private static String[] pair(String field, String value, String expected) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException(field + ": expected " + expected);
        }
        return new String[] {value.substring(0, colon), value.substring(colon + 1)};
    }

    private static EmulatorOptions parseQuota(EmulatorOptions o, String value) {
        int eq = value.indexOf('=');
        Quota quota = null;
        if (eq > 0) {
            try {
                quota = Quota.valueOf(value.substring(0, eq).trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                quota = null;
            }
        }
        if (quota == null) {
            throw new IllegalArgumentException("quota: \"" + value + "\" is not NAME=LIMIT with NAME one of "
                    + java.util.Arrays.toString(Quota.values()));
        }
        try {
            return o.withQuota(quota, Integer.parseInt(value.substring(eq + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quota: \"" + value + "\" has no number after '='; allowed 0 or more");
        }
    }

    private static int parseInt(String field, String value, String allowed) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + value + "\" is not a number; allowed " + allowed);
        }
    }

    private static Duration parseDuration(String field, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": \"" + value + "\" is not an ISO-8601 duration such as PT0.2S");
        }
    }

    /** A URL; the message of a malformed one does not repeat it (its query may hold a secret). */
    private static java.net.URI parseUrl(String field, String value) {
        try {
            return new java.net.URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(field + ": not a URL (" + e.getReason() + ")");
        }
    }

    private static InetAddress parseAddress(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bind: \"" + value + "\" is not an address of this machine");
        }
    }
}
