package news.byline.webhook;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import news.byline.config.BylineConfig;

/**
 * Posts to the address a target was checked at, while naming its host (the Host header, TLS SNI and the
 * certificate check): the connection goes where the check looked, never where a second lookup would point.
 * Reads the first bytes of the answer only, and gives the whole exchange one deadline, so a receiver can
 * neither make a send read a large or endless body nor hold it with a trickle.
 */
@ApplicationScoped
class PinnedPoster {
    private final HttpClient client;

    @Inject
    PinnedPoster(Vertx vertx, BylineConfig config) {
        this(vertx, new HttpClientOptions().setConnectTimeout((int) config.webhooks().timeout().toMillis()));
    }

    /** With these client options (tests trust their own certificate); HTTP/1.1, the host's certificate verified. */
    PinnedPoster(Vertx vertx, HttpClientOptions options) {
        this.client = vertx.createHttpClient(options.setProtocolVersion(HttpVersion.HTTP_1_1).setVerifyHost(true));
    }

    /** What came back: the status and the answer's first bytes as text. */
    record Answer(int status, String excerpt) {
    }

    Answer post(InetAddress address, OutgoingPost post, Duration timeout, int maxBytes)
            throws InterruptedException, ExecutionException, TimeoutException {
        URI uri = post.uri();
        boolean tls = uri.getScheme().equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(uri.getHost()).setPort(port)
                .setSsl(tls).setURI(path).setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false);
        post.headers().forEach(options::addHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Answer> answer = client.request(options)
                .compose(request -> {
                    sent.set(request);
                    return request.send(Buffer.buffer(post.body()));
                })
                .compose(response -> excerpt(response, maxBytes));
        try {
            return answer.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset(); // the connection goes: nothing more is read from it
            }
            throw e;
        }
    }

    private static Future<Answer> excerpt(HttpClientResponse response, int maxBytes) {
        Promise<Answer> promise = Promise.promise();
        Buffer kept = Buffer.buffer();
        response.handler(chunk -> {
            if (kept.length() < maxBytes) {
                kept.appendBuffer(chunk.slice(0, Math.min(chunk.length(), maxBytes - kept.length())));
            }
            if (kept.length() >= maxBytes && promise.tryComplete(answer(response, kept))) {
                response.request().reset();
            }
        });
        response.endHandler(end -> promise.tryComplete(answer(response, kept)));
        response.exceptionHandler(promise::tryFail);
        return promise.future();
    }

    private static Answer answer(HttpClientResponse response, Buffer kept) {
        return new Answer(response.statusCode(), kept.toString(StandardCharsets.UTF_8));
    }
}
