package news.byline.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import news.byline.config.BylineConfig;

/**
 * Where deliveries may go: http(s) only, and not to this host's or a private network's addresses (unless
 * the setting allows them), so that a webhook cannot be used to reach what only the server can.
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
                if (isPrivate(address)) {
                    return "points at a loopback or private address (" + address.getHostAddress() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "names a host that does not resolve";
        }
        return null;
    }

    private static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc; // fc00::/7
    }
}
