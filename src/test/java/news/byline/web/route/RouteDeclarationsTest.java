package news.byline.web.route;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import news.byline.cache.DerivedData;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.cache.TransactionPurges;
import org.junit.jupiter.api.Test;

/**
 * What a route shows, costs and accepts is declared on its operation and read from there: every public read
 * declares what it shows, the declaration reaches the Surrogate-Key header, and no purge can be named by a
 * string (list keys are {@link ListKey} constants, entity keys ids).
 */
@QuarkusTest
class RouteDeclarationsTest {

    @Inject
    Routes routes;

    @Test
    void everyPublicReadDeclaresWhatItShows() {
        List<Route> publicReads = routes.all().stream().filter(Route::isPublicRead).toList();
        assertTrue(publicReads.size() >= 20, "public reads found: " + publicReads.size());
        List<String> undeclared = publicReads.stream().filter(route -> route.shows() == null)
                .map(route -> route.method() + " " + route.template()).toList();
        assertEquals(List.of(), undeclared, "public GET routes that declare nothing (@Shows on their …Api method)");
    }

    @Test
    void readsThatNeedAKeyAreNotPublic() {
        assertTrue(routes.all().stream().anyMatch(route -> route.template().equals("/api/v1/export") && route.requiresKey()));
        assertTrue(routes.all().stream().anyMatch(route -> route.template().equals("/api/v1/webhooks") && route.requiresKey()));
        assertTrue(routes.all().stream().anyMatch(route -> route.template().equals("/api/v1/topics") && route.isPublicRead()));
    }

    @Test
    void theDeclaredListsReachTheSurrogateKeyHeader() {
        assertEquals(Set.of(ListKey.TOPICS.key()), listKeys("/api/v1/topics"));
        assertEquals(Set.of(ListKey.NAVIGATION.key()), listKeys("/api/v1/navigation"));
        assertEquals(Set.of(ListKey.ARTICLES.key()), listKeys("/api/v1/articles"));
        assertEquals(Set.of(ListKey.ARTICLES.key(), ListKey.ARTICLE_TEXT.key()), listKeys("/api/v1/articles?q=niger"));
        assertEquals(Set.of(ListKey.ARTICLES.key(), ListKey.ARTICLE_TEXT.key()), listKeys("/api/v1/articles?sort=-updatedAt"));
        assertEquals(Set.of(ListKey.ARTICLES.key()), listKeys("/api/v1/articles?sort=-publishedAt"));
        assertEquals(Set.of(ListKey.ARTICLES.key(), ListKey.SECTIONS.key()), listKeys("/api/v1/sections/news/articles"));
        assertEquals(Set.of(ListKey.SECTIONS.key()), listKeys("/api/v1/sections/news"));
        assertEquals(Set.of(), listKeys("/api/v1/topics/niger"), "a detail shows what it names by id");
    }

    @Test
    void theBeaconIsTheOneAnonymousWriteAndUploadsDeclareTheirLimit() {
        assertEquals(List.of("POST /api/v1/articles/{idOrSlug}/views"), routes.all().stream()
                .filter(route -> route.rateClass() == RateClass.ANONYMOUS_WRITE).map(r -> r.method() + " " + r.template()).toList());
        assertEquals(RateClass.ANONYMOUS_WRITE, routes.rateClass("POST", "/api/v1/articles/some-story/views"));
        assertEquals(RateClass.WRITE, routes.rateClass("POST", "/api/v1/articles"));
        assertEquals(RateClass.READ, routes.rateClass("GET", "/api/v1/articles/some-story/views"));
        assertEquals(List.of("POST /api/v1/images"), routes.taking(BodyLimit.Kind.IMAGE_UPLOAD).stream()
                .map(r -> r.method() + " " + r.template()).toList());
    }

    /** Purges take list keys and ids only, so a key cannot be written as a string literal anywhere. */
    @Test
    void noPurgeCanBeNamedByAString() {
        for (Method method : PurgeKeys.class.getMethods()) {
            assertFalse(Arrays.asList(method.getParameterTypes()).contains(String.class), "PurgeKeys." + method.getName());
        }
        for (Method method : TransactionPurges.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                assertFalse(Arrays.stream(method.getParameterTypes()).anyMatch(type -> type == String.class || type == String[].class),
                        "TransactionPurges." + method.getName());
            }
        }
        for (Constructor<?> constructor : DerivedData.class.getConstructors()) {
            for (Type parameter : constructor.getGenericParameterTypes()) {
                if (parameter instanceof ParameterizedType set) {
                    assertEquals(ListKey.class, set.getActualTypeArguments()[0], "DerivedData is purged by list keys");
                }
            }
        }
    }

    private static Set<String> listKeys(String path) {
        String header = given().get(path).then().statusCode(200).extract().header("Surrogate-Key");
        Set<String> lists = new java.util.TreeSet<>();
        for (String key : header.split(" ")) {
            if (Arrays.stream(ListKey.values()).anyMatch(list -> list.key().equals(key))) {
                lists.add(key);
            }
        }
        return lists;
    }
}
