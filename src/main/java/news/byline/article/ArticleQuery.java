package news.byline.article;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Builds the JPQL condition for an {@link ArticleFilter}; always restricted to published articles. */
final class ArticleQuery {
    final String where;
    final Parameters parameters;

    private ArticleQuery(String where, Parameters parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static ArticleQuery of(ArticleFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = Parameters.with("published", ArticleStatus.PUBLISHED);
        conditions.add("a.status = :published");
        if (filter.sectionPath() != null) {
            conditions.add("(a.section.path = :sectionPath or a.section.path like :sectionPrefix)");
            parameters.and("sectionPath", filter.sectionPath()).and("sectionPrefix", filter.sectionPath() + "/%");
        }
        if (!filter.topicSlugs().isEmpty()) {
            conditions.add("exists (select 1 from Article t_a join t_a.topics t where t_a = a and t.slug in :topics)");
            parameters.and("topics", filter.topicSlugs());
        }
        if (!filter.authorSlugs().isEmpty()) {
            conditions.add("exists (select 1 from Article c_a join c_a.contributors c where c_a = a and c.author.slug in :authors)");
            parameters.and("authors", filter.authorSlugs());
        }
        if (!filter.types().isEmpty()) {
            conditions.add("a.type in :types");
            parameters.and("types", filter.types());
        }
        if (filter.from() != null) {
            conditions.add("a.publishedAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("a.publishedAt <= :to");
            parameters.and("to", filter.to());
        }
        return new ArticleQuery(String.join(" and ", conditions), parameters);
    }
}
