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

/**
 * A run of a paragraph as an editor writes it. Text is the same as served; a link to one of our stories may
 * name the story only, and a read then always carries its address ({@link Inline.Link}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Inline.Text.class, name = "text"),
        @JsonSubTypes.Type(value = InlineInput.LinkInput.class, name = "link")})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "InlineInput", description = "A run of paragraph text or a link, as written.", type = SchemaType.OBJECT,
        oneOf = {Inline.Text.class, InlineInput.LinkInput.class}, discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "text", schema = Inline.Text.class),
                @DiscriminatorMapping(value = "link", schema = InlineInput.LinkInput.class)},
        example = "{\"type\":\"link\",\"text\":\"How Russia has rebranded Wagner in Africa\",\"articleId\":\"2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21\"}")
public sealed interface InlineInput permits Inline.Text, InlineInput.LinkInput {

    /** The run as stored and served. */
    Inline inline();

    /** A stored run as an editor would write it. */
    static InlineInput of(Inline inline) {
        return inline instanceof Inline.Link link ? new LinkInput(link.text(), link.href(), link.articleId(), link.marks())
                : (Inline.Text) inline;
    }

    @Schema(name = "LinkRunInput", requiredProperties = {"type", "text"},
            properties = @SchemaProperty(name = "type", enumeration = "link", description = "Run type.", example = "link"),
            description = "A link: an http(s) or relative `href`, or `articleId` for one of our stories (its address is "
                    + "filled in when read).",
            example = "{\"type\":\"link\",\"text\":\"How Russia has rebranded Wagner in Africa\",\"articleId\":\"2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21\"}")
    record LinkInput(
            @Schema(description = "Link text.", example = "How Russia has rebranded Wagner in Africa") String text,
            @Schema(description = "Destination: http(s) or a relative address; for one of our stories, filled in when read.",
                    example = "https://www.bbc.co.uk/news/world-africa-68790436") String href,
            @Schema(description = "The story linked to, when it is one of ours.", example = "2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21") UUID articleId,
            @Schema(description = "Emphasis applied to the link text.") List<Inline.Mark> marks) implements InlineInput {

        @Override
        public Inline inline() {
            return new Inline.Link(text, href, articleId, marks);
        }
    }
}
