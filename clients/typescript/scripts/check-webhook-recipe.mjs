// The webhook signature recipe in docs/events.md, run as it stands: it accepts a genuine signature and refuses
// a wrong, stale, missing or non-ASCII one by returning false, never by throwing.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHmac } from "node:crypto";
import assert from "node:assert/strict";

const doc = readFileSync(new URL("../../../docs/events.md", import.meta.url), "utf8");
const recipe = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((code) => code.includes("function verify"));
assert.ok(recipe, "docs/events.md holds the verify recipe");
const file = join(mkdtempSync(join(tmpdir(), "byline-recipe-")), "recipe.mjs");
writeFileSync(file, recipe + "\nexport { verify };\n");
const { verify } = await import(file);

const secret = "whsec-recipe-check";
const body = '{"deliveryId":"d","event":{"type":"ping"}}';
const now = Math.floor(Date.now() / 1000);
const sign = (timestamp, raw) => "v1=" + createHmac("sha256", secret).update(`${timestamp}.${raw}`).digest("hex");
const headers = (timestamp, signature) => ({ "byline-timestamp": String(timestamp), "byline-signature": signature });

assert.equal(verify(secret, headers(now, sign(now, body)), body), true, "a genuine signature");
assert.equal(verify(secret, headers(now, sign(now, body)), body + " "), false, "another body");
assert.equal(verify("another-secret", headers(now, sign(now, body)), body), false, "another secret");
assert.equal(verify(secret, headers(now - 3600, sign(now - 3600, body)), body), false, "an old timestamp");
assert.equal(verify(secret, { "byline-timestamp": String(now) }, body), false, "no signature");
const nonAscii = "v1=" + "é".repeat(sign(now, body).length - 3);
assert.equal(verify(secret, headers(now, nonAscii), body), false, "a non-ASCII signature of the right length");
console.log("docs/events.md webhook recipe: 6 checks passed");
