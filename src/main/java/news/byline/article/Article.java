package news.byline.article;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.byline.article.body.Block;
import news.byline.article.body.BodyRenderer;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.content.ContentEntity;
import news.byline.content.IdOrSlug;
import news.byline.event.Streamed;
import news.byline.image.Image;
import news.byline.section.Section;
import news.byline.topic.Topic;

/** A story with its byline, structured body, lead image, section, topics and curated related stories. */
@Entity
public class Article extends ContentEntity implements Streamed {
    private static final int MAX_KEYWORDS = 4000;
    /** What decides which lists show a story, and where. */
    private static final Set<String> LIST_MEMBERSHIP =
            Set.of("status", "section", "publishedAt", "type", "topics", "contributors");

    public String slug;
    @Enumerated(EnumType.STRING)
    public ArticleType type;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    public String headline;
    public String summary;
    /** The body blocks as JSON; lazy so that list pages never read it. */
    @Basic(fetch = FetchType.LAZY)
    public String body;
    @Column(name = "word_count")
    public int wordCount;
    /** The body as plain text, for full-text search and its snippets; lazy like the body. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text")
    public String bodyText;
    /** The names of the topics and contributors, so that searching a name finds the stories it tags or wrote. */
    @Column(name = "search_keywords")
    public String searchKeywords;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_image_id")
    public Image leadImage;
    @Column(name = "lead_image_caption")
    public String leadImageCaption;
    @Column(name = "lead_image_credit")
    public String leadImageCredit;

    @Column(name = "byline_text")
    public String bylineText;
    @Column(name = "byline_organisation")
    public String bylineOrganisation;

    @ManyToMany
    @JoinTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    public List<Topic> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_contributor", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<Contribution> contributors = new ArrayList<>();

    /** The images the body shows, kept with the body: what an image delete asks instead of reading bodies. */
    @ElementCollection
    @CollectionTable(name = "article_body_image", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "image_id")
    public Set<UUID> bodyImageIds = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_article_id"))
    @OrderColumn(name = "position")
    public List<Article> related = new ArrayList<>();

    @Column(name = "canonical_url")
    public String canonicalUrl;
    @Column(name = "share_url")
    public String shareUrl;

    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "first_published_at")
    public Instant firstPublishedAt;
    /** When a scheduled article goes live. */
    @Column(name = "publish_at")
    public Instant publishAt;
    /** The key that created the article: contributors may edit only their own drafts. */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    /** A live page's coverage: null on other stories (and on a live page no editor has set yet: upcoming). */
    @Enumerated(EnumType.STRING)
    @Column(name = "coverage_status")
    public CoverageStatus coverageStatus;
    @Column(name = "coverage_start")
    public Instant coverageStart;
    @Column(name = "coverage_end")
    public Instant coverageEnd;
    /** A live page's key points, as a JSON array of strings. */
    @Column(name = "key_points")
    public String keyPoints;
    /** Kept by the live page's posts (their service writes them with one update): never edited directly. */
    @Column(name = "pinned_post_id")
    public UUID pinnedPostId;
    @Column(name = "live_post_count")
    public int livePostCount;
    @Column(name = "last_post_at")
    public Instant lastPostAt;
    /** The status as last read from or announced to the database: what a change of status is measured from. */
    @Transient
    public ArticleStatus statusAnnounced;

    /** Images the body stopped showing in this transaction: a published story may have been what made them public. */
    @Transient
    private final Set<UUID> imagesDropped = new HashSet<>();

    @PostLoad
    void rememberStatus() {
        statusAnnounced = status;
    }

    /**
     * Stores the body (JSON and blocks of the same content) with what is derived from it and from the
     * topics and byline already set: word count and the text that search reads.
     */
    public void writeBody(String json, List<Block> blocks) {
        body = json;
        wordCount = BodyRenderer.wordCount(blocks);
        bodyText = BodyRenderer.text(blocks);
        searchKeywords = keywords();
        List<UUID> imageIds = Block.imageIds(blocks);
        bodyImageIds.stream().filter(shown -> !imageIds.contains(shown)).forEach(imagesDropped::add);
        bodyImageIds.retainAll(imageIds);
        bodyImageIds.addAll(imageIds);
    }

    /** The names of the topics and contributors, as search should read them now. */
    public String keywords() {
        return keywords(topics.stream().map(t -> t.name).toList(), contributors.stream().map(c -> c.author.name).toList());
    }

    /** Topic names in order, then contributor names, each once, within the column's size. */
    public static String keywords(List<String> topicNames, List<String> contributorNames) {
        String names = Stream.concat(topicNames.stream(), contributorNames.stream())
                .distinct().collect(Collectors.joining(" \u00b7 "));
        return names.length() <= MAX_KEYWORDS ? names : names.substring(0, MAX_KEYWORDS);
    }

    /** An article by id or slug in any state, with its section and lead image; null when there is none. */
    public static Article byIdOrSlug(String idOrSlug) {
        Optional<UUID> id = IdOrSlug.asUuid(idOrSlug);
        return Article.<Article>find(ArticleSummaries.SUMMARY_FROM + "where a." + (id.isPresent() ? "id" : "slug") + " = ?1",
                id.isPresent() ? id.get() : idOrSlug).firstResult();
    }

    /** A live page's events (published, unpublished, its key points…) are also its stream's. */
    @Override
    public UUID streamId() {
        return type == ArticleType.LIVE ? id : null;
    }

    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED;
    }

    @Override
    public String handle() {
        return slug;
    }

    /**
     * Pages that show the story. When it enters, leaves or moves within lists (state, section, time, type,
     * topics, byline), every article list, and the stories whose related stories may now include it: those
     * sharing a topic, whose pages name the topic. A public story removed is read before it goes: its topics
     * name the pages whose related stories it was among. Nothing links to a story in a way that makes it public.
     */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        if (change.unlinked()) {
            return;
        }
        keys.add(id);
        if (change.removed()) {
            if (isPublic()) {
                keys.add(ListKey.ARTICLES);
                keys.add(ListKey.ARTICLE_TEXT);
                topics.forEach(topic -> keys.add(topic.id));
                bodyImageIds.forEach(keys::add);
            }
            return;
        }
        if (!isPublic() && !change.touched("status")) {
            return; // a draft: nothing public shows it
        }
        keys.add(ListKey.ARTICLE_TEXT);
        imageKeys(change, keys);
        if (LIST_MEMBERSHIP.stream().anyMatch(change::touched)) {
            keys.add(ListKey.ARTICLES);
            keys.addAfterFlush(() -> getEntityManager()
                    .createQuery("select t.id from Article a join a.topics t where a.id = :id", UUID.class)
                    .setParameter("id", id).getResultList());
        }
    }

    /**
     * The images that may have stopped being public: all the story shows when it stops being public, those
     * its body dropped otherwise (a lead image replaced is named by the link itself). Images becoming public
     * need no purge: nothing keeps a 404.
     */
    private void imageKeys(Change change, PurgeKeys keys) {
        imagesDropped.forEach(keys::add);
        imagesDropped.clear();
        if (change.touched("status") && !isPublic()) {
            if (leadImage != null) {
                keys.add(leadImage.id);
            }
            keys.addAfterFlush(() -> getEntityManager()
                    .createQuery("select i from Article a join a.bodyImageIds i where a.id = :id", UUID.class)
                    .setParameter("id", id).getResultList());
        }
    }
}
