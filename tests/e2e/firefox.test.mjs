// End-to-end in Firefox ESR (headless, WebDriver BiDi): the Firefox build of the
// extension on the sample page, plain and under a strict CSP. The panel opens and shows
// the actors, quotes and dates of the native analysis; its Copy, Markdown and Link
// buttons put the quote with its source on the clipboard; the copied text-fragment link
// scrolls a new tab to the quote; pressing an actor highlights its mentions in the page.
//
// Firefox offers no synthetic action click here, so this runs dist/firefox-test/, the
// Firefox build plus the hooks of tests/e2e/hooks/ (never in a release build): the page
// posts { ledeTest: "toggle" }, the test content script forwards it, and the background
// runs togglePanel(tab), the action's own code. The panel's closed shadow root is read
// by that content script (Firefox's openOrClosedShadowRoot).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { buildFolder } from "../../tools/package.mjs";
import { ARTIFACTS, ROOT, SAMPLE, assertShowsAnalysis, expectedCopies, highlightTexts, nativeAnalysis, today } from "./helpers.mjs";
import { FIREFOX, HOST_TAG, launchFirefox, servePage } from "./browser.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts `message` to the test content script and resolves to its reply (null if none). */
function ask(page, message) {
  return page.evaluate(
    (message) =>
      new Promise((resolve) => {
        const id = `${Date.now()}-${Math.random()}`;
        const timer = setTimeout(() => resolve(null), 5000);
        const onReply = (event) => {
          if (event.source !== window || event.data?.ledeTestReply !== id) return;
          clearTimeout(timer);
          removeEventListener("message", onReply);
          resolve(JSON.parse(event.data.json));
        };
        addEventListener("message", onReply);
        postMessage({ ...message, id }, "*");
      }),
    message,
  );
}

/** Clicks the `index`-th `selector` in the panel; resolves to the clipboard's new text
 *  (the test content script wrote a sentinel first), or null if it did not change. */
const copyVia = async (page, selector, index = 0) => (await ask(page, { ledeTest: "copy", selector, index }))?.text ?? null;

/** Clicks the `index`-th `selector` in the panel. */
const click = (page, selector, index = 0) => ask(page, { ledeTest: "click", selector, index });

/** The panel's state and the texts of `selectors` in its closed shadow root. */
const query = (page, selectors) => ask(page, { ledeTest: "query", selectors });

const toggle = (page) => page.evaluate(() => postMessage({ ledeTest: "toggle" }, "*"));

/** Polls until `fn` returns a truthy value; the last value otherwise. */
async function until(fn, timeout, step = 250) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value || Date.now() > end) return value;
    await sleep(step);
  }
}

/**
 * Toggles the panel open and waits until it has drawn (aria-busy false). First waits
 * until the background answers with the module instantiated (a fresh event page loads
 * and compiles it), so the toggle is not sent into the void; it is repeated only if no
 * panel appeared at all.
 */
async function openPanel(page, t) {
  const ready = await until(async () => (await ask(page, { ledeTest: "ping" }))?.instances >= 1, 90000, 500);
  assert.ok(ready, "the background did not come up with the module instantiated");
  for (let attempt = 1; attempt <= 3; attempt++) {
    await toggle(page);
    const shown = await until(async () => (await query(page, []))?.present, 30000);
    if (shown) break;
    t.diagnostic(`toggle ${attempt} did not open the panel`);
  }
  const drawn = await until(async () => {
    const s = await query(page, [".error"]);
    return s?.busy === "false" ? s : null;
  }, 90000);
  assert.ok(drawn, `the panel did not finish drawing: ${JSON.stringify(await query(page, [".body"]))}`);
  return drawn;
}

let firefox;
let server;
before(async () => {
  assert.ok(existsSync(FIREFOX), `no Firefox at ${FIREFOX} (make setup installs firefox-esr)`);
  assert.ok(SAMPLE, "no sample page (tests/fixtures/zelensky-nato/page.html)");
  mkdirSync(ARTIFACTS, { recursive: true });
  const extension = buildFolder("firefox", { test: true, dist: path.join(ROOT, "dist") });
  server = await servePage(SAMPLE);
  firefox = await launchFirefox({ extension });
});

after(async () => {
  await firefox?.close();
  await server?.close();
});

