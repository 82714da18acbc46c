// End-to-end: the unpacked extension in headless Chromium on the sample page, served
// plain and with a strict CSP (default-src 'self', Trusted Types). The action is run for
// real (CDP Extensions.triggerAction), the panel is read through its closed shadow root,
// and what it shows is checked against the native CLI's analysis of the same page.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { ARTIFACTS, ROOT, SAMPLE, nativeAnalysis } from "./helpers.mjs";
import { HOST_TAG, PanelReader, launch, servePage } from "./browser.mjs";

/** The local day, as the service worker passes it in `now`. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The citation a Copy button must put on the clipboard (the panel's contract). */
function expectedCitation(quote, article, pageUrl) {
  const start = quote.text.trim().split(/\s+/).slice(0, 6).join(" ");
  const url = `${pageUrl}#:~:text=${encodeURIComponent(start).replace(/-/g, "%2D")}`;
  const source = [quote.speaker, article.siteName, article.published?.slice(0, 10), url];
  return `“${quote.text}” — ${source.filter(Boolean).join(", ")}`;
}

/** Console noise of the page itself (its scripts and images are 404 or blocked here). */
const PAGE_NOISE = /Failed to load resource/;

/**
 * Runs the extension's action on the page and waits for the panel to appear. A
 * synthetic action right after start-up is now and then not granted activeTab
 * (the worker logs "Cannot access contents of the page"), which a real click always
 * is; so one retry, reported as a diagnostic.
 */
async function openPanel(page, panel, t) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    await page.triggerExtensionAction(chrome.extension);
    if (await panel.waitPresent(5000)) return;
    t.diagnostic(`action ${attempt} did not open the panel; worker said: ${workerLog.slice(-1)}`);
  }
  throw new Error("the action did not open the panel");
}

let chrome;
let server;
const workerLog = [];
const workerErrors = [];

before(async () => {
  assert.ok(SAMPLE, "no sample page (tests/fixtures/zelensky-nato/page.html)");
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await servePage(SAMPLE);
  chrome = await launch();
  const worker = await chrome.workerTarget.worker();
  const log = createWriteStream(path.join(ARTIFACTS, "service-worker.log"));
  worker.on("console", (m) => {
    log.write(`${m.type()}: ${m.text()}\n`);
    workerLog.push(m.text());
    if (m.type() === "error") workerErrors.push(m.text());
  });
});

after(async () => {
  await chrome?.close();
  await server?.close();
});

test("the shortcut Alt+Shift+L runs the action", async () => {
  const worker = await chrome.workerTarget.worker();
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const action = commands.find((c) => c.name === "_execute_action");
  assert.equal(action?.shortcut, "Alt+Shift+L");
});

