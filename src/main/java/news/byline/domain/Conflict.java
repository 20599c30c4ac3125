package news.byline.domain;

/** The change contradicts what is stored (a taken slug, content still referenced, a state that forbids it). */
public final class Conflict extends Refusal {

    public Conflict(String detail) {
        super(detail);
    }
}
