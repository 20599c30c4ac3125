package news.byline.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import news.byline.content.ContentWrites;
import news.byline.content.SlugOwners;
import news.byline.content.Slugs;
import news.byline.domain.Changes;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;

/** Topics: the shared write steps, with a rename passed on to what was derived from the name. */
@ApplicationScoped
@Transactional
public class TopicService {
    private final ContentWrites writes;
    private final Event<TopicRenamed> renamedEvent;

    public TopicService(ContentWrites writes, Event<TopicRenamed> renamedEvent) {
        this.writes = writes;
        this.renamedEvent = renamedEvent;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<TopicView> list(PageRequest page) {
        var topics = Topic.<Topic>find("order by name, id").page(page.page() - 1, page.size()).list();
        return new PageResult<>(topics, Topic.count(), page).map(TopicView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicView find(String idOrSlug) {
        return TopicView.of(entity(idOrSlug));
    }

    /** The topic with this id or slug, or {@code NotFound}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Topic entity(String idOrSlug) {
        return writes.byIdOrSlug(Topic.class, ContentKind.TOPIC, idOrSlug);
    }

    public Versioned<TopicView> create(TopicInput input) {
        Topic topic = newTopic(UUID.randomUUID());
        apply(topic, input);
        topic.persist();
        return writes.written(ContentKind.TOPIC, ContentAction.CREATED, topic, () -> TopicView.of(topic));
    }

    /** Import: updates the topic with this id or slug, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, TopicInput input) {
        var target = writes.importTarget(Topic.class, id, () -> writes.bySlug(Topic.class, slugOf(input)), TopicService::newTopic);
        return writes.imported(ContentKind.TOPIC, target, topic -> apply(topic, input), TopicView::of);
    }

    public Versioned<TopicView> replace(String idOrSlug, Precondition precondition, TopicInput input) {
        Topic topic = entity(idOrSlug);
        writes.require(precondition, topic, () -> TopicView.of(topic));
        apply(topic, input);
        return writes.written(ContentKind.TOPIC, ContentAction.UPDATED, topic, () -> TopicView.of(topic));
    }

    public Versioned<TopicView> patch(String idOrSlug, Precondition precondition, Changes<TopicInput> changes)
            throws JsonProcessingException {
        return replace(idOrSlug, precondition, changes.applyTo(TopicInput.of(entity(idOrSlug))));
    }

    public void delete(String idOrSlug, Precondition precondition) {
        Topic topic = entity(idOrSlug);
        writes.require(precondition, topic, () -> TopicView.of(topic));
        writes.delete(ContentKind.TOPIC, topic);
    }

    private static Topic newTopic(UUID id) {
        Topic topic = new Topic();
        topic.id = id;
        return topic;
    }

    private static String slugOf(TopicInput input) {
        return input.slug() != null ? input.slug() : Slugs.from(input.name());
    }

    private void apply(Topic topic, TopicInput input) {
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
