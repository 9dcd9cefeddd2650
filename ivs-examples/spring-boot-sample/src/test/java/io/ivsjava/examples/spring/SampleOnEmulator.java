package io.ivsjava.examples.spring;

import io.ivsjava.spring.test.AutoConfigureIvsEmulator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Runs the sample on an embedded emulator instead of AWS, for trying it by hand:
 * {@code ./mvnw -pl ivs-examples/spring-boot-sample spring-boot:test-run} (after building the project once), then
 * {@code curl -XPOST 'localhost:8080/api/broadcasts/kit?mode=REAL_TIME'}. The emulator's events go straight to the
 * dispatcher, as {@code @AutoConfigureIvsEmulator} delivers them.
 */
public final class SampleOnEmulator {
    private SampleOnEmulator() {
    }

    /**
     * Starts the sample with the emulator.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.from(SampleApplication::main).with(Emulator.class).run(args);
    }

    /** The same configuration the test annotation brings. */
    @TestConfiguration(proxyBeanMethods = false)
    @AutoConfigureIvsEmulator
    static class Emulator {
    }
}
