package news.byline.article.body;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 * One block of a body as an editor writes it. Text blocks are the same as served; an image or a story link
 * is written as a reference only, and the server resolves it when serving ({@link Block}). What a read
 * resolved (image, headline, url) may be sent back and is ignored, so a read can be edited and written.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BlockInput.ParagraphInput.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = BlockInput.ImageUse.class, name = "image"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = BlockInput.StoryLinkUse.class, name = "storyLink"),
        @JsonSubTypes.Type(value = Block.Embed.class, name = "embed")})
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BlockInput", description = "A body block as written; `type` says which.", type = SchemaType.OBJECT,
        oneOf = {BlockInput.ParagraphInput.class, Block.Heading.class, BlockInput.ImageUse.class, Block.Quote.class,
                Block.ListBlock.class, BlockInput.StoryLinkUse.class, Block.Embed.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "paragraph", schema = BlockInput.ParagraphInput.class),
                @DiscriminatorMapping(value = "heading", schema = Block.Heading.class),
                @DiscriminatorMapping(value = "image", schema = BlockInput.ImageUse.class),
                @DiscriminatorMapping(value = "quote", schema = Block.Quote.class),
                @DiscriminatorMapping(value = "list", schema = Block.ListBlock.class),
                @DiscriminatorMapping(value = "storyLink", schema = BlockInput.StoryLinkUse.class),
                @DiscriminatorMapping(value = "embed", schema = Block.Embed.class)},
        example = Block.PARAGRAPH_EXAMPLE)
public sealed interface BlockInput
        permits BlockInput.ParagraphInput, Block.Heading, Block.Quote, Block.ListBlock, Block.Embed, BlockInput.ImageUse, BlockInput.StoryLinkUse {

    /** The block as stored: references only, nothing resolved. */
    static Block stored(BlockInput input) {
        if (input instanceof ParagraphInput paragraph) {
            return new Block.Paragraph(paragraph.content() == null ? null
                    : paragraph.content().stream().map(run -> run == null ? null : run.inline()).toList());
        }
        if (input instanceof ImageUse image) {
            return new Block.ImageBlock(image.imageId(), image.caption(), image.credit(), null);
        }
        if (input instanceof StoryLinkUse link) {
            return new Block.StoryLink(link.articleId(), null, null);
        }
        return (Block) input;
    }

    /** A stored or served block as an editor would write it (what a merge patch and a revision start from). */
    static BlockInput of(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return new ParagraphInput(paragraph.content().stream().map(InlineInput::of).toList());
        }
        if (block instanceof Block.ImageBlock image) {
            return new ImageUse(image.imageId(), image.caption(), image.credit());
        }
        if (block instanceof Block.StoryLink link) {
            return new StoryLinkUse(link.articleId());
        }
        return (BlockInput) block;
    }

    @Schema(name = "ParagraphBlockInput", requiredProperties = {"type", "content"},
            properties = @SchemaProperty(name = "type", enumeration = "paragraph", description = "Block type.", example = "paragraph"),
            description = "A paragraph of inline text runs and links.", example = Block.PARAGRAPH_EXAMPLE)
    record ParagraphInput(@Schema(description = "Inline runs, in order.") List<InlineInput> content) implements BlockInput {
    }

    @JsonIgnoreProperties("image")
    @Schema(name = "ImageBlockInput", requiredProperties = {"type", "imageId"},
            properties = {@SchemaProperty(name = "type", enumeration = "image", description = "Block type.", example = "image"),
                    @SchemaProperty(name = "image", description = "The image as a read resolved it: accepted and ignored.")},
            description = "An image in the body, with the caption and credit for this use.",
            example = "{\"type\":\"image\",\"imageId\":\"5f1c3a52-93b1-3f5c-b1a8-8a8f3f1a9e27\",\"caption\":\"Supporters of the junta in Niamey\",\"credit\":\"Getty Images\"}")
    record ImageUse(
            @Schema(description = "The image used.", example = "5f1c3a52-93b1-3f5c-b1a8-8a8f3f1a9e27") UUID imageId,
            @Schema(description = "Caption for this use; the image's own caption applies when absent.", example = "Supporters of the junta in Niamey") String caption,
            @Schema(description = "Credit for this use; the image's own credit applies when absent.", example = "Getty Images") String credit)
            implements BlockInput {
    }

    @JsonIgnoreProperties({"headline", "url"})
    @Schema(name = "StoryLinkBlockInput", requiredProperties = {"type", "articleId"},
            properties = {@SchemaProperty(name = "type", enumeration = "storyLink", description = "Block type.", example = "storyLink"),
                    @SchemaProperty(name = "headline", description = "As a read resolved it: accepted and ignored."),
                    @SchemaProperty(name = "url", description = "As a read resolved it: accepted and ignored.")},
            description = "A link to another of our stories, shown as a promo line.",
            example = "{\"type\":\"storyLink\",\"articleId\":\"2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21\"}")
    record StoryLinkUse(
            @Schema(description = "The linked story.", example = "2c5ea4c0-4067-31fb-8a2b-5f4b2c7b9d21") UUID articleId)
            implements BlockInput {
    }
}
