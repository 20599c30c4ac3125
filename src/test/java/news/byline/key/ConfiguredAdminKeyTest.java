package news.byline.key;

import static io.restassured.RestAssured.given;
import static news.byline.ApiKeysFixture.ADMIN;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BYLINE_ADMIN_KEY is kept like any key (so it can be revoked), must be strong, and a generated one goes to a private file. */
@QuarkusTest
class ConfiguredAdminKeyTest {
    private static final String ANOTHER_CONFIGURED = "another-configured-admin-key-0123456789";

    @Inject
    ApiKeyService keys;

    @Test
    void theConfiguredKeyIsListedAndARevokedOneStaysRevoked() {
        given().auth().oauth2(ADMIN).get("/api/v1/keys?pageSize=100").then().statusCode(200)
                .body("data.name", hasItem(ApiKeyService.CONFIGURED_NAME));
        assertTrue(keys.adoptConfiguredAdmin(ANOTHER_CONFIGURED));
        given().auth().oauth2(ANOTHER_CONFIGURED).get("/api/v1/keys").then().statusCode(200);
        String id = ApiKeyLookup.idOf(KeySecrets.hash(ANOTHER_CONFIGURED));
        given().auth().oauth2(ADMIN).delete("/api/v1/keys/" + id).then().statusCode(204);
        assertFalse(keys.adoptConfiguredAdmin(ANOTHER_CONFIGURED), "a restart with the same setting does not revive it");
        given().auth().oauth2(ANOTHER_CONFIGURED).get("/api/v1/keys").then().statusCode(401);
    }

    @Test
    void aChosenKeyMustBeLongAndVaried() {
        assertTrue(KeySecrets.weakness("admin").isPresent());
        assertTrue(KeySecrets.weakness("a".repeat(64)).isPresent());
        assertTrue(KeySecrets.weakness("abababababababababababababababab12").isPresent());
        assertEquals(Optional.empty(), KeySecrets.weakness(ANOTHER_CONFIGURED));
        assertEquals(Optional.empty(), KeySecrets.weakness(KeySecrets.newSecret()));
    }
}
