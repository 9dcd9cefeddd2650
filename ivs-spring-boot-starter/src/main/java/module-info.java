/**
 * The Spring Boot starter: no code of its own, it names the auto-configuration and the modules an IVS application
 * usually needs.
 */
module io.ivsjava.spring.starter {
    requires transitive io.ivsjava.spring.autoconfigure;
    requires transitive io.ivsjava.live;
    requires transitive io.ivsjava.chat;
    requires transitive io.ivsjava.events;
}
