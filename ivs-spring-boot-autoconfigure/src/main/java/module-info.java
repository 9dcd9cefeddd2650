/**
 * Spring Boot auto-configuration for ivs-java. Every ivs-java module, Actuator, Micrometer and Spring Cloud AWS is
 * optional here ({@code requires static}): each bean appears only when its module is present. Spring Boot itself
 * runs applications on the class path; this descriptor serves builds that compile on the module path.
 */
module io.ivsjava.spring.autoconfigure {
    exports io.ivsjava.spring.autoconfigure;
    // Spring creates the auto-configurations and binds the properties by reflection.
    opens io.ivsjava.spring.autoconfigure to spring.core, spring.beans, spring.context;

    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;
    requires transitive spring.beans;
    requires transitive spring.context;
    requires transitive spring.core;

    requires static io.ivsjava.core;
    requires static io.ivsjava.realtime;
    requires static io.ivsjava.lowlatency;
    requires static io.ivsjava.chat;
    requires static io.ivsjava.live;
    requires static io.ivsjava.events;
    requires static software.amazon.awssdk.auth;
    requires static software.amazon.awssdk.awscore;
    requires static software.amazon.awssdk.core;
    requires static software.amazon.awssdk.profiles;
    requires static software.amazon.awssdk.regions;
    requires static spring.boot.actuator;
    requires static spring.boot.actuator.autoconfigure;
    requires static micrometer.core;
    // Spring Cloud AWS 3.4's jar names no module; this is the name the JDK derives from its file name.
    requires static spring.cloud.aws.autoconfigure;
    requires static com.fasterxml.jackson.annotation;
    requires static org.jspecify;
}
