package news.byline.web.route;

import io.quarkus.arc.Arc;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every operation the resources answer, read once from their JAX-RS annotations and from what their {@code …Api}
 * methods declare ({@link Shows}, {@link Budget}, {@link BodyLimit}; who may call it from {@link RolesAllowed} on
 * the resource). The shared layer asks here what a route shows, costs and accepts, never the URL.
 */
@Singleton
public class Routes {
    private volatile Catalog catalog;

    public List<Route> all() {
        return catalog().routes();
    }

    /** The route a resource method answers (as a response filter's ResourceInfo names it). */
    public Optional<Route> answeredBy(Class<?> resource, Method method) {
        return Optional.ofNullable(catalog().bySignature().get(Route.signature(resource, method.getName(), method.getParameterTypes())));
    }

    /** The routes of any method whose template matches this raw path. */
    public Stream<Route> at(String path) {
        return all().stream().filter(route -> route.pattern().matcher(path).matches());
    }

    /** The rate-limit class of a request: as its route declares it, else as its method says. */
    public RateClass rateClass(String method, String path) {
        for (Route route : catalog().declaredBudgets()) {
            if (route.matches(method, path)) {
                return route.rateClass();
            }
        }
        return byMethod(method);
    }

    /** The routes that take this kind of body. */
    public List<Route> taking(BodyLimit.Kind body) {
        return all().stream().filter(route -> route.bodyLimit() == body).toList();
    }

    private Catalog catalog() {
        if (catalog == null) {
            List<Route> routes = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(bean -> bean.getBeanClass()).distinct().flatMap(Routes::routesOf).toList();
            catalog = new Catalog(routes,
                    routes.stream().collect(Collectors.toUnmodifiableMap(Route::signature, Function.identity(), (a, b) -> a)),
                    routes.stream().filter(route -> route.rateClass() != byMethod(route.method())).toList());
        }
        return catalog;
    }

    private static RateClass byMethod(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                ? RateClass.READ : RateClass.WRITE;
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
                httpMethodOf(method).ifPresent(verb -> routes.add(route(resource, root, method, verb)));
            }
        }
        return routes.stream();
    }

    private static Route route(Class<?> resource, String root, Method declared, String verb) {
        Path sub = declared.getAnnotation(Path.class);
        String template = join(root, sub == null ? "" : sub.value());
        Method operation = implementation(resource, declared);
        Budget budget = declared.getAnnotation(Budget.class);
        BodyLimit body = declared.getAnnotation(BodyLimit.class);
        boolean requiresKey = operation.isAnnotationPresent(RolesAllowed.class) || resource.isAnnotationPresent(RolesAllowed.class);
        return new Route(verb, template, Route.patternOf(template), resource, operation, declared.getAnnotation(Shows.class),
                budget == null ? byMethod(verb) : budget.value(), body == null ? null : body.value(), requiresKey);
    }

    private static Method implementation(Class<?> resource, Method declared) {
        try {
            return resource.getMethod(declared.getName(), declared.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return declared;
        }
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

    /** What is read once: the routes, by resource method, and those counted otherwise than their method says. */
    private record Catalog(List<Route> routes, Map<String, Route> bySignature, List<Route> declaredBudgets) {
    }
}
