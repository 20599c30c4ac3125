package news.byline.article;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import news.byline.key.Callers;
import news.byline.key.Role;
import news.byline.web.conditional.PreviewParam;
import news.byline.web.conditional.PrivateAnswers;
import news.byline.web.conditional.VersionedResponses;
import news.byline.web.paging.FieldSelection;
import news.byline.web.paging.ListEnvelope;
import news.byline.web.paging.QueryParams;
import news.byline.web.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

public class ArticleResource implements ArticlesApi {
    private final ArticleService articles;
    private final ArticleLists lists;
    private final ArticlePreviews previews;
    private final ArticleWorklist worklist;
    private final SecurityIdentity identity;

    public ArticleResource(ArticleService articles, ArticleLists lists, ArticlePreviews previews, ArticleWorklist worklist,
                           SecurityIdentity identity) {
        this.articles = articles;
        this.lists = lists;
        this.previews = previews;
        this.worklist = worklist;
        this.identity = identity;
    }

    @Override
    public RestResponse<ListEnvelope<ArticleSummary>> list(List<String> section, List<String> topic, List<String> author,
                                                           String status, ArticleListParams params, UriInfo uri) {
        ArticleFilter filter = ArticleListParams.withTopicValues(params.filter(), topic)
                .withSections(ArticleListParams.values(section))
                .withAuthors(ArticleListParams.values(author));
        if (status == null) {
            return RestResponse.ok(lists.respond(params, filter, uri));
        }
        ArticleStatus state = QueryParams.choice("status", status, ArticleStatus.class, null);
        requireEditorialKey();
        if (params.cursor != null || params.sort != null) {
            throw ProblemException.invalidParameter(params.cursor != null ? "cursor" : "sort",
                    "a status listing pages by page, most recently changed first");
        }
        return PrivateAnswers.ok(ListEnvelope.of(worklist.list(state, filter, params.pageRequest(), Callers.of(identity)), uri));
    }

    /** A worklist is the newsroom's: 401 without a key, 403 for a delivery key (which reads published stories only). */
    private void requireEditorialKey() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException("A status listing needs an API key");
        }
        if (!identity.hasRole(Role.CONTRIBUTOR_NAME)) {
            throw new ForbiddenException("A delivery key reads published stories only");
        }
    }

    @Override
    public RestResponse<ArticleView> get(String idOrSlug, String format, String preview, String fields) {
        FieldSelection selection = FieldSelection.parse(fields, ArticleView.FIELDS);
        if (PreviewParam.requested(preview)) {
            return VersionedResponses.preview(previews.preview(idOrSlug, BodyFormat.parse(format), Callers.of(identity)));
        }
        ArticleView article = articles.find(idOrSlug, BodyFormat.parse(format), selection == null ? field -> true : selection::wants);
        return RestResponse.ResponseBuilder.ok(article).lastModified(Date.from(article.summary().updatedAt())).build();
    }
}
