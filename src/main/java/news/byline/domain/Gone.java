package news.byline.domain;

/** It existed and was deleted: its tombstone remains, so that a shared link says so instead of "never existed". */
public final class Gone extends Refusal {

    public Gone(String kind, String key) {
        super("The " + kind + " '" + key + "' was deleted");
    }
}
