package example.api.internal;

/** Implementation: not part of the API, so not in the listing. */
public final class Phrases {
    private Phrases() {
    }

    /**
     * {@return hello to someone}
     *
     * @param who whom to greet
     */
    public static String hello(String who) {
        return "Hello, " + who;
    }
}
