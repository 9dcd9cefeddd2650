package io.ivsjava.spring.autoconfigure;

import io.ivsjava.live.InviteStore;
import io.ivsjava.live.IvsLive;
import io.ivsjava.lowlatency.IvsLowLatency;
import io.ivsjava.realtime.IvsRealTime;
import io.ivsjava.spring.autoconfigure.internal.TokenKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link IvsLive}, the front door that takes a user live in any {@code StreamingMode}, over the auto-configured
 * {@link IvsRealTime} and {@link IvsLowLatency}, when ivs-live is on the class path. Its namespace, token keys and
 * token lifetimes come from {@code spring.cloud.aws.ivs.live.*}; an {@link InviteStore} bean, if the application
 * defines one, keeps its co-host invitations (in memory otherwise).
 *
 * <p>Read by Spring while the context starts; holds no state of its own.
 */
@AutoConfiguration(after = {IvsRealTimeAutoConfiguration.class, IvsLowLatencyAutoConfiguration.class})
@ConditionalOnClass(IvsLive.class)
@ConditionalOnBean({IvsRealTime.class, IvsLowLatency.class})
public class IvsLiveAutoConfiguration {
    private static final String LIVE = IvsProperties.PREFIX + ".live";

    /** Created by Spring. */
    public IvsLiveAutoConfiguration() {
    }

    /**
     * IvsLive over the two clients.
     *
     * @param properties the IVS properties
     * @param realTime the real-time client
     * @param lowLatency the low-latency client
     * @param inviteStore an invite store bean, if any
     * @return IvsLive; it leaves closing the clients to the context
     * @throws io.ivsjava.core.IvsValidationException naming the property whose value is not usable
     */
    @Bean
    @ConditionalOnMissingBean
    public IvsLive ivsLive(IvsProperties properties, IvsRealTime realTime, IvsLowLatency lowLatency,
                           ObjectProvider<InviteStore> inviteStore) {
        IvsProperties.Live live = properties.live();
        IvsLive.Builder builder = IvsLive.builder().clients(realTime, lowLatency);
        live.namespace().ifPresent(builder::namespace);
        String participant = LIVE + ".participant-token-key";
        TokenKeys.privateKey(participant, live.participantTokenKey().key()).ifPresent(key ->
                builder.participantTokenKey(key, TokenKeys.publicKeyArn(participant, live.participantTokenKey())));
        TokenKeys.privateKey(LIVE + ".playback-token-key", live.playbackTokenKey()).ifPresent(builder::playbackTokenKey);
        live.hostTokenLifetime().ifPresent(builder::hostTokenLifetime);
        live.hostTokenRefreshAhead().ifPresent(builder::hostTokenRefreshAhead);
        live.viewerTokenLifetime().ifPresent(builder::viewerTokenLifetime);
        live.playbackTokenValidity().ifPresent(builder::playbackTokenValidity);
        inviteStore.ifUnique(builder::inviteStore);
        return builder.build();
    }
}
