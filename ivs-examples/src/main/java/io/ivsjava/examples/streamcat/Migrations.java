package io.ivsjava.examples.streamcat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's versioned schema: a {@code schema_version} table records which of the ordered migrations below a
 * database has had; opening a database applies the missing ones, each in its own transaction.
 *
 * <p>Migrations are plain SQL files next to this class ({@code db/V1__...sql}), in the subset of SQL that H2 and
 * PostgreSQL share. A migration, once released, never changes: a change of schema is a new migration at the end of
 * {@link #ALL}.
 *
 * <p>Several backend instances may start together on one PostgreSQL database: each migration's transaction first
 * records its version in {@code schema_version}, whose primary key lets one instance apply it while the others wait,
 * fail on the duplicate, roll back and read the version again (PostgreSQL's DDL is transactional, so nothing of a
 * rolled-back migration remains). H2 commits DDL as it goes, but an embedded H2 file is open in one process only.
 *
 * <p>Thread-safe (stateless).
 */
final class Migrations {
    /** Every migration, oldest first; versions are 1, 2, 3... without gaps. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "users, their IVS resources, co-host invites and the live flag", "V1__streamcat.sql"),
            new Migration(2, "indexes for looking up invitations by co-host and users by channel", "V2__lookups.sql"),
            new Migration(3, "chat: each user's chat room and the bans from it", "V3__chat.sql"));

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String CREATE_VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version ("
            + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, "
            + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";

    private Migrations() {
    }

    /**
     * Applies the migrations the database has not had yet.
     *
     * @param dataSource the database
     * @return the schema version now
     * @throws SQLException if a migration fails (it is rolled back where the database allows)
     * @throws IllegalStateException if the database is newer than this backend
     */
    static int migrate(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            createVersionTable(connection);
            int current = currentVersion(connection);
            if (current > ALL.size()) {
                throw new IllegalStateException("the database is at schema version " + current
                        + ", newer than this backend's " + ALL.size() + "; run a newer backend");
            }
            for (Migration migration : ALL.subList(current, ALL.size())) {
                if (apply(connection, migration)) {
                    LOG.info("Applied schema migration {}: {}", migration.version(), migration.description());
                } else {
                    LOG.info("Schema migration {} was applied by another instance", migration.version());
                }
            }
            return currentVersion(connection);
        }
    }

    /**
     * The version a database is at.
     *
     * @param connection a connection
     * @return the highest version recorded, 0 for none
     * @throws SQLException if the database fails
     */
    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_VERSION_TABLE);
        } catch (SQLException raced) {
            // Two PostgreSQL instances creating the table at once: one of them fails on the catalog's unique
            // index. The table exists now; a second failure is real.
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_VERSION_TABLE);
            }
        }
    }

    /** Applies one migration in a transaction; false if another instance got there first. */
    private static boolean apply(Connection connection, Migration migration) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement claim = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                claim.setInt(1, migration.version());
                claim.setString(2, migration.description());
                claim.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                claim.executeUpdate();
            } catch (SQLException duplicate) {
                connection.rollback();
                if (currentVersion(connection) >= migration.version()) {
                    return false;
                }
                throw duplicate;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
            }
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * One step of the schema.
     *
     * @param version its number, from 1
     * @param description what it does
     * @param resource its SQL file, next to this class under {@code db/}
     */
    record Migration(int version, String description, String resource) {
        /**
         * The migration's statements: its file split at semicolons that end a line; {@code --} comment lines are
         * dropped.
         *
         * @return the statements, in order
         */
        List<String> statements() {
            String path = "db/" + resource;
            try (InputStream in = Migrations.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("migration file missing from the classpath: " + path);
                }
                List<String> statements = new ArrayList<>();
                StringBuilder current = new StringBuilder();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                        continue;
                    }
                    current.append(current.length() > 0 ? " " : "").append(trimmed);
                    if (trimmed.endsWith(";")) {
                        statements.add(current.substring(0, current.length() - 1));
                        current.setLength(0);
                    }
                }
                if (current.length() > 0) {
                    throw new IllegalStateException(path + " ends with a statement that has no semicolon");
                }
                return statements;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
