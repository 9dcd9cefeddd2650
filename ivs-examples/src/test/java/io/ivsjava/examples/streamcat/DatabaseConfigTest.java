package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A password written into a JDBC URL is moved out of it before the pool (which logs the URL) sees it. */
class DatabaseConfigTest {
    @Test
    void aPasswordInThePostgresUrlMovesToThePasswordDecoded() {
        assertThat(config("jdbc:postgresql://db/cats?password=s%26cret&ssl=true").passwordOutOfUrl())
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db/cats?ssl=true", Optional.of("cat"),
                        Optional.of("s&cret")));
        assertThat(config("jdbc:postgresql://db/cats?ssl=true&PASSWORD=s3cret&currentSchema=x").passwordOutOfUrl())
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db/cats?ssl=true&currentSchema=x",
                        Optional.of("cat"), Optional.of("s3cret")));
        assertThat(config("jdbc:postgresql://db/cats?password=s3cret").passwordOutOfUrl().jdbcUrl())
                .isEqualTo("jdbc:postgresql://db/cats");
    }

    @Test
    void aPasswordInTheH2UrlMovesToThePasswordAsWritten() {
        assertThat(config("jdbc:h2:file:/data/cats;PASSWORD=s%3cret;MODE=PostgreSQL").passwordOutOfUrl())
                .isEqualTo(new DatabaseConfig("jdbc:h2:file:/data/cats;MODE=PostgreSQL", Optional.of("cat"),
                        Optional.of("s%3cret")));
    }

    @Test
    void aUrlWithoutAPasswordIsLeftAsItIs() {
        DatabaseConfig plain = new DatabaseConfig("jdbc:postgresql://db/cats?passwordless=true", Optional.of("cat"),
                Optional.of("given"));
        assertThat(plain.passwordOutOfUrl()).isSameAs(plain);
    }

    private static DatabaseConfig config(String url) {
        return new DatabaseConfig(url, Optional.of("cat"), Optional.of("ignored"));
    }
}
