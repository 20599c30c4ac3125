package news.byline.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.byline.article.Article;
import news.byline.article.ArticleStatus;
import news.byline.article.ArticleType;
import news.byline.article.Contribution;
import news.byline.article.body.Block;
import news.byline.article.body.BodyCodec;
import news.byline.article.body.Inline;
import news.byline.article.editorial.ArticleEditingService;
import news.byline.author.Author;
import news.byline.collection.CollectionItem;
import news.byline.collection.CuratedList;
import news.byline.config.BylineConfig;
import news.byline.image.Image;
import news.byline.image.ImageFormat;
import news.byline.image.storage.ImageStorage;
import news.byline.popularity.PopularityService;
import news.byline.section.Section;
import news.byline.topic.Topic;
import org.jboss.logging.Logger;

/**
 * Loads the seed page (sample/seed-page.json) and the generated filler once, in one transaction: if the
 * News section exists the database already has content and nothing is written.
 */
@ApplicationScoped
public class SampleContentLoader {
    private static final Logger LOG = Logger.getLogger(SampleContentLoader.class);
    static final String SEED = "sample/seed-page.json";
    private static final String SAMPLE_CONTENT = "sample-content";

    private final BodyCodec bodyCodec;
    private final PopularityService popularity;
    private final ArticleEditingService editing;
    private final ObjectMapper json;
    private final ImageStorage storage;
    private final BylineConfig config;

    public SampleContentLoader(BodyCodec bodyCodec, PopularityService popularity, ArticleEditingService editing,
                               ObjectMapper json, ImageStorage storage, BylineConfig config) {
        this.storage = storage;
        this.config = config;
        this.bodyCodec = bodyCodec;
        this.popularity = popularity;
        this.editing = editing;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    @Transactional
    public boolean loadOnce() {
        if (Section.count("path", "news") > 0) {
            return false;
        }
        SeedPage seed = read();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Image> images = images(seed, now);
        Map<String, Section> sections = sections(seed, now);
        Map<String, Topic> topics = topics(seed, now);
        Map<String, Author> authors = authors(seed, now);
        // Filler has its own reporters, so the seed page's contributors keep only their real bylines.
        List<String> seedAuthors = seed.authors().stream().map(SeedPage.SeedAuthor::slug).toList();
        Map<String, Article> articles = new HashMap<>();
        for (SeedPage.SeedArticle source : seed.articles()) {
            articles.put(source.slug(), article(source, now, sections, topics, authors, images));
        }
        seed.articles().stream().filter(a -> a.related() != null).forEach(a ->
                articles.get(a.slug()).related.addAll(a.related().stream().map(articles::get).toList()));
        List<Article> filler = new FillerGenerator(bodyCodec, now).generate(
                sections.values().stream().filter(s -> s.externalUrl == null && s.path.startsWith("news")).sorted(Comparator.comparing(s -> s.path)).toList(),
                topics.values().stream().sorted(Comparator.comparing(t -> t.slug)).toList(),
                authors.values().stream().filter(a -> !seedAuthors.contains(a.slug)).sorted(Comparator.comparing(a -> a.slug)).toList());
        filler.forEach(a -> a.persist());
        articles.values().forEach(a -> editing.recordFirstRevision(a, SAMPLE_CONTENT, "sample content"));
        filler.forEach(a -> editing.recordFirstRevision(a, SAMPLE_CONTENT, "sample content"));
        collections(seed, now, articles);
        seedViews(articles, filler, now);
        LOG.infof("Loaded sample content: %d sections, %d topics, %d articles (%d generated), %d collections",
                sections.size(), topics.size(), articles.size() + filler.size(), filler.size(), seed.collections().size());
        return true;
    }

    /**
     * Stores a sample picture as an upload would, so that it is served with its renditions. Written inside the
     * loading transaction: its key follows from the sample's fixed id, so a load that failed and runs again
     * writes the same bytes under the same key.
     */
    private void store(Image image, String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("sample/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample picture sample/" + file + " is missing");
            }
            byte[] bytes = in.readAllBytes();
            ImageFormat.Detected detected = ImageFormat.detect(bytes)
                    .orElseThrow(() -> new IllegalStateException("sample/" + file + " is not an image"));
            describe(image, detected, bytes.length);
            storage.write(image.storageKey, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the sample picture sample/" + file, e);
        }
    }

