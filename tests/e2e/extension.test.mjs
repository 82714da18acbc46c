// End-to-end: the unpacked extension in headless Chromium on the sample page, served
// plain and with a strict CSP (default-src 'self', Trusted Types). The action is run for
// real (CDP Extensions.triggerAction), the panel is read through its closed shadow root,
// and what it shows is checked against the native CLI's analysis of the same page.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ARTIFACTS, ROOT, SAMPLE, assertShowsAnalysis, day, expectedCopies, highlightTexts, nativeAnalysis, today } from "./helpers.mjs";
import { HOST_TAG, PanelReader, launch, openPanel as openPanelWith, servePage, servePages } from "./browser.mjs";

/** Clicks a copy button and returns the new clipboard text (a sentinel is written first). */
async function copyVia(page, panel, selector, n = 0) {
  const sentinel = `sentinel ${Math.random()}`;
  await page.evaluate((s) => navigator.clipboard.writeText(s), sentinel);
  await panel.click(selector, n);
  for (let i = 0; i < 100; i++) {
    const text = await page.evaluate(() => navigator.clipboard.readText()).catch(() => sentinel);
    if (text !== sentinel) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${selector} did not change the clipboard`);
}

/** Whether the element holding `text` (after `context`) is inside the viewport. */
function inViewport(page, text) {
  return page.evaluate((t) => {
    const el = [...document.querySelectorAll("p, li, h1, h2, blockquote")].find((e) => e.textContent.includes(t));
    if (!el) return { found: false };
    const r = el.getBoundingClientRect();
    return { found: true, scrollY: window.scrollY, top: r.top, bottom: r.bottom, visible: r.bottom > 0 && r.top < innerHeight };
  }, text);
}

async function until(fn, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const weekday = (iso) => ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()];

/** Console noise of the page itself (its scripts and images are 404 or blocked here). */
const PAGE_NOISE = /Failed to load resource/;

/** Runs the action until the panel appears; a miss is reported with the worker's last word. */
function openPanel(page, panel, t) {
  const onMiss = (n) => t.diagnostic(`action ${n} did not open the panel; worker said: ${workerLog.slice(-1)}`);
  return openPanelWith(page, panel, chrome.extension, { onMiss });
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
    const copiedLinks = [];

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

      assert.deepEqual(await panel.texts("h2"), ["Key actors", "Quotes", "Timeline", "Key sentences"]);
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
      assertShowsAnalysis(await panel.textsOf([".name", "blockquote", ".written"]), native);
      const sentences = await panel.texts("#lede-summary ~ ul li");
      assert.deepEqual(sentences, native.summary.map((s) => s.text));
      const visible = await panel.texts("#lede-summary ~ ul li:not([hidden])");
      assert.deepEqual(visible, native.summary.slice(0, 3).map((s) => s.text), "3 key sentences by default");
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

    test("Copy, Markdown and Link put the quote with its source on the clipboard", async (t) => {
      if (native.quotes.length === 0) {
        t.skip("the analysis has no quotes yet");
        return;
      }
      const context = chrome.browser.defaultBrowserContext();
      await context.overridePermissions(server.origin, ["clipboard-read", "clipboard-sanitized-write"]);
      const expected = expectedCopies(native.quotes[0], native.article, pageUrl);
      assert.equal(await copyVia(page, panel, "button.copy-text", 0), expected.text);
      assert.deepEqual((await panel.texts("button.copy-text")).slice(0, 1), ["Copied"]);
      assert.equal(await copyVia(page, panel, "button.copy-md", 0), expected.markdown);
      assert.equal(await copyVia(page, panel, "button.copy-link", 0), expected.link);
      copiedLinks.push({ link: expected.link, text: native.quotes[0].text });
      // A quote whose words occur more than once gets prefix-,…,-suffix context.
      const lower = native.article.text.toLowerCase();
      const repeated = native.quotes.findIndex((q) => lower.indexOf(q.text.toLowerCase()) !== lower.lastIndexOf(q.text.toLowerCase()));
      if (repeated >= 0) {
        const link = await copyVia(page, panel, "button.copy-link", repeated);
        assert.match(link, /^[^#]+#:~:text=[^&]+-,[^,&]+,-[^,&]+$/, link);
        const context_ = native.article.text.slice(Math.max(0, native.quotes[repeated].span.start - 30), native.quotes[repeated].span.end);
        copiedLinks.push({ link, text: context_.split("\n").pop().trim() });
      }
    });

    test("Copy all as Markdown has the title and every quote", async () => {
      const md = await copyVia(page, panel, "button.copy-all");
      assert.ok(md.startsWith(`# ${native.article.title}\n`), md.slice(0, 200));
      for (const q of native.quotes) assert.ok(md.includes(`> ${q.text}\n`), `quote ${q.text}`);
      for (const h of ["## Key actors", "## Quotes", "## Timeline", "## Key sentences"]) assert.ok(md.includes(h), h);
    });

    test("the copied text-fragment link scrolls a new tab to the quote", async () => {
      assert.ok(copiedLinks.length > 0, "no link was copied");
      for (const { link, text } of copiedLinks) {
        const tab = await chrome.browser.newPage();
        try {
          await tab.goto(link, { waitUntil: "load" });
          const where = await until(async () => {
            const w = await inViewport(tab, text);
            return w.scrollY > 0 && w.visible ? w : null;
          });
          assert.ok(where, `${link}: ${JSON.stringify(await inViewport(tab, text))}`);
          await tab.screenshot({ path: path.join(ARTIFACTS, `text-fragment-${variant}-${copiedLinks.indexOf(copiedLinks.find((c) => c.link === link))}.png`) });
        } finally {
          await tab.close();
        }
      }
    });

    test("pressing an actor highlights its mentions and lists its quotes; again clears", async () => {
      const [first, second] = [0, 1].map((i) => native.actors[i]);
      const names = (a) => [a.name, ...a.aliases].map((n) => n.toLowerCase());
      await panel.click("button.actor-toggle", 0);
      assert.equal(await panel.attribute("button.actor-toggle", "aria-pressed"), "true");
      const ranges = await highlightTexts(page);
      assert.ok(ranges && ranges.length >= 1, "the lede-actor highlight has ranges");
      for (const r of ranges) assert.ok(names(first).includes(r.replace(/\s+/g, " ").toLowerCase()), `range ${r}`);
      const rule = await page.evaluate(() =>
        document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes("::highlight(lede-actor)"))),
      );
      assert.ok(rule, "the ::highlight(lede-actor) rule is adopted by the document");
      const own = native.quotes.filter((q) => q.speakerId === first.id).map((q) => `“${q.text}”`);
      assert.deepEqual(await panel.texts("ul.actor-quotes:not([hidden]) li"), own.length ? own : ["No direct quotes."]);
      await page.screenshot({ path: path.join(ARTIFACTS, `highlight-${variant}.png`) });

      // Keyboard: Enter on the second actor moves the highlight to it.
      const [secondId] = (await panel.nodes("button.actor-toggle")).slice(1);
      await panel.call(secondId, function () {
        this.focus();
      });
      await page.keyboard.press("Enter");
      const moved = await highlightTexts(page);
      assert.ok(moved.length >= 1 && moved.every((r) => names(second).includes(r.replace(/\s+/g, " ").toLowerCase())), JSON.stringify(moved));
      assert.equal(await panel.attribute("button.actor-toggle", "aria-pressed"), "false");
      await page.keyboard.press("Enter");
      assert.equal(await highlightTexts(page), null, "pressing again clears the highlight");
      assert.deepEqual(await panel.nodes("ul.actor-quotes:not([hidden])"), []);
    });

    test("the timeline is in calendar order in plain language; a date click scrolls to it", async () => {
      const days = [];
      for (const nodeId of await panel.nodes("time.day")) {
        days.push(await panel.call(nodeId, function () {
          return this.dateTime;
        }));
      }
      const resolved = days.filter(Boolean);
      assert.deepEqual(resolved, [...resolved].sort(), "calendar order");
      const lines = await panel.texts(".resolved");
      assert.equal(lines.length, native.dates.length);
      for (const line of lines) assert.match(line, / → /);
      const sunday = native.dates.find((d) => d.text === "Sunday" && d.start);
      if (sunday) assert.ok(lines.includes(`Sunday → ${day(sunday.start).replace(/^/, weekday(sunday.start) + " ")}`), JSON.stringify(lines));

      // The date written farthest down the article: scroll to the top, click it.
      const last = native.dates.reduce((a, b) => (b.span.start > a.span.start ? b : a));
      const index = lines.findIndex((l) => l.startsWith(`${last.text} → `));
      await page.evaluate(() => window.scrollTo(0, 0));
      await panel.click("button.date-jump", index);
      const focus = await until(() => highlightTexts(page, "lede-focus"));
      assert.deepEqual(focus?.map((r) => r.replace(/\s+/g, " ")), [last.text]);
      const where = await page.evaluate(() => {
        const r = [...CSS.highlights.get("lede-focus")][0].getBoundingClientRect();
        return { scrollY: window.scrollY, top: r.top, bottom: r.bottom, height: innerHeight };
      });
      assert.ok(where.scrollY > 0 && where.top >= 0 && where.bottom <= where.height, JSON.stringify(where));
      await page.screenshot({ path: path.join(ARTIFACTS, `date-scroll-${variant}.png`) });

      // A quote click scrolls too.
      await page.evaluate(() => window.scrollTo(0, 0));
      const q = native.quotes.length - 1;
      if (q >= 0) {
        await panel.click("li.quote button.quote-text", q);
        const got = await until(async () => {
          const t = await highlightTexts(page, "lede-focus");
          return t && t[0].replace(/\s+/g, " ") === native.quotes[q].text ? t : null;
        });
        assert.ok(got, "the quote is highlighted");
        assert.ok(await page.evaluate(() => window.scrollY > 0), "the page scrolled to the quote");
      }
    });

    test("Escape closes the panel, clears highlights and gives focus back", async () => {
      await panel.click("button.actor-toggle", 0);
      assert.ok((await highlightTexts(page))?.length >= 1);
      await page.keyboard.press("Escape");
      await panel.waitGone();
      assert.equal(await highlightTexts(page), null, "closing clears the highlight");
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

describe("panel on a page that gives no date", () => {
  const UNDATED = path.join(ROOT, "tests/regression/reference-from-now/page.html");
  let undated;
  let page;

  before(async () => {
    undated = await servePages({ "/undated.html": { html: readFileSync(UNDATED) } });
    page = await chrome.browser.newPage();
    await page.goto(`${undated.origin}/undated.html`, { waitUntil: "load" });
  });

  after(async () => {
    await page?.close();
    await undated?.close();
  });

  test("the timeline says its dates were resolved against today", async (t) => {
    const panel = await PanelReader.attach(page);
    await openPanel(page, panel, t);
    await panel.waitDrawn();
    const now = today();
    const native = nativeAnalysis(UNDATED, ["--url", `${undated.origin}/undated.html`, "--now", now]);
    assert.deepEqual(native.reference, { day: now, from: "now" });
    assert.deepEqual(await panel.texts(".reference-note"), [
      `Dates resolved against today (${weekday(now)} ${day(now)}): the page gives no date.`,
    ]);
    const yesterday = native.dates.find((d) => d.text === "yesterday");
    assert.ok(yesterday, "the page has a relative date");
    const lines = await panel.texts(".date .resolved");
    assert.ok(lines.some((l) => l.startsWith("yesterday → ")), JSON.stringify(lines));
  });

  test("a dated page has no such note", async () => {
    const dated = await chrome.browser.newPage();
    await dated.goto(`${server.origin}/article.html`, { waitUntil: "load" });
    const panel = await PanelReader.attach(dated);
    await openPanelWith(dated, panel, chrome.extension);
    await panel.waitDrawn();
    assert.deepEqual(await panel.texts(".reference-note"), []);
    await dated.close();
  });
});

describe("panel on a page that quotes unnamed sources", () => {
  const SOURCES = path.join(ROOT, "tests/e2e/pages/unnamed-sources.html");
  let site;
  let page;

  before(async () => {
    site = await servePages({ "/sources.html": { html: readFileSync(SOURCES) } });
    page = await chrome.browser.newPage();
    await page.goto(`${site.origin}/sources.html`, { waitUntil: "load" });
  });

  after(async () => {
    await page?.close();
    await site?.close();
  });

  test("each unnamed source is shown under its quote, and the quotes line counts them", async (t) => {
    const panel = await PanelReader.attach(page);
    await openPanel(page, panel, t);
    await panel.waitDrawn();
    const native = nativeAnalysis(SOURCES, ["--url", `${site.origin}/sources.html`]);
    assert.deepEqual(
      native.quotes.map((q) => [q.speaker, q.source]),
      [
        [null, "a senior official"],
        ["Maria Gonzalez", null],
        [null, "two people familiar with the talks"],
        ["Maria Gonzalez", null],
      ],
    );
    assert.deepEqual(await panel.texts(".quote-ledger"), [
      "4 quotes: 2 from named speakers, 2 from unnamed sources",
    ]);
    assert.deepEqual(await panel.texts(".quote .source"), [
      "unnamed source: a senior official",
      "unnamed source: two people familiar with the talks",
    ]);
  });
});
