package news.byline.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import news.byline.web.IdOrSlug;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicService {

    public PageResult<TopicView> list(PageRequest page) {
        var topics = Topic.<Topic>find("order by name, id").page(page.page() - 1, page.size()).list();
        return new PageResult<>(topics, Topic.count(), page).map(TopicView::of);
    }

    public TopicView find(String idOrSlug) {
        return TopicView.of(entity(idOrSlug));
    }

    public Topic entity(String idOrSlug) {
        Topic topic = IdOrSlug.asUuid(idOrSlug)
                .map(id -> Topic.<Topic>findById(id))
                .orElseGet(() -> Topic.find("slug", idOrSlug).firstResult());
        if (topic == null) {
            throw ProblemException.notFound("topic", idOrSlug);
        }
        return topic;
    }
}
