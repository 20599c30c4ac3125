package news.byline.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The methods a path answers, read once from the resources' JAX-RS annotations (on their {@code …Api}
 * interfaces): those of every template that matches it, since RESTEasy Reactive tries a method on each
 * matching resource in turn. Gives the Allow header of 405 and OPTIONS answers.
 */
@Singleton
public class AllowedMethods {
    private volatile List<Route> routes;

    /** The methods allowed at this path (with HEAD for GET, and OPTIONS), or empty when no route has it. */
    public Optional<String> at(String path) {
        Set<String> methods = routes().stream().filter(route -> route.pattern.matcher(path).matches())
                .map(Route::method).collect(Collectors.toCollection(TreeSet::new));
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    /**
     * OPTIONS names what the path really answers (by itself, JAX-RS names every method of the resource
     * class). CORS preflights never get here: the CORS handler answers them first.
     */
    @ServerRequestFilter(preMatching = true)
    public Optional<RestResponse<Void>> answerOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Optional.empty();
        }
        String allow = at(request.getUriInfo().getRequestUri().getRawPath()).orElseThrow(NotFoundException::new);
        return Optional.of(RestResponse.ResponseBuilder.<Void>noContent().header(HttpHeaders.ALLOW, allow).build());
    }

    private List<Route> routes() {
        if (routes == null) {
            routes = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(bean -> bean.getBeanClass()).distinct().flatMap(AllowedMethods::routesOf).toList();
        }
        return routes;
    }

    private static Stream<Route> routesOf(Class<?> resource) {
        List<Class<?>> declaring = new ArrayList<>(Arrays.asList(resource.getInterfaces()));
        declaring.add(resource);
        String root = declaring.stream().map(type -> type.getAnnotation(Path.class)).filter(p -> p != null)
                .map(Path::value).findFirst().orElse(null);
        if (root == null) {
            return Stream.empty();
        }
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : declaring) {
            for (Method method : type.getDeclaredMethods()) {
                httpMethodOf(method).ifPresent(verb -> {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(Route.of(join(root, sub == null ? "" : sub.value()), verb));
                });
            }
        }
        return routes.stream();
    }

    private static Optional<String> httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String root, String sub) {
        String path = "/" + root + "/" + sub;
        path = path.replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** One method at one path template, as a regular expression. */
    private record Route(Pattern pattern, String method) {

        static Route of(String template, String method) {
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
            return new Route(Pattern.compile(regex.toString()), method);
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
}
