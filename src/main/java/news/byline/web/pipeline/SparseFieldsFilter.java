package news.byline.web.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import news.byline.web.paging.FieldSelection;
import news.byline.web.paging.ListEnvelope;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies a sparse field set (`fields=`) to the answer: only the fields asked for are kept. The routes that
 * take `fields` validate it first (others refuse it as an unknown parameter). Runs before
 * {@link ConditionalGetFilter}, so the ETag is that of what is sent.
 */
public class SparseFieldsFilter {
    /** Request property: the ids of the untrimmed answer. */
    static final String SHOWN_IDS = "byline.shown-ids";

    private final ObjectMapper json;

    public SparseFieldsFilter(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter(priority = FilterOrder.SPARSE_FIELDS)
    public void prune(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return; // an error (a bad fields value among them) is answered as it is
        }
        FieldSelection fields = FieldSelection.parse(request.getUriInfo().getQueryParameters().getFirst("fields"), null);
        if (fields == null) {
            return;
        }
        Object entity = response.getEntity();
        JsonNode tree = json.valueToTree(entity);
        // Purging must still find this answer by everything the full answer showed.
        request.setProperty(SHOWN_IDS, SurrogateKeys.idsIn(tree));
        fields.prune(tree, entity instanceof ListEnvelope);
        response.setEntity(tree);
    }
}
