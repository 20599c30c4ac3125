package news.byline.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded database's files hold everything (sealed secrets included) and H2 creates them with the process's
 * umask, often readable by every user: once it has opened them, they are made readable by their owner only.
 */
@ApplicationScoped
class EmbeddedDatabaseFiles {
    private static final String FILE_URL = "jdbc:h2:file:";

    private final String url;

    EmbeddedDatabaseFiles(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.url = url;
    }

    void restrict(@Observes StartupEvent start) {
        if (url.startsWith(FILE_URL)) {
            String base = url.substring(FILE_URL.length()).split(";", 2)[0];
            OwnerOnlyFiles.restrict(Path.of(base.startsWith("~") ? System.getProperty("user.home") + base.substring(1) : base));
        }
    }
}
