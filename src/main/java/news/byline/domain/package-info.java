/**
 * What every service speaks instead of HTTP: results with their {@link news.byline.domain.Version}, the
 * {@link news.byline.domain.Precondition} a write is made under, who is acting ({@link news.byline.domain.Actor}),
 * pages, and the refusals a request can meet ({@link news.byline.domain.NotFound}, {@link news.byline.domain.Conflict},
 * {@link news.byline.domain.StaleVersion}, {@link news.byline.domain.Forbidden}, {@link news.byline.domain.Invalid}).
 * What text may hold ({@link news.byline.domain.TextRules}) is here too, since every layer applies it. It depends on
 * nothing else of ours; the HTTP layer maps these to ETags, If-Match and problem responses.
 */
package news.byline.domain;
