/** {@code @AutoConfigureIvsEmulator}: a Spring Boot test context wired to a fresh embedded IVS emulator. */
module io.ivsjava.spring.test {
    exports io.ivsjava.spring.test;
    opens io.ivsjava.spring.test to spring.core, spring.beans, spring.context;

    requires transitive io.ivsjava.spring.autoconfigure;
    requires transitive spring.boot.test.autoconfigure;
    requires io.ivsjava.core;
    requires transitive io.ivsjava.emulator;
    requires org.slf4j;
    requires static io.ivsjava.events;
    requires static io.ivsjava.chat;
    requires static org.jspecify;
}
