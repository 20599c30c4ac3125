package news.byline.key;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/** Reads what the database holds for a key, to prove no secret is stored. */
final class ApiKeyLookup {
    private ApiKeyLookup() {
    }

    static String hashOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>findById(UUID.fromString(id)).hash);
    }

    static String idOf(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>find("hash", hash).firstResult().id.toString());
    }
}
