/**
 * ivs-java's foundation: {@code StreamingMode}, typed ARNs, {@code IvsConnection}, the {@code IvsException}
 * hierarchy, P-384 keys and the ES384 {@code TokenSigner}.
 *
 * <p>The {@code internal} package is shared with the other ivs-java modules only. ACCP and BouncyCastle are optional:
 * on the module path, add the one you use with {@code --add-modules} (or require it from your own module) for
 * {@code TokenSigner} to find it.
 */
module io.ivsjava.core {
    exports io.ivsjava.core;
    exports io.ivsjava.core.internal to
            io.ivsjava.realtime,
            io.ivsjava.chat,
            io.ivsjava.lowlatency,
            io.ivsjava.live,
            io.ivsjava.events,
            io.ivsjava.events.sqs,
            io.ivsjava.spring.autoconfigure;

    // The AWS SDK serves only the internal helpers of the service modules (ivs-realtime, ivs-lowlatency, ivs-chat,
    // ivs-live's exactly-once creates), which require it themselves; ivs-events uses ivs-core without it.
    requires static software.amazon.awssdk.auth;
    requires static software.amazon.awssdk.awscore;
    requires static software.amazon.awssdk.core;
    requires static software.amazon.awssdk.regions;
    requires static software.amazon.awssdk.retries.api;
    requires org.slf4j;
    requires static com.amazon.corretto.crypto.provider;
    requires static org.bouncycastle.provider;
    requires static org.jspecify;
}
