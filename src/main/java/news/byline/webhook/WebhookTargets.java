package news.byline.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import news.byline.config.BylineConfig;

/**
 * Where deliveries may go: http(s) only, and only to global unicast addresses (unless the setting allows
 * private ones; see {@link SpecialAddresses}), so that a webhook cannot be used to reach what only the server can.
 */
@ApplicationScoped
class WebhookTargets {
    private final boolean allowPrivate;

    @Inject
    public WebhookTargets(BylineConfig config) {
        this(config.webhooks().allowPrivateTargets());
    }

    WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the address may not be delivered to; null when it may. Resolves the host (a send checks again). */
    public String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "is not a URL";
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            return "must be an http(s) URL with a host";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                Optional<String> block = SpecialAddresses.blockOf(address);
                if (block.isPresent()) {
                    return "points at an address that is not public (" + address.getHostAddress() + " is in " + block.get() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "names a host that does not resolve";
        }
        return null;
    }
}
