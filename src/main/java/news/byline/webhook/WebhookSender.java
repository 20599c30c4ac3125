package news.byline.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import news.byline.config.BylineConfig;
import news.byline.config.SecretBox;
import news.byline.domain.Version;

/** Sends one signed delivery and tells how it went; never throws for what the receiver does. */
@ApplicationScoped
class WebhookSender {
    private static final int MAX_ERROR = 500;

    private final ObjectMapper json;
    private final WebhookTargets targets;
    private final BylineConfig.Cdn cdn;
    private final Duration timeout;
    private final PinnedPoster poster;
    private final SecretBox box;

    public WebhookSender(ObjectMapper json, WebhookTargets targets, PinnedPoster poster, BylineConfig config, SecretBox box) {
        this.json = json;
        this.targets = targets;
        this.poster = poster;
        this.box = box;
        this.cdn = config.cdn();
        this.timeout = config.webhooks().timeout();
    }

    /** How an attempt went: status (null without an answer), time taken, and an excerpt of what went wrong. */
    public record Outcome(Integer status, int latencyMs, String error) {
        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** A signed POST of the payload to a registered endpoint (a ping to the CDN purger purges nothing). */
    public Outcome send(Webhook endpoint, WebhookPayload payload) {
        if (!endpoint.target.equals(Webhook.HTTP)) {
            return purge(endpoint, payload.event().keys() == null ? List.of() : payload.event().keys());
        }
        return call(endpoint, () -> signed(endpoint, payload));
    }

    /** The CDN's purge call for these surrogate keys. */
    public Outcome purge(Webhook endpoint, List<String> keys) {
        if (keys.isEmpty()) {
            return new Outcome(204, 0, null);
        }
        return call(endpoint, () -> CdnPurge.request(endpoint.target, endpoint.url, cdn.service().orElse(""),
                cdn.token().orElse(""), keys));
    }

    private interface PostMaker {
        OutgoingPost make() throws JsonProcessingException;
    }

    private Outcome call(Webhook endpoint, PostMaker maker) {
        long started = System.nanoTime();
        WebhookTargets.Target target = targets.resolve(endpoint.url);
        if (target.refusal() != null) {
            return new Outcome(null, 0, "refused: the URL " + target.refusal());
        }
        try {
            // the whole exchange, body included, within the timeout: a receiver trickling its answer is cut off too
            PinnedPoster.Answer answer = poster.post(target.address(), maker.make(), timeout, MAX_ERROR);
            int status = answer.status();
            String error = status >= 200 && status < 300 ? null : cut("HTTP " + status + excerpt(answer.excerpt()));
            return new Outcome(status, elapsed(started), error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsed(started), "interrupted");
        } catch (TimeoutException e) {
            return new Outcome(null, elapsed(started), "HttpTimeoutException: no complete answer within " + timeout.toMillis() + " ms");
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return new Outcome(null, elapsed(started), cut(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
        }
    }

    private OutgoingPost signed(Webhook endpoint, WebhookPayload payload) throws JsonProcessingException {
        String body = json.writeValueAsString(payload);
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "Byline-Webhooks/1");
        headers.put("Byline-Delivery", payload.deliveryId().toString());
        headers.put("Byline-Event", payload.event().type());
        headers.put("Byline-Timestamp", Long.toString(timestamp));
        headers.put("Byline-Signature", WebhookSignature.sign(box.open(endpoint.secret), timestamp, body));
        return new OutgoingPost(URI.create(endpoint.url), headers, body);
    }

    /** The delivery id of an event to an endpoint: the same on every attempt and replay. */
    static UUID deliveryId(UUID webhookId, long position) {
        return UUID.nameUUIDFromBytes((webhookId + ":" + position).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String excerpt(String body) {
        return body == null || body.isBlank() ? "" : ": " + body;
    }

    /**
     * What a receiver said, as text any database keeps: control characters (PostgreSQL refuses NUL in text) become
     * U+FFFD, and a long answer is cut between characters, never inside a surrogate pair.
     */
    static String cut(String text) {
        String safe = text.codePoints().map(c -> Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (safe.length() <= MAX_ERROR) {
            return safe;
        }
        int end = Character.isHighSurrogate(safe.charAt(MAX_ERROR - 2)) ? MAX_ERROR - 2 : MAX_ERROR - 1;
        return safe.substring(0, end) + "…";
    }

    private static int elapsed(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
