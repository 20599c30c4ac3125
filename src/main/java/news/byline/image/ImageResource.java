package news.byline.image;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Images", description = "Image metadata")
public class ImageResource {
    private final ImageService images;

    public ImageResource(ImageService images) {
        this.images = images;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImage", summary = "Get an image", description = "Metadata of one image: address, size, alt text, default caption and credit.")
    public ImageView get(@PathParam("id") @Parameter(description = "Image id (or slug).", example = "niger-russia-flags") String id) {
        return images.find(id);
    }
}
