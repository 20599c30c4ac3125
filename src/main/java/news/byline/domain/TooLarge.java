package news.byline.domain;

/** Content larger than the configured limit (an image file). */
public final class TooLarge extends Refusal {

    public TooLarge(String detail) {
        super(detail);
    }
}
