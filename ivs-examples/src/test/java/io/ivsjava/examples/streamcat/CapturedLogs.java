package io.ivsjava.examples.streamcat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of ivs-examples' tests (named by the {@code slf4j.provider} system property in the module's
 * surefire configuration, so that it wins over slf4j-simple): every logger of every module, the AWS SDK's and
 * HikariCP's included, goes through it.
 *
 * <p>Normally it prints WARN and ERROR to standard error, as the backend's own slf4j-simple configuration does.
 * While {@link #start()}ed, every logger is enabled at TRACE and each line is kept with its logger, level, formatted
 * message and the throwable's whole text (stack trace, causes and suppressed exceptions); java.util.logging,
 * which the PostgreSQL driver and Apache's HTTP client (through commons-logging) use, is captured at ALL as well.
 *
 * <p>Thread-safe.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
    /** One captured line. */
    record Line(String logger, String level, String message, String throwable) {
        /** {@return the whole text of the line} */
        String text() {
            return level + " " + logger + " " + message + (throwable.isEmpty() ? "" : "\n" + throwable);
        }
    }

    private static final ConcurrentLinkedQueue<Line> LINES = new ConcurrentLinkedQueue<>();
    private static volatile boolean capturing;
    private static final JulCapture JUL = new JulCapture();
    private static java.util.logging.Level julLevelBefore;

    private final ILoggerFactory loggers = new Loggers();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    /** Starts capturing every logger at TRACE (and java.util.logging at ALL), forgetting what was captured. */
    static synchronized void start() {
        LINES.clear();
        java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
        julLevelBefore = root.getLevel();
        root.setLevel(java.util.logging.Level.ALL);
        root.addHandler(JUL);
        capturing = true;
    }

    /**
     * Stops capturing.
     *
     * @return the lines captured since {@link #start()}, in the order they were logged
     */
    static synchronized List<Line> stop() {
        capturing = false;
        java.util.logging.Logger root = java.util.logging.LogManager.getLogManager().getLogger("");
        root.removeHandler(JUL);
        root.setLevel(julLevelBefore);
        List<Line> lines = new ArrayList<>(LINES);
        LINES.clear();
        return lines;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static String stackTrace(Throwable t) {
        if (t == null) {
            return "";
        }
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static final class Loggers implements ILoggerFactory {
        private final ConcurrentHashMap<String, Logger> byName = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return byName.computeIfAbsent(name, CapturingLogger::new);
        }
    }

    /** A logger enabled at every level while capturing, and at WARN and ERROR otherwise. */
    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        private static boolean on(Level level) {
            return capturing || level.toInt() >= Level.WARN.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return on(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return on(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return on(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return on(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return on(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                                                   Object[] arguments, Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
            if (capturing) {
                LINES.add(new Line(name, level.name(), message, stackTrace(throwable)));
            } else if (level.toInt() >= Level.WARN.toInt()) {
                System.err.println(Instant.now() + " [" + Thread.currentThread().getName() + "] " + level + " "
                        + name + " - " + message);
                if (throwable != null) {
                    throwable.printStackTrace(System.err);
                }
            }
        }
    }

    /** java.util.logging's records, formatted as its SimpleFormatter would, while capturing. */
    private static final class JulCapture extends Handler {
        private final java.util.logging.Formatter format = new java.util.logging.SimpleFormatter();

        JulCapture() {
            setLevel(java.util.logging.Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            if (capturing) {
                LINES.add(new Line(String.valueOf(record.getLoggerName()), "JUL-" + record.getLevel().getName(),
                        format.formatMessage(record), stackTrace(record.getThrown())));
            }
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
