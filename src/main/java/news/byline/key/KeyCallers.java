package news.byline.key;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import news.byline.config.BylineConfig;
import news.byline.web.pipeline.Caller;
import news.byline.web.pipeline.KeyLookup;

/**
 * Which caller a key secret stands for, remembered per instance (by hash) for a short while so that a hot
 * front end costs no database read per request, and forgotten at once when a key is revoked here.
 */
@ApplicationScoped
class KeyCallers implements KeyLookup {
    private static final int REMEMBERED = 10_000;

    private final ApiKeyService keys;
    private final Cache<String, Caller> recent;

    KeyCallers(ApiKeyService keys, BylineConfig config) {
        this.keys = keys;
        this.recent = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(config.keyRecheckAfter()).build();
    }

    @Override
    public Caller recent(String secret) {
        return recent.getIfPresent(KeySecrets.hash(secret));
    }

    @Override
    public Caller find(String secret) {
        String hash = KeySecrets.hash(secret);
        Caller caller = QuarkusTransaction.requiringNew().call(() -> keys.authenticate(hash))
                .map(holder -> new Caller(holder.role() == Role.DELIVERY ? Caller.Kind.DELIVERY : Caller.Kind.EDITORIAL,
                        holder.keyId(), holder.role().grantedRoles()))
                .orElse(Caller.refused());
        recent.put(hash, caller);
        return caller;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyService.KeyRevoked revoked) {
        recent.invalidateAll();
    }
}
