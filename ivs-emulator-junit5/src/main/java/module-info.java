/**
 * {@code IvsEmulatorExtension}: an IVS emulator per test class or per test, with SDK clients as test parameters when
 * the test has the AWS SDK.
 */
module io.ivsjava.emulator.junit5 {
    exports io.ivsjava.emulator.junit5;

    requires transitive io.ivsjava.emulator;
    requires transitive org.junit.jupiter.api;
    // The SDK clients it offers as parameters are the test's own (a provided dependency).
    requires static software.amazon.awssdk.auth;
    requires static software.amazon.awssdk.regions;
    requires static software.amazon.awssdk.services.ivs;
    requires static software.amazon.awssdk.services.ivsrealtime;
    requires static software.amazon.awssdk.services.ivschat;
    requires static org.jspecify;
}
