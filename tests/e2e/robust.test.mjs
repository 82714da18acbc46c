// End-to-end: the extension on hostile real-world conditions, in headless Chromium.
//
// - Hostile host CSS (`* { all: unset !important }`, rules aimed at the host element,
//   `[hidden]` forced visible, a transformed body, a full-window overlay at the highest
//   z-index) and a zoomed page (`html { zoom: 2 }`): the panel's pixels equal those on the
//   plain page, it is on top, and opening it does not move the page's layout.
// - A page with 30 iframes (srcdoc and same-origin src) around the article: the panel
//   opens in the top frame only and the analysis ignores the frames' contents.
// - A 10 MB page: the panel says it is analyzing a large page (its size, then the
//   seconds waited, role=status) and then draws the analysis; a page over the core's
//   20 MiB limit shows the too-large error instead of hanging.
// - The service worker stopped by the browser: the action restarts it, the WASM module
//   is instantiated again and the analysis succeeds.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ARTIFACTS, SAMPLE } from "./helpers.mjs";
import { HOST_TAG, PanelReader, launch, openPanel as openPanelWith, servePages } from "./browser.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG (what Chromium's screenshots are)
 *  into { width, height, channels, pixels } (unfiltered bytes, row after row). */
function decodePng(buffer) {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (at < buffer.length) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString("latin1", at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, "8-bit PNG");
      assert.equal(data[12], 0, "non-interlaced PNG");
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, `PNG colour type ${data[9]}`);
    } else if (type === "IDAT") {
      idat.push(data);
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** How many pixels differ between two decoded PNGs of the same size. */
function differentPixels(a, b) {
  assert.deepEqual([a.width, a.height], [b.width, b.height], "same screenshot size");
  let count = 0;
  for (let i = 0; i < a.width * a.height; i++) {
    for (let k = 0; k < 3; k++) {
      if (a.pixels[i * a.channels + k] !== b.pixels[i * b.channels + k]) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** Hostile page CSS: everything a site (or a user style) may throw at the panel. */
const HOSTILE_CSS = `
* { all: unset !important; }
*::before, *::after { all: unset !important; content: "x" !important; }
lede-panel { display: none !important; position: static !important; width: 10px !important;
  opacity: 0 !important; transform: translateX(500px) !important; filter: invert(1) !important; }
html > lede-panel, body ~ * { display: none !important; visibility: hidden !important; }
:host, :host(*), :host-context(html) { display: none !important; color: red !important; }
lede-panel::part(panel), ::slotted(*) { display: none !important; }
[hidden] { display: block !important; }
body { transform: scale(0.97) !important; font-size: 40px !important; }
#lede-test-overlay { display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; background: rgba(255, 0, 0, 0.3) !important; }
`;

const OVERLAY = '<div id="lede-test-overlay"></div>';

/** The sample page with extra CSS in its head and the overlay at the top of its body. */
function hostilePage(sample, css) {
  return sample
    .replace("</head>", `<style>${css}</style></head>`)
    .replace(/<body[^>]*>/, (m) => `${m}${OVERLAY}`);
}

/** The sample page with 30 iframes (15 srcdoc, 15 same-origin src) around and inside
 *  the article, each holding a person and a quote that are not in the article. */
function iframePage(sample) {
  const frame = (i) =>
    i % 2
      ? `<iframe src="/frame.html?${i}" title="frame ${i}"></iframe>`
      : `<iframe title="frame ${i}" srcdoc="<p>Quentin Marsupial, the mayor of Frobnia, said: &quot;Frame ${i} is the real story here, believe me.&quot;</p>"></iframe>`;
  const frames = (from, n) => Array.from({ length: n }, (_, k) => frame(from + k)).join("\n");
  let inside = 0;
  const withInner = sample.replace(/<\/p>/g, (m) => (inside < 10 ? `${m}${frames(10 + inside++, 1)}` : m));
  return withInner
    .replace(/<body[^>]*>/, (m) => `${m}${frames(0, 10)}`)
    .replace("</body>", `${frames(20, 30 - 10 - inside)}</body>`);
}

const FRAME_HTML = `<!DOCTYPE html><html><head><title>Frame</title></head><body><article>
<h1>Frobnia mayor speaks</h1><p>Quentin Marsupial, the mayor of Frobnia, said on Monday:
"The frame is the real story here, believe me," before leaving the room.</p></article></body></html>`;

/** A big article page built from the sample's paragraphs, repeated to `bytes`. */
function bigPage(sample, bytes) {
  const head = sample.slice(0, sample.indexOf("</head>") + "</head>".length);
  const paragraphs = sample.match(/<p[ >][\s\S]*?<\/p>/g) ?? [];
  assert.ok(paragraphs.length > 5, "the sample has paragraphs");
  const block = `<section>\n<h2>Part</h2>\n${paragraphs.join("\n")}\n</section>\n`;
  const parts = [head, '<body><main><article><h1>A very long report</h1>\n'];
  let size = parts.join("").length;
  let i = 0;
  while (size < bytes) {
    const b = block.replace("<h2>Part</h2>", `<h2>Part ${++i}</h2>`);
    parts.push(b);
    size += b.length;
  }
  parts.push("</article></main></body></html>\n");
  return parts.join("");
}

/** Errors worth failing on (the sample's own scripts and images are 404 here). */
const PAGE_NOISE = /Failed to load resource/;

let chrome;
let server;
let sample;
const workerErrors = [];
const sizes = {};

function watchWorker(worker) {
  worker.on("console", (m) => m.type() === "error" && workerErrors.push(m.text()));
}

before(async () => {
  assert.ok(SAMPLE, "no sample page (tests/fixtures/zelensky-nato/page.html)");
  mkdirSync(ARTIFACTS, { recursive: true });
  sample = readFileSync(SAMPLE, "utf8");
  const big = bigPage(sample, 10 * 1000 * 1000);
  const huge = bigPage(sample, 21 * 1024 * 1024);
  sizes.big = Buffer.byteLength(big);
  sizes.huge = Buffer.byteLength(huge);
  server = await servePages({
    "/article.html": { html: sample },
    "/hostile.html": { html: hostilePage(sample, HOSTILE_CSS) },
    "/zoomed.html": { html: hostilePage(sample, `${HOSTILE_CSS}\nhtml { zoom: 2 !important; }`) },
    "/iframes.html": { html: iframePage(sample) },
    "/frame.html": { html: FRAME_HTML },
    "/big.html": { html: big },
    "/huge.html": { html: huge },
  });
  chrome = await launch();
  watchWorker(await chrome.workerTarget.worker());
});

after(async () => {
  await chrome?.close();
  await server?.close();
});

/** A new tab on `file`, with its errors collected and a panel reader. */
async function openTab(file) {
  const page = await chrome.browser.newPage();
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  const errors = [];
  page.on("console", (m) => m.type() === "error" && !PAGE_NOISE.test(m.text()) && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/${file}`, { waitUntil: "load", timeout: 120000 });
  return { page, errors, panel: await PanelReader.attach(page) };
}

/** Runs the action until the panel's host appears. */
function openPanel(page, panel, t) {
  const onMiss = (n) => t.diagnostic(`action ${n} did not open the panel`);
  return openPanelWith(page, panel, chrome.extension, { timeout: 10000, onMiss });
}

/** The panel's rectangle in the viewport (CDP box model of the .panel element). */
async function panelRect(panel) {
  const [nodeId] = await panel.nodes(".panel");
  const { model } = await panel.client.send("DOM.getBoxModel", { nodeId });
  const [x1, y1, , , x3, y3] = model.border;
  return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
}

/** What opening the panel must not change: the body's box, the scroll size and
 *  position, and the first paragraphs' boxes. */
function layout(page) {
  return page.evaluate(() => ({
    body: document.body.getBoundingClientRect().toJSON(),
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight, scrollX, scrollY],
    paragraphs: [...document.querySelectorAll("p")].slice(0, 5).map((p) => p.getBoundingClientRect().toJSON()),
  }));
}

/** The computed styles that make the panel's look, of a few key elements. */
async function keyStyles(panel) {
  const out = {};
  for (const selector of [".panel", "header", ".brand", "button.close", ".title", "h2", "li.actor button"]) {
    const [nodeId] = await panel.nodes(selector);
    out[selector] = await panel.call(nodeId, function () {
      const s = getComputedStyle(this);
      const r = this.getBoundingClientRect();
      return [s.font, s.color, s.backgroundColor, s.padding, s.display, s.zoom, Math.round(r.width), Math.round(r.height)].join(" | ");
    });
  }
  return out;
}

describe("hostile host CSS and zoom", () => {
  const shots = {};
  const styles = {};

  for (const variant of ["plain", "hostile", "zoomed"]) {
    test(`the panel on the ${variant} page: drawn, on top, the page's layout unmoved`, async (t) => {
      const file = { plain: "article.html", hostile: "hostile.html", zoomed: "zoomed.html" }[variant];
      const { page, errors, panel } = await openTab(file);
      try {
        const before = await layout(page);
        await openPanel(page, panel, t);
        await panel.waitDrawn();
        assert.deepEqual(await panel.texts(".error"), [], "no error in the panel");
        assert.deepEqual(await panel.texts("h2"), ["Key actors", "Quotes", "Timeline", "Key sentences"]);
        await sleep(300); // focus ring and fonts settled
        assert.deepEqual(await layout(page), before, "opening the panel moved the page");

        const rect = await panelRect(panel);
        assert.ok(Math.abs(rect.width - 420) < 1, `the panel is 420 px wide (${rect.width})`);
        assert.ok(Math.abs(rect.height - 900) < 1, `the panel is as tall as the window (${rect.height})`);
        assert.ok(Math.abs(rect.x + rect.width - 1280) < 20, `the panel is at the right edge (${rect.x})`);
        const top = await page.evaluate(
          (x, y) => document.elementFromPoint(x, y)?.localName ?? null,
          rect.x + rect.width / 2,
          rect.y + rect.height / 2,
        );
        assert.equal(top, HOST_TAG, "the panel is on top at its centre");

        styles[variant] = await keyStyles(panel);
        shots[variant] = await page.screenshot({ clip: rect, captureBeyondViewport: false, path: path.join(ARTIFACTS, `robust-${variant}.png`) });
        assert.deepEqual(errors, [], "no page error");
      } finally {
        await page.close();
      }
    });
  }

  for (const variant of ["hostile", "zoomed"]) {
    test(`the panel looks the same on the ${variant} page as on the plain one`, (t) => {
      assert.ok(shots.plain && shots[variant], "both screenshots were taken");
      assert.deepEqual(styles[variant], styles.plain, "the key elements' computed styles");
      const diff = differentPixels(decodePng(shots.plain), decodePng(shots[variant]));
      t.diagnostic(`${variant}: ${diff} pixels differ from the plain page's panel`);
      assert.equal(diff, 0, `${diff} pixels differ`);
    });
  }
});

describe("iframe-heavy page", () => {
  test("the panel opens in the top frame only and ignores the frames' contents", async (t) => {
    const { page, errors, panel } = await openTab("iframes.html");
    try {
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      const ours = frames.filter((f) => f.url() === "about:srcdoc" || f.url().includes("/frame.html"));
      assert.equal(ours.length, 30, "the 30 frames loaded");
      await openPanel(page, panel, t);
      await panel.waitDrawn();
      assert.deepEqual(await panel.texts(".error"), []);
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const inFrame = await frame.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG);
        assert.equal(inFrame, 0, `a panel in ${frame.url()}`);
      }
      assert.equal(await page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG), 1);
      const shown = [...(await panel.texts(".name")), ...(await panel.texts("blockquote")), ...(await panel.texts("li"))];
      assert.ok(shown.length > 5, "the analysis is drawn");
      const leaked = shown.filter((s) => /Marsupial|Frobnia|real story/.test(s));
      assert.deepEqual(leaked, [], "the frames' contents reached the analysis");
      assert.ok((await panel.texts(".name")).some((n) => /Zelensky/.test(n)), "the article's actors are there");
      assert.deepEqual(errors, []);
      assert.deepEqual(workerErrors, []);
    } finally {
      await page.close();
    }
  });
});

