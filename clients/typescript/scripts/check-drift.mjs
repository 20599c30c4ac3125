// Fails when src/schema.d.ts is not what openapi-typescript makes of the root openapi.yaml now:
// the contract changed and the client was not regenerated (npm run generate).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const scratch = mkdtempSync(join(tmpdir(), "byline-client-"));
try {
  const fresh = join(scratch, "schema.d.ts");
  execFileSync("npx", ["openapi-typescript", "../../openapi.yaml", "--output", fresh], { stdio: "ignore" });
  if (readFileSync(fresh, "utf8") !== readFileSync("src/schema.d.ts", "utf8")) {
    console.error("src/schema.d.ts differs from what openapi.yaml generates: run `npm run generate` and commit it.");
    process.exit(1);
  }
  console.log("src/schema.d.ts matches openapi.yaml");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
