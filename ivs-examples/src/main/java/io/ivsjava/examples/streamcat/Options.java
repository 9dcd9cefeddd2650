package io.ivsjava.examples.streamcat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of {@code java -jar ivs-examples.jar}.
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param command {@code demo} (the default) or {@code serve}
 * @param backend which IVS to use
 * @param endpoint the other emulator's URL, for {@link Backend#ENDPOINT}
 * @param region the region, for {@link Backend#ENDPOINT}
 * @param host the address to listen on; default {@code 127.0.0.1}
 * @param port the HTTP port; empty for the command's default
 * @param database where the backend's own state lives
 * @param demoTarget a running backend for the demo to drive instead of starting one
 * @param eventsApiKey the EventBridge connection's API key that {@code POST /events} requires (and the demo sends);
 *     empty for a random one, which only the backend's own embedded emulator knows
 * @param rtmpPort with the embedded emulator only: turn its media plane on, taking RTMP(S) publishes on this port
 *     (0 picks a free one) and serving HLS at channels' playback URLs; empty (the default) keeps it simulated
 */
public record Options(String command, Backend backend, Optional<URI> endpoint, String region, String host,
                      Optional<Integer> port,
                      DatabaseConfig database, Optional<URI> demoTarget, Optional<EventsApiKey> eventsApiKey,
                      Optional<Integer> rtmpPort) {
    /** The environment variable holding the database password (never a command-line argument, which anyone sees). */
    public static final String PASSWORD_VARIABLE = "STREAMCAT_DB_PASSWORD";

    /** The usage text. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar ivs-examples.jar [demo|serve] [options]",
            "  demo                 start the backend and run the scripted demo against it over HTTP (the default)",
            "  serve                run the backend until stopped (Ctrl-C)",
            "options:",
            "  --aws                real AWS, through the default credential and region chains",
            "  --endpoint URL       another IVS emulator, such as the standalone jar",
            "  --region NAME        the region of --endpoint (default us-east-1)",
            "  --host ADDRESS       the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --port N             the HTTP port (serve: 8080; demo: any free port)",
            "  --data DIR           the embedded H2 database's directory (default streamcat-data)",
            "  --jdbc-url URL       another database, such as jdbc:postgresql://127.0.0.1:5432/streamcat",
            "  --db-user NAME       its user; the password comes from $" + PASSWORD_VARIABLE,
            "  --url URL            (demo) drive a backend that is already running there",
            "  --rtmp-port N        the embedded emulator's real media plane: RTMP(S) ingest on port N (0: any free",
            "                       port) and HLS playback; the demo then streams with FFmpeg (not with --aws,",
            "                       --endpoint or --url)",
            "  --events-api-key-header NAME  the header of the EventBridge connection's API key (default "
                    + EventsApiKey.DEFAULT_HEADER + ")",
            "                       POST /events requires the key; it comes from $" + EventsApiKey.VARIABLE
                    + " (or --events-api-key KEY, which other users can see); without one it is random and only",
            "                       the embedded emulator's webhook has it");

    /** Which IVS the backend talks to. Immutable; safe to share between threads. */
    public enum Backend {
        /** An emulator started in the backend's process (the default). */
        EMBEDDED,
        /** Another emulator, by URL. */
        ENDPOINT,
        /** Amazon IVS. */
        AWS
    }

    /**
     * Reads the command line.
     *
     * @param args the arguments
     * @param passwordFromEnvironment the value of {@value #PASSWORD_VARIABLE}, if set
     * @return the options
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Options parse(String[] args, Optional<String> passwordFromEnvironment) {
        return parse(args, passwordFromEnvironment, Optional.empty());
    }

    /**
     * Reads the command line.
     *
     * @param args the arguments
     * @param passwordFromEnvironment the value of {@value #PASSWORD_VARIABLE}, if set
     * @param eventsApiKeyFromEnvironment the value of {@value EventsApiKey#VARIABLE}, if set
     * @return the options
     * @throws IllegalArgumentException naming what is wrong (never repeating a secret)
     */
    public static Options parse(String[] args, Optional<String> passwordFromEnvironment,
                                Optional<String> eventsApiKeyFromEnvironment) {
        String command = "demo";
        int i = 0;
        if (args.length > 0 && !args[0].startsWith("--")) {
            command = args[0];
            if (!command.equals("demo") && !command.equals("serve")) {
                throw new IllegalArgumentException("unknown command " + command);
            }
            i = 1;
        }
        boolean aws = false;
        Optional<URI> endpoint = Optional.empty();
        String region = "us-east-1";
        String host = "127.0.0.1";
        Optional<Integer> port = Optional.empty();
        Optional<Integer> rtmpPort = Optional.empty();
        Path data = DatabaseConfig.DEFAULT_DATA_DIRECTORY;
        Optional<String> jdbcUrl = Optional.empty();
        Optional<String> dbUser = Optional.empty();
        Optional<URI> url = Optional.empty();
        Optional<String> eventsKey = eventsApiKeyFromEnvironment;
        String eventsKeyHeader = EventsApiKey.DEFAULT_HEADER;
        for (; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--aws")) {
                aws = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name.startsWith("--") && isValued(name) ? name + " needs a value"
                        : "unknown option " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--endpoint":
                    endpoint = Optional.of(uri(name, value));
                    break;
                case "--region":
                    region = value;
                    break;
                case "--host":
                    host = value;
                    break;
                case "--port":
                    port = Optional.of(portNumber(name, value));
                    break;
                case "--rtmp-port":
                    rtmpPort = Optional.of(portNumber(name, value));
                    break;
                case "--data":
                    data = Path.of(value);
                    break;
                case "--jdbc-url":
                    jdbcUrl = Optional.of(value);
                    break;
                case "--db-user":
                    dbUser = Optional.of(value);
                    break;
                case "--url":
                    url = Optional.of(uri(name, value));
                    break;
                case "--events-api-key":
                    eventsKey = Optional.of(value);
                    break;
                case "--events-api-key-header":
                    eventsKeyHeader = value;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (aws && endpoint.isPresent()) {
            throw new IllegalArgumentException("--aws and --endpoint exclude each other");
        }
        if (url.isPresent() && !command.equals("demo")) {
            throw new IllegalArgumentException("--url is for the demo");
        }
        if (rtmpPort.isPresent() && (aws || endpoint.isPresent() || url.isPresent())) {
            throw new IllegalArgumentException("--rtmp-port is for the embedded emulator only: " + (aws
                    ? "with --aws, encoders stream to the ingest endpoint IVS gives each channel"
                    : endpoint.isPresent() ? "start the emulator at --endpoint with --rtmp-port instead"
                    : "the backend at --url has its own (the demo streams with FFmpeg where it takes RTMP)"));
        }
        DatabaseConfig database = jdbcUrl.isPresent()
                ? new DatabaseConfig(jdbcUrl.get(), dbUser, passwordFromEnvironment)
                : DatabaseConfig.embedded(data);
        Backend backend = aws ? Backend.AWS : endpoint.isPresent() ? Backend.ENDPOINT : Backend.EMBEDDED;
        Optional<EventsApiKey> eventsApiKey;
        try {
            String header = eventsKeyHeader;
            eventsApiKey = eventsKey.map(key -> new EventsApiKey(header, key));
        } catch (io.ivsjava.core.IvsValidationException e) {
            throw new IllegalArgumentException("events API key: " + e.getMessage());
        }
        return new Options(command, backend, endpoint, region, host, port, database, url, eventsApiKey, rtmpPort);
    }

    private static int portNumber(String name, String value) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: " + value);
        }
        if (number < 0 || number > 65535) {
            throw new IllegalArgumentException(name + ": must be 0..65535");
        }
        return number;
    }

    private static boolean isValued(String name) {
        return java.util.Set.of("--endpoint", "--region", "--host", "--port", "--data", "--jdbc-url", "--db-user", "--url",
                "--events-api-key", "--events-api-key-header", "--rtmp-port").contains(name);
    }

    private static URI uri(String name, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(name + ": not an absolute URL: " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": not a URL: " + value, e);
        }
    }
}
