package news.byline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Strong entity tags: a digest of the exact JSON a client receives. Reads send them; writes compare a
 * client's If-Match with the tag of the current representation.
 */
@ApplicationScoped
public class EntityTags {
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
     * Fails with 412 unless the If-Match header (when sent) names the current representation's tag.
     * No header means an unconditional write.
     */
    public void requireMatch(String ifMatch, Supplier<Object> currentView) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentView.get());
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(current::equals);
        if (!matches) {
            throw ProblemException.preconditionFailed();
        }
    }
}
