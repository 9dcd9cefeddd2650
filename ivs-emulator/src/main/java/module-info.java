/**
 * A local Amazon IVS: both services' REST-JSON protocol for any SDK, embedded or standalone, with the test-double
 * controls of {@code IvsEmulator}.
 *
 * <p>This is the descriptor the sources compile and test against, reading Jackson. The published jar relocates
 * Jackson inside itself, so it carries {@code src/main/published/module-info.java} instead: the same module without
 * {@code requires com.fasterxml.jackson.databind} (PublishedJarIT checks that the two agree).
 */
module io.ivsjava.emulator {
    exports io.ivsjava.emulator;

    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires java.net.http;
    requires jdk.net;
    // Strict SigV4 mode re-signs with the AWS SDK's own signer when the SDK is present (a provided dependency).
    requires static software.amazon.awssdk.http;
    requires static software.amazon.awssdk.http.auth.aws;
    requires static software.amazon.awssdk.http.auth.spi;
    requires static software.amazon.awssdk.identity.spi;
    requires static org.jspecify;
}
