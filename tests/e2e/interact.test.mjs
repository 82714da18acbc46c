// End-to-end, headless Chromium: what the panel does beyond one analysis (issue 6), on
// the Chromium test build (dist: the extension plus tests/e2e/hooks/, which count the
// analyses, record the context menu items and expose the menu's click handler).
//
// - the context menu: both items exist; "Analyze this article" toggles the panel like
//   the action; "Open in reader view" opens the reader overlay (and never closes it);
// - the options page: registered (options_ui), saves each change, and an open panel in
//   another tab follows at once: side, theme, sections, quote copy format;
// - a single-page app: pushState to another story re-analyzes (loading state, then the
//   new actors), an anchor jump does not, back does; nothing runs once the panel closes;
// - closing mid-pick or mid-settle leaves no listener of the content scripts' world on
//   window, document or navigation (CDP DOMDebugger.getEventListeners) and no timer;
// - Pick the article: real mouse events pick a block the extraction left out (an
//   aside), whose actors alone are shown; Escape cancels; the keyboard picks too;
// - a page that is not an article: the notice, "Analyze anyway", "Pick the article";
// - the keyboard: every control in order with Tab, a visible focus ring, Escape closes
//   and focus goes back to the page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildFolder } from "../../tools/package.mjs";
import { ARTIFACTS, ROOT, SAMPLE } from "./helpers.mjs";
import { HOST_TAG, PanelReader, READER_TAG, launch, openPanel as openPanelWith } from "./browser.mjs";

const PAGES = path.join(ROOT, "tests/e2e/pages");
const ROUTES = {
  "/article.html": SAMPLE,
  "/spa/one": path.join(PAGES, "spa.html"),
  "/spa/two": path.join(PAGES, "spa.html"),
  "/pick.html": path.join(PAGES, "pick.html"),
  "/listing.html": path.join(PAGES, "listing.html"),
};
const SPA_ONE = ["Maria Keller", "Northwind Engineering"];
const SPA_TWO = ["Kristjan Tamm", "Liis Saar"];
const PICK_MAIN = ["Helen Moore", "Erik Lund"];
const PICK_ASIDE = ["Marco Bianchi", "Giulia Conti"];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(fn, timeout = 10000, step = 50) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value || Date.now() > end) return value;
    await sleep(step);
  }
}

