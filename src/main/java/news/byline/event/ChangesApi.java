package news.byline.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HTTP contract of {@link ChangesResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed in public content, in commit order: sync a copy without polling everything")
public interface ChangesApi {

    @GET
    @Shows(ListKey.CHANGES)
    @Operation(operationId = "listChanges", summary = "List changes",
            description = "Changes to public content in commit order: upserts carry the entity as its lists show it, tombstones "
                    + "(unpublished, archived, deleted) only its id, slug and kind. Start without since (from the oldest change kept), "
                    + "then pass meta.nextToken; a client following tokens never misses or reorders a change. Drafts never appear. "
                    + "A token from before the oldest change kept answers 400: read the content in full, then follow the feed anew.")
    ChangePage list(
            @QueryParam("since") @Parameter(description = "A token from the feed: changes after it.", example = "c-0",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^c-[0-9]+$")) String since,
            @QueryParam("limit") @Parameter(description = "Most changes on the page, 1 to 500.", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) String limit,
            @Context UriInfo uri);
}
