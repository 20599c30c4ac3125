package news.byline.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import news.byline.key.Role;
import news.byline.web.conditional.IfMatch;
import news.byline.web.json.MergePatch;
import news.byline.web.openapi.ApiDocumentation;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import news.byline.web.problem.Problem;
import news.byline.web.route.BodyLimit;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link ImageResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Images", description = "Pictures and their renditions; with a key, uploads, metadata and the library")
public interface ImagesApi {
    String VISIBILITY = "An image is public once a published story, an author or a collection shows it, or when an editor "
            + "marked it public; before that it is 404 without a key, and shown to key holders uncached.";

    @GET
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "listImages", summary = "The image library",
            description = "Contributors, editors and admins; answered private, no-store. Newest first; an editor sees every image, "
                    + "a contributor the ones it uploaded. Narrowed by words in the alt text, caption or credit, and to images "
                    + "nothing shows yet (no story, author or collection).")
    RestResponse<ListEnvelope<ImageView>> list(
            @QueryParam("q") @Parameter(description = "Words the alt text, caption or credit contains (case-insensitive).",
                    example = "Reuters", schema = @Schema(maxLength = 200)) String q,
            @QueryParam("unused") @Parameter(description = "true: only images no story, author or collection shows.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) String unused,
            @BeanParam PageParams paging, @Context UriInfo uri);

    @GET
    @Shows
    @Path("{id}")
    @Operation(operationId = "getImage", summary = "Get an image", description = "Metadata of one image: address, size, alt text, default caption and credit. "
            + VISIBILITY)
    RestResponse<ImageView> get(@PathParam("id") @Parameter(description = "Image id (or slug).", example = "niger-russia-flags") String id);

    @GET
    @Shows
    @Path("{id}/file")
    @Produces({"image/jpeg", "image/png", "image/gif", "image/webp"})
    @Operation(operationId = "getImageFile", summary = "Get an image file or rendition",
            description = "The uploaded original, or a rendition scaled to one of the allowed widths (never larger than the original) "
                    + "and/or converted to JPEG or PNG. Made once, then served from storage. " + VISIBILITY
                    + " A public file may be kept by a CDN until purged (Surrogate-Key: the image's id), by a browser for an hour.")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "422", description = "A rendition of an image with more pixels than BYLINE_IMAGES_MAX_PIXELS: "
            + "only its original is served", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response file(
            @PathParam("id") @Parameter(description = "Image id (or slug).", example = "niger-russia-flags") String id,
            @QueryParam("width") @Parameter(description = "Width in pixels, one of 160, 240, 320, 480, 640, 800, 976, 1280, 1600, 2048.",
                    example = "480", schema = @Schema(type = SchemaType.INTEGER, enumeration = {"160", "240", "320", "480", "640", "800", "976", "1280", "1600", "2048"})) String width,
            @QueryParam("format") @Parameter(description = "Output format; the original's (GIF as PNG, WebP as JPEG) when absent.",
                    example = "jpeg", schema = @Schema(enumeration = {"jpeg", "png"})) String format) throws IOException;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "registerImage", summary = "Register an image hosted elsewhere",
            description = "Contributors, editors and admins. Records an image by its address and size, with its metadata.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageView.class)))
    RestResponse<ImageView> register(
            @RequestBody(description = "The image's address, size and metadata.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "agency picture", value = ExternalImageInput.EXAMPLE)))
            @Valid @NotNull ExternalImageInput input, @Context UriInfo uri);

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BodyLimit(BodyLimit.Kind.IMAGE_UPLOAD)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.CONTRIBUTOR_NAME)
    @Operation(operationId = "uploadImage", summary = "Upload an image",
            description = "Contributors, editors and admins. Part `file` holds the image (JPEG, PNG, WebP or GIF, detected from the bytes; "
                    + "415 otherwise, 413 above the size limit); the other parts are its metadata. Width and height are read from the file.")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageView.class)))
    RestResponse<ImageView> upload(
            @RequestBody(description = "The file and its metadata.", required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = ImageUploadForm.class)))
            @Valid @BeanParam ImageUploadForm form, @Context UriInfo uri) throws IOException;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "replaceImage", summary = "Replace an image's metadata", description = "Editors and admins. Send the ETag you read as If-Match to avoid overwriting someone else's change (412).")
    RestResponse<ImageView> replace(
            @PathParam("id") @Parameter(description = "Image id (or slug).", example = "niger-russia-flags") String id,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The image's whole metadata.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "image", value = ImageMetadataInput.EXAMPLE)))
            @Valid @NotNull ImageMetadataInput input);

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "patchImage", summary = "Change part of an image's metadata", description = "Editors and admins. A JSON Merge Patch (RFC 7386); the result is validated like a PUT.")
    RestResponse<ImageView> patch(
            @PathParam("id") @Parameter(description = "Image id (or slug).", example = "niger-russia-flags") String id,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field.", required = true,
                    content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "Any of ImageMetadataInput's fields."),
                            examples = @ExampleObject(name = "credit", value = "{\"credit\":\"Getty Images\"}")))
            String patch) throws JsonProcessingException;

    @DELETE
    @Path("{id}")
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "deleteImage", summary = "Delete an image", description = "Editors and admins. Refused (409) while articles, authors or collections still show it; the stored file goes with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(
            @PathParam("id") @Parameter(description = "Image id (or slug).", example = "niger-russia-flags") String id,
            @BeanParam IfMatch ifMatch) throws IOException;
}
