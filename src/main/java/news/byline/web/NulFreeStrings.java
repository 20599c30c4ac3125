package news.byline.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses NUL characters (U+0000) in JSON strings with a 400 naming the field: PostgreSQL cannot store
 * them in text, so they would otherwise fail the write with a 500, and no content needs one.
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("byline-nul-free-strings").addDeserializer(String.class, new Deserializer()));
    }

    /** Thrown for a string holding a NUL; the problem mapper names the field. */
    public static final class NulCharacterException extends InvalidFormatException {
        NulCharacterException(JsonParser parser, String value) {
            super(parser, "String contains a NUL character", value, String.class);
        }
    }

    private static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(parser, value);
            }
            return value;
        }
    }
}
