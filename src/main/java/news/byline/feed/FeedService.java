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
import news.byline.author.Author;
import news.byline.author.AuthorService;
import news.byline.author.AuthorView;
import news.byline.config.BylineConfig;
import news.byline.domain.TextRules;
import news.byline.section.Section;
import news.byline.section.SectionService;
import news.byline.topic.TopicService;
import news.byline.topic.TopicView;

/** The latest published stories as RSS 2.0 and Atom 1.0 (written by Rome) or JSON Feed 1.1 (by Jackson). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class FeedService {
    static final int ITEMS = 50;

    private final ArticleService articles;
    private final SectionService sections;
    private final TopicService topics;
    private final AuthorService authors;
    private final BylineConfig config;
    private final ObjectMapper json;

    public FeedService(ArticleService articles, SectionService sections, TopicService topics, AuthorService authors,
                       BylineConfig config, ObjectMapper json) {
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
        List<ArticleSummary> stories = articles.newest(filter, ITEMS);
        Instant newest = stories.stream().map(ArticleSummary::updatedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        String body = format == FeedFormat.JSON ? jsonFeed(title, selfUrl, stories) : romeFeed(format, title, selfUrl, stories);
        return new Feed(body, newest);
    }

    private String romeFeed(FeedFormat format, String title, String selfUrl, List<ArticleSummary> stories) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == FeedFormat.RSS ? "rss_2.0" : "atom_1.0");
        feed.setTitle(TextRules.xmlSafe(title));
        feed.setLink(config.siteUrl());
        feed.setUri(selfUrl);
        feed.setDescription(TextRules.xmlSafe(title));
        feed.setLanguage("en");
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(selfUrl);
        self.setType(format.mediaType);
        SyndLinkImpl site = new SyndLinkImpl();
        site.setRel("alternate");
        site.setHref(config.siteUrl());
        feed.setLinks(List.of(self, site));
        stories.stream().map(ArticleSummary::updatedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .ifPresent(newest -> feed.setPublishedDate(Date.from(newest)));
        feed.setEntries(stories.stream().map(FeedService::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the " + format + " feed", e);
        }
    }

    /** An entry; stored text goes through {@link TextRules#xmlSafe}, so one odd character cannot break the feed. */
    private static SyndEntry entry(ArticleSummary story) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(story.urls().canonical());
        entry.setLink(story.urls().canonical());
        entry.setTitle(TextRules.xmlSafe(story.headline()));
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(TextRules.xmlSafe(story.summary()));
        entry.setDescription(description);
        entry.setPublishedDate(Date.from(story.publishedAt()));
        entry.setUpdatedDate(Date.from(story.updatedAt()));
        if (story.byline() != null && story.byline().text() != null) {
            entry.setAuthor(TextRules.xmlSafe(story.byline().text()));
        }
        entry.setCategories(story.topics().stream().map(topic -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(TextRules.xmlSafe(topic.name()));
            return category;
        }).toList());
        if (story.leadImage() != null) {
            SyndEnclosureImpl image = new SyndEnclosureImpl();
            image.setUrl(story.leadImage().url());
            image.setType(story.leadImage().url().endsWith(".png") ? "image/png" : "image/jpeg");
            image.setLength(0); // unknown for images hosted elsewhere; RSS asks for the attribute
            entry.setEnclosures(List.of(image));
        }
        return entry;
    }

    private String jsonFeed(String title, String selfUrl, List<ArticleSummary> stories) {
        JsonFeed feed = new JsonFeed(JsonFeed.VERSION, title, config.siteUrl(), selfUrl, title, "en",
                stories.stream().map(story -> new JsonFeed.Item(story.urls().canonical(), story.urls().canonical(),
                        story.headline(), story.summary(), story.summary(),
                        story.leadImage() == null ? null : story.leadImage().url(),
                        story.publishedAt().toString(), story.updatedAt().toString(),
                        story.byline() == null || story.byline().text() == null ? List.of()
                                : List.of(new JsonFeed.Author(story.byline().text())),
                        story.topics().stream().map(t -> t.name()).toList())).toList());
        try {
            return json.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Feed(String body, Instant lastModified) {
    }
}
