package news.byline.domain;

/** Nothing of this kind answers to this key (or the caller may not know it exists). */
public final class NotFound extends Refusal {

    public NotFound(String kind, String key) {
        super("No " + kind + " found for '" + key + "'");
    }
}
