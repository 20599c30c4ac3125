import { ApiError } from "./api";
import { articlePage } from "./article";
import { h } from "./dom";
import { closeLiveStream } from "./live";
import { renderNavigation } from "./nav";
import { authorPage, homePage, searchPage, sectionPage, topicPage } from "./pages";

type Route = (match: RegExpMatchArray, query: URLSearchParams) => Promise<{ page: Node; section: string | null }>;

const page = (render: Promise<Node>, section: string | null = null) => render.then((node) => ({ page: node, section }));
const ROUTES: [RegExp, Route][] = [
  [/^\/?$/, () => page(homePage())],
  [/^\/articles\/([^/]+)$/, (m) => articlePage(decodeURIComponent(m[1]!))],
  [/^\/sections\/(.+)$/, (m) => page(sectionPage(decodeURIComponent(m[1]!)), decodeURIComponent(m[1]!))],
  [/^\/topics\/([^/]+)$/, (m) => page(topicPage(decodeURIComponent(m[1]!)))],
  [/^\/authors\/([^/]+)$/, (m) => page(authorPage(decodeURIComponent(m[1]!)))],
  [/^\/search$/, (_, query) => page(searchPage(query.get("q") ?? ""))],
];

/** Pages live in the fragment (#/articles/…), so that any static host serves the demo. */
async function show(): Promise<void> {
  const [path = "/", search = ""] = window.location.hash.replace(/^#/, "").split("?");
  const main = document.getElementById("page")!;
  main.setAttribute("aria-busy", "true");
  closeLiveStream(); // a live page's stream ends when the reader leaves it
  try {
    const found = ROUTES.map(([pattern, route]) => [path.match(pattern), route] as const).find(([match]) => match);
    const shown = found ? await found[1](found[0]!, new URLSearchParams(search)) : { page: h("p", {}, "No such page."), section: null };
    main.replaceChildren(shown.page);
    await renderNavigation(shown.section);
    document.title = `${main.querySelector("h1")?.textContent ?? "Home"} – Byline demo`;
  } catch (failure) {
    const message = failure instanceof ApiError && failure.status === 404 ? "This page does not exist." : String(failure);
    main.replaceChildren(h("p", { class: "error" }, message));
  } finally {
    main.setAttribute("aria-busy", "false");
    window.scrollTo(0, 0);
  }
}

document.getElementById("search")!.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = new FormData(event.target as HTMLFormElement).get("q");
  window.location.hash = `#/search?q=${encodeURIComponent(String(q ?? ""))}`;
});
window.addEventListener("hashchange", () => void show());
void show();
