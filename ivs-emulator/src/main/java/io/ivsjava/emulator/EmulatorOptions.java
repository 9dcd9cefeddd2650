package io.ivsjava.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How an emulator listens and which AWS account and region it pretends to be. The same options serve the embedded
 * emulator ({@link IvsEmulator#builder()}) and the standalone jar ({@code --port}, {@code --bind},
 * {@code --region}, {@code --account-id}).
 *
 * <p>Immutable; safe to share between threads.
 *
 * @param port the TCP port; 0 (the default) picks a free one, which is what tests should use
 * @param bindAddress the address to listen on; the default is the loopback address, so nothing outside the
 *     machine can reach the emulator
 * @param region the region in ARNs and URLs; default {@value #DEFAULT_REGION}
 * @param accountId the 12-digit account id in ARNs and URLs; default {@value #DEFAULT_ACCOUNT_ID}
 * @param quotas limits that differ from each {@link Quota}'s default; empty for IVS's defaults
 */
public record EmulatorOptions(int port, InetAddress bindAddress, String region, String accountId,
                              Map<Quota, Integer> quotas) {
    /** The region used unless another is given. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account id used unless another is given. */
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    /** Checks each option. */
    public EmulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is out of range; allowed 0..65535 (0 picks a free port)");
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region: \"" + region + "\" is not an AWS region name such as us-west-2");
        }
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId: \"" + accountId + "\" is not a 12-digit AWS account id");
        }
        Objects.requireNonNull(quotas, "quotas");
        quotas.forEach((quota, limit) -> {
            if (limit == null || limit < 0) {
                throw new IllegalArgumentException("quotas[" + quota + "]: " + limit + " is not a limit; allowed 0 or more");
            }
        });
        quotas = quotas.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(quotas));
    }

    /**
     * The limit applied for a quota: the one configured, or the quota's default.
     *
     * @param quota the quota
     * @return its limit
     */
    public int limit(Quota quota) {
        return quotas.getOrDefault(quota, quota.defaultLimit());
    }

    /**
     * These options with one quota changed.
     *
     * @param quota the quota
     * @param limit its new limit, 0 or more
     * @return new options
     */
    public EmulatorOptions withQuota(Quota quota, int limit) {
        Map<Quota, Integer> changed = new EnumMap<>(Quota.class);
        changed.putAll(quotas);
        changed.put(Objects.requireNonNull(quota, "quota"), limit);
        return new EmulatorOptions(port, bindAddress, region, accountId, changed);
    }

    /**
     * The defaults: a free port on the loopback address, {@value #DEFAULT_REGION}, account
     * {@value #DEFAULT_ACCOUNT_ID}.
     *
     * @return the default options
     */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, InetAddress.getLoopbackAddress(), DEFAULT_REGION, DEFAULT_ACCOUNT_ID, Map.of());
    }

    /**
     * Reads command-line options: {@code --port N}, {@code --bind ADDRESS}, {@code --region NAME},
     * {@code --account-id DIGITS}, and {@code --quota NAME=LIMIT} (repeatable; names as in {@link Quota}, in any
     * case, such as {@code --quota stages=100000}). Anything not given keeps its default.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException for an unknown option, a missing value or an invalid one
     */
    public static EmulatorOptions fromArgs(String... args) {
        EmulatorOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--port":
                    o = new EmulatorOptions(parsePort(value), o.bindAddress, o.region, o.accountId, o.quotas);
                    break;
                case "--bind":
                    o = new EmulatorOptions(o.port, parseAddress(value), o.region, o.accountId, o.quotas);
                    break;
                case "--region":
                    o = new EmulatorOptions(o.port, o.bindAddress, value, o.accountId, o.quotas);
                    break;
                case "--account-id":
                    o = new EmulatorOptions(o.port, o.bindAddress, o.region, value, o.quotas);
                    break;
                case "--quota":
                    o = parseQuota(o, value);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + flag
                            + "; expected --port, --bind, --region, --account-id or --quota");
            }
        }
        return o;
    }

    private static EmulatorOptions parseQuota(EmulatorOptions o, String value) {
        int eq = value.indexOf('=');
        Quota quota = null;
        if (eq > 0) {
            try {
                quota = Quota.valueOf(value.substring(0, eq).trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                quota = null;
            }
        }
        if (quota == null) {
            throw new IllegalArgumentException("quota: \"" + value + "\" is not NAME=LIMIT with NAME one of "
                    + java.util.Arrays.toString(Quota.values()));
        }
        try {
            return o.withQuota(quota, Integer.parseInt(value.substring(eq + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quota: \"" + value + "\" has no number after '='; allowed 0 or more");
        }
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port: \"" + value + "\" is not a number; allowed 0..65535");
        }
    }

    private static InetAddress parseAddress(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bind: \"" + value + "\" is not an address of this machine");
        }
    }
}
