package io.ivsjava.spring.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with nothing of its own: every IVS bean comes from the auto-configuration. */
@SpringBootApplication
public class TestApplication {
    /** For Spring, which creates it. */
    public TestApplication() {
    }
}
