/**
 * Compile-time proof that the contract types cleanly (checked by `npm run typecheck`): fields a front end
 * always receives are neither optional nor nullable, fields that may be empty say null, and body blocks and
 * inline runs narrow on `type`. A contract change that breaks a front end fails here.
 */
import { bearerKey, createBylineClient, plainText, type Article, type ArticleSummary, type Block, type Schemas } from "../src/index";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function expectType<T extends true>(): T | void {}

expectType<Same<Article["headline"], string>>();
expectType<Same<Article["summary"], string>>();
expectType<Same<Article["body"], Block[]>>();
expectType<Same<Article["leadImage"], Schemas["Image"] | null>>();
expectType<Same<Article["byline"], Schemas["Byline"] | null>>();
expectType<Same<Article["related"], ArticleSummary[]>>();
expectType<Same<Article["relatedCurated"], number>>();
expectType<Same<Schemas["NavigationItem"]["frontPage"], boolean>>();
expectType<Same<Article["breadcrumb"], Schemas["SectionRef"][]>>();
expectType<Same<ArticleSummary["section"], Schemas["SectionRef"]>>();
expectType<Same<Schemas["Image"]["caption"], string | null>>();
expectType<Same<Schemas["Image"]["renditions"], Schemas["ImageRendition"][]>>();
expectType<Same<Schemas["ListEnvelopeArticleSummary"]["data"], ArticleSummary[]>>();
expectType<Same<Schemas["PageLinks"]["next"], string | null>>();
expectType<Same<Schemas["Collection"]["items"], Schemas["CollectionItem"][]>>();
expectType<Same<Schemas["CollectionSummary"]["position"], number>>();
expectType<Same<Schemas["Section"]["children"], Schemas["SectionRef"][]>>();
expectType<Same<Schemas["Section"]["breadcrumb"], Schemas["SectionRef"][]>>();
// What a read resolved is always there: a link's address, a linked story's headline and address, a body image.
expectType<Same<Schemas["LinkRun"]["href"], string>>();
expectType<Same<Schemas["StoryLinkBlock"]["headline"], string>>();
expectType<Same<Schemas["StoryLinkBlock"]["url"], string>>();
expectType<Same<Schemas["ImageBlock"]["image"], Schemas["Image"]>>();
// What an editor writes may name our story only: the address is filled in when read.
expectType<Same<Schemas["LinkRunInput"]["href"], string | undefined>>();

/** Every block type handled, or this stops compiling (the `never` below). */
export function describe(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return plainText(block.content);
    case "heading":
      return block.text;
    case "image":
      return block.image.alt;
    case "quote":
      return block.text;
    case "list":
      return block.items.join("; ");
    case "storyLink":
      return block.headline;
    case "embed":
      return block.url;
    default: {
      const unknown: never = block;
      return unknown;
    }
  }
}

/** A typed call: the path, its parameters and the answer's shape all come from openapi.yaml. */
export async function headlineOf(slug: string): Promise<string | undefined> {
  const byline = createBylineClient("http://localhost:8080");
  const { data } = await byline.GET("/api/v1/articles/{idOrSlug}", { params: { path: { idOrSlug: slug } } });
  return data?.headline;
}

/** The newsroom's worklist and image library: typed statuses and parameters, with an editorial key on a server. */
export async function draftsAndUnusedImages(editorKey: string): Promise<[string[], string[]]> {
  const byline = createBylineClient("http://localhost:8080");
  byline.use(bearerKey(editorKey));
  const drafts = await byline.GET("/api/v1/articles", { params: { query: { status: "draft", q: "niger" } } });
  const images = await byline.GET("/api/v1/images", { params: { query: { unused: true, q: "Reuters" } } });
  return [drafts.data?.data.map((story) => story.slug) ?? [], images.data?.data.map((image) => image.alt) ?? []];
}
