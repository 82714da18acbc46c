// The reader view executes nothing: each XSS vector of tests/xss/vectors.json is
// embedded in an article, analyzed by the native CLI, and the analysis is rendered in
// the real reader overlay (extension/reader.js with its styles and the side column,
// LedeReader.show, as the panel's Reader button calls it), in a page served on
// 127.0.0.1 without any CSP (the worst host page; the overlay's scripts run in the
// page's own world there, without even the isolated world's separation). The overlay's
// article (its closed shadow root, read through CDP) is then checked. Asserts: no
// script ran (the payloads bump window.__xss, or call alert), no dialog opened, no
// request left the page (request interception) except the article's own images (an
// allowlisted <img src>, absolute http(s), which the reader view shows by design), and
// only allowlisted elements and attributes survived, with http(s)/mailto URLs only.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { CHROMIUM, PanelReader, READER_TAG } from "./browser.mjs";
import { EXTENSION, PANEL_SCRIPTS, ROOT, nativeAnalysis } from "./helpers.mjs";

const VECTORS = JSON.parse(readFileSync(path.join(ROOT, "tests/xss/vectors.json"), "utf8"));

/** The reader allowlist of src/sanitize.rs: tag → attributes. */
const ALLOWED = {
  a: ["href", "rel"], img: ["src", "alt", "width", "height"], td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan"],
};
const TAGS = new Set(("p h2 h3 h4 h5 h6 ul ol li blockquote figure figcaption img a em strong b i u s " +
  "sub sup code pre br hr table thead tbody tfoot tr th td caption dl dt dd").split(" "));
/** What the overlay's article holds (runs in the page, `root` = its .content element):
 *  elements or attributes outside the allowlist, URLs that are not http(s)/mailto, and
 *  the images' URLs (which may load). */
function inspect(root, allowed, tags) {
  const bad = [];
  for (const el of root.querySelectorAll("*")) {
    const tag = el.localName;
    if (!tags.includes(tag)) bad.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      const ok = (allowed[tag] ?? []).includes(name);
      if (!ok) bad.push(`${tag}[${name}]`);
      if (["href", "src", "cite"].includes(name) && !/^(https?:|mailto:)/i.test(value.trim())) {
        bad.push(`${tag}[${name}=${value}]`);
      }
    }
  }
  const images = [...root.querySelectorAll("img")].map((img) => img.src);
  return { bad, images };
}
/** inspect() as a CDP function declaration on the .content node (this = the node). */
const INSPECT = {
  toString: () => `function () { return (${inspect})(this, ${JSON.stringify(ALLOWED)}, ${JSON.stringify([...TAGS])}); }`,
};

/** The same article page as xss_page in tests/hostile.rs. */
function page(vector) {
  const p = "<p>The minister said on Tuesday that the talks in Brussels had gone well and " +
    "that a second round would follow next month, according to officials.</p>";
  return `<html><head><title>Talks go well</title></head><body><article><h1>Talks go well</h1>` +
    `${p}${p}<div>${vector}</div>${p}<p>Closing words ${vector} here.</p>${p}</article></body></html>`;
}

let browser;
let server;
let origin;
const dir = mkdtempSync(path.join(os.tmpdir(), "lede-xss-"));
const served = [];

before(async () => {
  server = http.createServer((req, res) => {
    served.push(req.url);
    if (req.url !== "/host.html") return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      // An empty data: icon: otherwise the browser's own favicon.ico fetch would race
      // the first vector and count as a stray request.
      .end('<!doctype html><html><head><link rel="icon" href="data:,"></head>' +
        "<body><p>host page</p></body></html>");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

test(`${VECTORS.length} XSS vectors: the sanitized reader HTML runs nothing and loads nothing`, async () => {
  assert.ok(VECTORS.length >= 100);
  const tab = await browser.newPage();
  const requests = [];
  const dialogs = [];
  await tab.setRequestInterception(true);
  tab.on("request", (req) => {
    if (req.url() === `${origin}/host.html`) return req.continue();
    // The browser's own icon fetch for the host page, not a request of a vector.
    if (req.url() === `${origin}/favicon.ico` || req.url().startsWith("data:")) return req.abort();
    requests.push(req.url());
    req.abort();
  });
  tab.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await tab.goto(`${origin}/host.html`);
  await tab.evaluate(() => {
    window.__xss = 0;
  });
  // The overlay's scripts, inlined (no request): styles, formats, search, sections,
  // panel and reader, in the extension's injection order.
  for (const file of PANEL_SCRIPTS) await tab.addScriptTag({ path: file });
  const overlay = await PanelReader.attach(tab, READER_TAG);
  const failures = [];
  let rendered = 0;
  for (const [i, vector] of VECTORS.entries()) {
    const file = path.join(dir, `v${i}.html`);
    writeFileSync(file, page(vector));
    const analysis = nativeAnalysis(file);
    const html = analysis.article.html;
    rendered += html.includes("Closing words") ? 1 : 0;
    const before = { requests: requests.length, dialogs: dialogs.length };
    await tab.evaluate(async (analysis) => {
      LedeReader.show(analysis, { url: location.href });
      // Give error/load handlers, refreshes and lazy loads time to fire.
      await new Promise((resolve) => setTimeout(resolve, 60));
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    }, analysis);
    const [contentId] = await overlay.nodes(".content");
    assert.ok(contentId !== undefined, `#${i}: the overlay shows no article`);
    const found = await overlay.call(contentId, INSPECT);
    found.ran = await tab.evaluate(() => window.__xss);
    await tab.evaluate(() => LedeReader.close());
    const what = [];
    if (found.ran) what.push("script ran");
    if (found.bad.length) what.push(`outside the allowlist: ${found.bad.join(" ")}`);
    const stray = requests.slice(before.requests).filter((u) => !found.images.includes(u));
    if (stray.length) what.push(`requests: ${stray.join(" ")}`);
    if (dialogs.length > before.dialogs) what.push("dialog opened");
    if (what.length) failures.push(`#${i} ${vector}\n  → ${html}\n  ${what.join("; ")}`);
    if (found.ran) await tab.evaluate(() => { window.__xss = 0; });
  }
  await tab.close();
  assert.deepEqual(failures, []);
  assert.deepEqual(served.filter((u) => u !== "/host.html"), [], "nothing reached the server");
  assert.ok(rendered * 10 >= VECTORS.length * 9, `${rendered} of ${VECTORS.length} vectors reached the reader HTML`);
});
