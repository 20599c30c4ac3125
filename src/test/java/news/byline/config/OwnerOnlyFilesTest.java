package news.byline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** Keys and the embedded database are readable by their owner only. */
class OwnerOnlyFilesTest {

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aGeneratedKeyIsWrittenForItsOwnerOnly() throws Exception {
        Path file = Path.of("target/owner-only-test/admin-key");
        Files.deleteIfExists(file);
        OwnerOnlyFiles.write(file, "byl_secret");
        OwnerOnlyFiles.write(file, "byl_replaced");
        assertEquals("byl_replaced", Files.readString(file).strip());
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void theEmbeddedDatabaseAndItsCompanionsBecomeOwnerOnly() throws Exception {
        Path directory = Files.createDirectories(Path.of("target/owner-only-test/data"));
        Path database = Files.writeString(directory.resolve("byline.mv.db"), "pages");
        Path trace = Files.writeString(directory.resolve("byline.trace.db"), "trace");
        Path other = Files.writeString(directory.resolve("unrelated.txt"), "left alone");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnlyFiles.restrict(directory.resolve("byline"));
        assertEquals("rw-------", permissions(database));
        assertEquals("rw-------", permissions(trace));
        assertEquals("rw-r--r--", permissions(other));
    }
}
