package news.byline.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org JSON-LD a front end embeds in a story's page (a script of type application/ld+json), so that
 * search engines read it as news: NewsArticle (AnalysisNewsArticle, OpinionNewsArticle by type) for stories,
 * LiveBlogPosting with coverage times for live pages (their reads add the latest posts as liveBlogUpdate). It
 * carries what Google's article and live-blog guidelines ask for: headline, image, dates, authors, publisher.
 */
public final class StructuredData {
    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {
    }

    /** The story's JSON-LD, without live updates. */
    public static Map<String, Object> of(ArticleSummary story, String publisher) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", CONTEXT);
        data.put("@type", typeOf(story.type()));
        data.put("@id", story.urls().canonical());
        data.put("url", story.urls().canonical());
        data.put("mainEntityOfPage", story.urls().canonical());
        data.put("headline", story.headline());
        data.put("description", story.summary());
        if (story.leadImage() != null) {
            data.put("image", List.of(story.leadImage().url()));
        }
        putTime(data, "datePublished", story.firstPublishedAt() != null ? story.firstPublishedAt() : story.publishedAt());
        putTime(data, "dateModified", story.updatedAt());
        data.put("author", authors(story, publisher));
        data.put("publisher", organisation(publisher));
        if (story.section() != null) {
            data.put("articleSection", story.section().name());
        }
        if (!story.topics().isEmpty()) {
            data.put("keywords", story.topics().stream().map(topic -> topic.name()).toList());
        }
        if (story.coverage() != null) {
            putTime(data, "coverageStartTime", story.coverage().startTime());
            putTime(data, "coverageEndTime", story.coverage().endTime());
        }
        return data;
    }

    /** A live page's JSON-LD with its latest updates, each a BlogPosting. */
    public static Map<String, Object> withUpdates(Map<String, Object> page, List<Map<String, Object>> updates) {
        Map<String, Object> data = new LinkedHashMap<>(page);
        data.put("liveBlogUpdate", updates);
        return data;
    }

    /** One update of a live page as a BlogPosting. */
    public static Map<String, Object> update(String headline, String text, Instant published, Instant modified, String url) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("@type", "BlogPosting");
        update.put("@id", url);
        update.put("url", url);
        update.put("headline", headline);
        update.put("articleBody", text);
        putTime(update, "datePublished", published);
        putTime(update, "dateModified", modified);
        return update;
    }

    private static String typeOf(String type) {
        return switch (type) {
            case "live" -> "LiveBlogPosting";
            case "analysis" -> "AnalysisNewsArticle";
            case "opinion" -> "OpinionNewsArticle";
            default -> "NewsArticle";
        };
    }

    /** The contributors as people; without any, the byline's organisation, else the publisher. */
    private static List<Map<String, Object>> authors(ArticleSummary story, String publisher) {
        List<Map<String, Object>> authors = new ArrayList<>();
        if (story.byline() != null) {
            story.byline().contributors().forEach(contributor -> {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("@type", "Person");
                person.put("name", contributor.name());
                if (contributor.jobTitle() != null) {
                    person.put("jobTitle", contributor.jobTitle());
                }
                authors.add(person);
            });
        }
        if (authors.isEmpty()) {
            String organisation = story.byline() != null && story.byline().organisation() != null ? story.byline().organisation() : publisher;
            authors.add(organisation(organisation));
        }
        return authors;
    }

    /** In a fixed order (Map.of's differs between JVMs): every instance answers the same bytes, hence the same ETag. */
    private static Map<String, Object> organisation(String name) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "Organization");
        organisation.put("name", name);
        return organisation;
    }

    private static void putTime(Map<String, Object> data, String name, Instant time) {
        if (time != null) {
            data.put(name, time.toString());
        }
    }
}
