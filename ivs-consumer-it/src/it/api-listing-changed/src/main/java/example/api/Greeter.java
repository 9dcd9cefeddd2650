package example.api;

import example.api.internal.Phrases;

/** Greets people. Immutable; safe to share between threads. */
public final class Greeter {
    private final String name;

    /**
     * A greeter signing with a name.
     *
     * @param name who greets
     */
    public Greeter(String name) {
        this.name = name;
    }

    /**
     * Greets someone.
     *
     * @param who whom to greet
     * @return the greeting
     */
    public String greet(String who) {
        return Phrases.hello(who) + " from " + name;
    }

    /**
     * Says goodbye: an addition the listing does not have yet.
     *
     * @param who to whom
     * @return the farewell
     */
    public String farewell(String who) {
        return "Goodbye, " + who;
    }
}
