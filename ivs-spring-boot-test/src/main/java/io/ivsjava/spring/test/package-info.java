/**
 * Spring Boot test support for ivs-java: {@link io.ivsjava.spring.test.AutoConfigureIvsEmulator} runs an embedded
 * IVS emulator for a test's application context and wires the auto-configured beans to it.
 */
@NullMarked
package io.ivsjava.spring.test;

import org.jspecify.annotations.NullMarked;
