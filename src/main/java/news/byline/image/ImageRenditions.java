package news.byline.image;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import news.byline.config.BylineConfig;
import news.byline.image.storage.ImageStorage;
import news.byline.web.ProblemException;

/**
 * Scaled versions of uploaded images, made once on first request (Thumbnailator) and then served from
 * storage. Widths come from a fixed set so that caches see few variants; output is JPEG or PNG (no
 * maintained pure-Java WebP encoder exists, WebP originals are read through TwelveMonkeys).
 */
@ApplicationScoped
public class ImageRenditions {
    public static final List<Integer> WIDTHS = List.of(160, 240, 320, 480, 640, 800, 976, 1280, 1600, 2048);

    private final ImageStorage storage;
    private final long maxPixels;

    public ImageRenditions(ImageStorage storage, BylineConfig config) {
        this.storage = storage;
        this.maxPixels = config.images().maxPixels();
        ImageIO.scanForPlugins(); // registers the WebP reader in this class loader
    }

    /** The original when no width or format is asked for; otherwise the rendition, made if need be. */
    public Rendition render(Image image, Integer width, String format) throws IOException {
        if (image.storageKey == null) {
            throw ProblemException.notFound("stored file of image", image.id.toString());
        }
        if (width != null && !WIDTHS.contains(width)) {
            throw ProblemException.invalidParameter("width", "must be one of " + WIDTHS);
        }
        ImageFormat original = ImageFormat.valueOf(image.mediaType.substring("image/".length()).toUpperCase(Locale.ROOT));
        ImageFormat output = outputFormat(format, original);
        if (width == null && (format == null || output == original)) {
            return new Rendition(read(image.storageKey), original.mediaType);
        }
        if ((long) image.width * image.height > maxPixels) { // stored before the limit, or the limit was lowered
            throw ProblemException.unprocessable("width", "the original has " + image.width + "×" + image.height
                    + " pixels, more than may be decoded; only the original is served");
        }
        int targetWidth = width == null ? image.width : Math.min(width, image.width); // never upscaled
        String key = "renditions/" + image.id + "-" + targetWidth + "." + output.extension;
        Optional<byte[]> cached = storage.read(key);
        if (cached.isPresent()) {
            return new Rendition(cached.get(), output.mediaType);
        }
        byte[] scaled = scale(read(image.storageKey), targetWidth, output);
        storage.write(key, scaled);
        return new Rendition(scaled, output.mediaType);
    }

    public static List<ImageView.Rendition> listFor(Image image, String fileUrl) {
        return WIDTHS.stream().filter(w -> w < image.width)
                .map(w -> new ImageView.Rendition(w, Math.max(1, Math.round((float) image.height * w / image.width)),
                        fileUrl + "?width=" + w))
                .toList();
    }

    private static ImageFormat outputFormat(String requested, ImageFormat original) {
        if (requested == null) {
            return original == ImageFormat.JPEG || original == ImageFormat.PNG ? original
                    : original == ImageFormat.GIF ? ImageFormat.PNG : ImageFormat.JPEG;
        }
        return switch (requested) {
            case "jpeg", "jpg" -> ImageFormat.JPEG;
            case "png" -> ImageFormat.PNG;
            default -> throw ProblemException.invalidParameter("format", "must be jpeg or png");
        };
    }

    private byte[] read(String key) throws IOException {
        return storage.read(key).orElseThrow(() -> new UncheckedIOException(new IOException("Missing stored image " + key)));
    }

    private static byte[] scale(byte[] original, int width, ImageFormat output) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.Builder<?> builder = Thumbnails.of(new ByteArrayInputStream(original)).width(width);
        if (output == ImageFormat.JPEG) {
            builder.outputFormat("jpg").outputQuality(0.85).imageType(BufferedImage.TYPE_INT_RGB); // JPEG has no alpha
        } else {
            builder.outputFormat("png");
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    public record Rendition(byte[] bytes, String mediaType) {
    }
}
