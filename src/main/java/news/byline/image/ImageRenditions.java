package news.byline.image;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import news.byline.config.BylineConfig;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.image.storage.ImageStorage;
import news.byline.web.problem.ProblemException;

/**
 * Scaled versions of uploaded images, made once on first request (Thumbnailator) and then served from
 * storage. Widths come from a fixed set so that caches see few variants; output is JPEG or PNG (no
 * maintained pure-Java WebP encoder exists, WebP originals are read through TwelveMonkeys). A large original
 * is decoded subsampled (every n-th pixel, still twice the width asked for), so a small rendition never holds
 * the full image in memory; concurrent requests for one rendition make it once; a failure is remembered for a
 * while instead of decoding the same broken file on every request.
 */
@ApplicationScoped
class ImageRenditions {
    public static final List<Integer> WIDTHS = List.of(160, 240, 320, 480, 640, 800, 976, 1280, 1600, 2048);

    private static final Duration FAILURE_MEMORY = Duration.ofMinutes(10);
    private static final Set<Orientation> QUARTER_TURNS = EnumSet.of(Orientation.LEFT_TOP, Orientation.RIGHT_TOP,
            Orientation.RIGHT_BOTTOM, Orientation.LEFT_BOTTOM);

    private final ImageStorage storage;
    private final long maxPixels;
    private final Map<String, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();
    private final Cache<String, String> failures = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(FAILURE_MEMORY).build();

    private final Counter decodes;

    public ImageRenditions(ImageStorage storage, BylineConfig config, MeterRegistry metrics) {
        this.storage = storage;
        this.decodes = metrics.counter("byline.image.decodes");
        this.maxPixels = config.images().maxPixels();
        ImageIO.scanForPlugins(); // registers the WebP reader in this class loader
    }

    /** The original (streamed) when no width or format is asked for; otherwise the rendition, made if need be. */
    public Rendition render(Image image, Integer width, String format) throws IOException {
        if (image.storageKey == null) {
            throw new NotFound("stored file of image", image.id.toString());
        }
        if (width != null && !WIDTHS.contains(width)) {
            throw ProblemException.invalidParameter("width", "must be one of " + WIDTHS);
        }
        ImageFormat original = ImageFormat.valueOf(image.mediaType.substring("image/".length()).toUpperCase(Locale.ROOT));
        ImageFormat output = outputFormat(format, original);
        if (width == null && (format == null || output == original)) {
            InputStream stored = storage.stream(image.storageKey)
                    .orElseThrow(() -> new IOException("Missing stored image " + image.storageKey));
            return new Rendition(null, stored, original.mediaType);
        }
        if ((long) image.width * image.height > maxPixels) { // stored before the limit, or the limit was lowered
            throw new Invalid("width", "the original has " + image.width + "×" + image.height
                    + " pixels, more than may be decoded; only the original is served");
        }
        int targetWidth = width == null ? image.width : Math.min(width, image.width); // never upscaled
        String key = renditionKey(image, targetWidth, output);
        Optional<byte[]> cached = storage.read(key);
        if (cached.isPresent()) {
            return new Rendition(cached.get(), null, output.mediaType);
        }
        return new Rendition(once(key, () -> made(image.storageKey, key, targetWidth, output)), null, output.mediaType);
    }

    /** The rendition under this key, made by one caller while the others wait for it; a failure is kept. */
    private byte[] once(String key, Supplier<byte[]> make) {
        String failed = failures.getIfPresent(key);
        if (failed != null) {
            throw new Invalid("width", failed);
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException elsewhere) {
                throw elsewhere.getCause() instanceof RuntimeException cause ? cause : elsewhere;
            }
        }
        try {
            byte[] made = make.get();
            mine.complete(made);
            return made;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key);
        }
    }

    private byte[] made(String originalKey, String key, int width, ImageFormat output) {
        byte[] scaled;
        decodes.increment();
        try {
            scaled = scale(read(originalKey), width, output);
        } catch (IOException | RuntimeException broken) {
            String why = "the stored original cannot be decoded (" + broken.getClass().getSimpleName() + ")";
            failures.put(key, why);
            throw new Invalid("width", why);
        }
        try {
            storage.write(key, scaled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scaled;
    }

    /** Every key a rendition of this image may be stored under: each width it can be made at, in each output format. */
    static List<String> keysOf(Image image) {
        return java.util.stream.Stream.concat(WIDTHS.stream().filter(w -> w < image.width), java.util.stream.Stream.of(image.width))
                .flatMap(w -> java.util.stream.Stream.of(ImageFormat.JPEG, ImageFormat.PNG).map(f -> renditionKey(image, w, f)))
                .toList();
    }

    private static String renditionKey(Image image, int width, ImageFormat output) {
        return "renditions/" + image.id + "-" + width + "." + output.extension;
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
        Decoded decoded = subsampled(original, width);
        Thumbnails.Builder<?> builder = Thumbnails.of(decoded.image());
        builder = decoded.quarterTurn() ? builder.height(width) : builder.width(width);
        if (decoded.orientation() != null && decoded.orientation() != Orientation.TOP_LEFT) {
            builder.addFilter(ExifFilterUtils.getFilterForOrientation(decoded.orientation()));
        }
        if (output == ImageFormat.JPEG) {
            builder.outputFormat("jpg").outputQuality(0.85).imageType(BufferedImage.TYPE_INT_RGB); // JPEG has no alpha
        } else {
            builder.outputFormat("png");
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    /**
     * The original decoded at no more than about twice the wanted width (every n-th pixel of every n-th row),
     * with the EXIF orientation it must be turned by (a quarter turn makes its height the width shown).
     */
    static Decoded subsampled(byte[] original, int width) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no reader for the stored image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, false);
                Orientation orientation = orientationOf(reader);
                boolean quarterTurn = QUARTER_TURNS.contains(orientation);
                int shownWidth = quarterTurn ? reader.getHeight(0) : reader.getWidth(0);
                int step = Math.max(1, shownWidth / (width * 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return new Decoded(reader.read(0, param), orientation, quarterTurn);
            } finally {
                reader.dispose();
            }
        }
    }

    /** JPEG carries the EXIF orientation; other formats are shown as stored. */
    private static Orientation orientationOf(ImageReader reader) throws IOException {
        return reader.getFormatName().equalsIgnoreCase("jpeg") ? ExifUtils.getExifOrientation(reader, 0) : null;
    }

    record Decoded(BufferedImage image, Orientation orientation, boolean quarterTurn) {
    }

    /** A rendition made in memory (bytes), or the original as stored (streamed out, never read whole). */
    public record Rendition(byte[] bytes, InputStream original, String mediaType) {
    }
}
