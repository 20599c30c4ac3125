package news.byline.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.byline.author.Author;
import news.byline.collection.CollectionItem;
import news.byline.collection.CuratedList;
import news.byline.popularity.PageViewBucket;
import news.byline.popularity.PopularityService;
import news.byline.section.Section;
import news.byline.topic.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unpublished articles do not exist for any public route, however they are reached. */
@QuarkusTest
class DraftVisibilityTest {
    private static final String DRAFT = "secret-draft-about-niger";
    private static final String ARCHIVED = "archived-story-about-niger";
    private static final String PUBLISHED = "published-story-pointing-at-a-draft";
    private static final String COLLECTION = "draft-visibility-test";

    @Inject
    PopularityService popularity;

    @BeforeEach
    void createDraftsAndReferencesToThem() {
        QuarkusTransaction.requiringNew().run(() -> {
            Article draft = article(DRAFT, ArticleStatus.DRAFT);
            Article archived = article(ARCHIVED, ArticleStatus.ARCHIVED);
            Article published = article(PUBLISHED, ArticleStatus.PUBLISHED);
            published.related.addAll(List.of(draft, archived));
            CuratedList collection = new CuratedList();
            collection.id = UUID.randomUUID();
            collection.slug = COLLECTION;
            collection.title = "Draft visibility";
            collection.updatedAt = Instant.now();
            collection.items.addAll(List.of(CollectionItem.article(draft, null), CollectionItem.article(published, null),
                    CollectionItem.article(archived, null)));
            collection.persist();
            popularity.addViews(draft.id, Instant.now(), 1_000_000);
            popularity.addViews(archived.id, Instant.now(), 1_000_000);
        });
    }

    @AfterEach
    void removeThem() {
        QuarkusTransaction.requiringNew().run(() -> {
            CuratedList.delete("slug", COLLECTION);
            for (String slug : List.of(PUBLISHED, DRAFT, ARCHIVED)) {
                Article article = Article.find("slug", slug).firstResult();
                PageViewBucket.delete("key.articleId", article.id);
                article.delete();
            }
        });
    }

    @Test
    void unpublishedArticlesAreNotFound() {
        for (String slug : List.of(DRAFT, ARCHIVED)) {
            given().get("/api/v1/articles/" + slug).then().statusCode(404);
            given().post("/api/v1/articles/" + slug + "/views").then().statusCode(404);
        }
    }

    @Test
    void unpublishedArticlesAreInNoList() {
        for (String route : List.of("/api/v1/articles", "/api/v1/articles?section=news/world/africa",
                "/api/v1/articles?topic=niger", "/api/v1/articles?author=chris-ewokor", "/api/v1/articles?type=analysis",
                "/api/v1/sections/news/world/africa/articles", "/api/v1/topics/niger/articles",
                "/api/v1/authors/chris-ewokor/articles")) {
            given().get(route).then().statusCode(200)
                    .body("data.slug", not(hasItem(DRAFT)))
                    .body("data.slug", not(hasItem(ARCHIVED)));
        }
        given().get("/api/v1/articles").then().body("data.slug", hasItem(PUBLISHED));
    }

    @Test
    void unpublishedArticlesAreNeitherRelatedNorCollectedNorMostRead() {
        given().get("/api/v1/articles/" + PUBLISHED).then().statusCode(200)
                .body("related.slug", not(hasItem(DRAFT)))
                .body("related.slug", not(hasItem(ARCHIVED)));
        given().get("/api/v1/collections/" + COLLECTION).then().statusCode(200)
                .body("items.article.slug", contains(PUBLISHED));
        given().queryParam("limit", 50).get("/api/v1/most-read").then().statusCode(200)
                .body("data.article.slug", not(hasItem(DRAFT)))
                .body("data.article.slug", not(hasItem(ARCHIVED)));
    }

    @Test
    void unpublishedArticlesAreNeitherFoundBySearchNorInFeedsOrSitemaps() {
        for (String q : List.of("readers", "niger", "Headline of")) {
            given().queryParam("q", q).queryParam("pageSize", 100).get("/api/v1/articles").then().statusCode(200)
                    .body("data.slug", not(hasItem(DRAFT)))
                    .body("data.slug", not(hasItem(ARCHIVED)));
        }
        given().queryParam("q", "readers").get("/api/v1/articles").then().body("data.slug", hasItem(PUBLISHED));
        for (String route : List.of("/api/v1/feeds/rss", "/api/v1/feeds/atom", "/api/v1/feeds/json?topic=niger",
                "/sitemaps/articles-1.xml", "/sitemaps/news.xml")) {
            String document = given().get(route).then().statusCode(200).extract().asString();
            assertFalse(document.contains(DRAFT) || document.contains(ARCHIVED), route);
            assertTrue(document.contains(PUBLISHED), route);
        }
    }

    private static Article article(String slug, ArticleStatus status) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.slug = slug;
        article.type = ArticleType.ANALYSIS;
        article.status = status;
        article.headline = "Headline of " + slug;
        article.summary = "Summary of " + slug;
        article.body = "[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Not for readers yet.\"}]}]";
        article.wordCount = 4;
        article.bodyText = "Not for readers yet.";
        article.section = Section.find("path", "news/world/africa").firstResult();
        article.topics.add(Topic.find("slug", "niger").firstResult());
        article.contributors.add(new Contribution(Author.find("slug", "chris-ewokor").firstResult(), "Abuja", null));
        article.searchKeywords = article.keywords();
        article.publishedAt = Instant.now();
        article.firstPublishedAt = article.publishedAt;
        article.createdAt = article.publishedAt;
        article.updatedAt = article.publishedAt;
        article.persist();
        return article;
    }
}
