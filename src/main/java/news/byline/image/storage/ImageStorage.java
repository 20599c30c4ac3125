package news.byline.image.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where image bytes live. The local filesystem is the default; an object store can take its place. */
public interface ImageStorage {

    void write(String key, byte[] bytes) throws IOException;

    Optional<byte[]> read(String key) throws IOException;

    /** The bytes under this key as a stream read piece by piece (never all in memory); empty when there are none. */
    Optional<InputStream> stream(String key) throws IOException;

    void delete(String key) throws IOException;
}
