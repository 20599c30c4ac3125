package news.byline.content;

/** Content addressed by id or by a unique, readable slug. */
public interface Slugged extends Editable {

    String slug();

    @Override
    default String handle() {
        return slug();
    }
}
