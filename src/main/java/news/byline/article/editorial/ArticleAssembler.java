package news.byline.article.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.byline.article.Article;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleType;
import news.byline.article.Contribution;
import news.byline.article.body.Block;
import news.byline.article.body.BlockInput;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.BodyValidator;
import news.byline.author.Author;
import news.byline.content.SlugOwners;
import news.byline.domain.Actor;
import news.byline.domain.Invalid;
import news.byline.image.Image;
import news.byline.section.Section;
import news.byline.topic.Topic;

/** Moves article content between its input form and the entity, resolving and checking every reference. */
@ApplicationScoped
public class ArticleAssembler {
    private final BodyCodec bodyCodec;

    public ArticleAssembler(BodyCodec bodyCodec) {
        this.bodyCodec = bodyCodec;
    }

    /**
     * Writes the input's content onto the article; 422 names the first reference that does not exist. A story
     * the actor may not see (another contributor's draft) counts as missing: a reference must not tell it exists.
     */
    public void apply(Article article, ArticleInput input, Actor actor) {
        apply(article, input, actor, true);
    }

    /**
     * As {@link #apply(Article, ArticleInput, Actor)}; an import may leave links to stories unchecked, since the
     * stories they name can come later in the same file (a link to a missing story shows as plain text).
     */
    public void apply(Article article, ArticleInput input, Actor actor, boolean checkLinkedStories) {
        // Every reference is looked up (one query a kind) before the article changes: a query after a change
        // would flush it early, and a failed lookup leaves the article untouched.
        String slug = SlugOwners.assign(Article.class, "article", input.slug(), input.headline(), article.id);
        Section section = section(input.section());
        List<Topic> topics = topics(input.topics());
        List<Contribution> contributors = contributors(input.byline());
        Image leadImage = leadImage(input.leadImage());
        List<Block> body = storedForm(input.body());
        BodyValidator.validate(body, ids -> existing(Image.class, ids),
                ids -> checkLinkedStories ? visibleStories(ids, actor) : new HashSet<>(ids));
        Map<String, Article> visible = bySlug(Article.class, input.related(), a -> a.slug).entrySet().stream()
                .filter(entry -> maySee(actor, entry.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Article> related = related(input.related(), article, visible);

        article.slug = slug;
        article.type = ArticleType.valueOf(input.type().toUpperCase(Locale.ROOT));
        article.headline = input.headline().trim();
        article.summary = input.summary().trim();
        article.section = section;
        replace(article.topics, topics);
        article.bylineText = input.byline() == null ? null : input.byline().text();
        article.bylineOrganisation = input.byline() == null ? null : input.byline().organisation();
        replace(article.contributors, contributors);
        article.leadImage = leadImage;
        article.leadImageCaption = leadImage == null ? null : input.leadImage().caption();
        article.leadImageCredit = leadImage == null ? null : input.leadImage().credit();
        article.writeBody(bodyCodec.write(body), body);
        replace(article.related, related);
        article.canonicalUrl = input.canonicalUrl();
        article.shareUrl = input.shareUrl();
        article.updatedAt = Instant.now();
    }

    /** The article's content in input form: what PATCH merges into and what a revision keeps. */
    public ArticleInput input(Article article) {
        return input(article, article.body);
    }

    /** As {@link #input(Article)}, with the body JSON read beforehand (an export reads a page of bodies at once). */
    public ArticleInput input(Article article, String body) {
        ArticleInput.BylineInput byline = article.bylineText == null && article.bylineOrganisation == null
                && article.contributors.isEmpty() ? null
                : new ArticleInput.BylineInput(article.bylineText, article.bylineOrganisation, article.contributors.stream()
                        .map(c -> new ArticleInput.ContributorInput(c.author.slug, c.location, c.role)).toList());
        ArticleInput.ImageUseInput leadImage = article.leadImage == null ? null
                : new ArticleInput.ImageUseInput(article.leadImage.id, article.leadImageCaption, article.leadImageCredit);
        return new ArticleInput(article.slug, article.type.name().toLowerCase(Locale.ROOT), article.headline,
                article.summary, article.section.path, article.topics.stream().map(t -> t.slug).toList(), byline,
                leadImage, bodyCodec.read(body).stream().map(BlockInput::of).toList(), article.related.stream().map(a -> a.slug).toList(),
                article.canonicalUrl, article.shareUrl);
    }

    /** Import's last pass: the related stories of these articles (by id), their slugs looked up in one statement. */
    public void applyRelated(List<Article> articles, Map<UUID, List<String>> slugs) {
        Map<String, Article> bySlug = bySlug(Article.class, slugs.values().stream().flatMap(List::stream).toList(), a -> a.slug);
        articles.forEach(article -> replace(article.related, related(slugs.get(article.id), article, bySlug)));
    }

    /** Left alone when equal, so that an unchanged list is not deleted and written again. */
    private static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    private static Section section(String path) {
        Section section = Section.find("path", path).firstResult();
        if (section == null) {
            throw new Invalid("section", "no section has the path '" + path + "'");
        }
        if (section.externalUrl != null) {
            throw new Invalid("section", "'" + path + "' leaves the site and holds no articles");
        }
        return section;
    }

    private static List<Topic> topics(List<String> slugs) {
        List<Topic> topics = new ArrayList<>();
        Map<String, Topic> bySlug = bySlug(Topic.class, slugs, topic -> topic.slug);
        for (int i = 0; slugs != null && i < slugs.size(); i++) {
            Topic topic = bySlug.get(slugs.get(i));
            if (topic == null) {
                throw new Invalid("topics[" + i + "]", "no topic has the slug '" + slugs.get(i) + "'");
            }
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        return topics;
    }

    private static List<Contribution> contributors(ArticleInput.BylineInput byline) {
        List<ArticleInput.ContributorInput> inputs = byline == null || byline.contributors() == null
                ? List.of() : byline.contributors();
        Map<String, Author> authors = bySlug(Author.class, inputs.stream().map(ArticleInput.ContributorInput::author).toList(),
                author -> author.slug);
        List<Contribution> contributors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ArticleInput.ContributorInput contributor = inputs.get(i);
            Author author = authors.get(contributor.author());
            if (author == null) {
                throw new Invalid("byline.contributors[" + i + "].author",
                        "no author has the slug '" + contributor.author() + "'");
            }
            contributors.add(new Contribution(author, contributor.location(), contributor.role()));
        }
        return contributors;
    }

    private static Image leadImage(ArticleInput.ImageUseInput use) {
        if (use == null) {
            return null;
        }
        Image image = Image.findById(use.imageId());
        if (image == null) {
            throw new Invalid("leadImage.imageId", "no image has this id");
        }
        return image;
    }

    private static List<Article> related(List<String> slugs, Article self, Map<String, Article> bySlug) {
        List<Article> related = new ArrayList<>();
        for (int i = 0; slugs != null && i < slugs.size(); i++) {
            Article other = bySlug.get(slugs.get(i));
            if (other == null) {
                throw new Invalid("related[" + i + "]", "no article has the slug '" + slugs.get(i) + "'");
            }
            if (other.id.equals(self.id)) {
                throw new Invalid("related[" + i + "]", "an article cannot be related to itself");
            }
            related.add(other);
        }
        return related;
    }

    private static List<Block> storedForm(List<BlockInput> body) {
        return body.stream().map(BlockInput::stored).toList();
    }

    /** The entities with these slugs, by slug, in one statement. */
    private static <T> Map<String, T> bySlug(Class<T> entity, List<String> slugs, Function<T, String> slugOf) {
        if (slugs == null || slugs.isEmpty()) {
            return Map.of();
        }
        return Article.getEntityManager()
                .createQuery("select e from " + entity.getSimpleName() + " e where e.slug in :slugs", entity)
                .setParameter("slugs", new HashSet<>(slugs)).getResultStream()
                .collect(Collectors.toMap(slugOf, e -> e));
    }

    private static Set<UUID> visibleStories(Collection<UUID> ids, Actor actor) {
        return new HashSet<>(Article.getEntityManager().createQuery("select a.id from Article a where a.id in :ids"
                        + " and (:editor = true or a.status = :published or a.createdBy = :name)", UUID.class)
                .setParameter("ids", ids).setParameter("editor", actor.editor())
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("name", actor.name()).getResultList());
    }

    private static Set<UUID> existing(Class<?> entity, Collection<UUID> ids) {
        return new HashSet<>(Article.getEntityManager()
                .createQuery("select e.id from " + entity.getSimpleName() + " e where e.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    /** Editors see every story; contributors published ones and their own. */
    private static boolean maySee(Actor actor, Article article) {
        return actor.editor() || article.isPublic() || actor.name().equals(article.createdBy);
    }
}
