package news.byline.article.body;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import news.byline.domain.Invalid;

/**
 * Checks body blocks one by one, naming the block that breaks a rule (422, field body[i]…): no empty
 * paragraphs, headings or lists, links only to http(s) or relative addresses, references only to images
 * and stories that exist.
 */
public final class BodyValidator {
    private BodyValidator() {
    }

    /** The two functions answer which of the given image and article ids exist. */
    public static void validate(List<Block> body, Function<Collection<UUID>, Set<UUID>> existingImages,
                                Function<Collection<UUID>, Set<UUID>> existingArticles) {
        Set<UUID> imageIds = new HashSet<>();
        Set<UUID> articleIds = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            check(body.get(i), "body[" + i + "]", imageIds, articleIds);
        }
        Set<UUID> images = imageIds.isEmpty() ? Set.of() : existingImages.apply(imageIds);
        Set<UUID> articles = articleIds.isEmpty() ? Set.of() : existingArticles.apply(articleIds);
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block instanceof Block.ImageBlock image && !images.contains(image.imageId())) {
                throw new Invalid("body[" + i + "].imageId", "no image has this id");
            }
            if (block instanceof Block.StoryLink link && !articles.contains(link.articleId())) {
                throw new Invalid("body[" + i + "].articleId", "no article has this id");
            }
            if (block instanceof Block.Paragraph paragraph) {
                for (int j = 0; j < paragraph.content().size(); j++) {
                    if (paragraph.content().get(j) instanceof Inline.Link link && link.articleId() != null
                            && !articles.contains(link.articleId())) {
                        throw new Invalid("body[" + i + "].content[" + j + "].articleId", "no article has this id");
                    }
                }
            }
        }
    }

    private static void check(Block block, String at, Set<UUID> imageIds, Set<UUID> articleIds) {
        if (block instanceof Block.Paragraph paragraph) {
            if (paragraph.content() == null || paragraph.content().isEmpty()) {
                throw new Invalid(at + ".content", "a paragraph needs some text");
            }
            for (int j = 0; j < paragraph.content().size(); j++) {
                checkInline(paragraph.content().get(j), at + ".content[" + j + "]", articleIds);
            }
        } else if (block instanceof Block.Heading heading) {
            require(heading.level() >= 2 && heading.level() <= 4, at + ".level", "must be 2, 3 or 4");
            require(notBlank(heading.text()), at + ".text", "must not be blank");
        } else if (block instanceof Block.ImageBlock image) {
            require(image.imageId() != null, at + ".imageId", "must name an image");
            imageIds.add(image.imageId());
        } else if (block instanceof Block.Quote quote) {
            require(notBlank(quote.text()), at + ".text", "must not be blank");
        } else if (block instanceof Block.ListBlock list) {
            require(list.items() != null && !list.items().isEmpty(), at + ".items", "a list needs items");
            require(list.items().stream().allMatch(BodyValidator::notBlank), at + ".items", "items must not be blank");
        } else if (block instanceof Block.StoryLink link) {
            require(link.articleId() != null, at + ".articleId", "must name an article");
            articleIds.add(link.articleId());
        } else if (block instanceof Block.Embed embed) {
            require(embed.url() != null && embed.url().matches("(?i)https?://.+"), at + ".url", "must be an http(s) URL");
        }
    }

    private static void checkInline(Inline inline, String at, Set<UUID> articleIds) {
        require(inline != null && notBlank(inline.text()), at + ".text", "must not be blank");
        if (inline instanceof Inline.Link link) {
            if (link.articleId() != null) {
                articleIds.add(link.articleId());
            }
            if (link.href() != null || link.articleId() == null) {
                require(BodyRenderer.isSafeHref(link.href()), at + ".href", "must be an http(s) or relative address");
            }
        }
    }

    private static void require(boolean rule, String field, String message) {
        if (!rule) {
            throw new Invalid(field, message);
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