/** Serves the test pages (any path of ROUTES; the SPA's two URLs are one file). */
async function servePages() {
  const server = http.createServer((req, res) => {
    const file = ROUTES[new URL(req.url, "http://x").pathname];
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

let chrome;
let server;
let worker;
let dist;
const workerLog = [];

const stats = () => worker.evaluate(() => globalThis.__ledeTest.stats());

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dist = mkdtempSync(path.join(os.tmpdir(), "lede-interact-dist-"));
  const extension = buildFolder("chromium", { test: true, dist });
  server = await servePages();
  chrome = await launch({ extension });
  worker = await chrome.workerTarget.worker();
  const log = createWriteStream(path.join(ARTIFACTS, "interact-service-worker.log"));
  worker.on("console", (m) => {
    log.write(`${m.type()}: ${m.text()}\n`);
    workerLog.push({ type: m.type(), text: m.text() });
  });
});

after(async () => {
  await chrome?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** A new tab on `route`, with a panel reader and the page's errors collected. */
async function openPage(route, { scheme = "light" } = {}) {
  const page = await chrome.browser.newPage();
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${server.origin}${route}`, { waitUntil: "load" });
  return { page, panel: await PanelReader.attach(page), errors };
}

/** Runs the action unless the panel is open, then waits for its final state. */
async function openPanel(page, panel) {
  if (!(await panel.hostPresent())) await openPanelWith(page, panel, chrome.extension, { attempts: 3, timeout: 10000 });
  await panel.waitDrawn();
}

/** The panel's shadow root, as a `this` for panel.call. */
async function inRoot(panel, fn) {
  const root = await panel.root();
  return root ? panel.call(root.nodeId, fn) : null;
}

/** Actor names shown (visible or behind "Show all"). */
const actorNames = (panel) => panel.texts(".name");

/** Whether the panel shows its loading state now. */
async function loading(panel) {
  return (await panel.attribute(".body", "aria-busy")) === "true";
}

/** The bounding box of the element the picker outlines (its box, in its closed root). */
async function pickerBox(panel) {
  const { root } = await panel.client.send("DOM.getDocument", { depth: -1, pierce: true });
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.localName === "lede-picker") {
      const shadow = node.shadowRoots?.[0];
      const { nodeId } = await panel.client.send("DOM.querySelector", { nodeId: shadow.nodeId, selector: ".box" });
      return panel.call(nodeId, function () {
        return this.hidden ? null : this.getBoundingClientRect().toJSON();
      });
    }
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return null;
}

const pickerPresent = (page) => page.evaluate(() => document.querySelector("lede-picker") !== null);

/** The tab id of `page` as the extension sees it (its title is readable once the
 *  action granted activeTab on it). */
async function tabIdOf(page) {
  const title = await page.title();
  await page.bringToFront();
  return worker.evaluate(async (title) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.title === title)?.id ?? null;
  }, title);
}

test("context menu: its two items; Analyze this article toggles the panel, Open in reader view opens the overlay", async () => {
  // The items are created in runtime.onInstalled, which a loaded machine may run after
  // the worker's start-up: wait for them a little.
  let { menus } = await stats();
  for (let i = 0; i < 50 && menus.length < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({ menus } = await stats());
  }
  assert.deepEqual(
    menus.map(({ id, title }) => [id, title]),
    [["lede-analyze", "Analyze this article"], ["lede-reader", "Open in reader view"]],
  );
  for (const m of menus) assert.ok(m.contexts.includes("page") && m.contexts.includes("selection"), JSON.stringify(m));
  const { page, panel, errors } = await openPage("/article.html");
  try {
    // A real action grants activeTab on the tab, as a click on a menu item does.
    await openPanel(page, panel);
    await page.triggerExtensionAction(chrome.extension);
    await panel.waitGone();
    const tabId = await tabIdOf(page);
    assert.ok(Number.isInteger(tabId), "the tab is known to the extension");
    const click = (item) => worker.evaluate((item, id) => globalThis.__ledeTest.menuClick(item, { id }), item, tabId);

    await click("lede-analyze");
    assert.ok(await panel.waitPresent(10000), "Analyze this article opens the panel");
    await panel.waitDrawn();
    assert.deepEqual(await panel.texts("h2"), ["Key actors", "Quotes", "Timeline", "Key sentences"]);
    await click("lede-analyze");
    await panel.waitGone();

    const reader = await PanelReader.attach(page, READER_TAG);
    await click("lede-reader");
    assert.ok(await reader.waitPresent(10000), "Open in reader view opens the reader overlay");
    await reader.waitDrawn();
    await click("lede-reader"); // the overlay is open: it stays open
    await sleep(300);
    assert.ok(await reader.root(), "Open in reader view does not close the overlay");
    assert.deepEqual(await reader.texts(".error"), []);
    assert.ok((await reader.texts("h1.title"))[0]?.includes("Zelensky"), "the overlay shows the article");
    await page.keyboard.press("Escape");
    await reader.waitGone();
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("options page: registered, saved at once, applied live to an open panel", async (t) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  assert.deepEqual(manifest.options_ui, { page: "options.html", open_in_tab: false });
  const { page, panel, errors } = await openPage("/article.html");
  await openPanel(page, panel);
  const options = await chrome.browser.newPage();
  await options.setViewport({ width: 640, height: 760 });
  await options.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  try {
    const panelBox = () => page.evaluate((tag) => document.querySelector(tag).getBoundingClientRect().toJSON(), HOST_TAG);
    const background = async () => {
      const [nodeId] = await panel.nodes(".panel");
      return panel.call(nodeId, function () {
        return getComputedStyle(this).backgroundColor;
      });
    };
    const visibleHeadings = async () => {
      const out = [];
      for (const nodeId of await panel.nodes("h2")) {
        const shown = await panel.call(nodeId, function () {
          return this.checkVisibility() ? this.textContent : null;
        });
        if (shown) out.push(shown);
      }
      return out;
    };
    assert.equal((await panelBox()).right, 1280, "on the right by default");
    assert.equal(await background(), "rgb(255, 255, 255)");

    await options.goto(`chrome-extension://${chrome.id}/options.html`, { waitUntil: "load" });
    const checked = () => options.evaluate(() => [...document.querySelectorAll("input:checked")].map((i) => `${i.name}=${i.value}`));
    assert.ok(await until(async () => (await checked()).length === 7), "the stored settings are shown");
    assert.deepEqual(await checked(), ["side=right", "theme=auto", "copyFormat=text", "actors=on", "quotes=on", "dates=on", "summary=on"]);
    await options.bringToFront();
    await options.screenshot({ path: path.join(ARTIFACTS, "options.png") });
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    copyFileSync(path.join(ARTIFACTS, "options.png"), path.join(ROOT, "docs/options.png"));
    const stored = () => options.evaluate(async () => (await chrome.storage.local.get("lede:settings"))["lede:settings"]);
    const choose = async (selector) => {
      await options.evaluate(() => {
        document.getElementById("status").textContent = "";
      });
      await options.click(selector); // a real click on the control
      assert.ok(await until(() => options.evaluate(() => document.getElementById("status").textContent === "Saved.")), `${selector} saved`);
    };

    await choose('input[name="side"][value="left"]');
    assert.equal((await stored()).side, "left");
    assert.ok(await until(async () => (await panelBox()).left === 0), `the panel moved left: ${JSON.stringify(await panelBox())}`);

    await choose('input[name="theme"][value="sepia"]');
    assert.ok(await until(async () => (await background()) === "rgb(244, 236, 216)"), `sepia: ${await background()}`);
    await page.bringToFront();
    await page.screenshot({ path: path.join(ARTIFACTS, "panel-left-sepia.png") });
    await options.bringToFront();
    await choose('input[name="theme"][value="dark"]');
    assert.ok(await until(async () => (await background()) === "rgb(22, 24, 29)"), "dark while the system is light");
    await choose('input[name="theme"][value="light"]');
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    assert.ok(await until(async () => (await background()) === "rgb(255, 255, 255)"), "light while the system is dark");
    await choose('input[name="theme"][value="auto"]');
    assert.ok(await until(async () => (await background()) === "rgb(22, 24, 29)"), "auto follows the system");
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);

    await choose('input[name="dates"]');
    assert.deepEqual((await stored()).sections, { actors: true, quotes: true, dates: false, summary: true });
    assert.ok(await until(async () => (await visibleHeadings()).join() === "Key actors,Quotes,Key sentences"), "Timeline hidden");
    await choose('input[name="summary"]');
    assert.ok(await until(async () => (await visibleHeadings()).join() === "Key actors,Quotes"), "Key sentences hidden");

    const quoteButtons = () => panel.texts("li.quote .actions button");
    assert.deepEqual((await quoteButtons()).slice(0, 3), ["Copy", "Markdown", "Link"]);
    await choose('input[name="copyFormat"][value="markdown"]');
    assert.ok(await until(async () => (await quoteButtons()).slice(0, 3).join() === "Copy,Text,Link"), "Copy writes Markdown");
    assert.ok((await panel.attribute("li.quote .actions button", "class")).includes("copy-md"));
    await chrome.browser.defaultBrowserContext().overridePermissions(server.origin, ["clipboard-read", "clipboard-sanitized-write"]);
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText("sentinel"));
    await panel.click("li.quote .actions button", 0);
    const copied = await until(async () => {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      return text !== "sentinel" ? text : null;
    });
    assert.match(copied ?? "", /^> .+\n\n— /s, "the main Copy wrote the Markdown quote");
    assert.deepEqual(await visibleHeadings(), ["Key actors", "Quotes"], "the redraw keeps the hidden sections hidden");

    // A panel opened afterwards, in another tab, starts with the stored settings.
    const fresh = await openPage("/article.html");
    try {
      await openPanel(fresh.page, fresh.panel);
      const box = await fresh.page.evaluate((tag) => document.querySelector(tag).getBoundingClientRect().toJSON(), HOST_TAG);
      assert.equal(box.left, 0, "a new panel opens on the left");
      assert.ok(await until(async () => (await fresh.panel.texts("li.quote .actions button")).slice(0, 3).join() === "Copy,Text,Link"));
      const [sectionId] = await fresh.panel.nodes('section[aria-labelledby="lede-dates"]');
      assert.equal(await fresh.panel.call(sectionId, function () {
        return this.checkVisibility();
      }), false, "with the Timeline hidden");
    } finally {
      await fresh.page.close();
    }

    // Back to the defaults (the other tests expect them): the panel follows again.
    // (the stored object removed: every reader of it falls back to the defaults)
    await options.evaluate(() => chrome.storage.local.remove("lede:settings"));
    assert.ok(await until(async () => (await panelBox()).right === 1280), "back on the right");
    assert.ok(await until(async () => (await visibleHeadings()).length === 4), "every section again");
    assert.deepEqual((await quoteButtons()).slice(0, 3), ["Copy", "Markdown", "Link"]);
    assert.deepEqual(await checked(), ["side=right", "theme=auto", "copyFormat=text", "actors=on", "quotes=on", "dates=on", "summary=on"]);
    assert.deepEqual(errors, []);
    t.diagnostic("screenshot: tests/e2e/artifacts/options.png (copied to docs/options.png)");
  } finally {
    await options.close();
    await page.close();
  }
});

