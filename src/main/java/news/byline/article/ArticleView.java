package news.byline.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import news.byline.article.body.Block;
import news.byline.section.SectionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full story: the summary's fields plus body, related stories, reading figures and breadcrumb. */
@Schema(name = "Article", description = "A full story, with its structured body.", allOf = ArticleSummary.class,
        requiredProperties = {"id", "slug", "type", "headline", "summary", "section", "topics", "byline", "leadImage",
                "publishedAt", "firstPublishedAt", "updatedAt", "urls", "coverage", "status", "publishAt", "body", "bodyHtml", "bodyText",
                "related", "relatedCurated", "wordCount", "readingTimeMinutes", "breadcrumb", "structuredData"},
        example = ArticleView.EXAMPLE)
public record ArticleView(
        @JsonUnwrapped @Schema(hidden = true) ArticleSummary summary,
        @Schema(description = "Workflow state; public routes only ever show published.", enumeration = {"draft", "scheduled", "published", "archived"}, example = "published") String status,
        @Schema(nullable = true, description = "When a scheduled article goes live.", example = "2024-04-12T18:00:00Z") java.time.Instant publishAt,
        @Schema(description = "Ordered body blocks.") List<Block> body,
        @Schema(nullable = true, description = "The body as safe HTML with ?format=html; null otherwise.", example = "<p>Dozens of Russian military instructors have arrived in Niger.</p>") String bodyHtml,
        @Schema(nullable = true, description = "The body as plain text with ?format=text; null otherwise.", example = "Dozens of Russian military instructors have arrived in Niger.") String bodyText,
        @Schema(description = "\"You may also be interested in\": the curated stories, then stories sharing rare topics (BYLINE_RELATED_COUNT in all).") List<ArticleSummary> related,
        @Schema(description = "How many of `related`, from the first, editors chose; the rest were found by shared topics.", example = "3") int relatedCurated,
        @Schema(description = "Words in the body.", example = "870") int wordCount,
        @Schema(description = "Estimated reading time at 230 words a minute.", example = "4") int readingTimeMinutes,
        @Schema(description = "Root-first trail of the primary section.") List<SectionRef> breadcrumb,
        @Schema(description = "schema.org JSON-LD to embed in the story's page as <script type=\"application/ld+json\">: NewsArticle "
                + "(AnalysisNewsArticle, OpinionNewsArticle) or, for a live page, LiveBlogPosting with its coverage times (the live page's "
                + "read adds its latest posts as liveBlogUpdate).", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                additionalProperties = Schema.True.class,
                example = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Russian troops arrive in Niger as military agreement begins\"}")
        java.util.Map<String, Object> structuredData) {

    /** The names a sparse field set may pick from a full article. */
    public static final java.util.List<String> FIELDS = java.util.stream.Stream.concat(ArticleSummary.FIELDS.stream(),
            java.util.stream.Stream.of("status", "publishAt", "body", "bodyHtml", "bodyText", "related", "relatedCurated", "wordCount",
                    "readingTimeMinutes", "breadcrumb", "structuredData")).toList();

    static final String EXAMPLE = """
            {"id":"a3bb189e-8bf9-3888-9912-ace4e6543002","slug":"russian-troops-arrive-in-niger","type":"story",\
            "headline":"Russian troops arrive in Niger as military agreement begins",\
            "summary":"Russian military instructors and an air defence system arrive in Niamey.",\
            "section":{"id":"0b0c7a1e-6c55-3d8a-9a43-52e5d1b0b4a1","slug":"africa","path":"news/world/africa","name":"Africa"},\
            "topics":[],"byline":{"text":"By Chris Ewokor in Abuja & Kathryn Armstrong in London","organisation":"BBC News","contributors":[]},\
            "publishedAt":"2024-04-12T09:31:00Z","firstPublishedAt":"2024-04-12T09:31:00Z","updatedAt":"2024-04-12T10:02:00Z",\
            "urls":{"canonical":"https://www.byline.example/articles/russian-troops-arrive-in-niger",\
            "share":"https://www.byline.example/articles/russian-troops-arrive-in-niger"},"coverage":null,\
            "status":"published","body":[{"type":"paragraph","content":[{"type":"text","text":"Dozens of Russian military instructors have arrived in Niger."}]}],\
            "related":[],"relatedCurated":0,"wordCount":870,"readingTimeMinutes":4,\
            "breadcrumb":[{"id":"4a7b3c2d-1e0f-3a9b-8c7d-6e5f4a3b2c1d","slug":"news","path":"news","name":"News"}],\
            "structuredData":{"@context":"https://schema.org","@type":"NewsArticle",\
            "headline":"Russian troops arrive in Niger as military agreement begins"}}""";
}
