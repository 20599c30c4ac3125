package news.byline.article.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes the stored JSON form of an article body. */
@ApplicationScoped
public class BodyCodec {
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public BodyCodec(ObjectMapper json) {
        this.json = json;
    }

    public List<Block> read(String stored) {
        try {
            return json.readValue(stored, BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored article body is not valid block JSON", e);
        }
    }

    public String write(List<Block> blocks) {
        try {
            return json.writerFor(BLOCKS).writeValueAsString(blocks);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Article body cannot be written as JSON", e);
        }
    }
}
