package news.byline.image;

import news.byline.web.IfMatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.key.Role;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.IOException;
import news.byline.web.QueryParams;
public class ImageResource implements ImagesApi {
    private final ImageService images;

    public ImageResource(ImageService images) {
        this.images = images;
    }

    @Override
    public ImageView get(String id) {
        return images.find(id);
    }

    @Override
    public RestResponse<byte[]> file(String id, String width, String format) throws IOException {
        Integer pixels = width == null ? null : QueryParams.intInRange("width", width, 0, 1, 100_000);
        ImageRenditions.Rendition rendition = images.file(id, pixels, format);
        return RestResponse.ResponseBuilder.ok(rendition.bytes(), rendition.mediaType())
                .header("Cache-Control", "public, max-age=31536000, immutable").build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ImageView> register(ExternalImageInput input, UriInfo uri) {
        ImageView created = images.register(input);
        return RestResponse.ResponseBuilder.<ImageView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @Override
    @RolesAllowed(Role.CONTRIBUTOR_NAME)
    public RestResponse<ImageView> upload(ImageUploadForm form, UriInfo uri) throws IOException {
        ImageView created = images.upload(form.file.uploadedFile(), form.metadata());
        return RestResponse.ResponseBuilder.<ImageView>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public ImageView replace(String id, IfMatch ifMatch, ImageMetadataInput input) {
        return images.replace(id, ifMatch.value, input);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public ImageView patch(String id, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return images.patch(id, ifMatch.value, patch);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String id, IfMatch ifMatch) throws IOException {
        images.delete(id, ifMatch.value);
        return RestResponse.noContent();
    }
}
