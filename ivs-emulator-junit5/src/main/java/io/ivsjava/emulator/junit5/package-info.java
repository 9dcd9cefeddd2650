/**
 * {@link io.ivsjava.emulator.junit5.IvsEmulatorExtension}: an IVS emulator per test class (reset before
 * each test) or per test, with the emulator and AWS SDK clients for it as test parameters.
 *
 * <p>Implementation lives in {@code io.ivsjava.emulator.junit5.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.emulator.junit5;

import org.jspecify.annotations.NullMarked;
