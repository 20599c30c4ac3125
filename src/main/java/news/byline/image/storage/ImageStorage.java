package news.byline.image.storage;

import java.io.IOException;
import java.util.Optional;

/** Where image bytes live. The local filesystem is the default; an object store can take its place. */
public interface ImageStorage {

    void write(String key, byte[] bytes) throws IOException;

    Optional<byte[]> read(String key) throws IOException;

    void delete(String key) throws IOException;
}
