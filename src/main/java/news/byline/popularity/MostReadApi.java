package news.byline.popularity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import news.byline.cache.ListKey;
import news.byline.web.problem.Problem;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HTTP contract of {@link MostReadResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/most-read")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Most read", description = "Stories ranked by recent page views")
public interface MostReadApi {

    @GET
    @Shows({ListKey.ARTICLES, ListKey.MOST_READ})
    @Operation(operationId = "getMostRead", summary = "Most read", description = "Published stories ranked by views in a recent window (default the last 24 hours).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MostRead.class)))
    @APIResponse(responseCode = "404", description = "No section has this path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    MostRead get(
            @QueryParam("limit") @Parameter(description = "How many stories, 1 to 50.", example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10")) String limit,
            @QueryParam("window") @Parameter(description = "Window counted back from now: PT1H, P1D, P7D (any ISO-8601 duration) "
                    + "or hours/days such as 24h or 7d; at most 30 days.", example = "P1D",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "24h", pattern = "^([0-9]+[hdHD]|[Pp].+)$")) String window,
            @QueryParam("section") @Parameter(description = "Only stories in this section's subtree.", example = "news") String section);
}
