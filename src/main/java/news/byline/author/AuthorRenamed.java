package news.byline.author;

import java.util.UUID;

/** Fired inside the transaction that renames an author: what was derived from the name must follow. */
public record AuthorRenamed(UUID authorId) {
}
