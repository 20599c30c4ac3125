import type { Schemas } from "@byline/client";
import { byline, must } from "./api";
import { h } from "./dom";

type Item = Schemas["NavigationItem"];
let navigation: Promise<Item[]> | undefined;

function href(item: Item): string {
  if (item.external) {
    return item.externalUrl ?? "#";
  }
  return item.frontPage ? "#/" : `#/sections/${item.path}`;
}

/** A navigation bar: the items in order, those marked for the "More" menu folded into it. */
function bar(items: Item[], current: string | null): Node[] {
  const link = (item: Item) => h("a", { href: href(item), ...(item.path && current?.startsWith(item.path) ? { "aria-current": "page" } : {}) },
    item.label);
  const more = items.filter((item) => item.inMoreMenu);
  const shown: Node[] = [h("ul", {}, items.filter((item) => !item.inMoreMenu).map((item) => h("li", {}, link(item))))];
  if (more.length) {
    shown.push(h("details", { class: "more" }, h("summary", {}, "More"), h("ul", {}, more.map((item) => h("li", {}, link(item))))));
  }
  return shown;
}

/**
 * The three bars of the page: the global one, the News one, and the one of the section being read
 * (World's regions on an African story): the deepest item on the path that has children of its own.
 */
export async function renderNavigation(sectionPath: string | null): Promise<void> {
  navigation ??= must(byline.GET("/api/v1/navigation")).then((answer) => answer.items);
  const items = await navigation;
  const frontPage = items.find((item) => item.frontPage)?.path ?? null;
  document.getElementById("global-nav")!.replaceChildren(...bar(items, sectionPath ?? frontPage));
  const news = items.find((item) => item.path === "news");
  document.getElementById("news-nav")!.replaceChildren(...(news ? bar(news.children, sectionPath) : []));
  const local = news?.children.find((item) => item.children.length > 0 && sectionPath?.startsWith(item.path ?? "\u0000"));
  document.getElementById("section-nav")!.replaceChildren(...(local ? [h("strong", {}, local.label), ...bar(local.children, sectionPath)] : []));
}
