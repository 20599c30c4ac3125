// The README's example, kept compiling: if the contract changes under it, the type-check fails.
import { createBylineClient } from "../src/index";

export async function readmeExample(): Promise<void> {
  const byline = createBylineClient("http://localhost:8080");
  const { data: story, error } = await byline.GET("/api/v1/articles/{idOrSlug}", {
    params: { path: { idOrSlug: "russian-troops-arrive-in-niger-as-military-agreement-begins" } },
  });
  if (error) throw new Error(error.detail);
  console.log(story.headline, story.byline?.text, story.leadImage?.credit);
  for (const block of story.body) if (block.type === "quote") console.log(block.text, "—", block.attribution);
}
