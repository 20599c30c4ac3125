package news.byline.image;

import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where an uploaded image is served: kept as a path, made absolute under BYLINE_API_URL when shown, so that an
 * API that moves (a new host name, a CDN in front) points at its new address without rewriting a row.
 */
final class ImageAddresses {
    private static final String API_URL = "byline.api-url";

    private ImageAddresses() {
    }

    /** The stored address of an uploaded image's original. */
    static String filePath(UUID id) {
        return "/api/v1/images/" + id + "/file";
    }

    /** An address to show: a stored path under this API's public address; an address elsewhere as it is. */
    static String shown(String urlOrPath) {
        if (urlOrPath == null || !urlOrPath.startsWith("/")) {
            return urlOrPath;
        }
        return ConfigProvider.getConfig().getValue(API_URL, String.class).replaceAll("/+$", "") + urlOrPath;
    }
}
