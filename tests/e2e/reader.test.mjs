// End-to-end: the reader overlay of the unpacked extension in headless Chromium.
// On the sample page (plain, and under a strict CSP with Trusted Types) it is opened
// from the panel's Reader button and with its own shortcut (Alt+Shift+V), read through
// its closed shadow root and checked against the native CLI's analysis: title, byline,
// site, date, reading time, the sanitized article with its images and captions, the
// side column (actors, quotes, timeline, which search the overlay's article, not the
// page), themes / text size / line width applied live and remembered across reopen and
// reload (chrome.storage.local), the page's scrolling blocked and restored, focus
// trapped and given back on Escape. Then on five pages of ../shared/corpus (two right
// to left; skipped when ../shared is absent), served on 127.0.0.1 with their own
// scripts blocked. External images are answered with a local placeholder (no network);
// screenshots go to tests/e2e/artifacts/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import { ARTIFACTS, ROOT, SAMPLE, SHARED, nativeAnalysis, needsShared } from "./helpers.mjs";
import { HOST_TAG, PanelReader, READER_TAG, launch, openPanel as openPanelWith, servePages } from "./browser.mjs";

const HAVE_SHARED = !needsShared("corpus");
/** Varied corpus pages: Mozilla's RTL test page, a real Arabic news page, images with
 *  captions, French, and an English news page rich in actors, quotes and dates. */
const CORPUS = [
  { name: "mozilla-rtl-1", file: "corpus/readability/html/rtl-1.html.gz", rtl: true },
  { name: "arabic-news", file: "corpus/htmldate-news/html/mc-1550981615.html.gz", rtl: true },
  { name: "images-captions", file: "corpus/readability/html/keep-images.html.gz" },
  { name: "french-lemonde", file: "corpus/readability/html/lemonde-1.html.gz" },
  {
    name: "sports-news",
    file: "corpus/scrapinghub-aeb/html/0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0.html.gz",
  },
];
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
/** Corpus pages: their scripts stay off (no noise, and the overlay must not need them). */
const NO_SCRIPTS_CSP = "script-src 'none'";
/** Console noise of the pages themselves: their scripts (blocked) and files (not served). */
const PAGE_NOISE = /Failed to load resource|Manifest fetch from|Content Security Policy directive:? .script-src 'none'/;
/** What stands in for every image (the test has no network): a plain landscape. */
const PLACEHOLDER = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">' +
  '<defs><linearGradient id="s" x2="0" y2="1"><stop offset="0" stop-color="#9fb4c7"/>' +
  '<stop offset="1" stop-color="#d9e1e8"/></linearGradient></defs>' +
  '<rect width="1200" height="675" fill="url(#s)"/>' +
  '<path d="M0 520 L260 330 L420 450 L640 250 L900 470 L1200 360 V675 H0 Z" fill="#7d8e9e"/>' +
  '<path d="M0 600 L300 480 L560 580 L820 500 L1200 590 V675 H0 Z" fill="#5f6f7e"/></svg>';
const WPM = 230;
/** Page CSS that tries to hide, move, restyle or mirror lede's hosts and everything in. */
const HOSTILE_CSS = `<style>
:root { font-size: 40px !important; color: red !important; line-height: 5 !important;
  direction: rtl !important; letter-spacing: 6px !important; font-family: cursive !important; }
* { all: unset !important; }
lede-reader, lede-panel { display: none !important; position: static !important; opacity: 0 !important;
  transform: scale(0.1) !important; filter: invert(1) !important; width: 10px !important;
  height: 10px !important; visibility: hidden !important; pointer-events: none !important; }
div, p, h1, button, article, aside { color: red !important; background: lime !important; }
</style>`;

let chrome;
let server;
const workerLog = [];
const workerErrors = [];
const tmp = path.join(os.tmpdir(), `lede-reader-${process.pid}`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const norm = (s) => String(s ?? "").replace(/\s+/g, " ").trim();

async function until(fn, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value || Date.now() > end) return value;
    await sleep(100);
  }
}

/** A tab on `url`: light colour scheme, external requests answered locally, console
 *  errors and CSP violations recorded, and readers for the panel and the overlay. */