test("a single-page app: a new URL re-analyzes the new story; an anchor jump does not; back and replaceState do", async (t) => {
  const { page, panel, errors } = await openPage("/spa/one");
  try {
    await openPanel(page, panel);
    for (const name of SPA_ONE) assert.ok((await actorNames(panel)).includes(name), name);
    const before_ = (await stats()).analyses;

    const clicked = Date.now();
    await page.click("#next"); // pushState, then the router renders the next story
    assert.ok(await until(() => loading(panel), 3000, 20), "the loading state shows at once");
    const shownAfter = Date.now() - clicked;
    t.diagnostic(`loading state ${shownAfter} ms after the click`);
    assert.ok(shownAfter < 1500, `the URL change was seen in ${shownAfter} ms`);
    assert.match((await panel.texts(".status")).join(), /The page changed/);
    await panel.waitDrawn();
    const names = await actorNames(panel);
    for (const name of SPA_TWO) assert.ok(names.includes(name), `${name} in ${names}`);
    for (const name of SPA_ONE) assert.ok(!names.includes(name), `${name} is gone`);
    assert.match((await panel.texts(".title")).join(), /Tallinn/, "the new story's title");
    assert.equal((await stats()).analyses, before_ + 1, "one analysis for the new view");

    // An anchor jump is the same page: no new analysis.
    await page.evaluate(() => {
      location.hash = "#comments";
    });
    await sleep(1500);
    assert.equal((await stats()).analyses, before_ + 1, "no analysis for #comments");
    assert.ok((await actorNames(panel)).includes(SPA_TWO[0]));

    // Back twice: /spa/two (the same view), then /spa/one.
    await page.evaluate(() => history.go(-2));
    assert.ok(await until(() => loading(panel), 3000, 20), "back shows the loading state");
    await panel.waitDrawn();
    assert.ok(await until(async () => (await actorNames(panel)).includes(SPA_ONE[0])), "the first story again");
    assert.equal((await stats()).analyses, before_ + 2);

    // replaceState to another address is a new view too.
    await page.evaluate(() => history.replaceState({}, "", "/spa/one?page=2"));
    assert.ok(await until(() => loading(panel), 3000, 20), "replaceState shows the loading state");
    await panel.waitDrawn();
    assert.equal((await stats()).analyses, before_ + 3);

    // Closed: the page's navigation is none of lede's business any more.
    await page.keyboard.press("Escape");
    await panel.waitGone();
    await page.click("#next");
    await sleep(2000);
    assert.equal((await stats()).analyses, before_ + 3, "no analysis once the panel is closed");
    assert.equal(await page.$(HOST_TAG), null);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("closing the panel stops everything, even mid-pick or mid-settle: no listener of lede's is left", async () => {
  const { page, panel, errors } = await openPage("/spa/one");
  const session = await page.createCDPSession();
  const contexts = [];
  session.on("Runtime.executionContextCreated", ({ context }) => contexts.push(context));
  await session.send("Runtime.enable");
  /** The event listeners the content scripts' world has on window, document and
   *  navigation ("type" or "type(capture)", sorted). */
  const listeners = async () => {
    const world = contexts.find((c) => c.auxData?.type === "isolated" && c.origin.startsWith(`chrome-extension://${chrome.id}`));
    assert.ok(world, "the content scripts' world");
    const out = {};
    for (const target of ["window", "document", "navigation"]) {
      const { result } = await session.send("Runtime.evaluate", { expression: target, contextId: world.id });
      const { listeners: found } = await session.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
      out[target] = found.map((l) => `${l.type}${l.useCapture ? "(capture)" : ""}`).sort();
    }
    return out;
  };
  const none = { window: [], document: [], navigation: [] };
  try {
    await openPanel(page, panel);
    assert.deepEqual(await listeners(), {
      window: ["hashchange", "keydown(capture)", "popstate"],
      document: [],
      navigation: ["currententrychange", "navigatesuccess"],
    });
    // Closed while picking.
    await panel.click("button.pick");
    assert.deepEqual((await listeners()).document, ["click(capture)", "mousemove(capture)"]);
    await panel.click("button.close");
    await panel.waitGone();
    assert.equal(await pickerPresent(page), false);
    assert.deepEqual(await listeners(), none, "closing while picking");
    // Closed while waiting for the single-page app to settle: nothing comes later.
    await openPanel(page, panel);
    const before_ = (await stats()).analyses;
    await page.click("#next");
    assert.ok(await until(() => loading(panel), 3000, 20), "the re-analysis started");
    await page.keyboard.press("Escape");
    await panel.waitGone();
    assert.deepEqual(await listeners(), none, "closing while settling");
    await sleep(2000);
    assert.equal((await stats()).analyses, before_, "the settle timer, observer and poll were stopped");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("Pick the article: real mouse events pick an aside, which alone is analyzed; Escape cancels; Enter picks", async () => {
  const { page, panel, errors } = await openPage("/pick.html");
  try {
    await openPanel(page, panel);
    const first = await actorNames(panel);
    for (const name of PICK_MAIN) assert.ok(first.includes(name), name);
    for (const name of PICK_ASIDE) assert.ok(!first.includes(name), `the extraction leaves out ${name}`);
    assert.deepEqual(await panel.texts(".note"), [""]);

    // Start, then Escape: the pick is cancelled, the panel stays with its analysis.
    await panel.click("button.pick");
    assert.equal(await panel.attribute("button.pick", "aria-pressed"), "true");
    assert.ok(await pickerPresent(page), "the picker is on");
    await page.keyboard.press("Escape");
    assert.equal(await pickerPresent(page), false, "Escape cancels the pick");
    assert.ok(await panel.root(), "and leaves the panel open");
    assert.equal(await panel.attribute("button.pick", "aria-pressed"), "false");
    assert.equal(await panel.focusedClass(), "pick", "focus stays on the Pick button");
    assert.deepEqual(await actorNames(panel), first);

    // Pick with the mouse: over a line of the aside, the outline takes the whole aside.
    const before_ = (await stats()).analyses;
    await panel.click("button.pick");
    const target = await page.evaluate(() => {
      const aside = document.getElementById("other-story");
      aside.scrollIntoView({ block: "center" });
      const p = aside.querySelectorAll("p")[1].getBoundingClientRect();
      return { x: p.left + 40, y: p.top + p.height / 2, aside: aside.getBoundingClientRect().toJSON() };
    });
    await page.mouse.move(target.x, target.y, { steps: 5 });
    // The outline follows the pointer: it rests on the whole aside.
    const near = (b) => b && ["left", "top", "width", "height"].every((k) => Math.abs(b[k] - target.aside[k]) < 1);
    await until(async () => near(await pickerBox(panel)), 3000);
    const box = await pickerBox(panel);
    for (const side of ["left", "top", "width", "height"]) {
      assert.ok(Math.abs(box[side] - target.aside[side]) < 1, `outline ${side}: ${JSON.stringify(box)} vs ${JSON.stringify(target.aside)}`);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "pick-outline.png") });
    await page.mouse.click(target.x, target.y);
    assert.equal(await pickerPresent(page), false, "the pick ends the picker");
    await panel.waitDrawn();
    const picked = await actorNames(panel);
    for (const name of PICK_ASIDE) assert.ok(picked.includes(name), `${name} in ${picked}`);
    for (const name of PICK_MAIN) assert.ok(!picked.includes(name), `${name} is not in the picked block`);
    assert.deepEqual(await panel.texts(".note"), ["Analyzed the block you picked."]);
    assert.ok((await panel.texts(".speaker")).includes("— Marco Bianchi"));
    assert.equal((await stats()).analyses, before_ + 1);
    assert.equal(await page.evaluate(() => location.pathname), "/pick.html", "the click did not reach the page");
    await page.screenshot({ path: path.join(ARTIFACTS, "pick-result.png") });

    // With the keyboard: Enter on Pick starts, Enter picks the outlined block (the main
    // article at first; ArrowUp widens it to <main>).
    const [pickId] = await panel.nodes("button.pick");
    await panel.call(pickId, function () {
      this.focus();
    });
    await page.keyboard.press("Enter");
    assert.ok(await pickerPresent(page), "Enter starts picking");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await panel.waitDrawn();
    const again = await actorNames(panel);
    for (const name of PICK_MAIN) assert.ok(again.includes(name), `${name} in ${again}`);
    assert.deepEqual(await panel.texts(".note"), ["Analyzed the block you picked."]);
    assert.equal(await panel.focusedClass(), "pick", "focus stays on the Pick button");

    // Closing the panel while picking stops the picker.
    await panel.click("button.pick");
    assert.ok(await pickerPresent(page));
    await panel.click("button.close");
    await panel.waitGone();
    assert.equal(await pickerPresent(page), false, "no picker outlives the panel");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("a page that is not an article: a notice, then Analyze anyway or Pick the article", async () => {
  const { page, panel, errors } = await openPage("/listing.html");
  try {
    await openPanel(page, panel);
    assert.deepEqual(await panel.texts(".notice-title"), ["This page doesn't look like a news article."]);
    assert.equal((await panel.texts(".notice-why")).length, 1);
    assert.deepEqual(await panel.nodes("section"), [], "no analysis drawn under the notice");
    assert.deepEqual(await panel.texts(".sr-only"), ["This page doesn't look like a news article."]);
    assert.deepEqual(await panel.texts(".notice button"), ["Analyze anyway", "Pick the article"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "not-an-article.png") });
    // The keyboard reaches both buttons from the close button.
    assert.equal(await panel.focusedClass(), "close");
    await page.keyboard.press("Tab");
    assert.equal(await panel.focusedClass(), "anyway");
    await page.keyboard.press("Tab");
    assert.equal(await panel.focusedClass(), "pick pick-notice");

    // The notice's Pick the article starts the picker; Escape leaves the notice as it was.
    await page.keyboard.press("Enter");
    assert.ok(await pickerPresent(page), "the notice's Pick starts the picker");
    await page.keyboard.press("Escape");
    assert.equal(await pickerPresent(page), false);
    assert.deepEqual(await panel.texts(".notice-title"), ["This page doesn't look like a news article."]);

    // Analyze anyway draws the analysis already made (no new request).
    const before_ = (await stats()).analyses;
    await panel.click("button.anyway");
    await panel.waitDrawn();
    assert.deepEqual(await panel.texts("h2"), ["Key actors", "Quotes", "Timeline", "Key sentences"]);
    assert.deepEqual(await panel.nodes(".notice"), []);
    assert.equal((await stats()).analyses, before_, "the analysis was already there");
    assert.equal(await panel.focusedClass(), "panel", "focus went to the panel, not lost");
    await page.keyboard.press("Escape");
    await panel.waitGone();
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("keyboard: Tab reaches every control in order with a focus ring; Escape closes and focus goes back", async () => {
  const { page, panel, errors } = await openPage("/article.html");
  try {
    await page.focus("a[href]");
    await openPanel(page, panel);
    assert.equal(await panel.focusedClass(), "close");
    await page.keyboard.down("Shift");
    await page.keyboard.press("Tab");
    await page.keyboard.up("Shift");
    assert.equal(await panel.focusedClass(), "pick", "Pick the article comes before Close");
    // The visible controls in document order, and where Tab takes focus.
    const controls = await inRoot(panel, function () {
      return [...this.querySelectorAll("button, a[href], input, select, textarea, [tabindex]")]
        .filter((e) => e.tabIndex >= 0 && e.checkVisibility())
        .map((e) => `${e.className}: ${e.textContent.slice(0, 30)}`);
    });
    const visited = [];
    for (let i = 0; i < controls.length + 5; i++) {
      const here = await inRoot(panel, function () {
        const e = this.activeElement;
        if (!e) return null;
        const style = getComputedStyle(e);
        return { name: `${e.className}: ${e.textContent.slice(0, 30)}`, ring: style.outlineStyle !== "none" && style.outlineWidth !== "0px" };
      });
      if (!here) break;
      visited.push(here);
      await page.keyboard.press("Tab");
    }
    assert.deepEqual(visited.map((v) => v.name), controls, "Tab visits every control, in order, once");
    assert.ok(controls.length > 20, `${controls.length} controls`);
    assert.deepEqual(visited.filter((v) => !v.ring).map((v) => v.name), [], "every focused control shows a ring");
    assert.equal(await inRoot(panel, function () {
      return this.activeElement;
    }), null, "after the last control, Tab leaves the panel");

    const [closeId] = await panel.nodes("button.close");
    await panel.call(closeId, function () {
      this.focus();
    });
    await page.keyboard.press("Escape");
    await panel.waitGone();
    assert.ok(await page.evaluate(() => document.activeElement?.matches("a[href]") ?? false), "focus is back on the page's link");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("no errors in the service worker", () => {
  assert.deepEqual(workerLog.filter((m) => m.type === "error"), []);
});
