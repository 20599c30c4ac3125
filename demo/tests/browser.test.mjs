// Real-browser tests of the demo and the API docs: Debian's Chromium driven by playwright-core, against a
// running Byline (BYLINE_URL, default http://localhost:8080) with the sample content. Screenshots go to
// test-results/. Every page must load without a failed request or a console error.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const BASE = process.env.BYLINE_URL ?? "http://localhost:8080";
const SEED = "russian-troops-arrive-in-niger-as-military-agreement-begins";
const HEADLINE = "Russian troops arrive in Niger as military agreement begins";
const RESULTS = new URL("../test-results/", import.meta.url).pathname;

let browser;
let context;

before(async () => {
  mkdirSync(RESULTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
});

/** A page that records what went wrong: failed requests, error answers, console errors, page errors. */
async function open(path) {
  return watch(await context.newPage(), path);
}

async function watch(page, path) {
  const problems = [];
  page.on("requestfailed", (request) => problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(BASE + path);
  return { page, problems };
}

async function shown(page) {
  await page.waitForSelector("main[aria-busy=false]");
}

const texts = async (page, selector) => (await page.locator(selector).allTextContents()).map((text) => text.trim());

describe("the demo front end", () => {
  test("the seed article shows everything the seed page has", async () => {
    const page = await context.newPage();
    const beacon = page.waitForResponse((response) => response.url().endsWith("/views") && response.request().method() === "POST");
    const { problems } = await watch(page, `/demo/#/articles/${SEED}`);
    await shown(page);
    assert.ok((await beacon).ok(), "the page view was counted");
    assert.equal(await page.locator("h1").innerText(), HEADLINE);
    assert.ok(await page.locator(".story .meta time").getAttribute("datetime"), "published time");
    assert.match(await page.locator("a.share").getAttribute("href"), /^https:\/\//, "share link");
    assert.deepEqual(await texts(page, ".breadcrumb li"), ["News", "World", "Africa"]);
    const byline = await page.locator(".byline").innerText();
    for (const part of ["Chris Ewokor", "in Abuja", "Kathryn Armstrong", "in London", "BBC News"]) {
      assert.ok(byline.includes(part), `byline has ${part}: ${byline}`);
    }
    assert.ok((await page.locator(".lead figcaption").innerText()).includes("Sahel"), "lead image caption");
    assert.equal(await page.locator(".lead .credit").innerText(), "Image source, Getty Images");
    assert.ok(await page.locator(".lead img").getAttribute("alt"), "lead image alt text");
    // The sample pictures are stored in Byline: the browser picks a rendition from srcset, and it loads.
    const lead = page.locator(".lead img");
    assert.match(await lead.getAttribute("srcset"), /\/api\/v1\/images\/[^ ]+\?width=\d+[^ ]* \d+w, /, "srcset from renditions");
    await lead.evaluate((img) => img.decode());
    const chosen = await lead.evaluate((img) => ({ source: img.currentSrc, width: img.naturalWidth }));
    assert.ok(chosen.width > 0 && chosen.source.includes("/api/v1/images/"), `lead image loaded: ${JSON.stringify(chosen)}`);
    const links = await texts(page, ".body p a");
    for (const link of ["Africa Live: Updates on this and other stories", "How Russia has rebranded Wagner in Africa",
      "‘France takes us for idiots’ – Inside coup-hit Niger"]) {
      assert.ok(links.includes(link), `inline link ${link} among ${links}`);
    }
    assert.ok((await page.locator(".body p").count()) > 20, "paragraphs");
    assert.ok((await page.locator(".body blockquote").innerText()).includes("Our position is clear"), "quote");
    assert.ok((await page.locator(".body figure figcaption").innerText()).includes("Niamey"), "second image caption");
    assert.equal(await page.locator(".related:not(.more-on-topics) .promo").count(), 3, "You may also be interested in: the three curated");
    assert.deepEqual(await texts(page, ".topics li"), ["Russia", "Sahel Islamist insurgency", "Niger", "Africa"]);
    assert.deepEqual(await texts(page, "#section-nav li"),
      ["Africa", "Asia", "Australia", "Europe", "Latin America", "Middle East", "US & Canada"]);
    await page.screenshot({ path: `${RESULTS}article.png`, fullPage: true });
    assert.deepEqual(problems, []);
  });

  test("an inline link leads to the story it names", async () => {
    const { page, problems } = await open(`/demo/#/articles/${SEED}`);
    await shown(page);
    await page.getByRole("link", { name: "How Russia has rebranded Wagner in Africa" }).click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("Wagner"));
    assert.deepEqual(problems, []);
  });

  test("topics and contributors lead to their pages", async () => {
    const { page, problems } = await open(`/demo/#/articles/${SEED}`);
    await shown(page);
    await page.locator(".topics").getByRole("link", { name: "Niger" }).click();
    await page.waitForFunction(() => document.querySelector("main .topic h1")?.textContent === "Niger");
    assert.ok((await page.locator(".topic .promo", { hasText: HEADLINE }).count()) === 1, "the topic lists the story");
    await page.goBack();
    await page.waitForSelector(".byline");
    await page.locator(".byline").getByRole("link", { name: "Kathryn Armstrong" }).click();
    await page.waitForFunction(() => document.querySelector("main .author h1")?.textContent === "Kathryn Armstrong");
    assert.ok((await page.locator(".author .promo", { hasText: HEADLINE }).count()) === 1, "the author's stories");
    assert.deepEqual(problems, []);
  });

  test("the home page has the curated lists, Most Read and the navigation", async () => {
    const { page, problems } = await open("/demo/");
    await shown(page);
    assert.deepEqual(await texts(page, "#global-nav > ul > li"),
      ["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize"]);
    assert.deepEqual(await texts(page, "#global-nav details li"), ["CBBC", "CBeebies", "Food"]);
    const home = page.locator("#global-nav").getByRole("link", { name: "Home", exact: true });
    assert.equal(await home.getAttribute("href"), "#/", "the front page's entry leads home");
    assert.equal(await home.getAttribute("aria-current"), "page");
    assert.deepEqual(await texts(page, "#news-nav > ul > li"), ["Israel-Gaza war", "Cost of Living", "War in Ukraine",
      "Climate", "UK", "World", "Business", "Politics", "Culture"]);
    assert.equal(await page.locator("#news-nav details li").count(), 8, "News: More");
    assert.equal(await page.locator("[data-collection]").first().getAttribute("data-collection"), "top-stories",
      "collections in the API's order: Top Stories first");
    const top = page.locator("[data-collection=top-stories] li");
    assert.equal(await top.count(), 3);
    assert.equal(await top.locator("time").count(), 3, "each top story with its time");
    const features = page.locator("[data-collection=features] li");
    assert.equal(await features.count(), 9);
    assert.ok((await features.filter({ hasText: "Grand National" }).innerText()).includes("Sport"), "attribution");
    const elsewhere = await texts(page, "[data-collection=elsewhere-on-the-bbc] .attribution");
    assert.equal(elsewhere.length, 4);
    assert.ok(elsewhere.every((label) => label === "iPlayer" || label === "Sounds"), `attributions ${elsewhere}`);
    assert.ok((await page.locator("[data-collection=around-the-bbc]").innerText()).includes("Africa Daily"));
    const ranks = await page.locator(".most-read li").evaluateAll((items) => items.map((item) => item.dataset.rank));
    assert.deepEqual(ranks, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    await page.screenshot({ path: `${RESULTS}home.png`, fullPage: true });
    assert.deepEqual(problems, []);
  });

  test("navigation links lead to real section pages", async () => {
    const { page, problems } = await open("/demo/");
    await shown(page);
    for (const label of ["Business", "World"]) {
      await page.locator("#news-nav").getByRole("link", { name: label, exact: true }).click();
      await page.waitForFunction((name) => document.querySelector("main h1")?.textContent === name, label);
      assert.ok((await page.locator(".section .promo").count()) > 0, `${label} lists stories`);
    }
    assert.deepEqual(problems, []);
  });

  test("search finds the Niger story with highlighted words", async () => {
    const { page, problems } = await open("/demo/");
    await shown(page);
    await page.fill("#search input", "niger russia");
    await page.press("#search input", "Enter");
    await page.waitForSelector(".search-results");
    const result = page.locator(".search-results .promo", { hasText: HEADLINE });
    assert.equal(await result.count(), 1);
    assert.ok((await result.locator(".snippet mark").count()) > 0, "highlighted snippet");
    assert.deepEqual(problems, []);
  });
});

describe("the demo's live page", () => {
  const LIVE = "africa-live-updates-on-this-and-other-stories";
  const API = `${BASE}/api/v1/articles/${LIVE}/live`;
  const KEY = process.env.BYLINE_KEY;

  test("shows key points, the pinned post, key events and posts; a post appears and goes without a reload", async () => {
    assert.ok(KEY, "BYLINE_KEY: a key that may post");
    const { page, problems } = await open(`/demo/#/articles/${LIVE}`);
    await shown(page);
    assert.equal(await page.locator("h1").innerText(), "Africa Live: Updates on this and other stories");
    assert.equal(await page.locator(".live .coverage .badge").innerText(), "LIVE");
    assert.ok((await page.locator(".key-points li").count()) >= 3, "key points");
    assert.ok((await page.locator(".pinned .post h3").innerText()).includes("what we know"), "the pinned post");
    assert.ok((await page.locator(".key-events li").count()) >= 5, "the key-event timeline");
    assert.equal(await page.locator(".posts .post").count(), 20, "the newest posts");
    assert.ok((await page.locator(".posts figure figcaption").count()) > 0, "a post with an image and its caption");
    assert.ok((await page.locator(".posts .story-link a").count()) > 0, "a post linking a story");
    // No wait for the stream to connect: it resumes from the position the page was read at (links.stream).
    const title = `Posted while the page was open ${Date.now()}`;
    const posted = await fetch(`${API}/posts`, { method: "POST", headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({ title, status: "published", body: [{ type: "paragraph", content: [{ type: "text", text: "Live from the test." }] }] }) });
    assert.equal(posted.status, 201);
    const { id } = await posted.json();
    const etag = posted.headers.get("etag");
    await page.locator(`.posts [data-post="${id}"]`).waitFor({ timeout: 2000 });
    assert.equal(await page.locator(".posts .post").first().getAttribute("data-post"), id, "the new post on top");
    await page.screenshot({ path: `${RESULTS}live.png`, fullPage: true });

    const deleted = await fetch(`${API}/posts/${id}`, { method: "DELETE", headers: { Authorization: `Bearer ${KEY}`, "If-Match": etag } });
    assert.equal(deleted.status, 204);
    await page.locator(`[data-post="${id}"]`).waitFor({ state: "detached", timeout: 2000 });
    assert.deepEqual(problems, []);
  });
});

describe("the API docs", () => {
  test("Swagger UI lists the operations and runs one", async () => {
    const { page, problems } = await open("/q/swagger-ui/");
    const operation = page.locator("#operations-Articles-getArticle");
    await operation.waitFor();
    assert.ok((await page.locator(".opblock").count()) > 50, "operations listed");
    await operation.locator(".opblock-summary").click();
    await operation.getByRole("button", { name: "Try it out" }).click();
    await operation.locator("tr[data-param-name=idOrSlug] input").fill(SEED);
    await operation.getByRole("button", { name: "Execute" }).click();
    const answer = operation.locator(".live-responses-table .response-col_description .microlight").first();
    await answer.waitFor();
    assert.ok((await answer.innerText()).includes(HEADLINE), "the seed article came back");
    await page.screenshot({ path: `${RESULTS}swagger-ui.png` });
    assert.deepEqual(problems, []);
  });
});