for (const variant of ["plain", "strict-csp"]) {
  describe(`Firefox: panel on the sample page (${variant})`, { timeout: 300000 }, () => {
    let page;
    let pageUrl;
    let native;
    const pageErrors = [];
    let errorsBefore = 0;
    let violationsBefore = 0;

    before(async () => {
      pageUrl = `${server.origin}${variant === "plain" ? "" : "/strict"}/article.html`;
      native = nativeAnalysis(SAMPLE, ["--url", pageUrl, "--now", today()]);
      page = await firefox.browser.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.evaluateOnNewDocument(() => {
        window.__cspViolations = 0;
        document.addEventListener("securitypolicyviolation", () => window.__cspViolations++);
      });
      await page.goto(pageUrl, { waitUntil: "load", timeout: 60000 });
      // The page's own scripts, styles and images are blocked or 404 here: that noise
      // comes before the panel and is not counted.
      await sleep(500);
      errorsBefore = pageErrors.length;
      violationsBefore = await page.evaluate(() => window.__cspViolations);
    });

    after(async () => {
      await page?.close();
    });

    test("the panel opens and shows the actors, quotes and dates", async (t) => {
      const drawn = await openPanel(page, t);
      assert.deepEqual(drawn.texts[".error"], [], "the panel shows an error");
      assert.ok(drawn.closed, "the panel's shadow root is closed");
      const fromPage = await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, HOST_TAG);
      assert.equal(fromPage, null, "the page cannot reach into the panel");

      const s = await query(page, ["h2", ".name", "blockquote", ".written", ".sr-only"]);
      assert.deepEqual(s.texts.h2, ["Key actors", "Quotes", "Timeline", "Key sentences"]);
      assert.ok(native.actors.length > 0 && native.quotes.length > 0 && native.dates.length > 0, "the sample has all three");
      assertShowsAnalysis(s.texts, native);
      const counts = `${native.actors.length} actors, ${native.quotes.length} quotes, ${native.dates.length} dates`;
      assert.deepEqual(s.texts[".sr-only"], [`Analysis ready: ${counts}.`]);
      await page.screenshot({ path: path.join(ARTIFACTS, `firefox-panel-${variant}.png`) });
    });

    test("Copy, Markdown and Link put the quote with its source on the clipboard", async () => {
      const expected = expectedCopies(native.quotes[0], native.article, pageUrl);
      assert.equal(await copyVia(page, "button.copy-text"), expected.text);
      assert.equal(await copyVia(page, "button.copy-md"), expected.markdown);
      assert.equal(await copyVia(page, "button.copy-link"), expected.link);
    });

    test("the copied text-fragment link scrolls a new tab to the quote", async () => {
      const link = await copyVia(page, "button.copy-link");
      const words = native.quotes[0].text.split(/\s+/).slice(0, 4).join(" ");
      const tab = await firefox.browser.newPage();
      try {
        await tab.goto(link, { waitUntil: "load", timeout: 60000 });
        const where = () =>
          tab.evaluate((t) => {
            const el = [...document.querySelectorAll("p, li, blockquote")].find((e) => e.textContent.includes(t));
            const r = el?.getBoundingClientRect();
            return { found: Boolean(el), scrollY: scrollY, visible: Boolean(r && r.bottom > 0 && r.top < innerHeight) };
          }, words);
        const seen = await until(async () => {
          const w = await where();
          return w.scrollY > 0 && w.visible ? w : null;
        }, 10000);
        assert.ok(seen, `${link}: ${JSON.stringify(await where())}`);
      } finally {
        await tab.close();
      }
    });

    test("pressing an actor highlights its mentions; again clears", async () => {
      const first = native.actors[0];
      const names = [first.name, ...first.aliases].map((n) => n.toLowerCase());
      await click(page, "button.actor-toggle");
      const ranges = await until(() => highlightTexts(page), 5000);
      assert.ok(ranges && ranges.length >= 1, "the lede-actor highlight has ranges");
      for (const r of ranges) assert.ok(names.includes(r.replace(/\s+/g, " ").toLowerCase()), `range ${r}`);
      await page.screenshot({ path: path.join(ARTIFACTS, `firefox-highlight-${variant}.png`) });
      await click(page, "button.actor-toggle");
      assert.equal(await until(async () => (await highlightTexts(page)) === null, 5000), true, "pressing again clears it");
    });

    test("a second activation closes the panel", async () => {
      await toggle(page);
      const gone = await until(async () => (await query(page, []))?.present === false, 20000);
      assert.ok(gone, "the panel did not close");
    });

    test("no errors and no CSP violations from the extension", async () => {
      assert.deepEqual(pageErrors.slice(errorsBefore), []);
      assert.equal(await page.evaluate(() => window.__cspViolations), violationsBefore, "CSP violations");
    });
  });
}
