import type { Article, Block } from "@byline/client";
import { byline, must } from "./api";
import { figure, h, inlines, promo, timeAgo } from "./dom";
import { livePage } from "./live";

/** A body block, as stories and live posts show it. */
export function block(part: Block): Node {
  switch (part.type) {
    case "paragraph":
      return h("p", {}, inlines(part.content));
    case "heading":
      return h(part.level === 3 ? "h3" : "h2", {}, part.text);
    case "image":
      return figure(part.image);
    case "quote":
      return h("blockquote", {}, h("p", {}, part.text), part.attribution ? h("footer", {}, part.attribution) : null);
    case "list":
      return h(part.ordered ? "ol" : "ul", {}, part.items.map((item) => h("li", {}, item)));
    case "storyLink":
      return h("p", { class: "story-link" }, h("a", { href: `#/articles/${part.articleId}` }, part.headline));
    case "embed":
      return h("p", { class: "embed" }, h("a", { href: part.url }, part.title ?? part.url));
  }
}

function byLine(article: Article): Node | null {
  const credit = article.byline;
  if (!credit) {
    return null;
  }
  const people = credit.contributors.map((person, i) => [
    i > 0 ? (i === credit.contributors.length - 1 ? " & " : ", ") : "",
    h("a", { href: `#/authors/${person.slug}`, class: "contributor" }, person.name),
    person.location ? h("span", { class: "location" }, ` in ${person.location}`) : null,
  ]).flat();
  return h("div", { class: "byline" },
    h("p", {}, "By ", ...(people.length ? people : [credit.text ?? ""])),
    credit.organisation ? h("p", { class: "organisation" }, credit.organisation) : null);
}

/** The story page, and a page view counted for Most Read (never blocking the page). */
export async function articlePage(idOrSlug: string): Promise<{ page: Node; section: string }> {
  const article = await must(byline.GET("/api/v1/articles/{idOrSlug}", { params: { path: { idOrSlug } } }));
  if (article.type === "live") {
    return livePage(article.slug);
  }
  void byline.POST("/api/v1/articles/{idOrSlug}/views", { params: { path: { idOrSlug: article.id } } });
  const page = h("article", { class: "story" },
    h("nav", { "aria-label": "Breadcrumb", class: "breadcrumb" },
      h("ol", {}, article.breadcrumb.map((part) => h("li", {}, h("a", { href: `#/sections/${part.path}` }, part.name))))),
    h("h1", {}, article.headline),
    h("p", { class: "meta" }, timeAgo(article.publishedAt), " · ", h("a", { href: article.urls.share, class: "share" }, "Share")),
    h("p", { class: "summary" }, article.summary),
    article.leadImage ? h("div", { class: "lead" }, figure(article.leadImage)) : null,
    byLine(article),
    h("div", { class: "body" }, article.body.map(block)),
    article.relatedCurated ? h("section", { class: "related" }, h("h2", {}, "You may also be interested in"),
      article.related.slice(0, article.relatedCurated).map((summary) => promo(summary))) : null,
    article.related.length > article.relatedCurated ? h("section", { class: "related more-on-topics" },
      h("h2", {}, "More on these topics"), article.related.slice(article.relatedCurated).map((summary) => promo(summary))) : null,
    article.topics.length ? h("section", { class: "topics" }, h("h2", {}, "Related Topics"),
      h("ul", {}, article.topics.map((topic) => h("li", {}, h("a", { href: `#/topics/${topic.slug}` }, topic.name))))) : null);
  return { page, section: article.section.path };
}
