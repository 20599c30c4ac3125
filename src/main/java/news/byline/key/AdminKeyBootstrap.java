package news.byline.key;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import news.byline.config.BylineConfig;
import news.byline.config.OwnerOnlyFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first admin key: BYLINE_ADMIN_KEY when set (refused if weak, kept as a revocable key). Otherwise, on
 * the embedded default database only, a key is generated while no admin exists and written to a file only
 * its owner can read: logs travel further than files, so they show its prefix alone.
 */
@ApplicationScoped
public class AdminKeyBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

    private final ApiKeyService keys;
    private final BylineConfig config;
    private final boolean embedded;

    public AdminKeyBootstrap(ApiKeyService keys, BylineConfig config,
                             @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.keys = keys;
        this.config = config;
        this.embedded = "h2".equals(dbKind);
    }

    void onStart(@Observes StartupEvent event) {
        String configured = config.adminKey().filter(key -> !key.isBlank()).orElse(null);
        if (configured != null) {
            adopt(configured);
        } else if (embedded && !keys.hasAdmin()) {
            CreatedApiKey key = keys.create(new ApiKeyInput("Generated at first start", Role.ADMIN_NAME));
            Path file = OwnerOnlyFiles.write(Path.of(config.adminKeyFile()), key.key());
            LOG.warnf("No admin key was configured, so one was generated (%s…) and written to %s, readable by you"
                    + " only. Send it as 'Authorization: Bearer <key>'. Set BYLINE_ADMIN_KEY to choose your own.",
                    key.prefix(), file.toAbsolutePath());
        }
    }

    private void adopt(String configured) {
        KeySecrets.weakness(configured).ifPresent(reason -> {
            throw new IllegalStateException("BYLINE_ADMIN_KEY is too weak: " + reason);
        });
        boolean grants;
        try {
            grants = keys.adoptConfiguredAdmin(configured);
        } catch (RuntimeException raced) { // another instance kept it at the same moment
            grants = keys.adoptConfiguredAdmin(configured);
        }
        if (!grants) {
            LOG.warn("BYLINE_ADMIN_KEY was revoked and grants nothing; set a new one");
        }
    }
}
