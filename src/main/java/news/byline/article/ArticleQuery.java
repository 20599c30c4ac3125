package news.byline.article;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.byline.article.search.TextSearch;

/** Builds the JPQL condition for an {@link ArticleFilter}: published articles, or those in one state for editors. */
final class ArticleQuery {
    private static final String NOTHING = "1 = 0";
    final String where;
    final Parameters parameters;

    ArticleQuery(String where, Parameters parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static ArticleQuery of(ArticleFilter filter, TextSearch textSearch, FilterIds ids) {
        return of(ArticleStatus.PUBLISHED, null, filter, textSearch, ids);
    }

    /** Stories in this state (and created with this key, unless null) that the filter selects: editorial listings. */
    static ArticleQuery of(ArticleStatus status, String createdBy, ArticleFilter filter, TextSearch textSearch, FilterIds ids) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = Parameters.with("status", status);
        conditions.add("a.status = :status");
        if (createdBy != null) {
            conditions.add("a.createdBy = :createdBy");
            parameters.and("createdBy", createdBy);
        }
        sections(filter.sectionPaths(), conditions, parameters);
        if (!filter.anyTopics().isEmpty()) {
            anyOf("exists (select 1 from a.topics t where t.id in :topics)", "topics", ids.topics(filter.anyTopics()),
                    conditions, parameters);
        }
        List<UUID> required = ids.topics(filter.allTopics());
        if (required.size() < filter.allTopics().size()) {
            conditions.add(NOTHING); // a required topic that does not exist
        }
        for (int i = 0; i < required.size(); i++) {
            conditions.add("exists (select 1 from a.topics r where r.id = :requiredTopic" + i + ")");
            parameters.and("requiredTopic" + i, required.get(i));
        }
        if (!filter.authorSlugs().isEmpty()) {
            anyOf("exists (select 1 from a.contributors c where c.author.id in :authors)", "authors",
                    ids.authors(filter.authorSlugs()), conditions, parameters);
        }
        if (!filter.types().isEmpty()) {
            conditions.add("a.type in :types");
            parameters.and("types", filter.types());
        }
        range("a.publishedAt", "from", filter.from(), "to", filter.to(), conditions, parameters);
        range("a.updatedAt", "updatedFrom", filter.updatedFrom(), "updatedTo", filter.updatedTo(), conditions, parameters);
        if (filter.search() != null) {
            conditions.add(textSearch.condition(filter.search(), parameters));
        }
        return new ArticleQuery(String.join(" and ", conditions), parameters);
    }

    /** Says which stories the query selects, for keeping what is derived from them. */
    String key() {
        return where + " " + parameters.map();
    }

    /** The condition on these ids, or none matches when no slug named an existing one. */
    private static void anyOf(String condition, String name, List<UUID> ids, List<String> conditions, Parameters parameters) {
        if (ids.isEmpty()) {
            conditions.add(NOTHING);
        } else {
            conditions.add(condition);
            parameters.and(name, ids);
        }
    }

    /** Each section with its subtree: its own path, or a path under it. */
    private static void sections(List<String> paths, List<String> conditions, Parameters parameters) {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            any.add("a.section.path = :section" + i + " or a.section.path like :sectionPrefix" + i);
            parameters.and("section" + i, paths.get(i)).and("sectionPrefix" + i, paths.get(i) + "/%");
        }
        if (!any.isEmpty()) {
            conditions.add("(" + String.join(" or ", any) + ")");
        }
    }

    private static void range(String field, String fromName, Object from, String toName, Object to,
                              List<String> conditions, Parameters parameters) {
        if (from != null) {
            conditions.add(field + " >= :" + fromName);
            parameters.and(fromName, from);
        }
        if (to != null) {
            conditions.add(field + " <= :" + toName);
            parameters.and(toName, to);
        }
    }
}
