package news.byline.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.image.ImageView;
import news.byline.section.SectionRef;
import news.byline.topic.TopicView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What lists, collections and promos show of a story: everything but the body. Every field is always present
 * (null when unset), except the search snippet, which only search results carry.
 */
@Schema(name = "ArticleSummary", description = "A story as shown in lists: no body.", example = ArticleSummary.EXAMPLE,
        requiredProperties = {"id", "slug", "type", "headline", "summary", "section", "topics", "byline", "leadImage",
                "publishedAt", "firstPublishedAt", "updatedAt", "urls", "coverage"})
public record ArticleSummary(
        @Schema(description = "Article id.", example = "a3bb189e-8bf9-3888-9912-ace4e6543002") UUID id,
        @Schema(description = "Human identifier.", example = "russian-troops-arrive-in-niger") String slug,
        @Schema(description = "Editorial form.", example = "story", enumeration = {"story", "feature", "analysis", "live", "explainer", "opinion", "video", "gallery"}) String type,
        @Schema(description = "Headline.", example = "Russian troops arrive in Niger as military agreement begins") String headline,
        @Schema(description = "Standfirst / summary.", example = "Russian military instructors and an air defence system arrive in Niamey.") String summary,
        @Schema(description = "Primary section.") SectionRef section,
        @Schema(description = "Topics in editorial order.") List<TopicView> topics,
        @Schema(nullable = true, description = "Byline.") BylineView byline,
        @Schema(description = "Lead image with the caption and credit for this story.", nullable = true) ImageView leadImage,
        @Schema(description = "When the current version was published.", example = "2024-04-12T09:31:00Z", nullable = true) Instant publishedAt,
        @Schema(nullable = true, description = "When the story was first published.", example = "2024-04-12T09:31:00Z") Instant firstPublishedAt,
        @Schema(description = "Last change.", example = "2024-04-12T10:02:00Z") Instant updatedAt,
        @Schema(description = "Public addresses.") ArticleUrls urls,
        @Schema(nullable = true, description = "A live page's coverage; null for other stories.") LiveCoverage coverage,
        @Schema(description = "Search results only (absent elsewhere): a short excerpt of the summary and body around the "
                + "words searched for. HTML-escaped text whose only markup is <mark>…</mark> around the matches, so it can be "
                + "inserted into a page as it is. PostgreSQL cuts it with ts_headline, the embedded H2 database in Java.",
                example = "Russian military instructors arrive in <mark>Niger</mark> with an air defence system")
        @JsonInclude(JsonInclude.Include.NON_NULL) String snippet) {

    /** The names a sparse field set may pick from a summary. */
    public static final java.util.List<String> FIELDS = java.util.List.of("id", "slug", "type", "headline", "summary",
            "section", "topics", "byline", "leadImage", "publishedAt", "firstPublishedAt", "updatedAt", "urls", "coverage", "snippet");

    /** The same summary with the excerpt a search found. */
    public ArticleSummary withSnippet(String excerpt) {
        return new ArticleSummary(id, slug, type, headline, summary, section, topics, byline, leadImage, publishedAt,
                firstPublishedAt, updatedAt, urls, coverage, excerpt);
    }

    static final String EXAMPLE = """
            {"id":"a3bb189e-8bf9-3888-9912-ace4e6543002","slug":"russian-troops-arrive-in-niger","type":"story",\
            "headline":"Russian troops arrive in Niger as military agreement begins",\
            "summary":"Russian military instructors and an air defence system arrive in Niamey.",\
            "section":{"id":"0b0c7a1e-6c55-3d8a-9a43-52e5d1b0b4a1","slug":"africa","path":"news/world/africa","name":"Africa"},\
            "topics":[{"id":"3d1e5b9a-2f4c-3b6d-9e8f-7a6b5c4d3e2f","slug":"russia","name":"Russia"}],\
            "byline":{"text":"By Chris Ewokor in Abuja & Kathryn Armstrong in London","organisation":"BBC News","contributors":[]},\
            "publishedAt":"2024-04-12T09:31:00Z","firstPublishedAt":"2024-04-12T09:31:00Z","updatedAt":"2024-04-12T10:02:00Z",\
            "urls":{"canonical":"https://www.byline.example/articles/russian-troops-arrive-in-niger",\
            "share":"https://www.byline.example/articles/russian-troops-arrive-in-niger"},"coverage":null}""";
}
