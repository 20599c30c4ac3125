package news.byline.cache;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the other instances on the same PostgreSQL database what this one changed, and hears what they
 * changed, through LISTEN/NOTIFY: no server beyond the database. A notification carries the sender and
 * the surrogate keys; receivers purge them like their own changes. An instance whose listening connection
 * broke may have missed notifications, so on reconnecting it drops everything it cannot prove fresh.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class ClusterPurges {
    private static final Logger LOG = Logger.getLogger(ClusterPurges.class);
    static final String CHANNEL = "byline_purge";
    /** PostgreSQL refuses payloads of 8000 bytes or more; a longer list of keys becomes "everything". */
    private static final int MAX_PAYLOAD = 7900;
    private static final long CHECK_NANOS = 10_000_000_000L;

    private final String instance = UUID.randomUUID().toString();
    private final Event<ContentChanged> changes;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "byline-purge-notify"));
    private volatile boolean running = true;
    private Connection notifier;
    private boolean untold;

    public ClusterPurges(Event<ContentChanged> changes,
                         @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                         @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.changes = changes;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        daemon(this::listen, "byline-purge-listen").start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        sender.execute(this::closeNotifier);
        sender.shutdown();
    }

    /** This instance's changes, sent after their commit (from another thread: never inside a transaction's completion). */
    void tell(@Observes @Priority(PurgeOrder.OTHER_INSTANCES) ContentChanged change) {
        if (!change.local()) {
            return;
        }
        String keys = String.join(" ", change.keys());
        String payload = instance + " " + (instance.length() + 1 + keys.length() > MAX_PAYLOAD ? ListKey.EVERYTHING.key() : keys);
        if (!sender.isShutdown()) {
            sender.execute(() -> notify(payload));
        }
    }

    /**
     * On the sender thread only: one connection kept open, made again after a failure. A change that could not
     * be told is told as "everything" with the next one that can.
     */
    private void notify(String payload) {
        if (untold) {
            untold = !send(instance + " " + ListKey.EVERYTHING.key());
        }
        if (!send(payload)) {
            untold = true;
            LOG.warn("Could not tell the other instances what changed; they will be told to drop everything later");
        }
    }

    private boolean send(String payload) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (notifier == null || notifier.isClosed()) {
                    notifier = connect();
                }
                try (PreparedStatement notify = notifier.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, payload);
                    notify.execute();
                    return true;
                }
            } catch (SQLException e) {
                closeNotifier();
                LOG.debugf("Sending a purge notification failed: %s", e.getMessage());
            }
        }
        return false;
    }

    private void closeNotifier() {
        try {
            if (notifier != null) {
                notifier.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        notifier = null;
    }

    private void listen() {
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                if (connectedBefore) {
                    LOG.info("Listening for other instances' changes again; dropping what may have changed meanwhile");
                    changes.fire(new ContentChanged(Set.of(ListKey.EVERYTHING.key()), false));
                }
                connectedBefore = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                long checked = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        Arrays.stream(notifications).forEach(this::received);
                    }
                    if (System.nanoTime() - checked > CHECK_NANOS) {
                        statement.execute("select 1"); // a half-open connection fails here instead of hearing nothing
                        checked = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Lost the connection that hears other instances' changes (%s); retrying", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void received(PGNotification notification) {
        String[] parts = notification.getParameter().split(" ");
        if (parts.length < 2 || parts[0].equals(instance)) {
            return;
        }
        changes.fire(new ContentChanged(Arrays.stream(parts).skip(1).collect(Collectors.toUnmodifiableSet()), false));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user.orElse(null), password.orElse(null));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
