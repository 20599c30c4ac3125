package news.byline.web.conditional;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import news.byline.domain.Versioned;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Answers that carry the version of what they show as their ETag, the tag an editor sends back as If-Match:
 * what a write returns, and an editor's preview (which no cache keeps). Other reads are tagged by the digest
 * of their bytes.
 */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    public static <V> RestResponse<V> ok(Versioned<V> written) {
        return RestResponse.ResponseBuilder.ok(written.value()).header(HttpHeaders.ETAG, EntityTags.of(written.version())).build();
    }

    public static <V> RestResponse<V> created(URI location, Versioned<V> written) {
        return RestResponse.ResponseBuilder.<V>created(location).entity(written.value())
                .header(HttpHeaders.ETAG, EntityTags.of(written.version())).build();
    }

    public static <V> RestResponse<V> preview(Versioned<V> current) {
        return RestResponse.ResponseBuilder.ok(current.value()).header(HttpHeaders.ETAG, EntityTags.of(current.version()))
                .header(HttpHeaders.CACHE_CONTROL, PreviewParam.CACHE_CONTROL).build();
    }
}
