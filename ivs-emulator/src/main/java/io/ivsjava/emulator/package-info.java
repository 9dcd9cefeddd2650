/**
 * A local Amazon IVS: {@link io.ivsjava.emulator.IvsEmulator} serves both services' REST-JSON protocol
 * to any SDK, with reset, a call journal ({@link io.ivsjava.emulator.RecordedCall}), injected faults
 * ({@link io.ivsjava.emulator.Fault}), quotas ({@link io.ivsjava.emulator.Quota}) and a clock for tests. Configure it
 * with {@link io.ivsjava.emulator.EmulatorOptions}.
 *
 * <p>Implementation lives in {@code io.ivsjava.emulator.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.emulator;

import org.jspecify.annotations.NullMarked;
