/**
 * A typed client for the Byline content API. The types come from the root openapi.yaml
 * (`npm run generate`); calls go through openapi-fetch, so paths, parameters, bodies and answers are all
 * checked by TypeScript. Only what a raw client lacks is added here: an API key, ETag revalidation
 * outside browsers, and following a list's `links.next`.
 */
import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type Schemas = components["schemas"];
export type Article = Schemas["Article"];
export type ArticleSummary = Schemas["ArticleSummary"];
export type Block = Schemas["Block"];
export type Inline = Schemas["Inline"];
export type Image = Schemas["Image"];
export type Problem = Schemas["Problem"];
export type BylineClient = Client<paths>;

export interface BylineClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** A key for the management routes and previews (`Authorization: Bearer …`); public reads need none. */
  apiKey?: string;
  /** Keep answers and revalidate them with If-None-Match (useful on servers; browsers do it themselves). */
  revalidate?: boolean;
}

/** A client for the Byline API at `origin` ("https://api.example.com", or "" for the page's own origin). */
export function createBylineClient(origin: string, options: BylineClientOptions = {}): BylineClient {
  const { apiKey, revalidate, ...rest } = options;
  const client = createClient<paths>({ baseUrl: origin, ...rest });
  if (apiKey) {
    client.use(bearerKey(apiKey));
  }
  if (revalidate) {
    client.use(etagRevalidation());
  }
  return client;
}

/** Sends the key with every request. */
export function bearerKey(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${apiKey}`);
      return request;
    },
  };
}

interface Kept {
  etag: string;
  body: string;
  headers: Headers;
}

/**
 * Remembers each GET answer with its ETag and asks again with If-None-Match: a 304 (no body sent) is
 * answered from memory as the 200 it confirms. At most `maxEntries` answers are kept, the oldest dropped.
 */
export function etagRevalidation(maxEntries = 500): Middleware {
  const kept = new Map<string, Kept>();
  return {
    onRequest({ request }) {
      const known = request.method === "GET" ? kept.get(request.url) : undefined;
      if (known) {
        request.headers.set("If-None-Match", known.etag);
      }
      return request;
    },
    async onResponse({ request, response }) {
      if (request.method !== "GET") {
        return response;
      }
      const known = kept.get(request.url);
      if (response.status === 304 && known) {
        return new Response(known.body, { status: 200, headers: known.headers });
      }
      const etag = response.headers.get("ETag");
      if (response.status === 200 && etag) {
        kept.delete(request.url);
        kept.set(request.url, { etag, body: await response.clone().text(), headers: new Headers(response.headers) });
        if (kept.size > maxEntries) {
          kept.delete(kept.keys().next().value as string);
        }
      }
      return response;
    },
  };
}

/** A page of any Byline list: its items and the address of the next page (a cursor page for articles). */
export interface ListPage<T> {
  data: T[];
  links: { next: string | null };
}

/**
 * Every item of a list from its first page on, following `links.next` until there is none. The next
 * addresses are the server's own (absolute), so later pages are fetched as they are.
 */
export async function* everyItem<T>(first: ListPage<T>, fetchPage: (url: string) => Promise<Response> = fetch):
    AsyncGenerator<T, void, undefined> {
  let page: ListPage<T> | null = first;
  while (page) {
    yield* page.data;
    const next: string | null = page.links.next;
    if (!next) {
      return;
    }
    const response = await fetchPage(next);
    if (!response.ok) {
      throw new Error(`Next page ${next} answered ${response.status}`);
    }
    page = (await response.json()) as ListPage<T>;
  }
}

/** The plain text of a paragraph's inline runs (text and links), for excerpts and accessibility labels. */
export function plainText(content: Inline[]): string {
  return content.map((run) => run.text).join("");
}
