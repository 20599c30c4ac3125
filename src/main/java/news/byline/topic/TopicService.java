package news.byline.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import news.byline.reference.References;
import news.byline.reference.SlugOwners;
import news.byline.web.EntityTags;
import news.byline.web.IdOrSlug;
import news.byline.web.MergePatch;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;
import news.byline.web.Slugs;

@ApplicationScoped
@Transactional
public class TopicService {
    private final EntityTags tags;
    private final MergePatch mergePatch;
    private final References references;
    private final Event<TopicRenamed> renamedEvent;

    public TopicService(EntityTags tags, MergePatch mergePatch, References references, Event<TopicRenamed> renamedEvent) {
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.references = references;
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

    public TopicView create(TopicInput input) {
        Topic topic = new Topic();
        topic.id = UUID.randomUUID();
        apply(topic, input);
        topic.persist();
        return TopicView.of(topic);
    }

    /** Import: updates the topic with this id or slug, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, TopicInput input) {
        Topic topic = id != null ? Topic.findById(id) : null;
        if (topic == null) {
            topic = Topic.find("slug", input.slug() != null ? input.slug() : Slugs.from(input.name())).firstResult();
        }
        boolean created = topic == null;
        if (created) {
            topic = new Topic();
            topic.id = id != null ? id : UUID.randomUUID();
        }
        apply(topic, input);
        if (created) {
            topic.persist();
        }
        return created;
    }

    public TopicView replace(String idOrSlug, String ifMatch, TopicInput input) {
        Topic topic = entity(idOrSlug);
        tags.requireMatch(ifMatch, () -> TopicView.of(topic));
        apply(topic, input);
        Topic.flush(); // a concurrent change surfaces here as an optimistic-lock failure (412)
        return TopicView.of(topic);
    }

    public TopicView patch(String idOrSlug, String ifMatch, String patch) throws JsonProcessingException {
        Topic topic = entity(idOrSlug);
        return replace(idOrSlug, ifMatch, mergePatch.apply(TopicInput.of(topic), patch, TopicInput.class));
    }

    public void delete(String idOrSlug, String ifMatch) {
        Topic topic = entity(idOrSlug);
        tags.requireMatch(ifMatch, () -> TopicView.of(topic));
        references.requireNone(Topic.class, topic.id, "Topic '" + topic.slug + "'");
        topic.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Topic entity(String idOrSlug) {
        Topic topic = IdOrSlug.asUuid(idOrSlug)
                .map(id -> Topic.<Topic>findById(id))
                .orElseGet(() -> Topic.find("slug", idOrSlug).firstResult());
        if (topic == null) {
            throw ProblemException.notFound("topic", idOrSlug);
        }
        return topic;
    }

    private void apply(Topic topic, TopicInput input) {
        String slug = SlugOwners.assign(Topic.class, "topic", input.slug(), input.name(), topic.id);
        topic.slug = slug;
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
