package news.byline.webhook;

import java.net.URI;
import java.util.Map;

/** A POST Byline makes to a receiver or a CDN: where, with which headers, and its body (empty for none). */
record OutgoingPost(URI uri, Map<String, String> headers, String body) {
}
