import type { ArticleSummary, Image, Inline } from "@byline/client";

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {},
                                                          ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child) {
      element.append(child);
    }
  }
  return element;
}

const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [["day", 86_400], ["hour", 3_600], ["minute", 60]];

/** "2 hours ago", as a front page says it; the exact time in the element's datetime and title. */
export function timeAgo(instant: string | null): HTMLTimeElement | null {
  if (!instant) {
    return null;
  }
  const seconds = (new Date(instant).getTime() - Date.now()) / 1000;
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ["minute", 60];
  const text = Math.abs(seconds) > 7 * 86_400
    ? new Date(instant).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })
    : relative.format(Math.round(seconds / size), unit);
  return h("time", { datetime: instant, title: new Date(instant).toUTCString() }, text);
}

/** A picture at the width the layout needs, from the renditions when Byline stores the image. */
export function picture(image: Image, sizes = "(min-width: 60em) 640px, 100vw"): HTMLImageElement {
  const attributes: Record<string, string> = { src: image.url, alt: image.alt, width: String(image.width),
    height: String(image.height), loading: "lazy" };
  if (image.renditions.length > 0) {
    attributes.srcset = image.renditions.map((r) => `${r.url} ${r.width}w`).join(", ") + `, ${image.url} ${image.width}w`;
    attributes.sizes = sizes;
  }
  return h("img", attributes);
}

/** An image with its caption and its credit ("Image source, …"). */
export function figure(image: Image): HTMLElement {
  return h("figure", {},
    picture(image),
    image.credit ? h("span", { class: "credit" }, `Image source, ${image.credit}`) : null,
    image.caption ? h("figcaption", {}, image.caption) : null);
}

/** Inline runs: text with emphasis, and links (to our stories, inside the demo). */
export function inlines(content: Inline[]): Node[] {
  return content.map((run) => {
    let node: Node = document.createTextNode(run.text);
    for (const mark of run.marks ?? []) {
      node = h(mark === "strong" ? "strong" : "em", {}, node);
    }
    if (run.type === "link") {
      const href = run.articleId ? `#/articles/${run.articleId}` : run.href;
      return h("a", { href }, node);
    }
    return node;
  });
}

export function articleLink(summary: ArticleSummary, ...children: Child[]): HTMLAnchorElement {
  return h("a", { href: `#/articles/${summary.slug}` }, ...(children.length ? children : [summary.headline]));
}

/** A story in a list: headline, summary, when, and where. */
export function promo(summary: ArticleSummary, withImage = false): HTMLElement {
  return h("article", { class: "promo" },
    withImage && summary.leadImage ? picture(summary.leadImage, "320px") : null,
    h("h3", {}, articleLink(summary)),
    h("p", {}, summary.summary),
    h("footer", {}, timeAgo(summary.publishedAt), " ", h("a", { href: `#/sections/${summary.section.path}` }, summary.section.name)));
}
