/**
 * What every resource shares, a room each: {@code pipeline} (what a request passes through, in order, with its
 * package-info), {@code route} (what each operation declares: what it shows, its rate-limit class, its body limit),
 * {@code problem} (problem details), {@code paging} (list envelope, pages, field sets), {@code conditional}
 * (entity tags, If-Match, previews), {@code json} (strict JSON input, merge patch, text rules) and
 * {@code openapi} (the generated document). The rooms know no feature.
 */
package news.byline.web;
