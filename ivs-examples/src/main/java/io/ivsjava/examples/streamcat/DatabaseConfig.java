package io.ivsjava.examples.streamcat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the backend keeps its own state: a JDBC URL with optional credentials.
 *
 * <p>The default is an embedded H2 database in a file under a data directory, created on first run. A PostgreSQL
 * URL ({@code jdbc:postgresql://host:5432/streamcat}) lets several backend instances share one database.
 *
 * <p>Immutable; safe to share between threads. {@link #toString()} never shows the password.
 *
 * @param jdbcUrl the JDBC URL
 * @param user the database user; empty for H2's default
 * @param password the password; empty for none
 */
public record DatabaseConfig(String jdbcUrl, Optional<String> user, Optional<String> password) {
    /** The data directory the embedded database lives in unless told otherwise: {@code streamcat-data}. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("streamcat-data");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;])password=([^&;]*)");

    /** Checks that no component is null. */
    public DatabaseConfig {
        if (jdbcUrl == null || user == null || password == null) {
            throw new IllegalArgumentException("jdbcUrl, user and password are required (Optional.empty() for none)");
        }
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL (it starts with jdbc:): " + redacted(jdbcUrl));
        }
    }

    /**
     * The embedded H2 database {@code streamcat} in a data directory; the directory and the file are created on
     * first use.
     *
     * @param dataDirectory the directory
     * @return the configuration
     */
    public static DatabaseConfig embedded(Path dataDirectory) {
        // The backend closes its pool on shutdown, which closes the database; H2's own shutdown hook would
        // close it under requests still running.
        return new DatabaseConfig("jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("streamcat")
                + ";DB_CLOSE_ON_EXIT=FALSE", Optional.empty(), Optional.empty());
    }

    /**
     * Whether this is an embedded H2 database, which only one process may open at a time.
     *
     * @return true for H2
     */
    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /**
     * This configuration with a password written into the JDBC URL ({@code ?password=...} or {@code &password=...}
     * for PostgreSQL, {@code ;PASSWORD=...} for H2) moved out of the URL into {@link #password()}, where the driver
     * takes it from as well: whatever shows the URL (the pool's and the driver's logs) then shows no password. The
     * URL's password wins over a separate one, as it does in the drivers.
     *
     * @return the configuration, unchanged when its URL holds no password
     */
    DatabaseConfig passwordOutOfUrl() {
        Matcher m = URL_PASSWORD.matcher(jdbcUrl);
        if (!m.find()) {
            return this;
        }
        String value = m.group(2);
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // PostgreSQL's driver decodes its URL parameters; H2 takes settings as written.
            value = URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
        String url = jdbcUrl.substring(0, m.start()) + (m.group(1).equals("?") ? "?" : "")
                + jdbcUrl.substring(m.end());
        url = url.replace("?&", "?");
        if (url.endsWith("?")) {
            url = url.substring(0, url.length() - 1);
        }
        return new DatabaseConfig(url, user, Optional.of(value)).passwordOutOfUrl();
    }

    /** {@return the URL and user, with the password redacted} */
    @Override
    public String toString() {
        return "DatabaseConfig[" + shownUrl() + (user.isPresent() ? ", user " + user.get() : "")
                + (password.isPresent() ? ", password ****" : "") + "]";
    }

    /** {@return the URL as the backend may show it (in {@link #toString()}, in {@code /health}): its password masked} */
    String shownUrl() {
        return redacted(jdbcUrl);
    }

    /**
     * The URL with any password it carries masked: JDBC URLs may hold one as a parameter
     * ({@code ?password=...}, {@code ;PASSWORD=...}) or as user information ({@code //user:secret@host}).
     */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****").replaceAll("//([^/@:]*):[^/@]*@", "//$1:****@");
    }
}
