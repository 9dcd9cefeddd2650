package io.ivsjava.examples.streamcat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's database: a HikariCP connection pool over the configured JDBC URL, with the schema migrated to the
 * newest version on open.
 *
 * <p>Why a pool: every HTTP request and every event touches the database, and opening a PostgreSQL connection costs
 * a TCP and authentication round trip (several milliseconds) that a pool pays once. For the embedded H2 database a
 * pool also keeps the database open between requests (H2 closes a file database when its last connection closes).
 * The pool is small ({@value #POOL_SIZE} connections): the HTTP server has a fixed, small worker pool, and a
 * database shared by several backend instances must leave room for all of them.
 *
 * <p>Thread-safe.
 */
public final class Database implements AutoCloseable {
    /** Connections per backend instance. */
    static final int POOL_SIZE = 8;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final int schemaVersion;

    private Database(HikariDataSource pool, int schemaVersion) {
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the pool and brings the schema to the newest version.
     *
     * @param config where the database is
     * @return the open database
     * @throws IllegalStateException if the database cannot be reached or migrated
     */
    public static Database open(DatabaseConfig config) {
        // The pool logs its URL (at DEBUG), so a password written into it is moved out first.
        DatabaseConfig connecting = config.passwordOutOfUrl();
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("streamcat-db");
        hikari.setJdbcUrl(connecting.jdbcUrl());
        connecting.user().ifPresent(hikari::setUsername);
        connecting.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setMinimumIdle(1);
        hikari.setAutoCommit(true);
        hikari.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        hikari.setInitializationFailTimeout(Duration.ofSeconds(10).toMillis());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the database " + config + ": " + rootMessage(e), e);
        }
        try {
            int version = Migrations.migrate(pool);
            LOG.info("Database {} at schema version {}", config, version);
            return new Database(pool, version);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new IllegalStateException("cannot migrate the database " + config + ": " + rootMessage(e), e);
        }
    }

    /**
     * The schema version the database is at.
     *
     * @return the newest migration applied
     */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws.
     *
     * @param work what to do with the connection
     * @param <T> the result type
     * @return the work's result
     * @throws StoreException if the database fails
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Closes the pool, and with it an embedded database. */
    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * Work done on one connection inside a transaction. Runs on the thread of the transaction it is given.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param connection the connection, in a transaction
         * @return the result
         * @throws SQLException if the database fails
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * The database failed; the message is the driver's, which never carries a bound parameter's value.
     * Immutable once thrown; safe to share between threads.
     */
    public static final class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super("database error: " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")", cause);
        }
    }
}
