package io.ivsjava.examples.spring;

import io.ivsjava.core.IvsException;
import io.ivsjava.core.IvsValidationException;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.events.LiveStatusTracker;
import io.ivsjava.live.Admission;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.IvsLive;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Broadcasts and the tokens that let hosts and viewers in. A real service authenticates its users first and keeps
 * each {@link Broadcast} with the user (it is plain values); this sample keeps them in memory and trusts the user ids
 * it is given.
 *
 * <ul>
 *   <li>{@code POST /api/broadcasts/{user}?mode=HYBRID}: the user goes live (stage, channel and composition, as the
 *       mode needs);</li>
 *   <li>{@code GET /api/broadcasts/{user}}: the broadcast's ARNs, playback URL and live flag;</li>
 *   <li>{@code GET /api/broadcasts/{user}/token}: the host's admission (a PUBLISH+SUBSCRIBE participant token, or
 *       the RTMPS server and stream key in LOW_LATENCY);</li>
 *   <li>{@code GET /api/broadcasts/{user}/viewers/{viewer}/token}: a viewer's admission (a SUBSCRIBE token in
 *       REAL_TIME, the HLS playback URL otherwise).</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
@RestController
@RequestMapping("/api/broadcasts")
class BroadcastController {
    private final IvsLive live;
    private final LiveStatusTracker liveStatus;
    private final Map<String, Broadcast> broadcasts = new ConcurrentHashMap<>();

    BroadcastController(IvsLive live, LiveStatusTracker liveStatus) {
        this.live = live;
        this.liveStatus = liveStatus;
    }

    @PostMapping("/{user}")
    Map<String, Object> goLive(@PathVariable String user, @RequestParam StreamingMode mode) {
        Broadcast broadcast = live.goLive(user, mode);
        broadcasts.put(user, broadcast);
        return describe(broadcast);
    }

    @GetMapping("/{user}")
    Map<String, Object> broadcast(@PathVariable String user) {
        return describe(find(user));
    }

    @GetMapping("/{user}/token")
    Map<String, Object> hostToken(@PathVariable String user) {
        return admission(live.admitHost(find(user), user));
    }

    @GetMapping("/{user}/viewers/{viewer}/token")
    Map<String, Object> viewerToken(@PathVariable String user, @PathVariable String viewer) {
        return admission(live.admitViewer(find(user), viewer));
    }

    private Broadcast find(String user) {
        Broadcast broadcast = broadcasts.get(user);
        if (broadcast == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, user + " is not live");
        }
        return broadcast;
    }

    private Map<String, Object> describe(Broadcast broadcast) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", broadcast.userId());
        out.put("mode", broadcast.mode());
        broadcast.stage().ifPresent(s -> out.put("stageArn", s.arn().value()));
        broadcast.channel().ifPresent(c -> {
            out.put("channelArn", c.arn().value());
            out.put("playbackUrl", c.playbackUrl().toString());
            out.put("live", liveStatus.isLive(c.arn()));
        });
        return out;
    }

    /** What the client needs; the stream key, a secret, goes only to its host. */
    private static Map<String, Object> admission(Admission admission) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (admission instanceof Admission.WebRtc webRtc) {
            out.put("kind", "WEBRTC");
            out.put("token", webRtc.token().token());
            out.put("participantId", webRtc.token().participant().id());
        } else if (admission instanceof Admission.Hls hls) {
            out.put("kind", "HLS");
            out.put("playbackUrl", hls.uri().toString());
        } else if (admission instanceof Admission.Rtmps rtmps) {
            out.put("kind", "RTMPS");
            out.put("serverUrl", rtmps.serverUrl().toString());
            out.put("streamKey", rtmps.streamKey().value());
        }
        admission.expiresAt().ifPresent(at -> out.put("expiresAt", at.toString()));
        return out;
    }

    @ExceptionHandler(IvsValidationException.class)
    ResponseEntity<Map<String, String>> invalid(IvsValidationException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IvsException.class)
    ResponseEntity<Map<String, String>> failed(IvsException e) {
        HttpStatus status = e.isRetryable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).body(Map.of("error", e.getMessage(),
                "requestId", e.requestId().orElse("")));
    }
}
