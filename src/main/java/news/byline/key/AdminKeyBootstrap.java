package news.byline.key;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.byline.config.BylineConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first admin key: BYLINE_ADMIN_KEY when set. Otherwise, on the embedded default database only, a key
 * is generated at the first start and printed once, so that a newcomer can try the management API.
 */
@ApplicationScoped
public class AdminKeyBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

    private final ApiKeyService keys;
    private final boolean embedded;

    public AdminKeyBootstrap(ApiKeyService keys, BylineConfig config,
                             @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.keys = keys;
        this.embedded = "h2".equals(dbKind);
    }

    void onStart(@Observes StartupEvent event) {
        if (embedded && !keys.hasAdmin()) {
            CreatedApiKey key = keys.create(new ApiKeyInput("Generated at first start", Role.ADMIN_NAME));
            LOG.warnf("No admin key was configured, so one was generated. It is shown only this once:%n%n    %s%n%n"
                    + "Send it as 'Authorization: Bearer <key>'. Set BYLINE_ADMIN_KEY to choose your own.", key.key());
        }
    }
}