async function openTab(url) {
  let tab = null;
  const page = await chrome.browser.newPage();
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.setRequestInterception(true);
  page.on("request", (req) => {
    const u = req.url();
    if (u.startsWith(server.origin) || u.startsWith("data:") || u.startsWith("chrome-extension:")) {
      req.continue();
    } else if (req.resourceType() === "image") {
      req.respond({ status: 200, contentType: "image/svg+xml", body: PLACEHOLDER });
    } else {
      req.abort();
    }
  });
  await page.goto(url, { waitUntil: "load" });
  // From here on (the page's own CSP reports while loading are not the extension's).
  const errors = [];
  page.on("console", (m) => m.type() === "error" && !tab?.reloading && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  const panel = await PanelReader.attach(page);
  const reader = await PanelReader.attach(page, READER_TAG);
  tab = { page, panel, reader, errors, url, reloading: false };
  return tab;
}

/** Runs the action until the panel appears and waits for it drawn. */
async function openPanel(tab, t) {
  const onMiss = (n) => t.diagnostic(`action ${n} did not open the panel; worker said: ${workerLog.slice(-1)}`);
  await openPanelWith(tab.page, tab.panel, chrome.extension, { onMiss });
  await tab.panel.waitDrawn();
}

/** The panel's Reader button, clicked for real; waits for the drawn overlay. */
async function openReaderFromPanel(tab, t) {
  if (!(await tab.panel.hostPresent())) await openPanel(tab, t);
  await tab.panel.click("button.reader-open");
  assert.ok(await tab.reader.waitPresent(5000), "the Reader button opened no overlay");
  await tab.reader.waitDrawn();
}

/** Alt+Shift+V as the browser's own shortcut would send it (the "reader" command). */
async function pressReaderShortcut(tab) {
  const worker = await chrome.workerTarget.worker();
  // Headless Chromium does not route synthetic key events to extension commands; the
  // event is dispatched to background.js's listeners with the tab, as the browser does.
  await worker.evaluate(async (url) => {
    const [target] = await chrome.tabs.query({ url });
    chrome.commands.onCommand.dispatch("reader", target);
  }, tab.url);
}

/** Calls `fn` (this = the element) on the first match of `selector` in the overlay. */
async function onNode(reader, selector, fn) {
  const [nodeId] = await reader.nodes(selector);
  assert.ok(nodeId !== undefined, `no ${selector} in the overlay`);
  return await reader.call(nodeId, fn);
}

const style = (reader, selector, property) =>
  onNode(reader, selector, new Function(`return getComputedStyle(this)[${JSON.stringify(property)}];`));

/** The page's view of focus: the overlay's host when focus is inside it. */
const pageFocus = (tab) => tab.page.evaluate(() => document.activeElement?.localName ?? null);

before(async () => {
  assert.ok(SAMPLE, "no sample page (tests/fixtures/zelensky-nato/page.html)");
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const sample = readFileSync(SAMPLE);
  const pages = {
    "/sample.html": { html: sample },
    "/strict/sample.html": { html: sample, csp: STRICT_CSP },
    "/hostile-css/sample.html": { html: sample.toString("utf8").replace("</head>", `${HOSTILE_CSS}</head>`) },
  };
  if (HAVE_SHARED) {
    for (const c of CORPUS) {
      c.local = path.join(tmp, `${c.name}.html`); // for the native CLI (outside the repo)
      const html = gunzipSync(readFileSync(path.join(SHARED, c.file)));
      writeFileSync(c.local, html);
      pages[`/corpus/${c.name}.html`] = { html, csp: NO_SCRIPTS_CSP };
    }
  }
  server = await servePages(pages);
  chrome = await launch();
  const worker = await chrome.workerTarget.worker();
  worker.on("console", (m) => {
    workerLog.push(m.text());
    if (m.type() === "error") workerErrors.push(m.text());
  });
});

after(async () => {
  await chrome?.close();
  await server?.close();
});

test("the reader has its own shortcut, Alt+Shift+V", async () => {
  const worker = await chrome.workerTarget.worker();
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  assert.equal(commands.find((c) => c.name === "reader")?.shortcut, "Alt+Shift+V");
  const permissions = await worker.evaluate(() => chrome.runtime.getManifest().permissions);
  assert.ok(permissions.includes("storage"), "the storage permission remembers the settings");
});

for (const variant of ["plain", "strict-csp"]) {
  describe(`reader on the sample page (${variant})`, () => {
    let tab;
    let native;

    before(async () => {
      const url = `${server.origin}${variant === "plain" ? "" : "/strict"}/sample.html`;
      native = nativeAnalysis(SAMPLE, ["--url", url]);
      tab = await openTab(url);
    });

    after(async () => {
      await tab?.page.close();
    });

    test("the panel's Reader button opens the article with its analysis", async (t) => {
      const { page, reader } = tab;
      await page.focus("a[href]");
      await openPanel(tab, t);
      const before_ = await page.evaluate(() => ({
        body: document.body.getBoundingClientRect().toJSON(),
        scrollY: window.scrollY,
        overflow: getComputedStyle(document.documentElement).overflow,
        violations: window.__violations.length,
      }));
      await openReaderFromPanel(tab, t);

      // Closed: the page cannot reach into the overlay.
      assert.equal(await page.evaluate((tag) => document.querySelector(tag).shadowRoot, READER_TAG), null);
      assert.equal((await reader.root()).shadowRootType, "closed");
      assert.deepEqual(await reader.texts(".error"), []);

      const a = native.article;
      assert.deepEqual(await reader.texts("h1.title"), [a.title]);
      assert.deepEqual(await reader.texts(".byline"), a.byline ? [a.byline] : []);
      assert.deepEqual(await reader.texts(".site"), a.siteName ? [a.siteName] : []);
      assert.equal(await reader.attribute("time.published", "datetime"), a.published.slice(0, 10));
      const minutes = Math.max(1, Math.round(a.wordCount / WPM));
      assert.deepEqual(await reader.texts(".reading-time"), [`${minutes} min read`]);
      // The article: the core's sanitized HTML, images and captions included.
      const content = norm((await reader.texts(".content"))[0]);
      for (const para of a.text.split("\n\n").slice(0, 5)) assert.ok(content.includes(norm(para)), `paragraph ${para}`);
      assert.equal((await reader.nodes(".content img")).length, (a.html.match(/<img\b/g) ?? []).length);
      assert.equal((await reader.nodes(".content figcaption")).length, (a.html.match(/<figcaption\b/g) ?? []).length);
      assert.deepEqual(await reader.nodes("script, style, iframe, link, object, embed, form"), []);
      // Beside it, the analysis.
      assert.deepEqual(await reader.texts(".side h2"), ["Key actors", "Quotes", "Timeline"]);
      const names = await reader.texts(".side .name");
      for (const actor of native.actors) assert.ok(names.includes(actor.name), `actor ${actor.name}`);
      const quotes = await reader.texts(".side blockquote");
      for (const q of native.quotes) assert.ok(quotes.includes(`“${q.text}”`), `quote ${q.text}`);
      assert.equal((await reader.nodes(".side .resolved")).length, native.dates.length);
      // A labelled modal dialog, focus on the article (the keyboard scrolls it).
      assert.equal(await reader.attribute(".reader", "aria-modal"), "true");
      assert.equal(await reader.attribute(".reader", "aria-labelledby"), "lede-reader-title");
      assert.equal(await reader.focusedClass(), "article-pane");
      assert.equal(await pageFocus(tab), READER_TAG);

      // The page does not scroll under the overlay, and its layout did not move.
      const during = await page.evaluate(() => ({
        body: document.body.getBoundingClientRect().toJSON(),
        overflow: getComputedStyle(document.documentElement).overflow,
      }));
      assert.equal(during.overflow, "hidden");
      assert.deepEqual(during.body, before_.body);
      await page.mouse.move(640, 450);
      await page.mouse.wheel({ deltaY: 800 });
      await sleep(300);
      assert.equal(await page.evaluate(() => window.scrollY), before_.scrollY, "the page scrolled");
      assert.ok(await onNode(reader, ".article-pane", function () {
        return this.scrollTop > 0;
      }), "the article scrolls");
      await onNode(reader, ".article-pane", function () {
        this.scrollTop = 0;
      });
      await page.screenshot({ path: path.join(ARTIFACTS, `reader-${variant}-light.png`) });
      const violations = (await page.evaluate(() => window.__violations)).slice(before_.violations);
      // Under default-src 'self' the page's own CSP may refuse the article's images.
      assert.deepEqual(violations.filter((v) => !v.startsWith("img-src")), [], "CSP violations");
    });

    test("the side column highlights and scrolls to the overlay's article, not the page", async () => {
      const { page, reader } = tab;
      const first = native.actors[0];
      await reader.click(".side button.actor-toggle", 0);
      const ranges = await page.evaluate(() => {
        const h = CSS.highlights.get("lede-reader-actor");
        return { reader: h ? [...h].map((r) => r.toString()) : null, page: CSS.highlights.has("lede-actor") };
      });
      const names = [first.name, ...first.aliases].map((n) => n.toLowerCase());
      assert.ok(ranges.reader?.length >= 1, "mentions highlighted in the article");
      for (const r of ranges.reader) assert.ok(names.includes(norm(r).toLowerCase()), `range ${r}`);
      assert.equal(ranges.page, false, "the page underneath is not highlighted");
      await reader.click(".side button.actor-toggle", 0); // again: cleared
      assert.equal(await page.evaluate(() => CSS.highlights.has("lede-reader-actor")), false);

      const q = native.quotes.length - 1;
      if (q < 0) return;
      const scrollY = await page.evaluate(() => window.scrollY);
      await reader.click(".side li.quote button.quote-text", q);
      const focus = await until(() => page.evaluate(() => {
        const h = CSS.highlights.get("lede-reader-focus");
        return h ? [...h].map((r) => r.toString()) : null;
      }));
      assert.deepEqual(focus?.map(norm), [norm(native.quotes[q].text)]);
      assert.ok(await onNode(reader, ".article-pane", function () {
        return this.scrollTop > 0;
      }), "the article scrolled to the quote");
      assert.equal(await page.evaluate(() => window.scrollY), scrollY, "the page did not scroll");
    });

    test("themes, text size and line width apply live and are remembered", async (t) => {
      const { page, reader } = tab;
      const worker = await chrome.workerTarget.worker();
      await worker.evaluate(() => chrome.storage.local.clear());
      const background = () => style(reader, ".reader", "backgroundColor");
      const light = await background();
      assert.equal(await reader.attribute(".reader", "data-theme"), "auto");
      assert.equal(await reader.attribute("button.theme-auto", "aria-pressed"), "true");

      await reader.click("button.theme-dark");
      const dark = await background();
      assert.notEqual(dark, light);
      assert.equal(await reader.attribute("button.theme-dark", "aria-pressed"), "true");
      assert.equal(await reader.attribute("button.theme-auto", "aria-pressed"), "false");
      // The top of the article, with the first actor's mentions highlighted.
      for (const sel of [".article-pane", ".side"]) {
        await onNode(reader, sel, function () {
          this.scrollTop = 0;
        });
      }
      await reader.click(".side button.actor-toggle", 0);
      await page.screenshot({ path: path.join(ARTIFACTS, `reader-${variant}-dark.png`) });
      await reader.click(".side button.actor-toggle", 0);
      await reader.click("button.theme-sepia");
      const sepia = await background();
      assert.ok(sepia !== light && sepia !== dark, "sepia has its own colours");
      await page.screenshot({ path: path.join(ARTIFACTS, `reader-${variant}-sepia.png`) });
      // Auto follows the system: dark when the system is dark.
      await reader.click("button.theme-auto");
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      assert.equal(await background(), dark);
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      assert.equal(await background(), light);

      // Text size and line width, live.
      const size = () => style(reader, ".article", "fontSize");
      const width = () => style(reader, ".article", "maxWidth");
      assert.equal(await size(), "19px");
      await reader.click("button.larger");
      assert.equal(await size(), "21px");
      const wide = parseFloat(await width());
      await reader.click("button.narrower");
      assert.ok(parseFloat(await width()) < wide, "narrower lines");
      for (let i = 0; i < 8; i++) await reader.click("button.smaller");
      assert.equal(await size(), "15px", "the smallest size is a floor");
      assert.equal(await reader.attribute("button.smaller", "aria-disabled"), "true");
      await reader.click("button.larger");
      await reader.click("button.larger"); // 19px
      await reader.click("button.larger"); // 21px
      await reader.click("button.theme-dark");

      // Remembered: in chrome.storage.local, on reopen, and after a reload.
      const stored = await until(async () => {
        const got = (await worker.evaluate(() => chrome.storage.local.get("ledeReader"))).ledeReader;
        return got?.theme === "dark" && got?.size === 21 ? got : null;
      });
      assert.deepEqual(stored, { theme: "dark", size: 21, measure: 32 });
      await page.keyboard.press("Escape");
      await reader.waitGone();
      await openReaderFromPanel(tab, t);
      assert.equal(await reader.attribute(".reader", "data-theme"), "dark");
      assert.equal(await size(), "21px");
      await page.keyboard.press("Escape");
      await reader.waitGone();
      tab.reloading = true; // the page's own CSP reports while it loads again
      await page.reload({ waitUntil: "load" });
      tab.reloading = false;
      await page.focus("a[href]");
      await pressReaderShortcut(tab);
      assert.ok(await reader.waitPresent(5000), "the shortcut opened no overlay");
      await reader.waitDrawn();
      assert.equal(await reader.attribute(".reader", "data-theme"), "dark");
      assert.equal(await size(), "21px");
      assert.equal(await background(), dark);
      await page.keyboard.press("Escape");
      await reader.waitGone();
      await worker.evaluate(() => chrome.storage.local.clear());
    });

    test("focus stays in the overlay; Escape closes it and gives focus back", async (t) => {
      const { page, panel, reader } = tab;
      const htmlBefore = await page.evaluate(() => ({
        style: document.documentElement.getAttribute("style"),
        overflow: getComputedStyle(document.documentElement).overflow,
      }));
      await openReaderFromPanel(tab, t);
      // Every button has an accessible name.
      for (const nodeId of await reader.nodes("button")) {
        const name = await reader.call(nodeId, function () {
          return (this.getAttribute("aria-label") || this.textContent).trim();
        });
        assert.ok(name, "a button without a name");
      }
      // Shift+Tab from the first control goes to the last, Tab from there to the first.
      await onNode(reader, "button.theme-auto", function () {
        this.focus();
      });
      await page.keyboard.down("Shift");
      await page.keyboard.press("Tab");
      await page.keyboard.up("Shift");
      const last = await reader.call((await reader.root()).nodeId, function () {
        const all = [...this.querySelectorAll('button, a[href], [tabindex]:not([tabindex="-1"])')]
          .filter((e) => e.checkVisibility());
        return this.activeElement === all[all.length - 1];
      });
      assert.ok(last, "Shift+Tab from the first control reaches the last one");
      await page.keyboard.press("Tab");
      assert.match(await reader.focusedClass(), /theme-auto/);
      assert.equal(await style(reader, "button.theme-auto", "outlineStyle"), "solid", "visible focus ring");
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        assert.equal(await pageFocus(tab), READER_TAG, `Tab ${i + 1} left the overlay`);
      }
      // The page's own keyboard shortcuts do not fire under the overlay.
      await page.evaluate(() => {
        window.__keys = 0;
        document.addEventListener("keydown", () => window.__keys++);
      });
      await page.keyboard.press("j");
      await page.keyboard.press("ArrowDown");
      assert.equal(await page.evaluate(() => window.__keys), 0, "the page saw key presses");
      // A page script that grabs focus does not take it out.
      await page.evaluate(() => document.querySelector("a[href]").focus());
      assert.equal(await pageFocus(tab), READER_TAG);

      // Escape: closed, the page scrolls again, focus on the panel's Reader button.
      await page.keyboard.press("Escape");
      await reader.waitGone();
      assert.ok(await page.$(HOST_TAG), "Escape closed the overlay only");
      assert.equal(await panel.focusedClass(), "reader-open");
      const htmlAfter = await page.evaluate(() => ({
        style: document.documentElement.getAttribute("style"),
        overflow: getComputedStyle(document.documentElement).overflow,
      }));
      assert.deepEqual(htmlAfter, htmlBefore, "the page's <html> is as it was");
      await page.keyboard.press("Escape");
      await panel.waitGone();

      // From the page with the shortcut: focus returns to the page's element; the
      // shortcut again closes (toggle).
      await page.focus("a[href]");
      await pressReaderShortcut(tab);
      assert.ok(await reader.waitPresent(5000));
      await reader.waitDrawn();
      assert.equal(await reader.focusedClass(), "article-pane");
      await page.keyboard.press("Escape");
      await reader.waitGone();
      assert.ok(await page.evaluate(() => document.activeElement?.matches("a[href]") ?? false), "focus back on the link");
      await pressReaderShortcut(tab);
      await reader.waitDrawn();
      await pressReaderShortcut(tab);
      await reader.waitGone();
    });

    test("the action closes the overlay; removing it restores scrolling; narrow windows stack", async (t) => {
      const { page, panel, reader } = tab;
      // The action (Alt+Shift+L) while the overlay is open closes the overlay only.
      await openReaderFromPanel(tab, t);
      await page.triggerExtensionAction(chrome.extension);
      await reader.waitGone();
      assert.ok(await page.$(HOST_TAG), "the panel stays");
      await page.keyboard.press("Escape");
      await panel.waitGone();

      // A page script that removes the overlay's host gets its scrolling back.
      const overflow = () => page.evaluate(() => getComputedStyle(document.documentElement).overflow);
      const before_ = await overflow();
      await pressReaderShortcut(tab);
      assert.ok(await reader.waitPresent(5000));
      await reader.waitDrawn();
      assert.equal(await overflow(), "hidden");
      await page.evaluate((tag) => document.querySelector(tag).remove(), READER_TAG);
      assert.equal(await until(async () => ((await overflow()) === before_ ? before_ : null)), before_);

      // A narrow window: the side column goes under the article, and the whole scrolls.
      await page.setViewport({ width: 480, height: 860 });
      try {
        await pressReaderShortcut(tab); // opens again: the removal closed it
        assert.ok(await reader.waitPresent(5000));
        await reader.waitDrawn();
        const box = (sel) => onNode(reader, sel, function () {
          return this.getBoundingClientRect().toJSON();
        });
        const pane = await box(".article-pane");
        const side = await box(".side");
        assert.ok(side.top >= pane.bottom - 1 && side.width > 400, JSON.stringify({ pane, side }));
        assert.equal(await style(reader, ".main", "overflowY"), "auto");
        await page.screenshot({ path: path.join(ARTIFACTS, `reader-${variant}-narrow.png`) });
        await page.keyboard.press("Escape");
        await reader.waitGone();
      } finally {
        await page.setViewport({ width: 1280, height: 900 });
      }
    });

    test("no console errors from the extension", () => {
      assert.deepEqual(tab.errors.filter((e) => !PAGE_NOISE.test(e)), []);
      assert.deepEqual(workerErrors, []);
    });
  });
}

