package news.byline.web.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.problem.ProblemType;
import news.byline.web.route.Shows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The HTTP contract of {@link ProblemTypesResource}: every problem type URI resolves to its meaning. */
@Path(ProblemType.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Problem types", description = "What each error's type URI means")
public interface ProblemTypesApi {

    @GET
    @Shows
    @Operation(operationId = "listProblemTypes", summary = "List problem types",
            description = "Every kind of problem an answer may carry, by status. An error's type URI is one of these.")
    ListEnvelope<ProblemTypeView> list(@Context UriInfo uri);

    @GET
    @Shows
    @Path("{name}")
    @Operation(operationId = "getProblemType", summary = "Get a problem type",
            description = "What the type URI of an error answer means, and what a client can do about it.")
    ProblemTypeView get(@PathParam("name") @Parameter(description = "The last part of the type URI.", example = "not-found") String name);
}
