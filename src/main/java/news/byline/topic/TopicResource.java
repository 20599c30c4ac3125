package news.byline.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.domain.Versioned;
import news.byline.key.Role;
import news.byline.web.conditional.EntityTags;
import news.byline.web.conditional.IfMatch;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.json.MergePatch;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

public class TopicResource implements TopicsApi {
    private final TopicService topics;
    private final EntityTags tags;
    private final MergePatch mergePatch;

    public TopicResource(TopicService topics, EntityTags tags, MergePatch mergePatch) {
        this.topics = topics;
        this.tags = tags;
        this.mergePatch = mergePatch;
    }

    @Override
    public ListEnvelope<TopicView> list(PageParams paging, UriInfo uri) {
        return ListEnvelope.of(topics.list(paging.pageRequest()), uri);
    }

    @Override
    public TopicView get(String idOrSlug) {
        return topics.find(idOrSlug);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<TopicView> create(TopicInput input, UriInfo uri) {
        Versioned<TopicView> created = topics.create(input);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.value().slug()).build(), created);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<TopicView> replace(String idOrSlug, IfMatch ifMatch, TopicInput input) {
        return VersionedResponses.ok(topics.replace(idOrSlug, tags.precondition(ifMatch), input));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<TopicView> patch(String idOrSlug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return VersionedResponses.ok(topics.patch(idOrSlug, tags.precondition(ifMatch), mergePatch.changes(patch, TopicInput.class)));
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String idOrSlug, IfMatch ifMatch) {
        topics.delete(idOrSlug, tags.precondition(ifMatch));
        return RestResponse.noContent();
    }
}
