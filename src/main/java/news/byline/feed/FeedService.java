package news.byline.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import news.byline.article.ArticleFilter;
import news.byline.article.ArticleService;
import news.byline.article.ArticleSummary;
import news.byline.article.body.BodyRenderer;
import news.byline.author.AuthorService;
import news.byline.author.AuthorView;
import news.byline.config.BylineConfig;
import news.byline.domain.TextRules;
import news.byline.live.LivePageView;
import news.byline.live.LivePostView;
import news.byline.live.LiveService;
import news.byline.section.Section;
import news.byline.section.SectionService;
import news.byline.topic.TopicService;
import news.byline.topic.TopicView;

/**
 * The latest published stories, or a live page's latest posts, as RSS 2.0 and Atom 1.0 (written by Rome) or JSON
 * Feed 1.1 (by Jackson).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class FeedService {
    static final int ITEMS = 50;
    /** Feed readers show titles of about a line. */
    private static final int TITLE = 110;

    private final ArticleService articles;
    private final SectionService sections;
    private final TopicService topics;
    private final AuthorService authors;
    private final BylineConfig config;
    private final ObjectMapper json;
    private final LiveService live;

    public FeedService(ArticleService articles, SectionService sections, TopicService topics, AuthorService authors,
                       BylineConfig config, ObjectMapper json, LiveService live) {
        this.live = live;
        this.articles = articles;
        this.sections = sections;
        this.topics = topics;
        this.authors = authors;
        this.config = config;
        this.json = json;
    }

    /** The feed document and the newest change among its stories (for Last-Modified). */
    public Feed feed(FeedFormat format, String section, String topic, String author, String selfUrl) {
        ArticleFilter filter = ArticleFilter.ALL;
        List<String> scopes = new ArrayList<>(); // the feed is named after the first of them
        if (section != null) {
            Section found = sections.byPath(section);
            filter = filter.withSections(List.of(found.path));
            scopes.add(found.name);
        }
        if (topic != null) {
            TopicView found = topics.find(topic);
            filter = filter.withTopics(List.of(found.slug()), List.of());
            scopes.add(found.name());
        }
        if (author != null) {
            AuthorView found = authors.find(author);
            filter = filter.withAuthors(List.of(found.slug()));
            scopes.add(found.name());
        }
        String title = config.publicationName() + (scopes.isEmpty() ? " — Latest stories" : " — " + scopes.get(0));
        List<Item> items = articles.newest(filter, ITEMS).stream().map(FeedService::item).toList();
        return write(format, title, config.siteUrl(), selfUrl, items);
    }

    /** A published live page's 50 latest posts, newest first. */
    public Feed liveFeed(FeedFormat format, String page, String selfUrl) {
        LivePageView read = live.page(page, ITEMS);
        String title = config.publicationName() + " — " + read.article().headline();
        List<Item> items = read.posts().stream().map(post -> item(post, read.article())).toList();
        return write(format, title, read.article().urls().canonical(), selfUrl, items);
    }

    /** What a feed entry shows, whatever it comes from and whichever format writes it. */
    private record Item(String url, String title, String summary, Instant published, Instant updated, List<String> authors,
                        List<String> categories, String imageUrl) {
    }

    private static Item item(ArticleSummary story) {
        return new Item(story.urls().canonical(), story.headline(), story.summary(), story.publishedAt(), story.updatedAt(),
                story.byline() == null || story.byline().text() == null ? List.of() : List.of(story.byline().text()),
                story.topics().stream().map(topic -> topic.name()).toList(), story.leadImage() == null ? null : story.leadImage().url());
    }

    /** A post: its title, else the start of its text; the text as summary; its contributors as authors. */
    private static Item item(LivePostView post, ArticleSummary page) {
        String text = BodyRenderer.text(post.body());
        String title = post.title() != null ? post.title() : text.length() <= TITLE ? text : text.substring(0, TITLE - 1) + "\u2026";
        return new Item(post.url(), title, text, post.publishedAt(), post.updatedAt(),
                post.contributors().stream().map(contributor -> contributor.name()).toList(), List.of(page.headline()), null);
    }

    private Feed write(FeedFormat format, String title, String link, String selfUrl, List<Item> items) {
        Instant newest = items.stream().map(Item::updated).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        String body = format == FeedFormat.JSON ? jsonFeed(title, link, selfUrl, items) : romeFeed(format, title, link, selfUrl, items, newest);
        return new Feed(body, newest);
    }

    private String romeFeed(FeedFormat format, String title, String link, String selfUrl, List<Item> items, Instant newest) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == FeedFormat.RSS ? "rss_2.0" : "atom_1.0");
        feed.setTitle(TextRules.xmlSafe(title));
        feed.setLink(link);
        feed.setUri(selfUrl);
        feed.setDescription(TextRules.xmlSafe(title));
        feed.setLanguage("en");
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(selfUrl);
        self.setType(format.mediaType);
        SyndLinkImpl site = new SyndLinkImpl();
        site.setRel("alternate");
        site.setHref(link);
        feed.setLinks(List.of(self, site));
        if (newest != null) {
            feed.setPublishedDate(Date.from(newest));
        }
        feed.setEntries(items.stream().map(FeedService::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the " + format + " feed", e);
        }
    }

    /** An entry; stored text goes through {@link TextRules#xmlSafe}, so one odd character cannot break the feed. */
    private static SyndEntry entry(Item item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(item.url());
        entry.setLink(item.url());
        entry.setTitle(TextRules.xmlSafe(item.title()));
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(TextRules.xmlSafe(item.summary()));
        entry.setDescription(description);
        entry.setPublishedDate(Date.from(item.published()));
        entry.setUpdatedDate(Date.from(item.updated()));
        if (!item.authors().isEmpty()) {
            entry.setAuthor(TextRules.xmlSafe(String.join(", ", item.authors())));
        }
        entry.setCategories(item.categories().stream().map(name -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(TextRules.xmlSafe(name));
            return category;
        }).toList());
        if (item.imageUrl() != null) {
            SyndEnclosureImpl image = new SyndEnclosureImpl();
            image.setUrl(item.imageUrl());
            image.setType(item.imageUrl().endsWith(".png") ? "image/png" : "image/jpeg");
            image.setLength(0); // unknown for images hosted elsewhere; RSS asks for the attribute
            entry.setEnclosures(List.of(image));
        }
        return entry;
    }

    private String jsonFeed(String title, String link, String selfUrl, List<Item> items) {
        JsonFeed feed = new JsonFeed(JsonFeed.VERSION, title, link, selfUrl, title, "en",
                items.stream().map(item -> new JsonFeed.Item(item.url(), item.url(), item.title(), item.summary(), item.summary(),
                        item.imageUrl(), item.published().toString(), item.updated().toString(),
                        item.authors().stream().map(JsonFeed.Author::new).toList(), item.categories())).toList());
        try {
            return json.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Feed(String body, Instant lastModified) {
    }
}
