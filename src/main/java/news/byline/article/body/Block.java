package news.byline.article.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.UUID;
import news.byline.image.ImageView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One block of an article body as stored and served. Bodies are ordered typed blocks, never an HTML blob;
 * references (images, linked stories) are stored by id and resolved when served. Editors write
 * {@link BlockInput}s: the text blocks are shared, references are written without what is resolved.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.ImageBlock.class, name = "image"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = Block.StoryLink.class, name = "storyLink"),
        @JsonSubTypes.Type(value = Block.Embed.class, name = "embed")})
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Block", description = "A body block; `type` says which.", type = SchemaType.OBJECT,
        oneOf = {Block.Paragraph.class, Block.Heading.class, Block.ImageBlock.class, Block.Quote.class,
                Block.ListBlock.class, Block.StoryLink.class, Block.Embed.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "paragraph", schema = Block.Paragraph.class),
                @DiscriminatorMapping(value = "heading", schema = Block.Heading.class),
                @DiscriminatorMapping(value = "image", schema = Block.ImageBlock.class),
                @DiscriminatorMapping(value = "quote", schema = Block.Quote.class),
                @DiscriminatorMapping(value = "list", schema = Block.ListBlock.class),
                @DiscriminatorMapping(value = "storyLink", schema = Block.StoryLink.class),
                @DiscriminatorMapping(value = "embed", schema = Block.Embed.class)},
        example = Block.PARAGRAPH_EXAMPLE)
public sealed interface Block {

    String PARAGRAPH_EXAMPLE = """
            {"type":"paragraph","content":[{"type":"text","text":"A spokesperson said the Russians were in the country "},\
            {"type":"text","text":"to train soldiers","marks":["emphasis"]},{"type":"text","text":"."}]}""";

    /** The ids of the images these blocks show, each once, in order. */
    static List<UUID> imageIds(List<Block> blocks) {
        return blocks.stream().filter(ImageBlock.class::isInstance).map(b -> ((ImageBlock) b).imageId()).distinct().toList();
    }

    @Schema(name = "ParagraphBlock", requiredProperties = {"type", "content"},
            properties = @SchemaProperty(name = "type", enumeration = "paragraph", description = "Block type.", example = "paragraph"),
            description = "A paragraph of inline text runs and links.", example = PARAGRAPH_EXAMPLE)
    record Paragraph(@Schema(description = "Inline runs, in order.") List<Inline> content) implements Block {
    }

    @Schema(name = "HeadingBlock", requiredProperties = {"type", "level", "text"},
            properties = @SchemaProperty(name = "type", enumeration = "heading", description = "Block type.", example = "heading"),
            description = "A sub-heading inside the body.",
            example = "{\"type\":\"heading\",\"level\":2,\"text\":\"A regime survival package\"}")
    record Heading(
            @Schema(description = "Heading level, 2 to 4.", example = "2") int level,
            @Schema(description = "Heading text.", example = "A regime survival package") String text) implements Block, BlockInput {
    }

    @Schema(name = "ImageBlock", requiredProperties = {"type", "imageId", "image"},
            properties = @SchemaProperty(name = "type", enumeration = "image", description = "Block type.", example = "image"),
            description = "An image in the body, with the caption and credit for this use.",
            example = "{\"type\":\"image\",\"imageId\":\"5f1c3a52-93b1-3f5c-b1a8-8a8f3f1a9e27\",\"caption\":\"Supporters of the junta in Niamey\",\"credit\":\"Getty Images\"}")
    record ImageBlock(
            @Schema(description = "The image used.", example = "5f1c3a52-93b1-3f5c-b1a8-8a8f3f1a9e27") UUID imageId,
            @Schema(description = "Caption for this use; the image's own caption applies when absent.", example = "Supporters of the junta in Niamey") String caption,
            @Schema(description = "Credit for this use; the image's own credit applies when absent.", example = "Getty Images") String credit,
            @Schema(description = "The resolved image with effective caption and credit.") ImageView image)
            implements Block {
    }

    @Schema(name = "QuoteBlock", requiredProperties = {"type", "text"},
            properties = @SchemaProperty(name = "type", enumeration = "quote", description = "Block type.", example = "quote"),
            description = "A pull quote with its attribution.",
            example = "{\"type\":\"quote\",\"text\":\"I don't have any other explanations because jihadists don't have planes.\",\"attribution\":\"Ulf Laessing\"}")
    record Quote(
            @Schema(description = "Quoted words.", example = "I don't have any other explanations because jihadists don't have planes.") String text,
            @Schema(description = "Who said it.", example = "Ulf Laessing") String attribution) implements Block, BlockInput {
    }

    @Schema(name = "ListBlock", requiredProperties = {"type", "items"},
            properties = @SchemaProperty(name = "type", enumeration = "list", description = "Block type.", example = "list"),
            description = "A bulleted or numbered list.",
            example = "{\"type\":\"list\",\"ordered\":false,\"items\":[\"Mali\",\"Burkina Faso\",\"Niger\"]}")
    record ListBlock(
            @Schema(description = "Numbered when true.", example = "false") boolean ordered,
            @Schema(description = "Item texts, in order.", example = "[\"Mali\",\"Burkina Faso\",\"Niger\"]") List<String> items) implements Block, BlockInput {
    }

    @Schema(name = "StoryLinkBlock", requiredProperties = {"type", "articleId", "headline", "url"},
            properties = @SchemaProperty(name = "type", enumeration = "storyLink", description = "Block type.", example = "storyLink"),
            description = "A link to another story, shown as a promo line (a link to a story that is not published is left out).",
            example = "{\"type\":\"storyLink\",\"articleId\":\"2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21\",\"headline\":\"How Russia has rebranded Wagner in Africa\",\"url\":\"https://www.byline.example/articles/how-russia-has-rebranded-wagner-in-africa\"}")
    record StoryLink(
            @Schema(description = "The linked story.", example = "2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21") UUID articleId,
            @Schema(description = "Headline of the linked story.", example = "How Russia has rebranded Wagner in Africa") String headline,
            @Schema(description = "Canonical address of the linked story.", example = "https://www.byline.example/articles/how-russia-has-rebranded-wagner-in-africa") String url)
            implements Block {
    }

    @Schema(name = "EmbedBlock", requiredProperties = {"type", "url"},
            properties = @SchemaProperty(name = "type", enumeration = "embed", description = "Block type.", example = "embed"),
            description = "Third-party content (video, post) referenced by address, never raw markup.",
            example = "{\"type\":\"embed\",\"provider\":\"youtube\",\"url\":\"https://www.youtube.com/watch?v=abc123\",\"title\":\"Russian instructors arrive in Niamey\"}")
    record Embed(
            @Schema(description = "Who hosts it.", example = "youtube") String provider,
            @Schema(description = "Address of the embedded content.", example = "https://www.youtube.com/watch?v=abc123") String url,
            @Schema(description = "Title shown in place of the embed.", example = "Russian instructors arrive in Niamey") String title) implements Block, BlockInput {
    }
}
