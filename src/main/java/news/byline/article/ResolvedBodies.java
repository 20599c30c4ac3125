package news.byline.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import news.byline.article.body.Block;
import news.byline.article.body.Inline;
import news.byline.image.Image;
import news.byline.image.ImageView;

/**
 * Body blocks as readers get them: images with their effective caption, credit and addresses, links to our
 * stories with the story's current headline and address. What stories and live posts share; a batch of
 * bodies costs one statement for their images and at most one for their linked stories.
 */
@ApplicationScoped
public class ResolvedBodies {
    private final ArticleSummaries summaries;

    public ResolvedBodies(ArticleSummaries summaries) {
        this.summaries = summaries;
    }

    /** Each body resolved, by the same key, in the same order. */
    public <K> Map<K, List<Block>> resolve(Map<K, List<Block>> bodies) {
        Map<UUID, Image> images = images(bodies.values().stream().flatMap(body -> Block.imageIds(body).stream()).toList());
        Map<UUID, ArticleSummary> stories = summaries.published(bodies.values().stream()
                .flatMap(body -> linkedArticleIds(body).stream()).distinct().toList());
        Map<K, List<Block>> resolved = new LinkedHashMap<>();
        bodies.forEach((key, body) -> resolved.put(key, withLinks(withImages(body, images), stories)));
        return resolved;
    }

    /** The images with these ids, by id, in one statement (none for no ids). */
    static Map<UUID, Image> images(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Image.<Image>list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, i -> i));
    }

    /** Image blocks with the image's effective caption and credit; blocks of images that are gone are left out. */
    static List<Block> withImages(List<Block> blocks, Map<UUID, Image> images) {
        if (Block.imageIds(blocks).isEmpty()) {
            return blocks;
        }
        List<Block> resolved = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (!(block instanceof Block.ImageBlock image)) {
                resolved.add(block);
            } else if (images.containsKey(image.imageId())) {
                resolved.add(new Block.ImageBlock(image.imageId(), image.caption(), image.credit(),
                        ImageView.use(images.get(image.imageId()), image.caption(), image.credit())));
            }
        }
        return resolved;
    }

    /**
     * Links to our stories with the story's current headline and address. Links to stories that are not
     * published are dropped (an inline link keeps its text).
     */
    static List<Block> withLinks(List<Block> blocks, Map<UUID, ArticleSummary> stories) {
        List<Block> resolved = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Block.StoryLink link) {
                ArticleSummary story = stories.get(link.articleId());
                if (story != null) {
                    resolved.add(new Block.StoryLink(link.articleId(), story.headline(), story.urls().canonical()));
                }
            } else if (block instanceof Block.Paragraph paragraph) {
                resolved.add(new Block.Paragraph(paragraph.content().stream().map(i -> withLink(i, stories)).toList()));
            } else {
                resolved.add(block);
            }
        }
        return resolved;
    }

    private static Inline withLink(Inline inline, Map<UUID, ArticleSummary> stories) {
        if (inline instanceof Inline.Link link && link.articleId() != null) {
            ArticleSummary story = stories.get(link.articleId());
            return story == null ? new Inline.Text(link.text(), link.marks())
                    : new Inline.Link(link.text(), story.urls().canonical(), link.articleId(), link.marks());
        }
        return inline;
    }

    static List<UUID> linkedArticleIds(List<Block> blocks) {
        List<UUID> ids = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.StoryLink link) {
                ids.add(link.articleId());
            } else if (block instanceof Block.Paragraph paragraph) {
                paragraph.content().stream()
                        .filter(i -> i instanceof Inline.Link link && link.articleId() != null)
                        .forEach(i -> ids.add(((Inline.Link) i).articleId()));
            }
        }
        return ids;
    }
}
