/**
 * Real-time streaming on Amazon IVS: stages that hosts and viewers join over WebRTC with participant tokens.
 *
 * <p>Start at {@link io.ivsjava.realtime.IvsRealTime} (or {@link io.ivsjava.realtime.IvsRealTimeAsync}), which
 * offers every operation of the IVS Real-Time API:
 * <ul>
 *   <li>stages and their sessions: {@link io.ivsjava.realtime.StageSpec}, {@link io.ivsjava.realtime.StageUpdate},
 *       {@link io.ivsjava.realtime.Stage}, {@link io.ivsjava.realtime.StageSession};</li>
 *   <li>who may join, and tokens: {@link io.ivsjava.realtime.Host}, {@link io.ivsjava.realtime.Viewer},
 *       {@link io.ivsjava.realtime.CustomRole}, {@link io.ivsjava.realtime.ParticipantToken}, signed locally by a
 *       {@link io.ivsjava.realtime.ParticipantTokenSigner} and checked by a
 *       {@link io.ivsjava.realtime.ParticipantTokenVerifier};</li>
 *   <li>who is on a stage: {@link io.ivsjava.realtime.ParticipantSummary},
 *       {@link io.ivsjava.realtime.ParticipantDetails}, {@link io.ivsjava.realtime.ParticipantEvent},
 *       {@link io.ivsjava.realtime.ParticipantReplica};</li>
 *   <li>compositions into channels and S3: {@link io.ivsjava.realtime.CompositionSpec},
 *       {@link io.ivsjava.realtime.Layout}, {@link io.ivsjava.realtime.CompositionDestination},
 *       {@link io.ivsjava.realtime.Video}, with encoder and storage configurations;</li>
 *   <li>RTMP(S) ingest into stages: {@link io.ivsjava.realtime.IngestConfigurationSpec}.</li>
 * </ul>
 *
 * <p>Values are immutable records, safe to share between threads; a {@code null} where a value is required is an
 * {@link io.ivsjava.core.IvsValidationException} naming it.
 */
@NullMarked
package io.ivsjava.realtime;

import org.jspecify.annotations.NullMarked;
