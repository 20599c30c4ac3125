package news.byline.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import news.byline.domain.TextRules;

/** Refuses the control characters no text may hold ({@link TextRules}) in JSON strings, with a 400 naming the field. */
@Singleton
public class ControlFreeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("byline-control-free-strings").addDeserializer(String.class, new Deserializer()));
    }

    /** Thrown for a string holding such a character; the problem mapper names the field and the character. */
    public static final class ControlCharacterException extends InvalidFormatException {
        private final int character;

        ControlCharacterException(JsonParser parser, String value, int character) {
            super(parser, "String contains the control character " + TextRules.codePoint(character), value, String.class);
            this.character = character;
        }

        public int character() {
            return character;
        }
    }

    private static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            int control = value == null ? -1 : TextRules.forbiddenControl(value);
            if (control >= 0) {
                throw new ControlCharacterException(parser, value, control);
            }
            return value;
        }
    }
}
