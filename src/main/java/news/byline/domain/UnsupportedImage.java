package news.byline.domain;

/** A file that is no image Byline can read (JPEG, PNG, GIF or WebP). */
public final class UnsupportedImage extends Refusal {

    public UnsupportedImage(String detail) {
        super(detail);
    }
}
