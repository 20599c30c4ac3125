package news.byline.web.route;

import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One operation as its {@code …Api} method declares it: method and path template (as a regular expression over
 * the raw path), what it shows, its rate-limit class and body limit, and whether its resource requires a key.
 *
 * @param resource  the resource class that answers it
 * @param operation the resource's method that answers it
 * @param shows     null when the operation declares nothing
 * @param bodyLimit null for JSON bodies (or none)
 */
public record Route(String method, String template, Pattern pattern, Class<?> resource, Method operation, Shows shows,
                    RateClass rateClass, BodyLimit.Kind bodyLimit, boolean requiresKey) {

    public boolean matches(String httpMethod, String path) {
        return method.equals(httpMethod) && pattern.matcher(path).matches();
    }

    public boolean isPublicRead() {
        return HttpMethod.GET.equals(method) && !requiresKey;
    }

    String signature() {
        return signature(resource, operation.getName(), operation.getParameterTypes());
    }

    /** How a resource method is told apart at request time (from {@code ResourceInfo}). */
    static String signature(Class<?> resource, String name, Class<?>[] parameterTypes) {
        return resource.getName() + "#" + name + Arrays.toString(parameterTypes);
    }

    /** The regular expression of a JAX-RS path template: {name} is one segment, {name: regex} its regex. */
    static Pattern patternOf(String template) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = closing(template, i);
                String parameter = template.substring(i + 1, end);
                int colon = parameter.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : parameter.substring(colon + 1).strip()).append(')');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static int closing(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            depth += template.charAt(i) == '{' ? 1 : template.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed parameter in " + template);
    }
}
