package news.byline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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
     * The tag of an entity's own state, its id and version: it changes when the entity is written, not when
     * what it shows does (related stories, sub-sections, listed stories). Writes and previews hand it out.
     */
    public static String ofVersion(UUID id, long version) {
        return of((id + "/" + version).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fails with 412 unless the If-Match header (when sent) names the current representation's tag.
     * No header means an unconditional write.
     */
    public void requireMatch(String ifMatch, Supplier<Object> currentView) {
        if (!unconditional(ifMatch) && !listed(ifMatch).contains(of(currentView.get()))) {
            throw ProblemException.preconditionFailed();
        }
    }

    /**
     * Fails with 412 unless the If-Match header (when sent) names the entity's version tag or, for a client
     * that kept the ETag of a public read, the current representation's tag (rendered only then).
     */
    public void requireMatch(String ifMatch, UUID id, long version, Supplier<Object> currentView) {
        if (!unconditional(ifMatch) && !listed(ifMatch).contains(ofVersion(id, version))) {
            requireMatch(ifMatch, currentView);
        }
    }

    private static boolean unconditional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*");
    }

    private static List<String> listed(String ifMatch) {
        return Arrays.stream(ifMatch.split(",")).map(String::trim).toList();
    }
}
