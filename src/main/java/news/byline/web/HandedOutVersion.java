package news.byline.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The version tag this request's answer hands out as its ETag, set by a service that wrote (or previews)
 * an entity: the tag editors send back as If-Match; or that of bytes streamed, never held whole. Unset, the
 * ETag is the digest of the bytes.
 */
@RequestScoped
public class HandedOutVersion {
    private String tag;

    public void of(UUID id, long version) {
        tag = EntityTags.ofVersion(id, version);
    }

    /** Stored bytes that never change under their key (an image original): the key is their version. */
    public void ofStored(String storageKey) {
        tag = EntityTags.of(("stored/" + storageKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String tag() {
        return tag;
    }
}
