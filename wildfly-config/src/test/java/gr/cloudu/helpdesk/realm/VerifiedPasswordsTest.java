package gr.cloudu.helpdesk.realm;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedPasswordsTest {

    private final AtomicLong now = new AtomicLong();
    private final VerifiedPasswords verified = new VerifiedPasswords(300, 3, now::get);

    @Test
    void remembersASuccessfulCheckOnlyForTheSamePasswordAndStoredHash() {
        verified.remember("agent", "$2a$10$stored", "secret-password".toCharArray());

        assertTrue(verified.contains("agent", "$2a$10$stored", "secret-password".toCharArray()));
        assertFalse(verified.contains("agent", "$2a$10$stored", "other-password".toCharArray()));
        assertFalse(verified.contains("agent", "$2a$10$changed", "secret-password".toCharArray()), "a changed password misses");
        assertFalse(verified.contains("agent2", "$2a$10$stored", "secret-password".toCharArray()));
    }

    @Test
    void lengthPrefixesKeepNeighbouringFieldsApart() {
        verified.remember("ab", "c", "pw".toCharArray());

        assertFalse(verified.contains("a", "bc", "pw".toCharArray()));
    }

    @Test
    void forgetsAfterTheLifetime() {
        verified.remember("agent", "h", "pw".toCharArray());
        now.addAndGet(299_000_000_000L);
        assertTrue(verified.contains("agent", "h", "pw".toCharArray()));
        now.addAndGet(1_000_000_000L);
        assertFalse(verified.contains("agent", "h", "pw".toCharArray()));
    }

    @Test
    void neverGrowsBeyondItsCapacity() {
        for (int i = 0; i < 10; i++) {
            verified.remember("user" + i, "h", "pw".toCharArray());
        }
        assertTrue(verified.size() <= 3);
        assertTrue(verified.contains("user9", "h", "pw".toCharArray()));
    }

    @Test
    void aZeroLifetimeTurnsTheMemoryOff() {
        VerifiedPasswords off = new VerifiedPasswords(0, 3, now::get);
        off.remember("agent", "h", "pw".toCharArray());
        assertFalse(off.contains("agent", "h", "pw".toCharArray()));
        assertEquals(0, off.size());
    }
}
