package news.byline.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Values a careless or hostile client might send, drawn by jqwik from a seeded random source: boundaries,
 * wrong types, empty and huge values, any unicode (control characters and lone surrogates included), and
 * JSON of every shape.
 */
final class FuzzValues {
    private static final int GENERATION_SIZE = 1000;
    private static final Arbitrary<String> TEXT = Arbitraries.oneOf(
            Arbitraries.of("", " ", "0", "-1", "1", "2147483648", "-9223372036854775809", "99999999999999999999", "1e309",
                    "NaN", "true", "null", "[]", "{}", "00000000-0000-0000-0000-000000000000", "c-0", "c--1", "P1000000D",
                    "9999-12-31T23:59:59Z", "0000-00-00", "..", "../../etc/passwd", "%", "%00", "' OR '1'='1",
                    "<script>alert(1)</script>", "\u0000", "\u000b", "\r\n", "😀", "é", "\uFEFF", "a,b,,", ",", ".",
                    "headline.", "jav&#x61;script:alert(1)", "//evil.example", "x".repeat(1500)),
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().ascii().ofMaxLength(200),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.longs().map(String::valueOf));
    private static final Arbitrary<Object> SCALAR = Arbitraries.oneOf(TEXT.map(text -> (Object) text),
            Arbitraries.integers().map(number -> (Object) number), Arbitraries.longs().map(number -> (Object) number),
            Arbitraries.doubles().map(number -> (Object) number), Arbitraries.of(true, false).map(flag -> (Object) flag),
            Arbitraries.just(null));

    private final Random random;
    private final RandomGenerator<String> text = TEXT.generator(GENERATION_SIZE, true);
    private final RandomGenerator<Object> scalar = SCALAR.generator(GENERATION_SIZE, true);

    FuzzValues(long seed) {
        random = new Random(seed);
    }

    String text() {
        return text.next(random).value();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T oneOf(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    byte[] bytes(int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Any JSON value, nested up to the given depth. */
    Object json(int depth) {
        int shape = depth <= 0 ? 0 : random.nextInt(4);
        if (shape == 1) {
            List<Object> list = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                list.add(json(depth - 1));
            }
            return list;
        }
        if (shape == 2) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                object.put(text(), json(depth - 1));
            }
            return object;
        }
        return scalar.next(random).value();
    }

    /** An object with the given field names (those a schema documents), each holding any JSON value. */
    Map<String, Object> objectWith(List<String> fields) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String field : fields) {
            if (chance(0.7)) {
                object.put(field, json(2));
            }
        }
        return object;
    }
}
