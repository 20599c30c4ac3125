package news.byline.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.UriInfo;
import news.byline.key.Role;
import news.byline.web.IfMatch;
import news.byline.web.ListEnvelope;
import news.byline.web.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

public class TopicResource implements TopicsApi {
    private final TopicService topics;

    public TopicResource(TopicService topics) {
        this.topics = topics;
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
        TopicView created = topics.create(input);
        return RestResponse.ResponseBuilder.<TopicView>created(
                uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public TopicView replace(String idOrSlug, IfMatch ifMatch, TopicInput input) {
        return topics.replace(idOrSlug, ifMatch.value, input);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public TopicView patch(String idOrSlug, IfMatch ifMatch, String patch) throws JsonProcessingException {
        return topics.patch(idOrSlug, ifMatch.value, patch);
    }

    @Override
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<Void> delete(String idOrSlug, IfMatch ifMatch) {
        topics.delete(idOrSlug, ifMatch.value);
        return RestResponse.noContent();
    }
}
