// The descriptor of the standalone jar (ivs-emulator-<version>-standalone.jar), which moditect adds after maven-shade
// has built it (shade drops every module-info.class). That jar is the emulator with its runtime dependencies inside:
// Jackson relocated into io.ivsjava.emulator.shaded.jackson, SLF4J's API and its simple backend. It runs with
// `java -jar` (where this descriptor is not read) or as a module: `java -p <jar> -m io.ivsjava.emulator.standalone`.
// It is a program, not a library: it is never put on a module path beside SLF4J or the published ivs-emulator jar,
// whose packages it holds too.
module io.ivsjava.emulator.standalone {
    exports io.ivsjava.emulator;

    requires java.net.http;
    requires jdk.net;

    uses org.slf4j.spi.SLF4JServiceProvider;
    provides org.slf4j.spi.SLF4JServiceProvider with org.slf4j.simple.SimpleServiceProvider;
}
