package news.byline.web.conditional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import news.byline.domain.Precondition;
import news.byline.domain.StaleVersion;
import news.byline.domain.Version;

/**
 * Strong entity tags: a digest of the exact JSON a client receives. Reads send them; writes compare a
 * client's If-Match with the tag of the current representation.
 */
@ApplicationScoped
public class EntityTags {
    /** What an If-Match header carries, for the documentation of every conditional write. */
    public static final String IF_MATCH = "ETag of the version you edited, as a write response (or an article's ?preview=true "
            + "read) handed it out: writes compare the entity's own version, which changes only when it is written. The ETag "
            + "of a public read also works until anything its answer shows changes (a story's related stories, a section's "
            + "children, an author's portrait). A different current version answers 412.";
    /** An ETag as the examples show it. */
    public static final String EXAMPLE = "\"4eWQ91HrvbV16AT4pekLenEs\"";
    private final ObjectMapper json;

    public EntityTags(ObjectMapper json) {
        this.json = json;
    }

    public byte[] serialize(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + view.getClass().getSimpleName(), e);
        }
    }

    public String of(Object view) {
        return of(serialize(view));
    }

    public static String of(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tag of an entity's own state (its id and version, or the key of stored bytes): it changes when the
     * entity is written, not when what it shows does (related stories, sub-sections, listed stories). Writes
     * and previews hand it out.
     */
    public static String of(Version version) {
        return of(version.token().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What an If-Match header asks of a write: nothing when absent, blank or {@code *}; otherwise that one of
     * the listed tags is the entity's version tag or, for a client that kept the ETag of a public read, the
     * current representation's tag (rendered only then).
     */
    public Precondition precondition(IfMatch ifMatch) {
        String header = ifMatch == null ? null : ifMatch.value;
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return Precondition.NONE;
        }
        List<String> listed = Arrays.stream(header.split(",")).map(String::trim).toList();
        return (current, view) -> {
            if (!listed.contains(of(current)) && !listed.contains(of(view.get()))) {
                throw new StaleVersion();
            }
        };
    }
}
