package news.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import news.byline.config.BylineConfig;
import news.byline.config.SecretBox;
import org.junit.jupiter.api.Test;

/**
 * A send connects to the address its check resolved, naming the host: a name that would resolve elsewhere a
 * moment later (DNS rebinding) cannot redirect it. The host here never resolves (.invalid, RFC 6761) but through
 * the check's one lookup, so a second lookup at connect time would fail the send.
 */
@QuarkusTest
class PinnedTargetTest {
    private static final String HOST = "pinned.byline.invalid";

    @Inject
    ObjectMapper json;
    @Inject
    BylineConfig config;
    @Inject
    SecretBox box;
    @Inject
    PinnedPoster poster;

    @Test
    void aSendGoesToTheAddressItsCheckResolvedAndNamesTheHost() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        WebhookTargets targets = new WebhookTargets(true, host -> {
            lookups.incrementAndGet();
            if (!host.equals(HOST)) {
                throw new java.net.UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        });
        WebhookSender sender = new WebhookSender(json, targets, poster, config, box);
        try (Receiver receiver = Receiver.answering(204)) {
            Webhook endpoint = new Webhook();
            endpoint.id = UUID.randomUUID();
            endpoint.target = Webhook.HTTP;
            endpoint.url = receiver.url().replace("127.0.0.1", HOST);
            endpoint.secret = box.seal("whsec-pinned-target-secret");
            WebhookPayload ping = new WebhookPayload(UUID.randomUUID(),
                    new WebhookPayload.Event(null, "ping", null, null, null, null, Instant.now(), null, null, null));

            WebhookSender.Outcome outcome = sender.send(endpoint, ping);

            assertTrue(outcome.succeeded(), String.valueOf(outcome));
            assertEquals(1, lookups.get(), "one lookup: the check's");
            Receiver.Request received = receiver.await(1).get(0);
            assertEquals(HOST + ":" + endpoint.url.split(":")[2].split("/")[0], received.header("Host"));
            assertEquals(WebhookSignature.sign("whsec-pinned-target-secret", Long.parseLong(received.header("Byline-Timestamp")),
                    received.body()), received.header("Byline-Signature"));
        }
    }
}
