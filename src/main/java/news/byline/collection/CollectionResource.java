package news.byline.collection;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Curated, ordered lists of stories and promos")
public class CollectionResource {
    private final CollectionService collections;

    public CollectionResource(CollectionService collections) {
        this.collections = collections;
    }

    @GET
    @Operation(operationId = "listCollections", summary = "List collections", description = "All curated collections, by title, without their items.")
    public ListEnvelope<CollectionView> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return ListEnvelope.of(collections.list(paging.pageRequest()), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getCollection", summary = "Get a collection", description = "One collection with its items in order.")
    public CollectionView get(@PathParam("slug") @Parameter(description = "Collection slug.", example = "top-stories") String slug) {
        return collections.find(slug);
    }
}
