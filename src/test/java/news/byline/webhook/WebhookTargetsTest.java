package news.byline.webhook;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where deliveries may go, without the server. */
class WebhookTargetsTest {
    private final WebhookTargets strict = new WebhookTargets(false, java.net.InetAddress::getAllByName);

    @Test
    void refusesOtherSchemesAndThisHostAndPrivateNetworks() {
        for (String url : List.of("ftp://93.184.216.34/x", "file:///etc/passwd", "http://127.0.0.1:8080/x", "http://localhost/x",
                "http://10.1.2.3/x", "http://192.168.0.10/x", "http://172.16.5.4/x", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/x", "http://[fd00::1]/x", "http://0.0.0.0/x", "not a url",
                // special-purpose blocks and IPv6 forms that embed an internal IPv4 address
                "http://100.100.100.200/latest/meta-data", "http://[64:ff9b::a9fe:a9fe]/x", "http://[64:ff9b:1::a9fe:a9fe]/x",
                "http://[2002:a9fe:a9fe::]/x", "http://[::127.0.0.1]/x", "http://[::ffff:127.0.0.1]/x", "http://198.18.0.1/x",
                "http://0.1.2.3/x", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x", "http://192.0.0.8/x", "http://240.0.0.1/x",
                "http://255.255.255.255/x", "http://224.0.0.1/x", "http://[ff02::1]/x", "http://[fe80::1]/x", "http://[2001:db8::1]/x",
                "http://192.88.99.1/x", "http://203.0.113.9/x")) {
            assertNotNull(strict.refusal(url), url);
        }
    }

    @Test
    void acceptsPublicAddressesAndPrivateOnesWhenAllowed() {
        assertNull(strict.refusal("https://93.184.216.34/hook"));
        assertNull(strict.refusal("https://[2606:2800:220:1:248:1893:25c8:1946]/hook"));
        assertNull(strict.refusal("https://100.128.0.1/hook")); // just past 100.64.0.0/10
        assertNull(strict.refusal("https://[2001:4860:4860::8888]/hook"));
        assertTrue(strict.refusal("http://100.100.100.200/x").contains("100.64.0.0/10"));
        assertNull(new WebhookTargets(true, java.net.InetAddress::getAllByName).refusal("http://127.0.0.1:9000/hook"));
    }

    @Test
    void aHostThatDoesNotResolveYetMayBeRegisteredButNotSentTo() {
        assertNull(strict.refusal("https://hooks.byline.invalid/x"));
        assertTrue(strict.resolve("https://hooks.byline.invalid/x").refusal().contains("does not resolve"));
    }
}
