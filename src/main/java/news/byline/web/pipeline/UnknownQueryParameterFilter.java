package news.byline.web.pipeline;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.byline.web.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters that the matched operation does not declare: a misspelt filter must fail
 * loudly rather than return an unfiltered list.
 */
public class UnknownQueryParameterFilter {
    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = FilterOrder.UNKNOWN_QUERY_PARAMETERS)
    public void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(method, m -> queryParameters(contractOf(m)));
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!allowed.contains(name)) {
                throw ProblemException.invalidParameter(name, "is not a parameter of this operation; accepted: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    /** The method that carries the JAX-RS annotations: the API interface's, when the resource implements one. */
    private static Method contractOf(Method method) {
        for (Class<?> api : method.getDeclaringClass().getInterfaces()) {
            try {
                return api.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException notThisOne) {
                // the method is the resource's own
            }
        }
        return method;
    }

    /** Names from @QueryParam on the method's parameters and on the fields of its @BeanParam objects. */
    private static Set<String> queryParameters(Method method) {
        Stream<AnnotatedElement> direct = Arrays.stream(method.getParameters()).map(p -> p);
        Stream<AnnotatedElement> beanFields = Arrays.stream(method.getParameters())
                .filter(p -> p.isAnnotationPresent(BeanParam.class))
                .flatMap(p -> Arrays.stream(p.getType().getFields()));
        return Stream.concat(direct, beanFields)
                .map(element -> element.getAnnotation(QueryParam.class))
                .filter(Objects::nonNull)
                .map(QueryParam::value)
                .collect(Collectors.toUnmodifiableSet());
    }
}
