// Headless Chromium with the unpacked extension, a tiny local server for the sample
// page (or several pages), and a reader for the CLOSED shadow roots of the panel and
// of the reader overlay (through CDP's DOM domain, which sees closed roots; page
// JavaScript and CSS selectors cannot).
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { EXTENSION } from "./helpers.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
export const HOST_TAG = "lede-panel";
export const READER_TAG = "lede-reader";

/**
 * Serves the page at /article.html, and at /strict/article.html with a strict CSP
 * (default-src 'self', Trusted Types required).
 * Everything else is a 404, so the page's own scripts and styles simply fail to load.
 */
export async function servePage(file) {
  const html = readFileSync(file);
  const server = http.createServer((req, res) => {
    const strict = req.url === "/strict/article.html";
    if (req.url !== "/article.html" && !strict) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers = { "content-type": "text/html; charset=utf-8" };
    if (strict) headers["content-security-policy"] = "default-src 'self'; require-trusted-types-for 'script'";
    res.writeHead(200, headers).end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Serves several pages: `pages` maps a path ("/a.html") to { html, csp? } (html a
 * string or Buffer; csp an optional Content-Security-Policy header). Everything else
 * is a 404.
 */
export async function servePages(pages) {
  const server = http.createServer((req, res) => {
    const page = pages[req.url.split("?")[0]];
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers = { "content-type": "text/html; charset=utf-8" };
    if (page.csp) headers["content-security-policy"] = page.csp;
    res.writeHead(200, headers).end(page.html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Launches Chromium (new headless) with the extension loaded through CDP
 * (Extensions.loadUnpacked over --remote-debugging-pipe), which also allows
 * Extensions.triggerAction: a real action click, granting activeTab like a user's.
 * `extension`: the unpacked folder (default extension/; a test build of dist/ too).
 */
export async function launch({ extension: extensionDir = EXTENSION } = {}) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "lede-e2e-"));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Hermetic: every host but 127.0.0.1 fails to resolve, so the real pages' images,
      // fonts and trackers never reach the network.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      "--window-size=1280,900",
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
  const id = await browser.installExtension(extensionDir);
  const workerTarget = await browser.waitForTarget(
    (t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${id}/`),
  );
  await waitForActionListener(await workerTarget.worker());
  const extension = (await browser.extensions()).get(id);
  const close = async () => {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, id, extension, workerTarget, close };
}

/**
 * Launches Firefox ESR headless over WebDriver BiDi with an unpacked extension installed
 * as a temporary add-on (webExtension.install). Firefox has no synthetic action click
 * here: tests use a test build (tools/package.mjs --test), whose hooks open the panel.
 */
export async function launchFirefox({ extension: extensionDir }) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "lede-e2e-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    userDataDir,
    timeout: 120000,
    protocolTimeout: 120000,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // No network beyond the local test server: no updates, telemetry or remote settings.
      "app.update.enabled": false,
      "browser.shell.checkDefaultBrowser": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "extensions.update.enabled": false,
    },
  });
  const id = await browser.installExtension(extensionDir);
  const close = async () => {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, id, close };
}

/** Waits until the service worker has run its top level (its action listener exists),
 *  so that the first triggered action is not lost on a slow machine. */
async function waitForActionListener(worker, timeout = 30000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const ready = await worker.evaluate(() => chrome.action.onClicked.hasListeners()).catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the extension's service worker did not start");
}

/** Reads the closed shadow root of the panel (or of the reader overlay: hostTag
 *  READER_TAG) through CDP. */
export class PanelReader {
  constructor(page, client, hostTag = HOST_TAG) {
    this.page = page;
    this.client = client;
    this.hostTag = hostTag;
  }

  static async attach(page, hostTag = HOST_TAG) {
    return new PanelReader(page, await page.createCDPSession(), hostTag);
  }

  /** The host's shadow root node (with its type), or null when there is no host. */
  async root() {
    const { root } = await this.client.send("DOM.getDocument", { depth: -1, pierce: true });
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      if (node.localName === this.hostTag) return node.shadowRoots?.[0] ?? null;
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    return null;
  }

  async nodes(selector) {
    const root = await this.root();
    if (!root) return [];
    const { nodeIds } = await this.client.send("DOM.querySelectorAll", {
      nodeId: root.nodeId,
      selector,
    });
    return nodeIds;
  }

  /** Calls `fn` with `this` bound to the node; returns its value. */
  async call(nodeId, fn) {
    const { object } = await this.client.send("DOM.resolveNode", { nodeId });
    const { result } = await this.client.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      returnByValue: true,
    });
    return result.value;
  }

  /** textContent of every match of `selector` inside the panel. */
  async texts(selector) {
    const out = [];
    for (const nodeId of await this.nodes(selector)) {
      out.push(await this.call(nodeId, function () {
        return this.textContent;
      }));
    }
    return out;
  }

  /** { [selector]: texts(selector) } for each of `selectors`. */
  async textsOf(selectors) {
    const out = {};
    for (const selector of selectors) out[selector] = await this.texts(selector);
    return out;
  }

  async attribute(selector, name) {
    const [nodeId] = await this.nodes(selector);
    if (nodeId === undefined) return null;
    const { attributes } = await this.client.send("DOM.getAttributes", { nodeId });
    const at = attributes.indexOf(name);
    return at < 0 ? null : attributes[at + 1];
  }

  /** A real mouse click in the middle of the n-th match. */
  async click(selector, n = 0) {
    const nodeId = (await this.nodes(selector))[n];
    if (nodeId === undefined) throw new Error(`no ${selector} in the panel`);
    await this.client.send("DOM.scrollIntoViewIfNeeded", { nodeId });
    const { model } = await this.client.send("DOM.getBoxModel", { nodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /** The className of the element focused inside the panel, or null. */
  async focusedClass() {
    const root = await this.root();
    if (!root) return null;
    return await this.call(root.nodeId, function () {
      return this.activeElement ? this.activeElement.className : null;
    });
  }

  /** Waits until the panel has drawn its final state (the analysis or an error). */
  async waitDrawn(timeout = 60000) {
    const busy = this.hostTag === READER_TAG ? ".main" : ".body"; // aria-busy until drawn
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if ((await this.attribute(busy, "aria-busy")) === "false") return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const state = (await this.root()) ? `showing ${JSON.stringify(await this.texts(busy))}` : "absent";
    throw new Error(`${this.hostTag} did not finish drawing within ${timeout} ms (${state})`);
  }

  /** Whether the host element is in the page. A boolean from the page, not an element
   *  handle: handles are never released and would keep every closed panel alive. */
  hostPresent() {
    return this.page.evaluate((tag) => document.querySelector(tag) !== null, this.hostTag);
  }

  /** Whether the panel's host element appears within `timeout` ms. */
  async waitPresent(timeout) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await this.hostPresent()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  async waitGone(timeout = 5000) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (!(await this.hostPresent())) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${this.hostTag} did not close`);
  }
}

/**
 * Runs the extension's action on the page until the panel appears (not yet drawn). A
 * synthetic action right after start-up is now and then not granted activeTab (the
 * worker logs "Cannot access contents of the page"), which a real click always is; so
 * up to `attempts` actions, each miss passed to `onMiss(attempt)`.
 */
export async function openPanel(page, panel, extension, { attempts = 2, timeout = 5000, onMiss = () => {} } = {}) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await page.triggerExtensionAction(extension);
    if (await panel.waitPresent(timeout)) return;
    onMiss(attempt);
  }
  throw new Error("the action did not open the panel");
}
