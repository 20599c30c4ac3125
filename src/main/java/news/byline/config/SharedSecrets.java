package news.byline.config;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Secrets that every instance on the same database must agree on, when none is configured: made once by
 * the first instance that needs it (an insert that a concurrent one cannot duplicate) and read by all. Kept
 * sealed ({@link SecretBox}).
 */
@ApplicationScoped
public class SharedSecrets {
    private final EntityManager entityManager;
    private final SecretBox box;

    public SharedSecrets(EntityManager entityManager, SecretBox box) {
        this.entityManager = entityManager;
        this.box = box;
    }

    /** Seals again, under the current key, what an older key (or none) sealed: rotation, and rows from before sealing. */
    void reseal(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> rows = entityManager.createNativeQuery("select name, secret from shared_secret").getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                String stored = (String) columns[1];
                if (!box.sealedWithCurrentKey(stored)) {
                    entityManager.createNativeQuery("update shared_secret set secret = ?1 where name = ?2 and secret = ?3")
                            .setParameter(1, box.seal(box.open(stored))).setParameter(2, columns[0]).setParameter(3, stored)
                            .executeUpdate();
                }
            }
        });
    }

    /** The secret of this name, 256 random bits made now if no instance made it before. */
    public String get(String name) {
        return read(name).orElseGet(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> create(name));
            } catch (RuntimeException e) {
                // another instance created it at the same moment: its secret is the one to use
            }
            return read(name).orElseThrow(() -> new IllegalStateException("Cannot create shared secret " + name));
        });
    }

    private Optional<String> read(String name) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select secret from shared_secret where name = ?1", String.class)
                .setParameter(1, name).getResultStream().map(value -> box.open((String) value)).findFirst());
    }

    private void create(String name) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        entityManager.createNativeQuery("insert into shared_secret (name, secret, created_at) values (?1, ?2, ?3)")
                .setParameter(1, name).setParameter(2, box.seal(Base64.getEncoder().encodeToString(random)))
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }
}
