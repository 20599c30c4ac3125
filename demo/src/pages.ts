import type { ArticleSummary, Schemas } from "@byline/client";
import { byline, must } from "./api";
import { articleLink, h, picture, promo, timeAgo } from "./dom";

type Collection = Schemas["Collection"];

function stories(title: string, list: ArticleSummary[], withImages = false): HTMLElement {
  return h("section", { class: "stories" }, h("h2", {}, title),
    list.length ? list.map((summary) => promo(summary, withImages)) : h("p", {}, "No stories yet."));
}

/** A curated list: our stories as promos, promos for elsewhere with their attribution ("iPlayer", "Sport"). */
function collection(list: Collection): HTMLElement {
  return h("section", { class: "collection", "data-collection": list.slug }, h("h2", {}, list.title),
    h("ol", {}, list.items.map((item) => h("li", {},
      item.article ? [articleLink(item.article), " ", timeAgo(item.article.publishedAt)] : null,
      item.promo ? [item.promo.image ? picture(item.promo.image, "240px") : null,
        h("a", { href: item.promo.url, class: "external" }, item.promo.title),
        item.promo.summary ? h("p", {}, item.promo.summary) : null] : null,
      item.attribution ? h("span", { class: "attribution" }, item.attribution) : null))));
}

/** Most Read: the ranked stories, number first. */
async function mostRead(): Promise<HTMLElement> {
  const ranking = await must(byline.GET("/api/v1/most-read"));
  return h("section", { class: "most-read" }, h("h2", {}, "Most Read"),
    h("ol", {}, ranking.data.map((item) => h("li", { "data-rank": String(item.rank) }, articleLink(item.article)))));
}

export async function homePage(): Promise<Node> {
  const [lists, ranking, navigation] = await Promise.all([
    must(byline.GET("/api/v1/collections")), mostRead(), must(byline.GET("/api/v1/navigation"))]);
  const collections = await Promise.all(lists.data.map((list) =>
    must(byline.GET("/api/v1/collections/{slug}", { params: { path: { slug: list.slug } } }))));
  const sections = navigation.items.find((item) => item.path === "news")?.children.filter((item) => !item.inMoreMenu && item.path) ?? [];
  const latest = await Promise.all(sections.slice(0, 4).map(async (section) => stories(`Latest: ${section.label}`,
    (await must(byline.GET("/api/v1/sections/{path}/articles", { params: { path: { path: section.path! }, query: { pageSize: 3 } } }))).data)));
  return h("div", { class: "home" }, collections.map(collection), ranking, latest);
}

export async function sectionPage(path: string): Promise<Node> {
  const [section, list] = await Promise.all([
    must(byline.GET("/api/v1/sections/{path}", { params: { path: { path } } })),
    must(byline.GET("/api/v1/sections/{path}/articles", { params: { path: { path }, query: { pageSize: 20 } } }))]);
  return h("div", { class: "section" }, h("h1", {}, section.name),
    section.children.length ? h("ul", { class: "subsections" }, section.children.map((child) =>
      h("li", {}, h("a", { href: `#/sections/${child.path}` }, child.name)))) : null,
    stories("Latest", list.data, true));
}

export async function topicPage(slug: string): Promise<Node> {
  const [topic, list] = await Promise.all([
    must(byline.GET("/api/v1/topics/{idOrSlug}", { params: { path: { idOrSlug: slug } } })),
    must(byline.GET("/api/v1/topics/{idOrSlug}/articles", { params: { path: { idOrSlug: slug }, query: { pageSize: 20 } } }))]);
  return h("div", { class: "topic" }, h("h1", {}, topic.name), topic.description ? h("p", {}, topic.description) : null,
    stories("Latest", list.data, true));
}

export async function authorPage(slug: string): Promise<Node> {
  const [author, list] = await Promise.all([
    must(byline.GET("/api/v1/authors/{idOrSlug}", { params: { path: { idOrSlug: slug } } })),
    must(byline.GET("/api/v1/authors/{idOrSlug}/articles", { params: { path: { idOrSlug: slug }, query: { pageSize: 20 } } }))]);
  return h("div", { class: "author" },
    author.portrait ? picture(author.portrait, "160px") : null,
    h("h1", {}, author.name), author.jobTitle ? h("p", {}, author.jobTitle) : null,
    stories(`Stories by ${author.name}`, list.data));
}

/**
 * Search results with their snippets. A snippet is HTML by contract: escaped text whose only markup is
 * <mark> around the words found, so it is the one thing inserted as HTML.
 */
export async function searchPage(q: string): Promise<Node> {
  if (!q.trim()) {
    return h("p", {}, "Type some words to search for.");
  }
  const results = await must(byline.GET("/api/v1/articles", { params: { query: { q, pageSize: 20 } } }));
  return h("div", { class: "search-results" }, h("h1", {}, `Results for “${q}”`),
    h("p", {}, `${results.meta.total} stories`),
    results.data.map((summary) => {
      const snippet = h("p", { class: "snippet" });
      snippet.innerHTML = summary.snippet ?? "";
      return h("article", { class: "promo" }, h("h3", {}, articleLink(summary)), snippet, h("footer", {}, timeAgo(summary.publishedAt)));
    }));
}
