package news.byline.article.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A run inside a paragraph as stored and served: plain or emphasised text, or a link (always with its address when served). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Inline.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Inline.Link.class, name = "link")})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Inline", description = "A run of paragraph text or a link.", type = SchemaType.OBJECT,
        oneOf = {Inline.Text.class, Inline.Link.class}, discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "text", schema = Inline.Text.class),
                @DiscriminatorMapping(value = "link", schema = Inline.Link.class)},
        example = "{\"type\":\"text\",\"text\":\"regime survival package\",\"marks\":[\"emphasis\"]}")
public sealed interface Inline {

    String text();

    List<Mark> marks();

    /** Inline emphasis. */
    @Schema(name = "Mark", description = "Inline emphasis of a run.", example = "emphasis")
    enum Mark {
        @com.fasterxml.jackson.annotation.JsonProperty("emphasis") EMPHASIS,
        @com.fasterxml.jackson.annotation.JsonProperty("strong") STRONG
    }

    @Schema(name = "TextRun", requiredProperties = {"type", "text"},
            properties = @SchemaProperty(name = "type", enumeration = "text", description = "Run type.", example = "text"),
            description = "Text, optionally emphasised.",
            example = "{\"type\":\"text\",\"text\":\"regime survival package\",\"marks\":[\"emphasis\"]}")
    record Text(
            @Schema(description = "The words.", example = "regime survival package") String text,
            @Schema(description = "Emphasis applied to the whole run.") List<Mark> marks) implements Inline, InlineInput {
        public Text(String text) {
            this(text, List.of());
        }

        @Override
        public Inline inline() {
            return this;
        }
    }

    @Schema(name = "LinkRun", requiredProperties = {"type", "text", "href"},
            properties = @SchemaProperty(name = "type", enumeration = "link", description = "Run type.", example = "link"),
            description = "A link; `articleId` is set when it points at one of our stories.",
            example = "{\"type\":\"link\",\"text\":\"How Russia has rebranded Wagner in Africa\",\"href\":\"https://www.byline.example/articles/how-russia-has-rebranded-wagner-in-africa\",\"articleId\":\"2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21\"}")
    record Link(
            @Schema(description = "Link text.", example = "How Russia has rebranded Wagner in Africa") String text,
            @Schema(description = "Destination: http(s) or a relative address.", example = "https://www.byline.example/articles/how-russia-has-rebranded-wagner-in-africa") String href,
            @Schema(description = "The story linked to, when it is one of ours.", example = "2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21") UUID articleId,
            @Schema(description = "Emphasis applied to the link text.") List<Mark> marks) implements Inline {
    }
}