for (const variant of ["plain", "strict-csp"]) {
  describe(`panel on the sample page (${variant})`, () => {
    let page;
    let panel;
    let pageUrl;
    let native;
    const errors = [];

    before(async () => {
      pageUrl = `${server.origin}${variant === "plain" ? "" : "/strict"}/article.html`;
      native = nativeAnalysis(SAMPLE, ["--url", pageUrl, "--now", today()]);
      page = await chrome.browser.newPage();
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      await page.evaluateOnNewDocument(() => {
        window.__cspViolations = 0;
        document.addEventListener("securitypolicyviolation", () => window.__cspViolations++);
      });
      await page.goto(pageUrl, { waitUntil: "load" });
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      panel = await PanelReader.attach(page);
    });

    after(async () => {
      await page?.close();
    });

    test("the action opens a complete panel that matches the native analysis", async (t) => {
      const violationsBefore = await page.evaluate(() => window.__cspViolations);
      const layoutBefore = await page.evaluate(() => document.body.getBoundingClientRect().toJSON());
      await page.focus("a[href]"); // focus must come back here on close
      await openPanel(page, panel, t);
      await panel.waitDrawn();

      // Closed: the page cannot reach into the panel.
      const shadowFromPage = await page.evaluate((tag) => document.querySelector(tag).shadowRoot, HOST_TAG);
      assert.equal(shadowFromPage, null);
      assert.equal((await panel.root()).shadowRootType, "closed");
      assert.deepEqual(await panel.texts(".error"), [], "the panel shows an error");
      // Focus moved to the close button, which shows a focus ring.
      assert.equal(await panel.focusedClass(), "close");
      const [closeId] = await panel.nodes("button.close");
      const ring = await panel.call(closeId, function () {
        return getComputedStyle(this).outlineStyle;
      });
      assert.equal(ring, "solid", "the focused button shows a focus ring");

      assert.deepEqual(await panel.texts("h2"), ["Key actors", "Quotes", "Dates", "Key sentences"]);
      await page.screenshot({ path: path.join(ARTIFACTS, `panel-${variant}.png`) });
      // The most salient actors first; the rest behind "Show all".
      const shown = Math.min(native.actors.length, 6);
      assert.equal((await panel.nodes("li.actor:not([hidden])")).length, shown);
      if (native.actors.length > shown) {
        await panel.click("button.more");
        assert.equal(await panel.attribute("button.more", "aria-expanded"), "true");
        assert.equal((await panel.nodes("li.actor:not([hidden])")).length, native.actors.length);
        await panel.click("button.more");
        assert.equal((await panel.nodes("li.actor:not([hidden])")).length, shown);
      }
      const names = await panel.texts(".name");
      for (const actor of native.actors) assert.ok(names.includes(actor.name), `actor ${actor.name}`);
      const quotes = await panel.texts("blockquote");
      for (const quote of native.quotes) assert.ok(quotes.includes(`“${quote.text}”`), `quote ${quote.text}`);
      const dates = await panel.texts(".written");
      for (const date of native.dates) assert.ok(dates.includes(date.text), `date ${date.text}`);
      const sentences = await panel.texts("#lede-summary ~ ul li");
      assert.deepEqual(sentences, native.summary.map((s) => s.text));
      // Page text went in as text: no element the panel does not make itself.
      assert.deepEqual(await panel.nodes("img, script, a, iframe, style, link, object"), []);
      const counts = `${native.actors.length} actors, ${native.quotes.length} quotes, ${native.dates.length} dates`;
      assert.deepEqual(await panel.texts(".sr-only"), [`Analysis ready: ${counts}.`]);

      // Fixed overlay: the page's layout did not move.
      const layoutAfter = await page.evaluate(() => document.body.getBoundingClientRect().toJSON());
      assert.deepEqual(layoutAfter, layoutBefore);
      assert.equal(await panel.attribute("button.close", "aria-label"), "Close the lede panel");

      // Dark mode follows prefers-color-scheme.
      const background = async () => {
        const [nodeId] = await panel.nodes(".panel");
        return await panel.call(nodeId, function () {
          return getComputedStyle(this).backgroundColor;
        });
      };
      const light = await background();
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      assert.notEqual(await background(), light, "dark mode changes the panel's colours");
      await page.screenshot({ path: path.join(ARTIFACTS, `panel-${variant}-dark.png`) });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      if (variant === "plain") {
        mkdirSync(path.join(ROOT, "docs"), { recursive: true });
        copyFileSync(path.join(ARTIFACTS, "panel-plain.png"), path.join(ROOT, "docs/panel.png"));
      }
      assert.equal(await page.evaluate(() => window.__cspViolations), violationsBefore, "CSP violations");
    });

    test("Copy puts the quote with its source on the clipboard", async (t) => {
      if (native.quotes.length === 0) {
        t.skip("the analysis has no quotes yet");
        return;
      }
      const context = chrome.browser.defaultBrowserContext();
      await context.overridePermissions(server.origin, ["clipboard-read", "clipboard-sanitized-write"]);
      await panel.click("button.copy", 0);
      let copied = "";
      for (let i = 0; i < 50 && !copied.startsWith("“"); i++) {
        copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => "");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(copied, expectedCitation(native.quotes[0], native.article, pageUrl));
      assert.deepEqual((await panel.texts("button.copy")).slice(0, 1), ["Copied"]);
    });

    test("Escape closes the panel and gives focus back", async () => {
      await page.keyboard.press("Escape");
      await panel.waitGone();
      const focused = await page.evaluate(() => document.activeElement?.matches("a[href]") ?? false);
      assert.ok(focused, "focus returned to the page's link");
    });

    test("a second activation closes the panel (toggle)", async () => {
      await page.triggerExtensionAction(chrome.extension);
      await panel.waitDrawn();
      await page.triggerExtensionAction(chrome.extension);
      await panel.waitGone();
    });

    test("no console errors from the extension", () => {
      assert.deepEqual(errors.filter((e) => !PAGE_NOISE.test(e)), []);
      assert.deepEqual(workerErrors, []);
    });
  });
}
