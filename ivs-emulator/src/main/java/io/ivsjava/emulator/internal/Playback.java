package io.ivsjava.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ivsjava.emulator.internal.HttpTransport.Request;
import io.ivsjava.emulator.internal.HttpTransport.Response;
import io.ivsjava.emulator.internal.hls.HlsStream;
import io.ivsjava.emulator.internal.hls.HlsStreams;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HLS playback on the emulator's API port, where IVS serves it: a channel's playback URL
 * ({@code /api/video/v1/<region>.<account>.channel.<id>.m3u8}) answers a multivariant playlist while the channel's
 * stream is live, pointing at one rendition, the source as it was ingested ({@code .../<streamId>/<session>/source.m3u8},
 * segments {@code .../source/<n>.ts}). The rendition paths carry a viewer session: {@code public} on a public channel,
 * an unguessable id on a private one, made when its token was accepted (IVS's rendition URLs are opaque the same way).
 *
 * <p>What IVS documents, and the emulator checks:
 * <ul>
 *   <li>A channel that does not exist, or is not live (or has no finished segment yet: a simulated stream has
 *       none), answers {@code 404}.</li>
 *   <li>A private channel ({@code authorized}) needs {@code ?token=}: an ES384 JWT signed by a key imported with
 *       {@code ImportPlaybackKeyPair} into the channel's account and region, with {@code aws:channel-arn} naming the
 *       channel and {@code exp} in the future (at most 10 minutes ahead with {@code aws:viewer-id} or
 *       {@code aws:single-use-uuid}); a single-use token plays once; {@code aws:access-control-allow-origin}
 *       (comma-separated origins, {@code *} or hosts starting {@code *.}) is matched against the {@code Origin}
 *       header when one is sent, on the multivariant playlist, and {@code aws:strict-origin-enforcement} requires a
 *       matching {@code Origin} on every request; a viewer whose {@code aws:viewer-session-version} (default 0) is
 *       at or below a version revoked with {@code StartViewerSessionRevocation} is refused, sessions already playing
 *       included. Any failure answers {@code 403}.</li>
 *   <li>A public channel's playback restriction policy: {@code allowedCountries} against the viewer's country,
 *       which the request header {@value #COUNTRY_HEADER} stands in for (a request without it is from an allowed
 *       country); {@code allowedOrigins} against {@code Origin} when one is sent; with
 *       {@code enableStrictOriginEnforcement} every request must send an allowed {@code Origin}. IVS ignores a
 *       policy on a private channel, and so does the emulator. Refused with {@code 403}.</li>
 * </ul>
 * Every answer carries CORS headers, so that a browser player (hls.js) on any page can read it.
 *
 * <p>Thread-safe: channel state is read under its partition's lock, streams guard themselves, viewer sessions are
 * kept in a bounded map under this object's lock.
 */
final class Playback {
    /** The request header that stands in for the viewer's country (ISO 3166-1 alpha-2). */
    static final String COUNTRY_HEADER = "x-ivs-emulator-viewer-country";
    static final String PREFIX = "/api/video/v1/";
    /** How many private viewer sessions are remembered; the least recently used go first. */
    static final int MAX_SESSIONS = 10_000;
    /** The longest a token with a viewer id or a single-use id may live, as IVS documents. */
    static final Duration SHORT_TOKEN = Duration.ofMinutes(10);

    private static final Pattern PATH = Pattern.compile(Pattern.quote(PREFIX)
            + "([a-z0-9-]{1,32})\\.([0-9]{12})\\.channel\\.([a-zA-Z0-9]{1,64})"
            + "(?:\\.m3u8|/(st-[a-zA-Z0-9]{1,64})/([a-zA-Z0-9]{1,64})/source(?:\\.m3u8|/([0-9]{1,18})\\.ts))");
    private static final String PUBLIC = "public";
    private static final String PLAYLIST_TYPE = "application/vnd.apple.mpegurl";

    /** What a private viewer was granted with the token that opened the session. */
    private record Grant(String channelArn, Optional<String> viewerId, long version, String origins, boolean strict) {
    }

    /** A channel as playback needs it, read under its partition's lock. */
    private record Channel(String arn, boolean authorized, Optional<ObjectNode> policy, Optional<String> liveStream,
                           List<PublicKey> keys) {
    }

    private final EmulatorState state;
    private final HlsStreams streams;
    private final Map<String, Grant> sessions = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Grant> eldest) {
            return size() > MAX_SESSIONS;
        }
    };
    /** Single-use token ids already played, with their expiry (epoch seconds). */
    private final Map<String, Long> usedOnce = new LinkedHashMap<>();
    private volatile URI endpoint = URI.create("http://127.0.0.1");

    Playback(EmulatorState state, HlsStreams streams) {
        this.state = state;
        this.streams = streams;
    }

    /** {@return the mount that serves playback on the API's port} */
    ApiHandler.Mount mount() {
        return ApiHandler.Mount.under(PREFIX, (request, requestId) -> handle(request));
    }

    /**
     * Where playback URLs point: the emulator's HTTP endpoint, once it is bound.
     *
     * @param endpoint such as {@code http://127.0.0.1:4566}
     */
    void endpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** {@return the streams played back} */
    HlsStreams streams() {
        return streams;
    }

    /**
     * A channel's playback URL on the emulator.
     *
     * @param p the channel's partition
     * @param channelId the channel's id
     * @return the URL
     */
    String playbackUrl(Partition p, String channelId) {
        return endpoint + PREFIX + p.region() + "." + p.accountId() + ".channel." + channelId + ".m3u8";
    }

    /**
     * Timed metadata for a channel's live stream (from {@code PutMetadata}).
     *
     * @param channelArn the channel
     * @param streamId the live stream's id
     * @param text the metadata
     */
    void metadata(String channelArn, String streamId, String text) {
        streams.metadata(channelArn, streamId, text);
    }

    /** Forgets every stream and viewer session (the emulator's reset). */
    void clear() {
        streams.clear();
        synchronized (this) {
            sessions.clear();
            usedOnce.clear();
        }
    }

    private Response handle(Request request) {
        if (request.method().equals("OPTIONS")) {
            return answer(204, request, "", new byte[0]);
        }
        if (!request.method().equals("GET")) {
            return refuse(405, request, "Playback answers GET (and CORS preflight OPTIONS) only.");
        }
        Matcher m = PATH.matcher(request.rawPath());
        if (!m.matches()) {
            return refuse(404, request, "No playback at " + request.rawPath() + ".");
        }
        String arn = "arn:aws:ivs:" + m.group(1) + ":" + m.group(2) + ":channel/" + m.group(3);
        Optional<Channel> found = channel(m.group(2), m.group(1), arn);
        if (found.isEmpty()) {
            return refuse(404, request, "The channel " + arn + " does not exist.");
        }
        Channel channel = found.get();
        Optional<String> origin = request.header("origin");
        if (m.group(4) == null) {
            return multivariant(request, channel, origin);
        }
        String streamId = m.group(4);
        String session = m.group(5);
        Optional<String> refusal = channel.authorized() ? sessionRefusal(channel, session, origin)
                : session.equals(PUBLIC) ? policyRefusal(request, channel, origin, false)
                : Optional.of("That viewer session is not one of this channel's.");
        if (refusal.isPresent()) {
            return refuse(session.equals(PUBLIC) || channel.authorized() ? 403 : 404, request, refusal.get());
        }
        Optional<HlsStream> stream = streams.find(arn).filter(s -> s.streamId().equals(streamId));
        if (stream.isEmpty()) {
            return refuse(404, request, "The stream " + streamId + " of " + arn + " is not playing.");
        }
        if (m.group(6) == null) {
            return answer(200, request, PLAYLIST_TYPE,
                    stream.get().mediaPlaylist("source/%d.ts").getBytes(StandardCharsets.UTF_8));
        }
        long sequence = Long.parseLong(m.group(6));
        return stream.get().segment(sequence)
                .map(s -> answer(200, request, "video/mp2t", s.bytes()))
                .orElseGet(() -> refuse(404, request, "Segment " + sequence + " is not (or no longer) kept."));
    }

    private Response multivariant(Request request, Channel channel, Optional<String> origin) {
        Optional<Grant> grant = Optional.empty();
        if (channel.authorized()) {
            Optional<String> token = query(request, "token");
            if (token.isEmpty()) {
                return refuse(403, request, "The channel " + channel.arn() + " is private: its playback URL needs "
                        + "?token= with a playback token signed by one of its account's playback keys.");
            }
            try {
                grant = Optional.of(verify(token.get(), channel, origin));
            } catch (IllegalArgumentException refused) {
                return refuse(403, request, refused.getMessage());
            }
        } else {
            Optional<String> refusal = policyRefusal(request, channel, origin, true);
            if (refusal.isPresent()) {
                return refuse(403, request, refusal.get());
            }
        }
        Optional<HlsStream> stream = channel.liveStream().flatMap(id -> streams.find(channel.arn())
                .filter(s -> s.streamId().equals(id) && !s.ended()));
        if (stream.isEmpty() || !stream.get().playable()) {
            return refuse(404, request, "The channel " + channel.arn() + " is not live"
                    + (channel.liveStream().isPresent() ? " with media yet (no segment is finished)" : "") + ".");
        }
        String session = PUBLIC;
        if (grant.isPresent()) {
            session = state.randomId(24);
            synchronized (this) {
                sessions.put(session, grant.get());
            }
        }
        HlsStream.Variant v = stream.get().variant();
        StringBuilder m = new StringBuilder(256);
        m.append("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        m.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(v.bandwidth());
        if (v.width() > 0) {
            m.append(",RESOLUTION=").append(v.width()).append('x').append(v.height());
        }
        m.append(",CODECS=\"").append(v.codecs()).append('"');
        if (v.frameRate() > 0) {
            m.append(",FRAME-RATE=").append(String.format(Locale.ROOT, "%.3f", v.frameRate()));
        }
        String id = IvsArns.id(channel.arn());
        IvsArns.Parts parts = IvsArns.parse(channel.arn()).orElseThrow();
        m.append('\n').append(parts.region()).append('.').append(parts.accountId()).append(".channel.").append(id)
                .append('/').append(stream.get().streamId()).append('/').append(session).append("/source.m3u8\n");
        return answer(200, request, PLAYLIST_TYPE, m.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads what playback needs of a channel, without creating a partition for an unknown account or region. */
    private Optional<Channel> channel(String accountId, String region, String arn) {
        Optional<Partition> partition = state.existingPartition(accountId, region);
        if (partition.isEmpty()) {
            return Optional.empty();
        }
        Partition p = partition.get();
        return p.read(() -> p.find(arn).filter(c -> IvsArns.type(arn).equals("channel")).map(c -> {
            boolean authorized = c.path("authorized").asBoolean(false);
            String policyArn = c.path("playbackRestrictionPolicyArn").asText("");
            Optional<ObjectNode> policy = authorized || policyArn.isEmpty() ? Optional.empty() : p.find(policyArn);
            Optional<String> live = StreamSessions.liveStreamId(p, arn);
            return new Channel(arn, authorized, policy, live,
                    authorized ? PublicKeys.playbackKeys(p) : List.of());
        }));
    }

    /** Checks a playback token; the message of the exception says why it is refused. */
    private Grant verify(String token, Channel channel, Optional<String> origin) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("The playback token is not a JWT: it must be three base64url parts "
                    + "separated by dots.");
        }
        JsonNode header = json(parts[0], "header");
        JsonNode claims = json(parts[1], "payload");
        if (!"ES384".equals(header.path("alg").asText())) {
            throw new IllegalArgumentException("The playback token's alg is \"" + header.path("alg").asText()
                    + "\"; IVS accepts only ES384.");
        }
        String claimed = claims.path("aws:channel-arn").asText("");
        if (!claimed.equals(channel.arn())) {
            throw new IllegalArgumentException("The playback token's aws:channel-arn is \"" + claimed + "\", not "
                    + channel.arn() + ".");
        }
        if (channel.keys().stream().noneMatch(key -> signatureVerifies(key, parts))) {
            throw new IllegalArgumentException("The playback token's signature does not verify with any playback "
                    + "key pair imported into the channel's account and region (" + channel.keys().size()
                    + " imported).");
        }
        if (!claims.path("exp").canConvertToLong()) {
            throw new IllegalArgumentException("The playback token has no numeric exp claim.");
        }
        Instant now = state.instant();
        Instant expires = Instant.ofEpochSecond(claims.path("exp").asLong());
        if (!expires.isAfter(now)) {
            throw new IllegalArgumentException("The playback token expired at " + expires + " (now " + now + ").");
        }
        Optional<String> viewerId = Optional.ofNullable(claims.get("aws:viewer-id")).map(JsonNode::asText);
        Optional<String> singleUse = Optional.ofNullable(claims.get("aws:single-use-uuid")).map(JsonNode::asText);
        if ((viewerId.isPresent() || singleUse.isPresent()) && expires.isAfter(now.plus(SHORT_TOKEN))) {
            throw new IllegalArgumentException("The playback token expires at " + expires + ": with aws:viewer-id or "
                    + "aws:single-use-uuid, exp may be at most 10 minutes ahead (" + now.plus(SHORT_TOKEN) + ").");
        }
        if (viewerId.isPresent() && (viewerId.get().isEmpty() || viewerId.get().length() > 40)) {
            throw new IllegalArgumentException("The playback token's aws:viewer-id must be 1 to 40 characters.");
        }
        JsonNode versionClaim = claims.path("aws:viewer-session-version");
        long version;
        try {
            version = versionClaim.isMissingNode() ? 0 : versionClaim.isNumber() ? versionClaim.longValue()
                    : Long.parseLong(versionClaim.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The playback token's aws:viewer-session-version \""
                    + versionClaim.asText() + "\" is not a 64-bit integer.");
        }
        String origins = claims.path("aws:access-control-allow-origin").asText("*");
        JsonNode strictClaim = claims.path("aws:strict-origin-enforcement");
        boolean strict = strictClaim.asBoolean(false) || strictClaim.asText().equals("true");
        Grant grant = new Grant(channel.arn(), viewerId, version, origins, strict);
        originRefusal(origins, strict, origin, true).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        revocation(grant).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        if (singleUse.isPresent()) {
            synchronized (this) {
                long nowSeconds = now.getEpochSecond();
                usedOnce.values().removeIf(exp -> exp <= nowSeconds);
                if (usedOnce.containsKey(singleUse.get())) {
                    throw new IllegalArgumentException("The playback token's aws:single-use-uuid was already used.");
                }
                if (usedOnce.size() >= MAX_SESSIONS * 10) {
                    usedOnce.remove(usedOnce.keySet().iterator().next());
                }
                usedOnce.put(singleUse.get(), expires.getEpochSecond());
            }
        }
        return grant;
    }

    /** Why a private channel's rendition request is refused, if it is. */
    private Optional<String> sessionRefusal(Channel channel, String session, Optional<String> origin) {
        Grant grant;
        synchronized (this) {
            grant = sessions.get(session);
        }
        if (grant == null || !grant.channelArn().equals(channel.arn())) {
            return Optional.of("No viewer session " + session + " of the private channel " + channel.arn()
                    + ": load the playback URL with a token first.");
        }
        Optional<String> refusal = originRefusal(grant.origins(), grant.strict(), origin, false)
                .or(() -> revocation(grant));
        if (refusal.isPresent() && refusal.get().contains("revoked")) {
            synchronized (this) {
                sessions.remove(session);
            }
        }
        return refusal;
    }

    /** Whether the grant's viewer was revoked with StartViewerSessionRevocation. */
    private Optional<String> revocation(Grant grant) {
        if (grant.viewerId().isEmpty()) {
            return Optional.empty();
        }
        Partition p = state.partitionOf(grant.channelArn());
        OptionalInt revoked = p.read(() -> ViewerSessions.revokedUpTo(p, grant.channelArn(), grant.viewerId().get()));
        if (revoked.isPresent() && grant.version() <= revoked.getAsInt()) {
            return Optional.of("The viewer " + grant.viewerId().get() + "'s sessions up to version "
                    + revoked.getAsInt() + " were revoked; this one is version " + grant.version() + ".");
        }
        return Optional.empty();
    }

    /** Why a public channel's request is refused by its playback restriction policy, if it is. */
    private Optional<String> policyRefusal(Request request, Channel channel, Optional<String> origin,
                                           boolean multivariant) {
        if (channel.policy().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode policy = channel.policy().get();
        JsonNode countries = policy.path("allowedCountries");
        Optional<String> country = request.header(COUNTRY_HEADER).map(c -> c.trim().toUpperCase(Locale.ROOT));
        if (country.isPresent() && countries.size() > 0) {
            boolean allowed = false;
            for (JsonNode c : countries) {
                allowed |= c.asText().equals(country.get());
            }
            if (!allowed) {
                return Optional.of("The channel's playback restriction policy does not allow viewers in "
                        + country.get() + " (" + COUNTRY_HEADER + "); it allows " + countries + ".");
            }
        }
        JsonNode allowedOrigins = policy.path("allowedOrigins");
        boolean strict = policy.path("enableStrictOriginEnforcement").asBoolean(false);
        if (allowedOrigins.size() == 0) {
            return Optional.empty();
        }
        StringBuilder list = new StringBuilder();
        allowedOrigins.forEach(o -> list.append(list.length() > 0 ? "," : "").append(o.asText()));
        return originRefusal(list.toString(), strict, origin, multivariant)
                .map(reason -> "The channel's playback restriction policy: " + reason);
    }

    /**
     * Checks the request's Origin against allowed origins: only where a browser sent one and only on the
     * multivariant playlist, unless enforcement is strict (then every request needs an allowed one).
     */
    private static Optional<String> originRefusal(String allowed, boolean strict, Optional<String> origin,
                                                  boolean multivariant) {
        if (origin.isEmpty()) {
            return strict ? Optional.of("Strict origin enforcement: every playback request needs an Origin header, "
                    + "one of " + allowed + ".") : Optional.empty();
        }
        if (!strict && !multivariant) {
            return Optional.empty();
        }
        for (String entry : allowed.split(",")) {
            if (originMatches(entry.trim(), origin.get())) {
                return Optional.empty();
            }
        }
        return Optional.of("The origin " + origin.get() + " is not allowed to play this channel; allowed: "
                + allowed + ".");
    }

    /** {@code *}, an exact origin, or {@code scheme://*.domain[:port]} for any subdomain. */
    static boolean originMatches(String allowed, String origin) {
        if (allowed.equals("*") || allowed.equalsIgnoreCase(origin)) {
            return true;
        }
        int wildcard = allowed.indexOf("://*.");
        if (wildcard < 0) {
            return false;
        }
        String scheme = allowed.substring(0, wildcard + 3).toLowerCase(Locale.ROOT);
        String suffix = allowed.substring(wildcard + 4).toLowerCase(Locale.ROOT);
        String o = origin.toLowerCase(Locale.ROOT);
        return o.startsWith(scheme) && o.endsWith(suffix) && o.length() > scheme.length() + suffix.length()
                && o.indexOf('/', scheme.length()) < 0;
    }

    private static boolean signatureVerifies(PublicKey key, String[] parts) {
        try {
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (signature.length != 96) {
                return false;
            }
            Signature verifier = Signature.getInstance("SHA384withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    private static JsonNode json(String part, String what) {
        try {
            JsonNode node = Json.parse(Base64.getUrlDecoder().decode(part));
            if (node.isObject()) {
                return node;
            }
        } catch (IllegalArgumentException | IOException e) {
            // reported below
        }
        throw new IllegalArgumentException("The playback token's " + what + " is not base64url-encoded JSON.");
    }

    private static Optional<String> query(Request request, String name) {
        for (String pair : request.rawQuery().orElse("").split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8))
                            .filter(v -> !v.isEmpty());
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Response refuse(int status, Request request, String message) {
        return answer(status, request, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** An answer with CORS headers: the request's origin (or any) may read it; preflights are answered here too. */
    private static Response answer(int status, Request request, String type, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!type.isEmpty()) {
            headers.put("Content-Type", type);
        }
        headers.put("Cache-Control", type.equals("video/mp2t") ? "max-age=60" : "no-cache");
        headers.put("Access-Control-Allow-Origin", request.header("origin").orElse("*"));
        headers.put("Vary", "Origin");
        headers.put("Access-Control-Allow-Methods", "GET, OPTIONS");
        request.header("access-control-request-headers").ifPresent(h -> headers.put("Access-Control-Allow-Headers", h));
        headers.put("Access-Control-Max-Age", "600");
        return Response.of(status, headers, body);
    }
}
