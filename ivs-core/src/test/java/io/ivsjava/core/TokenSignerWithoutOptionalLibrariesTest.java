package io.ivsjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ivsjava.core.fixtures.Jws;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a user without ACCP or BouncyCastle gets (macOS, Windows, or one who excluded them): ivs-core loaded in a
 * class loader that sees only its own classes, the SLF4J API and the JDK's boot modules, as its published POM leaves
 * them. The signer must
 * work, on the JDK, with no error.
 */
class TokenSignerWithoutOptionalLibrariesTest {
    private static final String KID = "arn:aws:ivs:us-west-2:123456789012:public-key/f99cde61-c2b0-4df3";

    @Test
    void withNeitherLibraryTheJdkSignsSilently() throws Exception {
        URL core = TokenSigner.class.getProtectionDomain().getCodeSource().getLocation();
        URL slf4j = LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation();
        KeyPair pair = P384Keys.generate().toKeyPair();
        // The bootstrap loader as parent, not the platform loader: on the module path the platform loader hands a
        // class of any module in the boot layer (ACCP's, BouncyCastle's) to the loader that defined it.
        try (URLClassLoader bare = new URLClassLoader(new URL[] {core, slf4j}, null)) {
            assertThatThrownBy(() -> Class.forName("com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider", false, bare))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Class.forName("org.bouncycastle.crypto.signers.ECDSASigner", false, bare))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> signerType = Class.forName(TokenSigner.class.getName(), true, bare);
            assertThat(signerType).isNotSameAs(TokenSigner.class);

            Object signer = signerType.getMethod("es384", ECPrivateKey.class, String.class)
                    .invoke(null, pair.getPrivate(), KID);
            String provider = (String) signerType.getMethod("provider").invoke(signer);
            String token = (String) signerType.getMethod("sign", Map.class)
                    .invoke(signer, Map.of("user_id", "kit \"🐱\"", "exp", 1_900_000_000L));

            assertThat(provider).startsWith("SunEC");
            assertThat(signer.toString()).contains("provider=SunEC");
            Jws jws = Jws.parse(token);
            assertThat(jws.verifies(pair.getPublic())).isTrue();
            assertThat(jws.claims()).isEqualTo(Jws.reparsed(Map.of("user_id", "kit \"🐱\"", "exp", 1_900_000_000L)));

            Class<?> signers = Class.forName("io.ivsjava.core.internal.Es384Signers", true, bare);
            Class<?> backend = Class.forName("io.ivsjava.core.internal.Es384Signers$Backend", true, bare);
            assertThat(reason(signers, backend, "ACCP")).hasValue("it is not on the classpath");
            assertThat(reason(signers, backend, "BOUNCY_CASTLE")).hasValue("bcprov is not on the classpath");
            assertThat(reason(signers, backend, "JDK")).isEmpty();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<String> reason(Class<?> signers, Class<?> backend, String name) throws Exception {
        Object value = Enum.valueOf((Class) backend, name);
        return (Optional<String>) signers.getMethod("unavailableReason", backend).invoke(null, value);
    }
}
