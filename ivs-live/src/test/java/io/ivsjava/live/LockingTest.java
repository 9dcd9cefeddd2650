package io.ivsjava.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.ivsjava.core.StreamingMode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Operations on one user's broadcast are serialized; those of different users never wait for each other. */
class LockingTest {

    /** An invite store whose look-ups for one host wait until released. */
    private static final class HeldStore implements InviteStore {
        final InviteStore inner = InviteStore.inMemory();
        final String heldHost;
        final Gate gate = new Gate();

        HeldStore(String heldHost) {
            this.heldHost = heldHost;
        }

        @Override
        public void save(Invite invite) {
            inner.save(invite);
        }

        @Override
        public Optional<Invite> find(String hostUserId, String coHostUserId) {
            if (hostUserId.equals(heldHost)) {
                gate.pass();
            }
            return inner.find(hostUserId, coHostUserId);
        }

        @Override
        public List<Invite> list(String hostUserId) {
            return inner.list(hostUserId);
        }

        @Override
        public boolean revoke(String hostUserId, String coHostUserId) {
            return inner.revoke(hostUserId, coHostUserId);
        }

        @Override
        public int revokeAll(String hostUserId) {
            return inner.revokeAll(hostUserId);
        }
    }

    @Test
    void aUserWhoseOperationIsUnderWayDoesNotHoldUpAnother() throws Exception {
        // "aa" and "bB" have the same String.hashCode, so no striping by hash could keep them apart
        assertThat("aa".hashCode()).isEqualTo("bB".hashCode());
        HeldStore store = new HeldStore("aa");
        // threads of its own: on 2 cores the common pool has one, which the held invite would occupy
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (Fixture fx = Fixture.start()) {
            IvsLive live = fx.live(b -> b.inviteStore(store));
            Broadcast held = live.provision("aa", StreamingMode.REAL_TIME);
            Broadcast other = live.provision("bB", StreamingMode.REAL_TIME);

            CompletableFuture<Invite> waiting = CompletableFuture.supplyAsync(() -> live.invite(held, "cara"),
                    threads);
            assertThat(store.gate.awaitArrival()).isTrue();

            // while "aa"'s invite waits inside its lock, "bB" is served...
            assertThat(CompletableFuture.supplyAsync(() -> live.invite(other, "dan"), threads)
                    .get(1, TimeUnit.MINUTES).coHostUserId()).isEqualTo("dan");
            // ...and a second operation on "aa" waits for the first
            CompletableFuture<Broadcast> ending = CompletableFuture.supplyAsync(() -> live.end(held), threads);
            assertThat(waiting).isNotDone();
            store.gate.open();
            assertThat(waiting.get(1, TimeUnit.MINUTES).coHostUserId()).isEqualTo("cara");
            ending.get(1, TimeUnit.MINUTES);
            assertThat(store.list("aa")).isEmpty();   // the end ran after the invite, and revoked it
        } finally {
            threads.shutdownNow();
        }
    }
}
