package news.byline.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Stored secrets are sealed with AES-GCM under the configured key, and survive its rotation. */
class SecretBoxTest {
    private static final byte[] OLD = key(1);
    private static final byte[] NEW = key(2);

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedSecretOpensAndShowsNothingOfItself() {
        SecretBox box = new SecretBox(NEW, List.of());
        String sealed = box.seal("whsec-a-signing-secret");
        assertFalse(sealed.contains("whsec"));
        assertTrue(sealed.startsWith("enc:v1:"));
        assertNotEquals(sealed, box.seal("whsec-a-signing-secret"), "a fresh nonce each time");
        assertEquals("whsec-a-signing-secret", box.open(sealed));
        assertEquals("stored-before-sealing", box.open("stored-before-sealing"));
    }

    @Test
    void anAlteredValueOrAnUnknownKeyIsRefused() {
        SecretBox box = new SecretBox(NEW, List.of());
        String sealed = box.seal("whsec-a-signing-secret");
        char last = sealed.charAt(sealed.length() - 3);
        String altered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThrows(IllegalStateException.class, () -> box.open(altered));
        assertThrows(IllegalStateException.class, () -> new SecretBox(key(3), List.of()).open(sealed));
    }

    @Test
    void afterRotationOldValuesOpenAndAreKnownToNeedSealingAgain() {
        String underOld = new SecretBox(OLD, List.of()).seal("cursor-key");
        SecretBox rotated = new SecretBox(NEW, List.of(OLD));
        assertEquals("cursor-key", rotated.open(underOld));
        assertFalse(rotated.sealedWithCurrentKey(underOld));
        assertTrue(rotated.sealedWithCurrentKey(rotated.seal("cursor-key")));
        assertFalse(rotated.sealedWithCurrentKey("plain text from before"));
    }

    @Test
    void instancesStartingTogetherWithoutAConfiguredKeyAgreeOnOne() throws Exception {
        Path file = Path.of("target/secret-box-test/secrets-key");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        ExecutorService starts = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int instance = 0; instance < 8; instance++) {
                keys.add(starts.submit(() -> SecretBox.fromFile(file)));
            }
            for (Future<byte[]> key : keys) {
                assertArrayEquals(keys.get(0).get(), key.get());
            }
        } finally {
            starts.shutdown();
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var siblings = Files.list(file.getParent())) {
            assertEquals(List.of(file), siblings.toList(), "no half-made key files are left");
        }
    }
}
