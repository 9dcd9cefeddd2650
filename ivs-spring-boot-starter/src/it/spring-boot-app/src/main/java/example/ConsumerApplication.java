package example;

import io.ivsjava.core.ChannelArn;
import io.ivsjava.core.StreamingMode;
import io.ivsjava.events.LiveStatusTracker;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.live.Admission;
import io.ivsjava.live.Broadcast;
import io.ivsjava.live.IvsLive;
import io.ivsjava.spring.autoconfigure.IvsEventDispatcherCustomizer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Goes live on a channel, hands viewers its playback URL, and follows the live flag from IVS's events. */
@SpringBootApplication
@RestController
public class ConsumerApplication {
    private final IvsLive live;
    private final Map<String, Broadcast> shows = new ConcurrentHashMap<>();
    private final Set<ChannelArn> liveChannels = ConcurrentHashMap.newKeySet();

    public ConsumerApplication(IvsLive live) {
        this.live = live;
    }

    public static void main(String[] args) {
        SpringApplication.run(ConsumerApplication.class, args);
    }

    @Bean
    IvsEventDispatcherCustomizer liveFlags() {
        LiveStatusTracker tracker = LiveStatusTracker.create();
        return events -> events.on(StreamStateChange.class, e -> tracker.apply(e).ifPresent(status -> {
            if (status.live()) {
                liveChannels.add(status.channel());
            } else {
                liveChannels.remove(status.channel());
            }
        }));
    }

    @PostMapping("/shows/{user}")
    Map<String, String> goLive(@PathVariable String user) {
        Broadcast show = shows.computeIfAbsent(user, u -> live.goLive(u, StreamingMode.LOW_LATENCY));
        return Map.of("channel", show.channel().orElseThrow().arn().value());
    }

    @GetMapping("/shows/{user}")
    Map<String, Object> watch(@PathVariable String user) {
        Broadcast show = shows.get(user);
        Admission.Hls hls = (Admission.Hls) live.admitViewer(show);
        return Map.of("playbackUrl", hls.uri().toString(),
                "live", liveChannels.contains(show.channel().orElseThrow().arn()));
    }
}
