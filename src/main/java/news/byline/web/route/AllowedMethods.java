package news.byline.web.route;

import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The methods a path answers, from the {@link Routes}: those of every template that matches it, since
 * RESTEasy Reactive tries a method on each matching resource in turn. Gives the Allow header of 405 and
 * OPTIONS answers ({@code web.pipeline.OptionsAnswer}).
 */
@Singleton
public class AllowedMethods {
    private final Routes routes;

    public AllowedMethods(Routes routes) {
        this.routes = routes;
    }

    /** The methods allowed at this path (with HEAD for GET, and OPTIONS), or empty when no route has it. */
    public Optional<String> at(String path) {
        Set<String> methods = routes.at(path).map(Route::method).collect(Collectors.toCollection(TreeSet::new));
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }
}
