package news.byline.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.config.BylineConfig;
import news.byline.config.CdnProvider;
import org.jboss.logging.Logger;

/**
 * The optional CDN purger: an endpoint row that the settings make (one per provider, the same id on every
 * instance) and that takes every event, so that purges go out in order with the retries, lease and log of
 * webhooks. Switching the provider off disables the row; events wait for nothing.
 */
@ApplicationScoped
public class CdnPurger {
    private static final Logger LOG = Logger.getLogger(CdnPurger.class);
    private static final List<String> PROVIDERS = List.of(CdnProvider.FASTLY.id(), CdnProvider.CLOUDFLARE.id());

    private final EntityManager entityManager;
    private final BylineConfig.Cdn cdn;
    private final WebhookDispatcher dispatcher;

    public CdnPurger(EntityManager entityManager, BylineConfig config, WebhookDispatcher dispatcher) {
        this.entityManager = entityManager;
        this.cdn = config.cdn();
        this.dispatcher = dispatcher;
    }

    void onStart(@Observes StartupEvent event) {
        String provider = cdn.provider().id(); // the setting's converter refused anything but none, fastly, cloudflare
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createQuery("update Webhook w set w.enabled = false where w.target in :providers and w.target <> :provider")
                    .setParameter("providers", PROVIDERS).setParameter("provider", provider).executeUpdate();
            if (PROVIDERS.contains(provider)) {
                register(provider);
            }
        });
        if (PROVIDERS.contains(provider)) {
            LOG.infof("Purging %s by surrogate key as content changes", provider);
            dispatcher.endpointsChanged();
        }
    }

    /** The purger's row: made with the position of now (what is cached already is purged by TTL), kept up to date. */
    private void register(String provider) {
        UUID id = UUID.nameUUIDFromBytes(("cdn:" + provider).getBytes(StandardCharsets.UTF_8));
        Webhook purger = entityManager.find(Webhook.class, id);
        Instant now = Instant.now();
        boolean created = purger == null;
        if (created) {
            purger = new Webhook();
            purger.id = id;
            purger.target = provider;
            purger.secret = "";
            purger.eventTypes = "*";
            purger.createdAt = now;
            purger.deliveredPosition = entityManager.createQuery(
                    "select s.lastPosition from EventSequence s where s.name = 'content'", Long.class).getSingleResult();
        }
        purger.url = cdn.apiUrl().orElse(CdnPurge.defaultApiUrl(provider));
        purger.description = "CDN purge (" + provider + ")";
        purger.enabled = true;
        purger.failing = false; // starting with the settings is asking it to try again
        purger.failingSince = null;
        purger.nextAttemptAt = null;
        purger.updatedAt = now;
        if (created) {
            entityManager.persist(purger);
        }
    }
}