    private void describe(Image image, ImageFormat.Detected detected, int size) {
        image.storageKey = "originals/" + image.id + "." + detected.format().extension;
        image.mediaType = detected.format().mediaType;
        image.byteSize = (long) size;
        image.width = detected.width();
        image.height = detected.height();
        image.url = config.apiUrl().replaceAll("/+$", "") + "/api/v1/images/" + image.id + "/file";
    }

    /** The seed's Most Read ranking as target view counts for the last 24 hours, first to last. */
    public List<Map.Entry<String, Long>> mostReadTargets() {
        List<String> ranking = read().mostRead();
        List<Map.Entry<String, Long>> targets = new ArrayList<>();
        for (int rank = 0; rank < ranking.size(); rank++) {
            targets.add(Map.entry(ranking.get(rank), 12_000L - rank * 900L));
        }
        return targets;
    }

    private SeedPage read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            return json.readValue(in, SeedPage.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SEED, e);
        }
    }

    private Map<String, Image> images(SeedPage seed, Instant now) {
        Map<String, Image> images = new HashMap<>();
        for (SeedPage.SeedImage source : seed.images()) {
            Image image = new Image();
            image.id = SampleIds.of("image", source.slug());
            image.slug = source.slug();
            image.url = source.url();
            image.width = source.width();
            image.height = source.height();
            if (source.file() != null) {
                store(image, source.file());
            }
            image.altText = source.alt();
            image.caption = source.caption();
            image.credit = source.credit();
            image.createdAt = now;
            image.updatedAt = now;
            image.persist();
            images.put(image.slug, image);
        }
        return images;
    }

    /** Sections in file order; position counts among siblings, parents come from the path. */
    private static Map<String, Section> sections(SeedPage seed, Instant now) {
        Map<String, Section> byPath = new HashMap<>();
        Map<String, Integer> nextPosition = new HashMap<>();
        for (SeedPage.SeedSection source : seed.sections()) {
            int slash = source.path().lastIndexOf('/');
            String parentPath = slash < 0 ? "" : source.path().substring(0, slash);
            Section section = new Section();
            section.id = SampleIds.of("section", source.path());
            section.path = source.path();
            section.slug = source.path().substring(slash + 1);
            section.name = source.name();
            section.description = source.description();
            section.externalUrl = source.externalUrl();
            section.parent = byPath.get(parentPath);
            section.position = nextPosition.merge(parentPath, 1, Integer::sum) - 1;
            section.inNavigation = true;
            section.inMoreMenu = source.moreMenu();
            section.updatedAt = now;
            section.persist();
            byPath.put(section.path, section);
        }
        return byPath;
    }

    private static Map<String, Topic> topics(SeedPage seed, Instant now) {
        Map<String, Topic> topics = new HashMap<>();
        for (SeedPage.SeedTopic source : seed.topics()) {
            Topic topic = new Topic();
            topic.id = SampleIds.of("topic", source.slug());
            topic.slug = source.slug();
            topic.name = source.name();
            topic.description = source.description();
            topic.updatedAt = now;
            topic.persist();
            topics.put(topic.slug, topic);
        }
        return topics;
    }

    private static Map<String, Author> authors(SeedPage seed, Instant now) {
        Map<String, Author> authors = new HashMap<>();
        for (SeedPage.SeedAuthor source : seed.authors()) {
            authors.put(source.slug(), FillerGenerator.author(source.slug(), source.name(), source.jobTitle(), source.bio(), now));
        }
        for (Author author : FillerGenerator.authors(now)) {
            authors.put(author.slug, author);
        }
        authors.values().forEach(a -> a.persist());
        return authors;
    }

    private Article article(SeedPage.SeedArticle source, Instant now, Map<String, Section> sections,
                            Map<String, Topic> topics, Map<String, Author> authors, Map<String, Image> images) {
        Article article = new Article();
        article.id = SampleIds.of("article", source.slug());
        article.slug = source.slug();
        article.type = ArticleType.valueOf(source.type().toUpperCase(Locale.ROOT));
        article.status = source.status() == null ? ArticleStatus.PUBLISHED
                : ArticleStatus.valueOf(source.status().toUpperCase(Locale.ROOT));
        article.createdBy = SAMPLE_CONTENT;
        article.headline = source.headline();
        article.summary = source.summary();
        article.section = required(sections, source.section(), "section");
        source.topics().forEach(slug -> article.topics.add(required(topics, slug, "topic")));
        if (source.byline() != null) {
            article.bylineText = source.byline().text();
            article.bylineOrganisation = source.byline().organisation();
            source.byline().contributors().forEach(c -> article.contributors.add(
                    new Contribution(required(authors, c.author(), "author"), c.location(), c.role())));
        }
        if (source.leadImage() != null) {
            article.leadImage = required(images, source.leadImage().image(), "image");
            article.leadImageCaption = source.leadImage().caption();
            article.leadImageCredit = source.leadImage().credit();
        }
        List<Block> body = source.body() != null ? body(source.body(), images) : shortBody(source.summary());
        article.writeBody(bodyCodec.write(body), body);
        Instant written = now.minus(Duration.ofMinutes(source.minutesAgo()));
        article.publishedAt = article.isPublic() ? written : null;
        article.firstPublishedAt = article.publishedAt;
        article.createdAt = written;
        article.updatedAt = written;
        article.persist();
        return article;
    }

    private static List<Block> body(List<JsonNode> entries, Map<String, Image> images) {
        List<Block> blocks = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.isTextual()) {
                blocks.add(new Block.Paragraph(List.of(new Inline.Text(entry.asText()))));
            } else if (entry.has("link")) {
                blocks.add(new Block.Paragraph(List.of(new Inline.Link(entry.get("text").asText(), null,
                        SampleIds.of("article", entry.get("link").asText()), List.of()))));
            } else if (entry.has("quote")) {
                blocks.add(new Block.Quote(entry.get("quote").asText(), entry.path("attribution").asText(null)));
            } else if (entry.has("image")) {
                Image image = required(images, entry.get("image").asText(), "image");
                blocks.add(new Block.ImageBlock(image.id, entry.path("caption").asText(null),
                        entry.path("credit").asText(null), null));
            } else {
                throw new IllegalStateException("Unknown body entry in " + SEED + ": " + entry);
            }
        }
        return blocks;
    }

    /** Stories the seed page only names get their summary and a line saying what they are. */
    private static List<Block> shortBody(String summary) {
        return List.of(
                new Block.Paragraph(List.of(new Inline.Text(summary))),
                new Block.Paragraph(List.of(new Inline.Text(
                        "This story is part of Byline's sample content: the seed page names it, and its full text is not reproduced here."))));
    }

    private static void collections(SeedPage seed, Instant now, Map<String, Article> articles) {
        for (int position = 0; position < seed.collections().size(); position++) {
            SeedPage.SeedCollection source = seed.collections().get(position);
            CuratedList collection = new CuratedList();
            collection.position = position; // the seed's order: Top Stories first
            collection.id = SampleIds.of("collection", source.slug());
            collection.slug = source.slug();
            collection.title = source.title();
            collection.description = source.description();
            collection.updatedAt = now;
            for (SeedPage.SeedItem item : source.items()) {
                collection.items.add(item.article() != null
                        ? CollectionItem.article(required(articles, item.article(), "article"), item.attribution())
                        : CollectionItem.promo(item.promo().title(), item.promo().summary(), item.promo().url(), null,
                                item.attribution()));
            }
            collection.persist();
        }
    }

    /** Most Read as on the page, plus some lighter traffic on recent filler so lists look alive. */
    private void seedViews(Map<String, Article> articles, List<Article> filler, Instant now) {
        for (Map.Entry<String, Long> target : mostReadTargets()) {
            popularity.addViews(required(articles, target.getKey(), "article").id, now, target.getValue());
        }
        for (int i = 0; i < filler.size(); i++) {
            Article article = filler.get(i);
            if (article.publishedAt.isAfter(now.minus(Duration.ofDays(3)))) {
                popularity.addViews(article.id, now.minus(Duration.ofHours(i % 20)), 100 + (i * 37L) % 900);
            }
        }
    }

    private static <T> T required(Map<String, T> known, String key, String kind) {
        T value = known.get(key);
        if (value == null) {
            throw new IllegalStateException(SEED + " refers to unknown " + kind + " '" + key + "'");
        }
        return value;
    }
}
