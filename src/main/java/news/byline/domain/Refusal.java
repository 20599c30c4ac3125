package news.byline.domain;

/** A request the content rules refuse: the HTTP layer answers each kind with its problem response. */
public abstract sealed class Refusal extends RuntimeException permits NotFound, Gone, Conflict, StaleVersion, Forbidden, Invalid, TooLarge,
        UnsupportedImage {

    protected Refusal(String detail) {
        super(detail, null, false, false); // an expected answer, not a fault: no stack trace to fill
    }
}
