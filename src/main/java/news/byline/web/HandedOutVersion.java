package news.byline.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The version tag this request's answer hands out as its ETag, set by a service that wrote (or previews)
 * an entity: the tag editors send back as If-Match. Unset, the ETag is the digest of the bytes.
 */
@RequestScoped
public class HandedOutVersion {
    private String tag;

    public void of(UUID id, long version) {
        tag = EntityTags.ofVersion(id, version);
    }

    String tag() {
        return tag;
    }
}
