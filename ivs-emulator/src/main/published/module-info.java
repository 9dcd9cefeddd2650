// The descriptor of the published ivs-emulator jar, which moditect adds after maven-shade has relocated Jackson
// into io.ivsjava.emulator.shaded.jackson (shade drops every module-info.class). It is src/main/java/module-info.java
// without Jackson: keep the two in step (PublishedJarIT compares them).
module io.ivsjava.emulator {
    exports io.ivsjava.emulator;

    requires org.slf4j;
    requires java.net.http;
    requires jdk.net;
    requires static software.amazon.awssdk.http;
    requires static software.amazon.awssdk.http.auth.aws;
    requires static software.amazon.awssdk.http.auth.spi;
    requires static software.amazon.awssdk.identity.spi;
    requires static org.jspecify;
}
