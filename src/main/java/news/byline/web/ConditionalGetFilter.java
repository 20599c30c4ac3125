package news.byline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.IOException;
import java.util.Arrays;
import java.util.Date;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful GET a strong ETag computed from the exact bytes sent, answers 304 to a matching
 * If-None-Match (or a satisfied If-Modified-Since), and sets a CDN-friendly Cache-Control unless the
 * resource chose its own, and names the entities shown in a Surrogate-Key header. The entity is
 * serialized here once and the bytes are sent as they are.
 */
public class ConditionalGetFilter {
    public static final String PUBLIC_CACHE_CONTROL =
            "public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400";

    public static final String SURROGATE_KEY = "Surrogate-Key";

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void conditionalGet(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        boolean success = response.getStatus() == 200 || response.getStatus() == 201;
        if (!success || !response.hasEntity() || response.getEntity() instanceof StreamingOutput
                || Problem.MEDIA_TYPE.equals(String.valueOf(response.getMediaType()))) {
            return;
        }
        byte[] body = bytesOf(response.getEntity());
        String etag = EntityTags.of(body);
        if (!HttpMethod.GET.equals(request.getMethod())) {
            // A write answers the new representation's tag, for the client's next If-Match; never cached.
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, java.util.List.of(PUBLIC_CACHE_CONTROL));
        headers.putSingle(HttpHeaders.VARY, "Accept-Encoding");
        if (response.getMediaType() != null && response.getMediaType().getSubtype().endsWith("json")) {
            headers.putSingle(SURROGATE_KEY, SurrogateKeys.of(
                    SurrogateKeys.routeKind(request.getUriInfo().getPath()), body));
        }
        if (notModified(request, etag, response.getLastModified())) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private byte[] bytesOf(Object entity) throws IOException {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }

    private static boolean notModified(ContainerRequestContext request, String etag, Date lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null && lastModified != null) {
            Date since = HttpDates.parse(ifModifiedSince);
            return since != null && lastModified.getTime() / 1000 <= since.getTime() / 1000;
        }
        return false;
    }
}
