/**
 * {@link io.ivsjava.core.StreamingMode} as the front door: {@link io.ivsjava.live.IvsLive} takes a user live in real
 * time, low latency or hybrid, admits hosts and viewers with what their clients need
 * ({@link io.ivsjava.live.Admission}), changes who is on, ends the broadcast and cleans up, over ivs-realtime and
 * ivs-lowlatency.
 *
 * <p>Implementation lives in {@code io.ivsjava.live.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.live;

import org.jspecify.annotations.NullMarked;
