package example.sneaky;

import io.ivsjava.core.internal.Check;

/** Uses an implementation class of ivs-core, which the module system hides from every module but ivs-java's own. */
public final class Sneaky {
    private Sneaky() {
    }

    /** {@return a class that should have been out of reach} */
    public static Class<?> reach() {
        return Check.class;
    }
}
