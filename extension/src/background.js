// lede background: loads the WASM analyzer once, injects the panel on demand and
// answers the content script's analysis requests. One file for both browsers: Chromium
// runs it as a module service worker, Firefox as a module event page (see
// tools/package.mjs); `api` is Firefox's `browser` where it exists, else `chrome`.
// Bundled with its imports into extension/background.js (tools/build.mjs).
//
// The WASM runs here and not in the content script: a page's strict CSP blocks
// WebAssembly compilation in content scripts in Chromium, while the extension's own
// CSP allows it ('wasm-unsafe-eval'). The module's exports are stateless; if a call
// throws (a bug: the module trapped after logging the panic), the instance is replaced
// by a fresh one before the next request.

import { t } from "./i18n.js";
import { api, isAnalyzeRequest } from "./messages.js";
import init, { analyze, version, __wbg_reset_state as resetWasm } from "../wasm/lede.js";

/** The content script: one bundle of every module the page side needs
 *  (extension/content.js, built from src/content.js), a classic script. */
const CONTENT_FILE = "content.js";

/** The one pending or done instantiation of the WASM module. */
let wasmReady = null;

function loadWasm() {
  wasmReady ??= init({ module_or_path: api.runtime.getURL("wasm/lede_bg.wasm") }).catch((e) => {
    wasmReady = null; // let the next request try again
    throw e;
  });
  return wasmReady;
}

/** The local calendar day, YYYY-MM-DD: the reference for relative dates on undated pages. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function failure(kind, message) {
  return { ok: false, error: { kind, message } };
}

/** Set while the instance that trapped could not be replaced yet (the glue's init()
 *  would hand back that same instance: only __wbg_reset_state makes a new one). */
let trapped = false;

/** Replaces the instance with a fresh one from the compiled module. */
function restartWasm() {
  try {
    resetWasm();
    trapped = false;
  } catch (e) {
    trapped = true; // tried again before the next analysis
    console.error("lede: cannot re-instantiate the analyzer", e);
  }
}

/** Analyzes one page; always resolves to an AnalyzeResult, never rejects. */
async function analyzePage(html, url) {
  try {
    await loadWasm();
  } catch (e) {
    return failure("internal", t("errorCannotLoad", [e?.message ?? e]));
  }
  if (trapped) restartWasm();
  if (trapped) return failure("internal", t("errorCannotRestart"));
  try {
    return analyze(html, { url, now: today() });
  } catch (e) {
    // Only a bug throws. The panic hook already logged the message; start afresh.
    console.error("lede: the analyzer failed, re-instantiating it", e);
    restartWasm();
    return failure("internal", t("errorFailed", [e?.message ?? e]));
  }
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only our own content scripts, running in a tab, may ask.
  if (sender.id !== api.runtime.id || !sender.tab || !isAnalyzeRequest(message)) {
    return false;
  }
  analyzePage(message.html, message.url).then(sendResponse);
  return true; // the answer is asynchronous
});

/**
 * Runs the content script's entry in the tab with `request`: injects the bundle first
 * when the tab does not have it yet (its modules keep their state between requests).
 * @param {number} tabId
 * @param {import("./messages.js").ContentRequest} request
 */
async function runContent(tabId, request) {
  const target = { tabId };
  const [probe] = await api.scripting.executeScript({ target, func: () => typeof globalThis.LedeContent === "object" });
  if (!probe?.result) await api.scripting.executeScript({ target, files: [CONTENT_FILE] });
  await api.scripting.executeScript({
    target,
    func: (r) => {
      globalThis.LedeContent?.run(r); // not awaited: the analysis answers by message
    },
    args: [request],
  });
}

/** Opens the panel in the tab, or closes it if it is open (content.js toggles).
 *  Exported for the test builds' hooks (tests/e2e/hooks/), which import this module. */
export async function togglePanel(tab) {
  if (tab?.id === undefined) return;
  try {
    await runContent(tab.id, "panel");
  } catch (e) {
    // chrome:// pages, the web store, PDF viewers: scripts are not allowed there.
    console.warn(`lede: cannot open the panel on this page (${e?.message ?? e})`);
  }
}

// The toolbar button; the keyboard shortcut (commands._execute_action) fires it too.
api.action.onClicked.addListener(togglePanel);

/** Opens the reader overlay in the tab, or closes it (the "reader" command, Alt+Shift+V). */
async function toggleReader(tab) {
  if (tab?.id === undefined) return;
  try {
    await runContent(tab.id, "reader");
  } catch (e) {
    console.warn(`lede: cannot open the reader view on this page (${e?.message ?? e})`);
  }
}

// A keyboard command grants activeTab on the tab like the action does.
api.commands.onCommand.addListener((command, tab) => {
  if (command === "reader") toggleReader(tab);
});

// ---- The context menu: "Analyze this article", "Open in reader view" ----------------

/** lede's context menu items, by id: their titles' message keys. */
const MENU_ITEMS = Object.freeze({
  "lede-analyze": "menuAnalyze",
  "lede-reader": "menuReader",
});

/** Where the items are offered: web pages (scripts cannot run in the browser's own). */
const MENU_PAGES = ["http://*/*", "https://*/*"];

/** Creates the items; menus persist, so once per install or update. */
function createMenus() {
  for (const [id, key] of Object.entries(MENU_ITEMS)) {
    /** @type {chrome.contextMenus.CreateProperties} */
    const item = { id, title: t(key), contexts: ["page", "selection", "link", "image"], documentUrlPatterns: MENU_PAGES };
    // An item left from the previous version is a duplicate id: nothing to do then.
    api.contextMenus.create(item, () => void api.runtime.lastError);
  }
}

/** Opens the reader view, unless it is open already (the menu item opens, never closes). */
async function openReaderView(tab) {
  if (tab?.id === undefined) return;
  try {
    const [probe] = await api.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => Boolean(globalThis.LedeContent?.readerOpen()),
    });
    if (!probe?.result) await toggleReader(tab);
  } catch (e) {
    console.warn(`lede: cannot open the reader view on this page (${e?.message ?? e})`);
  }
}

/** A click on one of lede's items; like the action's, it grants activeTab on the tab.
 *  Exported for the test builds' hooks (a test cannot click a native menu). */
export async function onMenuClick(info, tab) {
  if (info?.menuItemId === "lede-analyze") await togglePanel(tab);
  else if (info?.menuItemId === "lede-reader") await openReaderView(tab);
}

api.runtime.onInstalled.addListener(createMenus);
api.contextMenus.onClicked.addListener(onMenuClick);

// Instantiate early so the first analysis does not wait for compilation.
loadWasm().then(
  () => console.info(`lede ${version()} ready`),
  (e) => console.error("lede: cannot load the analyzer", e),
);
