package news.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where deliveries may go, without the server. */
class WebhookTargetsTest {
    private final WebhookTargets strict = new WebhookTargets(false);

    @Test
    void refusesOtherSchemesAndThisHostAndPrivateNetworks() {
        for (String url : List.of("ftp://93.184.216.34/x", "file:///etc/passwd", "http://127.0.0.1:8080/x", "http://localhost/x",
                "http://10.1.2.3/x", "http://192.168.0.10/x", "http://172.16.5.4/x", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/x", "http://[fd00::1]/x", "http://0.0.0.0/x", "not a url")) {
            assertNotNull(strict.refusal(url), url);
        }
    }

    @Test
    void acceptsPublicAddressesAndPrivateOnesWhenAllowed() {
        assertNull(strict.refusal("https://93.184.216.34/hook"));
        assertNull(new WebhookTargets(true).refusal("http://127.0.0.1:9000/hook"));
    }
}
