package example.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ivsjava.chat.IvsChat;
import io.ivsjava.core.IvsConnection;
import io.ivsjava.emulator.IvsEmulator;
import io.ivsjava.events.StreamStateChange;
import io.ivsjava.live.Admission;
import io.ivsjava.live.IvsLive;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudioTest {

    @Test
    void goesLiveOnTheModulePath() {
        Studio.Session session = Studio.hybrid();

        assertEquals(2, session.stages(), "the green room and the hybrid show's stage");
        assertEquals(1, session.channels());
        assertInstanceOf(Admission.Hls.class, session.viewer());
        assertEquals("viewer-1", session.chat().userId());
        assertFalse(session.chat().token().isEmpty());
        assertTrue(session.events().stream().anyMatch(StreamStateChange.class::isInstance), session.events()::toString);
    }

    @Test
    void everyModuleIsNamedAndTheInternalsStayClosed() {
        Module studio = Studio.class.getModule();
        assertEquals("example.studio", studio.getName());
        for (Class<?> type : List.of(IvsConnection.class, IvsLive.class, IvsChat.class, IvsEmulator.class)) {
            assertTrue(type.getModule().isNamed(), type + " is on the module path");
        }
        Module core = IvsConnection.class.getModule();
        assertEquals("io.ivsjava.core", core.getName());
        assertTrue(core.isExported("io.ivsjava.core", studio));
        assertFalse(core.isExported("io.ivsjava.core.internal", studio));
        assertTrue(core.isExported("io.ivsjava.core.internal", IvsLive.class.getModule()));
        assertTrue(core.isExported("io.ivsjava.core.internal", IvsChat.class.getModule()));
        assertFalse(IvsChat.class.getModule().isExported("io.ivsjava.chat.internal", studio));
        assertFalse(IvsEmulator.class.getModule().getPackages().stream().anyMatch(p -> p.startsWith("com.fasterxml")),
                "the emulator's Jackson is relocated inside it");
    }
}
