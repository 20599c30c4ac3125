package news.byline.article.editorial;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import news.byline.article.body.BlockInput;
import news.byline.content.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as an editor writes it. References are by slug (section by path); status, timestamps and ids
 * are the server's and cannot be sent.
 */
@Schema(name = "ArticleInput", description = "An article as written by an editor or contributor.", example = ArticleInput.EXAMPLE)
public record ArticleInput(
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 200)
        @Schema(nullable = true, description = "Human identifier; made from the headline when absent.", example = "niger-junta-welcomes-russian-instructors", maxLength = 200) String slug,
        @NotNull @Pattern(regexp = "story|feature|analysis|live|explainer|opinion|video|gallery",
                message = "must be one of story, feature, analysis, live, explainer, opinion, video, gallery")
        @Schema(description = "Editorial form.", enumeration = {"story", "feature", "analysis", "live", "explainer", "opinion", "video", "gallery"}, example = "story") String type,
        @NotBlank @Size(max = 300)
        @Schema(description = "Headline.", example = "Niger junta welcomes Russian instructors", maxLength = 300) String headline,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Standfirst.", example = "The first group of instructors arrived with an air defence system.", maxLength = 1000) String summary,
        @NotBlank
        @Schema(description = "Path of the primary section.", example = "news/world/africa") String section,
        @Size(max = 20)
        @Schema(nullable = true, description = "Topic slugs, in editorial order.", example = "[\"russia\",\"niger\"]") List<@NotBlank String> topics,
        @Valid
        @Schema(nullable = true, description = "Byline.") BylineInput byline,
        @Valid
        @Schema(nullable = true, description = "Lead image use.") ImageUseInput leadImage,
        @NotNull @Size(min = 1, max = 500)
        @Schema(description = "Body blocks in order; images and linked stories by id (what a read resolved may be sent back and is ignored).") List<@NotNull BlockInput> body,
        @Size(max = 10)
        @Schema(nullable = true, description = "Slugs of curated related stories, in order.", example = "[\"how-russia-has-rebranded-wagner-in-africa\"]") List<@NotBlank String> related,
        @Size(max = 2048) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
        @Schema(nullable = true, description = "Canonical address, when it is not the default one on the site.", example = "https://www.byline.example/articles/niger-junta") String canonicalUrl,
        @Size(max = 2048) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
        @Schema(nullable = true, description = "Address to share, when it differs from the canonical one.", example = "https://byline.example/s/niger") String shareUrl) {

    /** The same content with other related stories (null: none named). */
    public ArticleInput withRelated(List<String> stories) {
        return new ArticleInput(slug, type, headline, summary, section, topics, byline, leadImage, body, stories, canonicalUrl, shareUrl);
    }

    public static final String EXAMPLE = """
            {"slug":"niger-junta-welcomes-russian-instructors","type":"story",\
            "headline":"Niger junta welcomes Russian instructors",\
            "summary":"The first group of instructors arrived with an air defence system.",\
            "section":"news/world/africa","topics":["russia","niger"],\
            "byline":{"text":"By Chris Ewokor in Abuja","organisation":"BBC News",\
            "contributors":[{"author":"chris-ewokor","location":"Abuja"}]},\
            "body":[{"type":"paragraph","content":[{"type":"text","text":"Russian military instructors have arrived in Niamey."}]},\
            {"type":"quote","text":"Our position is clear.","attribution":"Abdel-Fatau Musa"}],\
            "related":["how-russia-has-rebranded-wagner-in-africa"]}""";

    @Schema(name = "BylineInput", description = "Byline as written.",
            example = "{\"text\":\"By Chris Ewokor in Abuja\",\"organisation\":\"BBC News\",\"contributors\":[{\"author\":\"chris-ewokor\",\"location\":\"Abuja\"}]}")
    public record BylineInput(
            @Size(max = 500) @Schema(nullable = true, description = "Byline as printed.", example = "By Chris Ewokor in Abuja", maxLength = 500) String text,
            @Size(max = 200) @Schema(nullable = true, description = "Organisation line.", example = "BBC News", maxLength = 200) String organisation,
            @Size(max = 20) @Schema(nullable = true, description = "Contributors in byline order.") List<@Valid @NotNull ContributorInput> contributors) {
    }

    @Schema(name = "ContributorInput", description = "One contributor of this article.",
            example = "{\"author\":\"chris-ewokor\",\"location\":\"Abuja\"}")
    public record ContributorInput(
            @NotBlank @Schema(description = "Author slug.", example = "chris-ewokor") String author,
            @Size(max = 200) @Schema(nullable = true, description = "Where they reported from.", example = "Abuja", maxLength = 200) String location,
            @Size(max = 200) @Schema(nullable = true, description = "Role in this article.", example = "Additional reporting", maxLength = 200) String role) {
    }

    @Schema(name = "ImageUseInput", description = "An image used in an article, with caption and credit for this use.",
            example = "{\"imageId\":\"0bde5182-ba16-3461-853b-e457c09fbbb3\",\"caption\":\"Niger's junta has turned to Russia\",\"credit\":\"Getty Images\"}")
    public record ImageUseInput(
            @NotNull @Schema(description = "The image.", example = "0bde5182-ba16-3461-853b-e457c09fbbb3") UUID imageId,
            @Size(max = 2000) @Schema(nullable = true, description = "Caption for this use; the image's own when absent.", example = "Niger's junta has turned to Russia", maxLength = 2000) String caption,
            @Size(max = 300) @Schema(nullable = true, description = "Credit for this use; the image's own when absent.", example = "Getty Images", maxLength = 300) String credit) {
    }
}
