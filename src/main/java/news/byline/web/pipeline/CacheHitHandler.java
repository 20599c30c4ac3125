package news.byline.web.pipeline;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import news.byline.cache.PreparedResponse;
import news.byline.cache.ResponseCache;

/**
 * Answers public GET and HEAD requests from the {@link ResponseCache} on the event loop, before resource
 * matching, the ORM or a worker thread; a matching If-None-Match gets 304 from the entry. A miss goes on
 * to the resources, and {@link ConditionalGetFilter} hands the rendered answer back through {@link #keep}.
 * Anonymous readers and delivery keys share it; editorial keys never touch it.
 */
@ApplicationScoped
class CacheHitHandler {
    private static final String CACHE_KEY = "byline.cache.key";
    private static final String GENERATION = "byline.cache.generation";
    private static final int GZIP_FROM_BYTES = 512;
    /** Headers a hit repeats are those the render set, less those that belong to one connection or encoding. */
    private static final Set<String> NOT_REPEATED = Set.of("content-length", "content-encoding", "content-type",
            "date", "set-cookie", "transfer-encoding", "connection");

    private final ResponseCache cache;

    public CacheHitHandler(ResponseCache cache) {
        this.cache = cache;
    }

    void install(@Observes Router router) {
        router.route().order(FilterOrder.CACHE_HITS).handler(this::serve);
    }

    void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        Caller caller = Caller.of(context);
        if (!cache.enabled() || (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD)
                || caller == null || !caller.readsPublicly()) {
            context.next();
            return;
        }
        String key = cacheKey(request.path(), request.query());
        PreparedResponse hit = cache.get(key);
        if (hit == null || !accepts(request.getHeader(HttpHeaders.ACCEPT), hit.mediaType())) {
            context.put(CACHE_KEY, key);
            context.put(GENERATION, cache.generation());
            context.next();
            return;
        }
        write(request, context.response(), hit);
    }

    /** Keeps a rendered public answer for the next requests, when the request could have been answered from it. */
    void keep(RoutingContext routing, ContainerResponseContext response, byte[] body, String etag, Set<String> keys) {
        String key = routing.get(CACHE_KEY);
        Long generation = routing.get(GENERATION);
        String cacheControl = response.getHeaderString(jakarta.ws.rs.core.HttpHeaders.CACHE_CONTROL);
        if (key == null || generation == null || response.getStatus() != 200 || response.getMediaType() == null
                || routing.request().method() != HttpMethod.GET
                || cacheControl == null || !cacheControl.startsWith("public")) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value)));
            }
        });
        cache.put(key, new PreparedResponse(contentType(response), body, body.length >= GZIP_FROM_BYTES ? gzip(body) : null,
                etag, response.getHeaderString(jakarta.ws.rs.core.HttpHeaders.LAST_MODIFIED), List.copyOf(headers),
                Set.copyOf(keys)), generation);
    }

    private static void write(HttpServerRequest request, HttpServerResponse response, PreparedResponse hit) {
        MultiMap headers = response.headers();
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        boolean notModified = ifNoneMatch != null ? Preconditions.noneMatchFails(ifNoneMatch, hit.etag())
                : ifModifiedSince != null && hit.lastModified() != null
                && Preconditions.notModifiedSince(ifModifiedSince, HttpDates.parse(hit.lastModified()).getTime());
        hit.headers().stream().filter(header -> !notModified || ConditionalGetFilter.repeatedOn304(header.getKey()))
                .forEach(header -> headers.add(header.getKey(), header.getValue()));
        if (notModified) {
            response.setStatusCode(304).end();
            return;
        }
        boolean gzip = hit.gzip() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] body = gzip ? hit.gzip() : hit.identity();
        headers.set(HttpHeaders.CONTENT_TYPE, hit.mediaType());
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
        if (request.method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    /** Path plus the query's parameters in name order, so that ?a=1&b=2 and ?b=2&a=1 share an entry. */
    static String cacheKey(String path, String query) {
        if (query == null || query.isEmpty()) {
            return path;
        }
        String[] parameters = query.split("&");
        Arrays.sort(parameters, Comparator.comparing(p -> p.indexOf('=') < 0 ? p : p.substring(0, p.indexOf('='))));
        return path + "?" + String.join("&", parameters);
    }

    private static String contentType(ContainerResponseContext response) {
        String type = response.getMediaType().toString();
        boolean text = type.contains("json") || type.contains("xml") || type.startsWith("text/");
        return text && !type.contains("charset") ? type + ";charset=UTF-8" : type;
    }

    /** Whether an Accept header admits the entry's type; anything unusual goes to the resources to decide. */
    private static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank() || accept.contains("*/*")) {
            return true;
        }
        String type = mediaType.split(";")[0];
        return accept.contains(type) || accept.contains(type.substring(0, type.indexOf('/')) + "/*");
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        return acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip")
                && !acceptEncoding.replace(" ", "").toLowerCase(Locale.ROOT).contains("gzip;q=0");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
