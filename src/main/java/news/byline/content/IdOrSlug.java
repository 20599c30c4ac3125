package news.byline.content;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Single-item routes take either a UUID or a slug; anything that is not a canonical UUID is a slug. */
public final class IdOrSlug {
    private static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private IdOrSlug() {
    }

    public static Optional<UUID> asUuid(String idOrSlug) {
        return UUID_FORM.matcher(idOrSlug).matches() ? Optional.of(UUID.fromString(idOrSlug)) : Optional.empty();
    }
}
