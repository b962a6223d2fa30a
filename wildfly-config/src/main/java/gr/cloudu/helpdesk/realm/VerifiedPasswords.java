package gr.cloudu.helpdesk.realm;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Successful password checks, remembered for a short time.
 *
 * <p>The key is an HMAC-SHA256, under a random key that lives only in this process, of the username, the
 * stored hash and the password, each length-prefixed. No password is kept, a client cannot forge a key,
 * and a changed password (a new stored hash) simply misses, so nothing has to be invalidated. Only
 * successes are stored; a wrong password always pays the full bcrypt check.
 */
final class VerifiedPasswords {

    private final long lifetimeNanos;
    private final int capacity;
    private final LongSupplier nanoClock;
    private final SecretKeySpec key;
    private final Map<String, Long> expiries = new ConcurrentHashMap<>();

    VerifiedPasswords(long lifetimeSeconds, int capacity) {
        this(lifetimeSeconds, capacity, System::nanoTime);
    }

    VerifiedPasswords(long lifetimeSeconds, int capacity, LongSupplier nanoClock) {
        this.lifetimeNanos = lifetimeSeconds * 1_000_000_000L;
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean contains(String username, String storedHash, char[] password) {
        if (lifetimeNanos <= 0) {
            return false;
        }
        String entry = entryOf(username, storedHash, password);
        Long expiry = expiries.get(entry);
        if (expiry == null) {
            return false;
        }
        if (nanoClock.getAsLong() - expiry >= 0) {
            expiries.remove(entry, expiry);
            return false;
        }
        return true;
    }

    void remember(String username, String storedHash, char[] password) {
        if (lifetimeNanos <= 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (expiries.size() >= capacity) {
            evictExpired(now);
            if (expiries.size() >= capacity) {
                // Full of live entries: forgetting everything costs one bcrypt check per user, nothing else.
                expiries.clear();
            }
        }
        expiries.put(entryOf(username, storedHash, password), now + lifetimeNanos);
    }

    int size() {
        return expiries.size();
    }

    private void evictExpired(long now) {
        for (Iterator<Long> it = expiries.values().iterator(); it.hasNext(); ) {
            if (now - it.next() >= 0) {
                it.remove();
            }
        }
    }

    private String entryOf(String username, String storedHash, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            update(mac, StandardCharsets.UTF_8.encode(username));
            update(mac, StandardCharsets.UTF_8.encode(storedHash));
            update(mac, StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static void update(Mac mac, ByteBuffer bytes) {
        mac.update(ByteBuffer.allocate(4).putInt(bytes.remaining()).flip());
        mac.update(bytes);
    }
}