test("the page's CSS cannot hide, move or restyle the overlay", async (t) => {
  const tab = await openTab(`${server.origin}/hostile-css/sample.html`);
  try {
    const { page, reader } = tab;
    await openReaderFromPanel(tab, t);
    const host = await page.evaluate((tag) => {
      const h = document.querySelector(tag);
      const cs = getComputedStyle(h);
      return { rect: h.getBoundingClientRect().toJSON(), display: cs.display, opacity: cs.opacity,
        visibility: cs.visibility, filter: cs.filter, transform: cs.transform, position: cs.position };
    }, READER_TAG);
    assert.deepEqual(
      { ...host, rect: [host.rect.x, host.rect.y, host.rect.width, host.rect.height] },
      { rect: [0, 0, 1280, 900], display: "block", opacity: "1", visibility: "visible", filter: "none",
        transform: "none", position: "fixed" },
    );
    assert.equal(await style(reader, ".article", "fontSize"), "19px");
    assert.equal(await style(reader, ".article", "letterSpacing"), "normal");
    assert.equal(await style(reader, ".article", "direction"), "ltr");
    assert.equal(await style(reader, "h1.title", "color"), "rgb(27, 28, 30)");
    assert.equal(await style(reader, ".reader", "backgroundColor"), "rgb(251, 251, 249)");
    await page.screenshot({ path: path.join(ARTIFACTS, "reader-hostile-css.png") });
    await page.keyboard.press("Escape");
    await reader.waitGone();
    assert.deepEqual(tab.errors.filter((e) => !PAGE_NOISE.test(e)), []);
  } finally {
    await tab.page.close();
  }
});

