package news.byline.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** Files that hold secrets (keys, the embedded database) are readable by their owner only. */
public final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** Writes a secret to a new file created rw------- (never readable by others, not even for a moment). */
    public static Path write(Path file, String secret) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.deleteIfExists(file);
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            return Files.writeString(file, secret + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Makes the files whose names start with the given base (a database and its companions) rw-------. */
    public static void restrict(Path base) {
        Path directory = base.toAbsolutePath().getParent();
        if (!POSIX || directory == null || !Files.isDirectory(directory)) {
            return;
        }
        String prefix = base.getFileName().toString();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + base, e);
        }
    }
}
