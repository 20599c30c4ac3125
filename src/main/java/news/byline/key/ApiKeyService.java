package news.byline.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.byline.config.BylineConfig;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;

@ApplicationScoped
@Transactional
public class ApiKeyService {
    /** The key configured by BYLINE_ADMIN_KEY has no row; it answers to this name. */
    public static final String CONFIGURED_ADMIN = "configured-admin-key";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final BylineConfig config;

    public ApiKeyService(BylineConfig config) {
        this.config = config;
    }

    public CreatedApiKey create(ApiKeyInput input) {
        String secret = KeySecrets.newSecret();
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
            throw ProblemException.notFound("API key", id.toString());
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
    }

    /**
     * The holder of a secret: its name and role, or empty when the secret is unknown or revoked. Notes the
     * use, at most once a minute per key so that reads do not turn into writes.
     */
    public Optional<KeyHolder> authenticate(String secret) {
        Optional<String> configured = config.adminKey().filter(k -> !k.isBlank());
        if (configured.isPresent() && KeySecrets.same(secret, configured.get())) {
            return Optional.of(new KeyHolder(CONFIGURED_ADMIN, Role.ADMIN));
        }
        ApiKey key = ApiKey.find("hash = ?1 and revokedAt is null", KeySecrets.hash(secret)).firstResult();
        if (key == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            key.lastUsedAt = now.truncatedTo(ChronoUnit.MINUTES);
        }
        return Optional.of(new KeyHolder(key.id.toString(), key.role));
    }

    /** Whether any key could administer: the configured one or an unrevoked admin key in the database. */
    public boolean hasAdmin() {
        return config.adminKey().filter(k -> !k.isBlank()).isPresent()
                || ApiKey.count("role = ?1 and revokedAt is null", Role.ADMIN) > 0;
    }

    /** Who is acting: the key's id (or the configured admin) and its role. */
    public record KeyHolder(String name, Role role) {
    }
}
