package news.byline.image.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Keeps images in PostgreSQL (table image_blob), so that every instance on the database serves every
 * upload and rendition. Inside a transaction a write is part of it: an upload that fails leaves no bytes.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class DatabaseImageStorage implements ImageStorage {
    private final AgroalDataSource dataSource;

    public DatabaseImageStorage(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void write(String key, byte[] bytes) throws IOException {
        update("insert into image_blob (storage_key, bytes) values (?, ?)"
                + " on conflict (storage_key) do update set bytes = excluded.bytes, created_at = now()", key, bytes);
    }

    @Override
    public Optional<byte[]> read(String key) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select bytes from image_blob where storage_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read stored image " + key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        update("delete from image_blob where storage_key = ?", key);
    }

    private void update(String sql, Object... parameters) throws IOException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Cannot write stored image", e);
        }
    }
}
