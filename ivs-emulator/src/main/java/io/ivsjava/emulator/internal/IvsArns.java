package io.ivsjava.emulator.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the parts of an IVS ARN ({@code arn:aws:ivs:<region>:<account>:<type>/<id>}). */
final class IvsArns {
    private static final Pattern ARN = Pattern.compile("arn:aws:ivs:([a-z0-9-]+):([0-9]+):([a-z-]+)/([a-zA-Z0-9-]+)");

    private IvsArns() {
    }

    /** The parts of an ARN. */
    record Parts(String region, String accountId, String type, String id) {
    }

    /**
     * Splits an ARN.
     *
     * @param arn the text
     * @return its parts, if it is an IVS ARN
     */
    static Optional<Parts> parse(String arn) {
        Matcher m = ARN.matcher(arn == null ? "" : arn);
        return m.matches() ? Optional.of(new Parts(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
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
