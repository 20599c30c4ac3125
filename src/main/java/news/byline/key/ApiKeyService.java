package news.byline.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;

@ApplicationScoped
@Transactional
class ApiKeyService {
    /** The name under which BYLINE_ADMIN_KEY is kept, so that it can be listed and revoked like any key. */
    static final String CONFIGURED_NAME = "BYLINE_ADMIN_KEY";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final Event<KeyRevoked> revocations;

    ApiKeyService(Event<KeyRevoked> revocations) {
        this.revocations = revocations;
    }

    public CreatedApiKey create(ApiKeyInput input) {
        return create(input, KeySecrets.newSecret());
    }

    /**
     * Keeps the configured admin key as a row (the first start that sees it), so that it can be revoked: a
     * revoked one stays revoked while the setting still names it. Answers whether it grants anything.
     */
    boolean adoptConfiguredAdmin(String secret) {
        ApiKey key = ApiKey.find("hash", KeySecrets.hash(secret)).firstResult();
        if (key == null) {
            create(new ApiKeyInput(CONFIGURED_NAME, Role.ADMIN_NAME), secret);
            return true;
        }
        return key.revokedAt == null;
    }

    private CreatedApiKey create(ApiKeyInput input, String secret) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = input.name().trim();
        key.role = input.parsedRole();
        key.prefix = KeySecrets.visiblePrefix(secret);
        key.hash = KeySecrets.hash(secret);
        key.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        key.persist();
        return new CreatedApiKey(key.id, key.name, key.role.apiName(), key.prefix, key.createdAt, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ApiKeyView> list(PageRequest page) {
        List<ApiKey> keys = ApiKey.<ApiKey>find("order by createdAt desc, id").page(page.page() - 1, page.size()).list();
        return new PageResult<>(keys, ApiKey.count(), page).map(ApiKeyView::of);
    }

    public void revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw new NotFound("API key", id.toString());
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
            revocations.fire(new KeyRevoked(id));
        }
    }

    /**
     * The holder of a secret (by its hash): its id and role, or empty when the secret is unknown or revoked. Notes
     * the use, at most once a minute per key so that reads do not turn into writes.
     */
    public Optional<KeyHolder> authenticate(String hash) {
        ApiKey key = ApiKey.find("hash = ?1 and revokedAt is null", hash).firstResult();
        if (key == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            key.lastUsedAt = now.truncatedTo(ChronoUnit.MINUTES);
        }
        return Optional.of(new KeyHolder(key.id.toString(), key.role));
    }

    /** Whether any unrevoked admin key exists. */
    public boolean hasAdmin() {
        return ApiKey.count("role = ?1 and revokedAt is null", Role.ADMIN) > 0;
    }

    /** Who is acting: the key's id and its role. */
    public record KeyHolder(String keyId, Role role) {
    }

    /** Told once the revoking transaction has committed, so that instances stop trusting what they remember. */
    public record KeyRevoked(UUID id) {
    }
}
