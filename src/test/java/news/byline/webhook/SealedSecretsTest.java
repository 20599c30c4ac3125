package news.byline.webhook;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.ADMIN;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhook signing secrets and the shared cursor key are stored sealed, never as the secret itself. */
@QuarkusTest
class SealedSecretsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aWebhookSecretIsStoredSealedAndTheCursorKeyToo() {
        String secret = "whsec-plain-text-nobody-should-find";
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/sealed", "events", List.of("*"), "secret", secret))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select secret from webhook where id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult());
        assertFalse(stored.contains(secret));
        assertTrue(stored.startsWith("enc:v1:"), stored);

        given().get("/api/v1/articles?pageSize=1").then().statusCode(200); // a page that hands out a cursor
        List<?> cursorKeys = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select secret from shared_secret").getResultList());
        assertFalse(cursorKeys.isEmpty());
        cursorKeys.forEach(key -> assertTrue(String.valueOf(key).startsWith("enc:v1:"), String.valueOf(key)));
        given().auth().oauth2(ADMIN).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
