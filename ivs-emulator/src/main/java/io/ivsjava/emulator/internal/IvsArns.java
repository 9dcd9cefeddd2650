package io.ivsjava.emulator.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the parts of an IVS ARN: {@code arn:aws:ivs:<region>:<account>:<type>/<id>}, or
 * {@code arn:aws:ivschat:...} for the chat service's rooms and logging configurations.
 */
final class IvsArns {
    private static final Pattern ARN = Pattern.compile(
            "arn:aws:(ivs|ivschat):([a-z0-9-]+):([0-9]+):([a-z-]+)/([a-zA-Z0-9-]+)");

    private IvsArns() {
    }

    /**
     * The parts of an ARN.
     *
     * @param service the ARN's service, {@code ivs} (both video services) or {@code ivschat}
     * @param region the region
     * @param accountId the account
     * @param type the resource type, such as {@code stage} or {@code room}
     * @param id the resource id
     */
    record Parts(String service, String region, String accountId, String type, String id) {
    }

    /**
     * Splits an ARN.
     *
     * @param arn the text
     * @return its parts, if it is an IVS or IVS Chat ARN
     */
    static Optional<Parts> parse(String arn) {
        Matcher m = ARN.matcher(arn == null ? "" : arn);
        return m.matches()
                ? Optional.of(new Parts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
                : Optional.empty();
    }

    /**
     * The resource type of an ARN the emulator made.
     *
     * @param arn the ARN
     * @return such as {@code stage}
     */
    static String type(String arn) {
        int colon = arn.lastIndexOf(':');
        int slash = arn.indexOf('/', colon);
        return arn.substring(colon + 1, slash);
    }

    /**
     * The id at the end of an ARN.
     *
     * @param arn the ARN
     * @return the id
     */
    static String id(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
