package news.byline.web.route;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import news.byline.cache.ListKey;

/**
 * What a public read shows, declared on its {@code …Api} method: the entities its JSON names by id are found in
 * the answer itself; the lists it shows are named here, so that an item new to them (which no id in the answer
 * names yet) purges it. Every public GET route declares it ({@code RouteDeclarationsTest}); read once at start-up
 * by {@link Routes}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Shows {

    /** The lists the answer shows; none for an answer that shows only what it names by id. */
    ListKey[] value() default {};

    /**
     * Query parameters after which the answer's membership or order follows text or update time, as
     * {@code name} (any value) or {@code name=value}: with one of them, it also shows {@link ListKey#ARTICLE_TEXT}.
     */
    String[] textWhen() default {};
}
