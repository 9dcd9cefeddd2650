package io.ivsjava.examples.streamcat;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use, from the environment: {@code STREAMCAT_TEST_POSTGRES_URL} (a JDBC URL of a
 * database the user may create schemas in), {@code STREAMCAT_TEST_POSTGRES_USER} and
 * {@code STREAMCAT_TEST_POSTGRES_PASSWORD}. {@code .ci/run} starts one and sets them (with
 * {@code STREAMCAT_TEST_POSTGRES_REQUIRED=true}, so that a missing server fails the build there instead of skipping
 * the tests). Each test gets a schema of its own, dropped afterwards, so tests never see each other's rows.
 *
 * <p>Not thread-safe; one per test.
 */
final class TestPostgres implements AutoCloseable {
    static final String URL_VARIABLE = "STREAMCAT_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "STREAMCAT_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "STREAMCAT_TEST_POSTGRES_PASSWORD";
    static final String REQUIRED_VARIABLE = "STREAMCAT_TEST_POSTGRES_REQUIRED";

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final String schema;

    private TestPostgres(String url, Optional<String> user, Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = "streamcat_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
    }

    /**
     * The server from the environment with a fresh schema; skips the calling test (with the reason) when none is
     * configured, unless {@value #REQUIRED_VARIABLE} is true, where it fails.
     *
     * @return the server
     */
    static TestPostgres require() {
        Optional<String> url = env(URL_VARIABLE);
        if (url.isEmpty()) {
            String why = "no PostgreSQL server for StreamCat's database tests: set " + URL_VARIABLE + " (a JDBC URL), "
                    + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ", as .ci/run does (it starts one)";
            if (env(REQUIRED_VARIABLE).map(Boolean::parseBoolean).orElse(false)) {
                fail(REQUIRED_VARIABLE + " is true, but there is " + why);
            }
            Assumptions.abort("Skipped: " + why);
        }
        return new TestPostgres(url.get(), env(USER_VARIABLE), env(PASSWORD_VARIABLE));
    }

    /** {@return the password the tests connect with, if any: a secret the logs must never show} */
    Optional<String> password() {
        return password;
    }

    /** {@return the configuration of this test's schema, as StreamCat is given it} */
    DatabaseConfig config() {
        return new DatabaseConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    /** {@return a connection to this test's schema, outside StreamCat} */
    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(config().jdbcUrl(), user.orElse(null), password.orElse(null));
        return c;
    }

    /** Runs statements on this test's schema. */
    void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(url, user.orElse(null), password.orElse(null));
             Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + DatabaseConfig.redacted(url) + ": " + e.getMessage(), e);
        }
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
