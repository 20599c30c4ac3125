package news.byline.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** The image types Byline accepts, recognised from the bytes (ImageIO's readers), never from a file name. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

    public final String mediaType;
    public final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** What the bytes are, with their pixel size, or empty when they are no image of an accepted type. */
    public static Optional<Detected> detect(byte[] bytes) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                Optional<ImageFormat> format = byName(reader.getFormatName());
                if (format.isEmpty()) {
                    return Optional.empty();
                }
                reader.setInput(input, true, true);
                return Optional.of(new Detected(format.get(), reader.getWidth(0), reader.getHeight(0)));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty(); // the right magic number but a broken image
            } finally {
                reader.dispose();
            }
        }
    }

    static Optional<ImageFormat> byName(String formatName) {
        String name = formatName.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "jpeg", "jpg" -> Optional.of(JPEG);
            case "png" -> Optional.of(PNG);
            case "gif" -> Optional.of(GIF);
            case "webp" -> Optional.of(WEBP);
            default -> Optional.empty();
        };
    }

    public record Detected(ImageFormat format, int width, int height) {
    }
}
