package io.ivsjava.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
 */
public record EmulatorOptions(int port, InetAddress bindAddress, String region, String accountId) {
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
    }

    /**
     * The defaults: a free port on the loopback address, {@value #DEFAULT_REGION}, account
     * {@value #DEFAULT_ACCOUNT_ID}.
     *
     * @return the default options
     */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, InetAddress.getLoopbackAddress(), DEFAULT_REGION, DEFAULT_ACCOUNT_ID);
    }

    /**
     * Reads command-line options: {@code --port N}, {@code --bind ADDRESS}, {@code --region NAME},
     * {@code --account-id DIGITS}. Anything not given keeps its default.
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
                    o = new EmulatorOptions(parsePort(value), o.bindAddress, o.region, o.accountId);
                    break;
                case "--bind":
                    o = new EmulatorOptions(o.port, parseAddress(value), o.region, o.accountId);
                    break;
                case "--region":
                    o = new EmulatorOptions(o.port, o.bindAddress, value, o.accountId);
                    break;
                case "--account-id":
                    o = new EmulatorOptions(o.port, o.bindAddress, o.region, value);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + flag
                            + "; expected --port, --bind, --region or --account-id");
            }
        }
        return o;
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
