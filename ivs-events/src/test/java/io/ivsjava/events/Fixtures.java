package io.ivsjava.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The event fixtures under {@code src/test/resources/events} (their sources are in the README there). */
final class Fixtures {
    private Fixtures() {
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IvsEvent parse(String name) {
        return IvsEvents.parse(text(name));
    }

    @SuppressWarnings("unchecked")
    static <T extends IvsEvent> T parse(String name, Class<T> type) {
        IvsEvent event = parse(name);
        if (!type.isInstance(event)) {
            throw new AssertionError(name + " parsed to " + event.getClass().getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        return (T) event;
    }
}
