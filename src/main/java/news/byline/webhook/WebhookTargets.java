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
 * The host is resolved once per send and the send connects to the address checked: a name that resolves
 * elsewhere a moment later (DNS rebinding) changes nothing.
 */
@ApplicationScoped
class WebhookTargets {
    private static final String UNRESOLVED = "names a host that does not resolve";

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    public WebhookTargets(BylineConfig config) {
        this(config.webhooks().allowPrivateTargets(), InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Looks a host name up (the system resolver; tests pass their own). */
    interface Resolver {
        InetAddress[] addressesOf(String host) throws UnknownHostException;
    }

    /** Where a send goes: the URL and the checked address to connect to, or why it may not. */
    record Target(URI uri, InetAddress address, String refusal) {
        static Target refused(String why) {
            return new Target(null, null, why);
        }
    }

    /**
     * Why an endpoint may not be registered at this address; null when it may. A host that does not resolve (yet)
     * is accepted: every send resolves and checks it again.
     */
    public String refusal(String url) {
        Target target = resolve(url);
        return target.refusal() == null || target.refusal().equals(UNRESOLVED) ? null : target.refusal();
    }

    /** Resolves the URL's host once and checks every address it has; the first is where a send connects. */
    public Target resolve(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Target.refused("is not a URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            return Target.refused("must be an http(s) URL with a host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.addressesOf(uri.getHost());
        } catch (UnknownHostException e) {
            return Target.refused(UNRESOLVED);
        }
        for (InetAddress address : allowPrivate ? new InetAddress[0] : addresses) {
            Optional<String> block = SpecialAddresses.blockOf(address);
            if (block.isPresent()) {
                return Target.refused("points at an address that is not public (" + address.getHostAddress() + " is in " + block.get() + ")");
            }
        }
        return new Target(uri, addresses[0], null);
    }
}
