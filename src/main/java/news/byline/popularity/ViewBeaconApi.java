package news.byline.popularity;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import news.byline.web.problem.Problem;
import news.byline.web.route.Budget;
import news.byline.web.route.RateClass;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The HTTP contract of {@link ViewBeaconResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/articles/{idOrSlug}/views")
@Tag(name = "Most read")
public interface ViewBeaconApi {

    @POST
    @Budget(RateClass.ANONYMOUS_WRITE)
    // What sendBeacon, fetch and curl send; the body itself is ignored.
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED})
    @Operation(operationId = "countArticleView", summary = "Count a page view", description = "Beacon sent by front ends when a story is shown (navigator.sendBeacon works). No credentials; any body is ignored. "
            + "A client address counts once per article per ten minutes; repeats answer 204 too.")
    @RequestBody(required = false, description = "Anything, or nothing: it is ignored.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(example = "{}")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, example = "view")),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = SchemaType.OBJECT, example = "{}"))})
    @APIResponse(responseCode = "204", description = "Counted")
    @APIResponse(responseCode = "404", description = "No published article has this id or slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    RestResponse<Void> view(
            @PathParam("idOrSlug") @Parameter(description = "Article id or slug.", example = "russian-troops-arrive-in-niger-as-military-agreement-begins") String idOrSlug,
            @Context HttpServerRequest request);
}