describe("reader on corpus pages", { skip: needsShared("corpus") }, () => {
  for (const c of CORPUS) {
    test(`${c.name}: title, article and analysis shown${c.rtl ? ", right to left" : ""}`, async (t) => {
      const url = `${server.origin}/corpus/${c.name}.html`;
      const native = nativeAnalysis(c.local, ["--url", url]);
      const tab = await openTab(url);
      try {
        await openReaderFromPanel(tab, t);
        const { reader } = tab;
        assert.deepEqual(await reader.texts(".error"), []);
        assert.deepEqual(await reader.texts("h1.title"), [native.article.title || "Untitled page"]);
        const content = norm((await reader.texts(".content"))[0]);
        // textContent runs blocks together: look for a whole paragraph's first words.
        const para = native.article.text.split("\n\n").find((p) => p.length >= 40) ?? "";
        const start = norm(para).split(" ").slice(0, 10).join(" ");
        assert.ok(content.length > 200 && content.includes(start), `the article body has ${start}`);
        assert.equal((await reader.nodes(".content img")).length, (native.article.html.match(/<img\b/g) ?? []).length);
        assert.deepEqual(await reader.texts(".side h2"), ["Key actors", "Quotes", "Timeline"]);
        assert.equal((await reader.nodes(".side .name")).length, native.actors.length);
        const direction = await style(reader, ".article", "direction");
        assert.equal(direction, c.rtl ? "rtl" : "ltr");
        assert.equal(await reader.attribute("article.article", "dir"), c.rtl ? "rtl" : "ltr");
        assert.equal(await style(reader, ".side", "direction"), "ltr", "lede's own words stay LTR");
        if (c.rtl) {
          // The side column on the left of the article.
          const left = (sel) => onNode(reader, sel, function () {
            return this.getBoundingClientRect().left;
          });
          const side = await left(".side");
          const pane = await left(".article-pane");
          assert.ok(side < pane, "the side column is on the left");
        }
        if (native.article.lang) assert.equal(await reader.attribute("article.article", "lang"), native.article.lang);
        await tab.page.screenshot({ path: path.join(ARTIFACTS, `reader-corpus-${c.name}-light.png`) });
        // Dark, kept across a reopen; Escape gives focus back to the Reader button.
        await reader.click("button.theme-dark");
        assert.equal(await style(reader, ".reader", "backgroundColor"), "rgb(21, 23, 27)");
        await tab.page.screenshot({ path: path.join(ARTIFACTS, `reader-corpus-${c.name}-dark.png`) });
        await tab.page.keyboard.press("Escape");
        await reader.waitGone();
        assert.equal(await tab.panel.focusedClass(), "reader-open");
        await openReaderFromPanel(tab, t);
        assert.equal(await reader.attribute(".reader", "data-theme"), "dark");
        await reader.click("button.theme-auto");
        await tab.page.keyboard.press("Escape");
        await reader.waitGone();
        assert.equal(await tab.panel.focusedClass(), "reader-open");
        assert.deepEqual(tab.errors.filter((e) => !PAGE_NOISE.test(e)), []);
      } finally {
        await tab.page.close();
      }
    });
  }
  test("no errors in the service worker", () => {
    assert.deepEqual(workerErrors, []);
  });
});
