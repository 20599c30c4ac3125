package news.byline.topic;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import news.byline.cache.ListKey;
import news.byline.key.Role;
import news.byline.web.conditional.IfMatch;
import news.byline.web.json.MergePatch;
import news.byline.web.openapi.ApiDocumentation;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
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

/** The HTTP contract of {@link TopicResource}: routes, parameters, responses and their documentation. */
@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Subjects and their stories")
public interface TopicsApi {

    @GET
    @Shows(ListKey.TOPICS)
    @Operation(operationId = "listTopics", summary = "List topics", description = "All topics, by name.")
    ListEnvelope<TopicView> list(@BeanParam PageParams paging, @Context UriInfo uri);

    @GET
    @Shows
    @Path("{idOrSlug}")
    @Operation(operationId = "getTopic", summary = "Get a topic", description = "One topic by id or slug.")
    TopicView get(@PathParam("idOrSlug") @Parameter(description = "Topic id or slug.", example = "russia") String idOrSlug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "createTopic", summary = "Create a topic", description = "Editors and admins. The slug must be unique (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicView.class)))
    RestResponse<TopicView> create(
            @RequestBody(description = "The new topic.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "topic", value = TopicInput.EXAMPLE)))
            @Valid @NotNull TopicInput input, @Context UriInfo uri);

    @PUT
    @Path("{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "replaceTopic", summary = "Replace a topic", description = "Editors and admins. Send the ETag you read as If-Match to avoid overwriting someone else's change (412).")
    RestResponse<TopicView> replace(
            @PathParam("idOrSlug") @Parameter(description = "Topic id or slug.", example = "russia") String idOrSlug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The whole topic.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "topic", value = TopicInput.REPLACE_EXAMPLE)))
            @Valid @NotNull TopicInput input);

    @PATCH
    @Path("{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "patchTopic", summary = "Change part of a topic", description = "Editors and admins. A JSON Merge Patch (RFC 7386); the result is validated like a PUT.")
    RestResponse<TopicView> patch(
            @PathParam("idOrSlug") @Parameter(description = "Topic id or slug.", example = "russia") String idOrSlug,
            @BeanParam IfMatch ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field.", required = true,
                    content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT, description = "Any of TopicInput's fields."),
                            examples = @ExampleObject(name = "description", value = "{\"description\":\"News and analysis about Russia\"}")))
            String patch) throws JsonProcessingException;

    @DELETE
    @Path("{idOrSlug}")
    @SecurityRequirement(name = ApiDocumentation.API_KEY)
    @Extension(name = ApiDocumentation.REQUIRED_ROLE, value = Role.EDITOR_NAME)
    @Operation(operationId = "deleteTopic", summary = "Delete a topic", description = "Editors and admins. Refused (409) while articles still use it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    RestResponse<Void> delete(
            @PathParam("idOrSlug") @Parameter(description = "Topic id or slug.", example = "russia") String idOrSlug,
            @BeanParam IfMatch ifMatch);
}
