// End-to-end on real pages: the unpacked extension in headless Chromium on 25 pages of
// ../shared/corpus (scrapinghub benchmark and Mozilla Readability test pages), served on
// 127.0.0.1 with their own scripts blocked by CSP (as on a strict site; nothing
// leaves the machine). On each page the panel must open, draw without an error, and
// show actors, quotes and dates whenever the native analysis of the page has them.
// Skipped when ../shared is absent. Screenshots go to tests/e2e/artifacts/corpus/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { ARTIFACTS, ROOT, nativeAnalysis, needsShared } from "./helpers.mjs";
import { PanelReader, launch, openPanel } from "./browser.mjs";

const CORPUS = path.resolve(ROOT, "../shared/corpus");
/** Every n-th page of each set, so the sample spreads over sites and layouts. */
const SETS = [
  { name: "scrapinghub-aeb", every: 12 },
  { name: "readability", every: 13 },
];
/** Console noise of the page itself: its blocked scripts, its resources on other hosts
 *  (unresolvable here: see `launch`), its web-app manifest, cross-origin SVG sprites. */
const PAGE_NOISE =
  /Failed to load resource|Refused to (execute|load|apply)|Content Security Policy|Manifest fetch|Unsafe attempt to load URL|net::ERR_/;

/** Whether a console message is an error of the extension, or an unexplained one. */
function isOurError(m) {
  if (m.type() !== "error") return false;
  return m.location()?.url?.startsWith("chrome-extension://") || !PAGE_NOISE.test(m.text());
}

/** The chosen pages: { id, file (gunzipped copy in a temp dir), set }. */
function choosePages() {
  const tmp = path.join(os.tmpdir(), `lede-corpus-e2e-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  const pages = [];
  for (const { name, every } of SETS) {
    const rows = readFileSync(path.join(CORPUS, name, "index.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    rows.forEach((row, i) => {
      if (i % every !== 0) return;
      const file = path.join(tmp, `${name}-${row.id}.html`);
      writeFileSync(file, zlib.gunzipSync(readFileSync(path.join(CORPUS, name, row.html))));
      pages.push({ id: `${name}/${row.id}`, file, slug: `${name}-${row.id}`.slice(0, 60) });
    });
  }
  return pages;
}

/** The Content-Type a site would send: UTF-8 when the bytes are, else the page's own
 *  `<meta charset>` decides (the stored pages lost their HTTP headers). */
function contentType(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "text/html; charset=utf-8";
  } catch {
    return "text/html";
  }
}

/** Serves page n at /n.html, bytes as stored, with the page's scripts blocked. */
async function servePages(pages) {
  const server = http.createServer((req, res) => {
    const n = Number(/^\/(\d+)\.html$/.exec(req.url)?.[1] ?? NaN);
    if (!pages[n]) return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    const bytes = readFileSync(pages[n].file);
    res.writeHead(200, { "content-type": contentType(bytes), "content-security-policy": "script-src 'none'" });
    res.end(bytes);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("the panel on 25 real pages of the shared corpus", { skip: needsShared("corpus/scrapinghub-aeb/index.jsonl") }, () => {
  let chrome;
  let server;
  let pages = [];
  const workerErrors = [];

  before(async () => {
    pages = choosePages();
    mkdirSync(path.join(ARTIFACTS, "corpus"), { recursive: true });
    server = await servePages(pages);
    chrome = await launch();
    const worker = await chrome.workerTarget.worker();
    worker.on("console", (m) => m.type() === "error" && workerErrors.push(m.text()));
  });

  after(async () => {
    await chrome?.close();
    await server?.close();
  });

  test("at least 25 pages are chosen", () => assert.ok(pages.length >= 25, `${pages.length} pages`));

  test("on every page the panel opens and shows what the analysis found", async (t) => {
    const failures = [];
    for (const [n, p] of pages.entries()) {
      const url = `${server.origin}/${n}.html`;
      try {
        await checkPage(chrome, url, p, t);
      } catch (e) {
        failures.push(`${p.id}: ${e.message}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(workerErrors, [], "errors in the service worker");
  });
});

/** Opens the panel on one page and checks it against the native analysis. */
async function checkPage(chrome, url, p, t) {
  const native = nativeAnalysis(p.file, ["--url", url]);
  const page = await chrome.browser.newPage();
  const errors = [];
  page.on("console", (m) => isOurError(m) && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(url, { waitUntil: "load", timeout: 30000 });
    const panel = await PanelReader.attach(page);
    const onMiss = (n) => t.diagnostic(`${p.id}: action ${n} did not open the panel`);
    await openPanel(page, panel, chrome.extension, { onMiss });
    await panel.waitDrawn();
    await page.screenshot({ path: path.join(ARTIFACTS, "corpus", `${p.slug}.png`) });
    assert.deepEqual(await panel.texts(".error"), [], "the panel shows an error");
    const expect = [
      ["li.actor", native.actors.length],
      ["blockquote", native.quotes.length],
      [".written", native.dates.length],
    ];
    for (const [selector, count] of expect) {
      const shown = (await panel.nodes(selector)).length;
      // The page is analyzed as the browser parsed it, not as stored: allow a small
      // difference in counts, never an empty section where the analysis has items.
      assert.ok(count === 0 || shown > 0, `${selector}: none shown, ${count} in the analysis`);
    }
    assert.deepEqual(errors, [], "console errors");
  } finally {
    await page.close();
  }
}
