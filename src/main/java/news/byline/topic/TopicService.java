package news.byline.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import news.byline.event.ContentKind;
import news.byline.content.SlugOwners;
import news.byline.content.SluggedContentService;
import news.byline.content.SluggedContentSupport;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.Slugs;

/** Topics: the shared write steps, with a rename passed on to what was derived from the name. */
@ApplicationScoped
@Transactional
public class TopicService extends SluggedContentService<Topic, TopicInput, TopicView> {
    private final Event<TopicRenamed> renamedEvent;

    public TopicService(SluggedContentSupport support, Event<TopicRenamed> renamedEvent) {
        super(Topic.class, TopicInput.class, ContentKind.TOPIC, support);
        this.renamedEvent = renamedEvent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<TopicView> list(PageRequest page) {
        var topics = Topic.<Topic>find("order by name, id").page(page.page() - 1, page.size()).list();
        return new PageResult<>(topics, Topic.count(), page).map(TopicView::of);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    protected TopicView view(Topic topic) {
        return TopicView.of(topic);
    }

    @Override
    protected TopicInput input(Topic topic) {
        return TopicInput.of(topic);
    }

    @Override
    protected String slugOf(TopicInput input) {
        return input.slug() != null ? input.slug() : Slugs.from(input.name());
    }

    @Override
    protected Topic newEntity(UUID id) {
        Topic topic = new Topic();
        topic.id = id;
        return topic;
    }

    @Override
    protected void apply(Topic topic, TopicInput input) {
        topic.slug = SlugOwners.assign(Topic.class, "topic", input.slug(), input.name(), topic.id);
        String name = input.name().trim();
        boolean renamed = topic.name != null && !topic.name.equals(name);
        topic.name = name;
        topic.description = input.description();
        topic.updatedAt = Instant.now();
        if (renamed) {
            renamedEvent.fire(new TopicRenamed(topic.id));
        }
    }
}
