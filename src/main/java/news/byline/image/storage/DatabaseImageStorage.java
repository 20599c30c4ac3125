package news.byline.image.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
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
class DatabaseImageStorage implements ImageStorage {
    /** Bytes read per query when an original is streamed out. */
    static final int SLICE_BYTES = 1 << 20;

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
    public Optional<InputStream> stream(String key) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select octet_length(bytes) from image_blob where storage_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new SlicedStream(key, row.getLong(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read stored image " + key, e);
        }
    }

    /**
     * Stored bytes read a slice at a time, each slice with a connection of its own: a slow client never holds
     * a connection, and no more than a slice is in memory.
     */
    private final class SlicedStream extends InputStream {
        private final String key;
        private final long size;
        private long sliceStart;
        private byte[] slice = new byte[0];
        private int position;

        SlicedStream(String key, long size) {
            this.key = key;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (position == slice.length) {
                sliceStart += slice.length;
                if (sliceStart >= size) {
                    return -1;
                }
                slice = slice(key, sliceStart, (int) Math.min(SLICE_BYTES, size - sliceStart));
                position = 0;
            }
            int count = Math.min(length, slice.length - position);
            System.arraycopy(slice, position, into, offset, count);
            position += count;
            return count;
        }
    }

    private byte[] slice(String key, long from, int length) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select substring(bytes from ? for ?) from image_blob where storage_key = ?")) {
            select.setInt(1, Math.toIntExact(from + 1)); // substring(bytea, int, int)
            select.setInt(2, length);
            select.setString(3, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getBytes(1).length == 0) {
                    throw new IOException("Stored image " + key + " was removed while it was read");
                }
                return row.getBytes(1);
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
