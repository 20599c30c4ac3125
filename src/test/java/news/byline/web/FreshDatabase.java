package news.byline.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A database of its own, empty at start (an in-memory H2 one, or a PostgreSQL one made again), so the app loads fresh content. */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {
    private static final String NAME = "byline_fresh";

    @Override
    public Map<String, String> start() {
        if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + NAME
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        String user = System.getenv().getOrDefault("BYLINE_TEST_DB_USER", "postgres");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", user, null);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + NAME + " with (force)");
            statement.execute("create database " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the database " + NAME, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + NAME);
    }

    @Override
    public void stop() {
        // left for inspection; made again at the next start
    }
}
