package news.byline.domain;

/** Well-formed input that the content rules cannot accept, naming the field at fault. */
public final class Invalid extends Refusal {
    private final String field;
    private final String reason;

    public Invalid(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
