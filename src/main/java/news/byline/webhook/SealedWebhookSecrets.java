package news.byline.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import news.byline.config.SecretBox;

/** At start, seals again under the current key the signing secrets an older key (or none, before sealing) sealed. */
@ApplicationScoped
class SealedWebhookSecrets {
    private final SecretBox box;

    SealedWebhookSecrets(SecretBox box) {
        this.box = box;
    }

    void reseal(@Observes StartupEvent start) {
        // Only the secret column, and only if unchanged: a dispatcher moving the endpoint on meanwhile loses nothing.
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> rows = Webhook.getEntityManager().createQuery("select w.id, w.secret from Webhook w", Object[].class)
                    .getResultList();
            for (Object[] row : rows) {
                String stored = (String) row[1];
                if (!box.sealedWithCurrentKey(stored)) {
                    Webhook.update("secret = ?1 where id = ?2 and secret = ?3", box.seal(box.open(stored)), row[0], stored);
                }
            }
        });
    }
}
