import type { Schemas } from "@byline/client";
import { byline, must } from "./api";
import { block } from "./article";
import { h, timeAgo } from "./dom";

type LivePage = Schemas["LivePage"];
type LivePost = Schemas["LivePost"];
type LivePageState = Schemas["LivePageState"];

/** The open page's stream: one at a time, closed when the reader goes to another page. */
let stream: EventSource | null = null;

export function closeLiveStream(): void {
  stream?.close();
  stream = null;
}

function post(item: LivePost): HTMLElement {
  return h("article", { class: "post", id: `post-${item.id}`, "data-post": item.id, ...(item.keyEvent ? { "data-key-event": "true" } : {}) },
    h("header", {}, timeAgo(item.publishedAt), item.keyEvent ? h("span", { class: "key-event" }, "Key event") : null),
    item.title ? h("h3", {}, item.title) : null,
    item.body.map(block),
    item.contributors.length ? h("p", { class: "contributors" }, "By ", item.contributors.map((c) => c.name).join(", ")) : null);
}

function coverage(state: LivePage["article"]["coverage"]): HTMLElement {
  const status = state?.status ?? "upcoming";
  return h("p", { class: "coverage", "data-status": status },
    h("span", { class: "badge" }, status === "live" ? "LIVE" : status === "ended" ? "Coverage ended" : "Coming up"),
    state?.lastPostAt ? [" · updated ", timeAgo(state.lastPostAt)] : null);
}

function keyPoints(points: string[]): HTMLElement {
  return h("section", { class: "key-points" }, h("h2", {}, "Summary"), h("ul", {}, points.map((point) => h("li", {}, point))));
}

/**
 * A live page: key points, the pinned post, the key events' timeline and the posts, kept current by the page's
 * stream of server-sent events (an EventSource resumes by itself after a drop, with Last-Event-ID).
 */
export async function livePage(idOrSlug: string): Promise<{ page: Node; section: string }> {
  const live = await must(byline.GET("/api/v1/articles/{idOrSlug}/live", { params: { path: { idOrSlug } } }));
  const posts = h("section", { class: "posts", "aria-live": "polite" }, live.posts.map(post));
  const pinned = h("section", { class: "pinned" }, live.pinned ? post(live.pinned) : null);
  let header = coverage(live.article.coverage);
  let points = keyPoints(live.keyPoints);
  const events = h("section", { class: "key-events" }, h("h2", {}, "Key events"),
    h("ol", {}, live.keyEvents.map((event) => h("li", {}, h("a", { href: `#post-${event.id}`, "data-target": event.id }, event.title ?? "Update"),
      " ", timeAgo(event.publishedAt)))));
  const page = h("article", { class: "live" }, h("h1", {}, live.article.headline), header, points, pinned, events, posts);

  const find = (id: string) => posts.querySelector<HTMLElement>(`[data-post="${id}"]`);
  const state = async (change: LivePageState) => {
    const next = coverage(change.coverage);
    header.replaceWith(next);
    header = next;
    const nextPoints = keyPoints(change.keyPoints);
    points.replaceWith(nextPoints);
    points = nextPoints;
    const current = change.pinnedPostId
      ? await must(byline.GET("/api/v1/articles/{idOrSlug}/live/posts/{postId}", { params: { path: { idOrSlug, postId: change.pinnedPostId } } }))
      : null;
    pinned.replaceChildren(...(current ? [post(current)] : []));
  };
  closeLiveStream();
  stream = new EventSource(live.links.stream);
  stream.addEventListener("live-post.published", (event) => {
    const item: LivePost = JSON.parse(event.data);
    if (!find(item.id)) {
      posts.prepend(post(item));
    }
  });
  stream.addEventListener("live-post.updated", (event) => {
    const item: LivePost = JSON.parse(event.data);
    find(item.id)?.replaceWith(post(item));
  });
  stream.addEventListener("live-post.deleted", (event) => {
    const { id } = JSON.parse(event.data) as { id: string };
    find(id)?.remove();
    pinned.querySelector(`[data-post="${id}"]`)?.remove();
  });
  for (const type of ["live-page.updated", "live-page.ended"]) {
    stream.addEventListener(type, (event) => void state(JSON.parse((event as MessageEvent).data)));
  }
  stream.addEventListener("reset", () => window.dispatchEvent(new HashChangeEvent("hashchange")));
  for (const type of ["article.unpublished", "article.archived", "article.deleted"]) {
    stream.addEventListener(type, () => {
      closeLiveStream();
      page.replaceChildren(h("p", { class: "error" }, "This live page is no longer available."));
    });
  }
  return { page, section: live.article.section.path };
}
