/**
 * Low-latency streaming on Amazon IVS: channels that take RTMPS or SRT from an encoder and serve
 * HLS to viewers. Start at {@link io.ivsjava.lowlatency.IvsLowLatency} (or
 * {@link io.ivsjava.lowlatency.IvsLowLatencyAsync}): channels, stream keys, streams and sessions, timed metadata,
 * private playback with {@link io.ivsjava.lowlatency.PlaybackTokenSigner}, recording and playback restrictions.
 *
 * <p>Implementation lives in {@code io.ivsjava.lowlatency.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.lowlatency;

import org.jspecify.annotations.NullMarked;
