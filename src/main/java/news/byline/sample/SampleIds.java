package news.byline.sample;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids for sample content, so that links between sample items survive reloading. */
final class SampleIds {
    private SampleIds() {
    }

    static UUID of(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
