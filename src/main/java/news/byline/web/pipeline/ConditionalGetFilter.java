package news.byline.web.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.byline.cache.ResponseCache;
import news.byline.web.conditional.EntityTags;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.problem.Problem;
import news.byline.web.route.Route;
import news.byline.web.route.Routes;
import news.byline.web.route.Shows;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful GET and HEAD a strong ETag computed from the exact bytes sent (unless its resource
 * tagged the answer with the version it shows, see {@link VersionedResponses}), answers 304 to a
 * matching If-None-Match (or a satisfied If-Modified-Since), sets a CDN-friendly Cache-Control unless the
 * resource chose its own, and names what the response shows in Surrogate-Key (and Cache-Tag). The entity
 * is serialized here once; a public answer is handed to the {@link ResponseCache} as those bytes.
 */
public class ConditionalGetFilter {
    public static final String PUBLIC_CACHE_CONTROL =
            "public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400";
    /** Long enough to absorb a burst of requests for a missing page, short enough that a publish shows. */
    public static final String NOT_FOUND_CACHE_CONTROL = "public, max-age=10, s-maxage=30";

    public static final String SURROGATE_KEY = "Surrogate-Key";
    private static final Set<String> REPEATED_ON_304 =
            Set.of("etag", "cache-control", "vary", "last-modified", "expires", "content-location");
    public static final String CACHE_TAG = "Cache-Tag";

    @Inject
    ObjectMapper json;

    @Inject
    CacheHitHandler cached;

    @Inject
    Routes routes;

    @ServerResponseFilter(priority = FilterOrder.CONDITIONAL_GET)
    public void conditionalGet(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing,
                               ResourceInfo resource) throws IOException {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read && response.getStatus() == 404) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL);
            return;
        }
        boolean success = response.getStatus() == 200 || response.getStatus() == 201;
        // A streamed answer is tagged only when its resource knows its version (an image original); it is never kept.
        boolean streamed = response.getEntity() instanceof StreamingOutput || response.getEntity() instanceof InputStream;
        Object versionTag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (!success || !response.hasEntity() || (streamed && (!read || versionTag == null))
                || Problem.MEDIA_TYPE.equals(String.valueOf(response.getMediaType()))) {
            return;
        }
        byte[] body = streamed ? null : bytesOf(response.getEntity());
        String etag = versionTag != null ? versionTag.toString() : EntityTags.of(body);
        if (!read) {
            // A write answers the new representation's tag, for the client's next If-Match; never cached.
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of(PUBLIC_CACHE_CONTROL));
        headers.putSingle(HttpHeaders.VARY, "Accept-Encoding");
        boolean jsonBody = !streamed && response.getMediaType() != null && response.getMediaType().getSubtype().endsWith("json");
        Shows shows = resource.getResourceMethod() == null ? null : routes.answeredBy(resource.getResourceClass(),
                resource.getResourceMethod()).map(Route::shows).orElse(null);
        Set<String> keys = SurrogateKeys.of(shows, routing.request().query(), jsonBody ? body : null);
        Object fromResource = headers.getFirst(SURROGATE_KEY); // a binary body names no ids: its resource does
        if (fromResource != null) {
            keys.addAll(List.of(fromResource.toString().split(" ")));
        }
        if (request.getProperty(SparseFieldsFilter.SHOWN_IDS) instanceof Set<?> shown) {
            shown.forEach(id -> keys.add(id.toString()));
        }
        Set<String> named = SurrogateKeys.forHeaders(keys, shows, routing.request().query());
        headers.putSingle(SURROGATE_KEY, String.join(" ", named));
        headers.putSingle(CACHE_TAG, String.join(",", named));
        if (named != keys) {
            keys.addAll(named); // what purges a CDN's copy purges the one kept here too
        }
        if (!streamed) {
            cached.keep(routing, response, body, etag, keys);
        }
        boolean notModified = notModified(request, etag, response.getLastModified());
        if ((notModified || HttpMethod.HEAD.equals(request.getMethod())) && response.getEntity() instanceof InputStream unsent) {
            unsent.close(); // a stream that will not be sent (a file left open otherwise)
            response.setEntity(null);
        }
        if (notModified) {
            response.setStatus(304);
            response.setEntity(null);
            headers.keySet().removeIf(name -> !repeatedOn304(name));
        } else if (!streamed) {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /**
     * What a 304 repeats of its 200 (RFC 9110: validators and caching fields, nothing else): a revalidation
     * stays small, and a CDN keeps the surrogate keys it stored with the 200.
     */
    static boolean repeatedOn304(String header) {
        return REPEATED_ON_304.contains(header.toLowerCase(Locale.ROOT));
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
            return Preconditions.noneMatchFails(ifNoneMatch, etag);
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        return ifModifiedSince != null && lastModified != null
                && Preconditions.notModifiedSince(ifModifiedSince, lastModified.getTime());
    }
}
