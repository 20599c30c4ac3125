package news.byline.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import news.byline.domain.Versioned;
import news.byline.key.Callers;
import news.byline.key.Role;
import news.byline.web.conditional.EntityTags;
import news.byline.web.conditional.IfMatch;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.conditional.PrivateAnswers;
import news.byline.web.json.MergePatch;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import news.byline.web.paging.QueryParams;
import news.byline.web.pipeline.ConditionalGetFilter;
import org.jboss.resteasy.reactive.RestResponse;

public class ImageResource implements ImagesApi {
    /**
     * A file never changes under its address, but a takedown must end it: a CDN keeps it until purged (by
     * the image's id in Surrogate-Key), a browser for an hour before it revalidates.
     */
    static final String FILE_CACHE_CONTROL = "public, max-age=3600, s-maxage=31536000, stale-if-error=86400";
    /** An image not public yet, shown to a key holder: no cache may keep it. */
    static final String PRIVATE_CACHE_CONTROL = "private, no-store";

    private final ImageService images;
    private final SecurityIdentity identity;
    private final EntityTags tags;
    private final MergePatch mergePatch;

    public ImageResource(ImageService images, SecurityIdentity identity, EntityTags tags, MergePatch mergePatch) {
        this.images = images;
        this.identity = identity;
        this.tags = tags;
        this.mergePatch = mergePatch;
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ListEnvelope<ImageView>> list(String q, String unused, PageParams paging, UriInfo uri) {
        return PrivateAnswers.ok(ListEnvelope.of(images.library(QueryParams.words("q", q, 200), QueryParams.flag("unused", unused),
                paging.pageRequest(), Callers.of(identity)), uri));
    }

    @Override
    public RestResponse<ImageView> get(String id) {
        ImageService.Visible<ImageView> image = images.find(id, Callers.of(identity));
        RestResponse.ResponseBuilder<ImageView> response = RestResponse.ResponseBuilder.ok(image.content());
        if (!image.isPublic()) {
            response.header("Cache-Control", PRIVATE_CACHE_CONTROL);
        }
        return response.build();
    }

    @Override
    public Response file(String id, String width, String format) throws IOException {
        Integer pixels = width == null ? null : QueryParams.intInRange("width", width, 0, 1, 100_000);
        ImageService.Visible<ImageRenditions.Rendition> file = images.file(id, pixels, format, Callers.of(identity));
        ImageRenditions.Rendition rendition = file.content();
        // The entity's type decides how it is written (bytes, or a stream for the original): a plain Response.
        Response.ResponseBuilder response = Response.ok(
                rendition.bytes() != null ? rendition.bytes() : rendition.original(), rendition.mediaType());
        if (file.streamedVersion() != null) {
            response.header(HttpHeaders.ETAG, EntityTags.of(file.streamedVersion()));
        }
        return response.header(HttpHeaders.CACHE_CONTROL, file.isPublic() ? FILE_CACHE_CONTROL : PRIVATE_CACHE_CONTROL)
                .header(ConditionalGetFilter.SURROGATE_KEY, file.imageId().toString()).build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ImageView> register(ExternalImageInput input, UriInfo uri) {
        Versioned<ImageView> created = images.register(input, Callers.of(identity));
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().id().toString()).build(), created);
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ImageView> upload(ImageUploadForm form, UriInfo uri) throws IOException {
        Versioned<ImageView> created = images.upload(form.file.uploadedFile(), form.metadata(), Callers.of(identity));
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().id().toString()).build(), created);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<ImageView> replace(String id, IfMatch ifMatch, ImageMetadataInput input) {
        return VersionedResponses.ok(images.replace(id, tags.precondition(ifMatch), input));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<ImageView> patch(String id, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return VersionedResponses.ok(images.patch(id, tags.precondition(ifMatch), mergePatch.changes(patch, ImageMetadataInput.class)));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String id, IfMatch ifMatch) throws IOException {
        images.delete(id, tags.precondition(ifMatch));
        return RestResponse.noContent();
    }
}