/** The panel's loading state, read cheaply on a huge page (PanelReader reads the whole
 *  DOM through CDP, text included): the closed shadow root resolved to a JS object. */
async function quickState(panel) {
  const { client } = panel;
  const { result } = await client.send("Runtime.evaluate", { expression: `document.querySelector("${HOST_TAG}")` });
  if (!result.objectId) return null;
  const { node } = await client.send("DOM.describeNode", { objectId: result.objectId, depth: 0, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await client.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId });
  const { result: state } = await client.send("Runtime.callFunctionOn", {
    objectId: object.objectId,
    functionDeclaration: `function () {
      const status = this.querySelector(".status");
      return { busy: this.querySelector(".body")?.getAttribute("aria-busy"), text: status?.textContent ?? null, role: status?.getAttribute("role") ?? null };
    }`,
    returnByValue: true,
  });
  return state.value;
}

describe("large pages", () => {
  test("a 10 MB page: a progress status, then the analysis", async (t) => {
    const { page, errors, panel } = await openTab("big.html");
    try {
      const start = Date.now();
      await openPanel(page, panel, t);
      const seen = [];
      let role = null;
      for (;;) {
        const state = await quickState(panel);
        if (state?.busy === "false") break;
        if (state?.text && !seen.includes(state.text)) {
          seen.push(state.text);
          if (/large page/.test(state.text)) role = state.role;
        }
        if (Date.now() - start > 180000) throw new Error(`not drawn after 180 s (${seen.join(" / ")})`);
        await sleep(50);
      }
      const ms = Date.now() - start;
      const mb = (sizes.big / 1e6).toFixed(1);
      t.diagnostic(`10 MB page (${sizes.big} bytes): drawn ${ms} ms after the action; states: ${seen.join(" / ")}`);
      writeFileSync(path.join(ARTIFACTS, "robust-timings.txt"), `big ${sizes.big} bytes: ${ms} ms\n`, { flag: "a" });
      // The size is the live DOM's serialization (UTF-8), a little off the served file's.
      const shownMb = seen.map((s) => /^Analyzing a large page \((\d+\.\d) MB\)…$/.exec(s)?.[1]).find(Boolean);
      assert.ok(shownMb, `the size was shown (${seen.join(" / ")})`);
      assert.ok(Math.abs(Number(shownMb) - Number(mb)) < 1, `${shownMb} MB shown for a ${mb} MB page`);
      assert.equal(role, "status");
      if (ms > 2500) assert.ok(seen.some((s) => / \d+ s$/.test(s)), "the seconds waited are shown");
      assert.deepEqual(await panel.texts(".error"), [], "no error");
      assert.ok((await panel.texts(".name")).length > 0, "actors drawn");
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test("a page over 20 MiB: the too-large error, not a hang", async (t) => {
    const { page, errors, panel } = await openTab("huge.html");
    try {
      const start = Date.now();
      await openPanel(page, panel, t);
      await panel.waitDrawn(120000);
      t.diagnostic(`${sizes.huge} bytes: the error was drawn ${Date.now() - start} ms after the action`);
      const [error] = await panel.texts(".error");
      assert.equal(error, "lede could not analyze this page: the page is larger than 20 MiB of HTML, the most lede reads");
      assert.equal(await panel.attribute(".error", "role"), "alert");
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

describe("service worker stopped by the browser", () => {
  test("the action restarts it and the analysis succeeds", async (t) => {
    const isWorker = (target) => target.type() === "service_worker" && target.url().startsWith(`chrome-extension://${chrome.id}/`);
    const worker = await chrome.workerTarget.worker();
    await worker.evaluate(() => {
      globalThis.__ledeBeforeStop = true; // gone once the worker really restarted
    });
    await worker.close(); // Target.closeTarget: the browser stops the worker
    const end = Date.now() + 20000;
    while (chrome.browser.targets().some(isWorker) && Date.now() < end) await sleep(100);
    assert.equal(chrome.browser.targets().some(isWorker), false, "the service worker stopped");

    const { page, errors, panel } = await openTab("article.html");
    try {
      const start = Date.now();
      await openPanel(page, panel, t);
      await panel.waitDrawn();
      const ms = Date.now() - start;
      t.diagnostic(`panel drawn ${ms} ms after the action on a stopped service worker`);
      writeFileSync(path.join(ARTIFACTS, "robust-timings.txt"), `service worker restart: ${ms} ms\n`, { flag: "a" });
      const target = chrome.browser.targets().find(isWorker);
      assert.ok(target, "the service worker runs again");
      const restarted = await target.worker();
      watchWorker(restarted);
      assert.equal(await restarted.evaluate(() => globalThis.__ledeBeforeStop ?? null), null, "a fresh worker");
      assert.deepEqual(await panel.texts(".error"), []);
      assert.ok((await panel.texts(".name")).some((n) => /Zelensky/.test(n)), "the analysis is drawn");
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
