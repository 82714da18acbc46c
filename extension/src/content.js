// lede content script: the entry of the page-side bundle (extension/content.js, built
// by tools/build.mjs as one classic script for the isolated world). The background
// injects it once per page and then calls globalThis.LedeContent.run(request) for each
// action, so the modules keep their state (the open panel, the reader's settings)
// between activations. Each run does one thing:
// - "panel" (the action: click or Alt+Shift+L): closes the reader overlay if it is open,
//   else toggles the panel: it closes an open panel, or serializes the live page, opens
//   the panel in its loading state, asks the background for the analysis and draws it;
// - "reader" (Alt+Shift+V): toggles the reader overlay, on the panel's analysis when
//   the panel shows one, else on a fresh analysis of the page.

import { t } from "./i18n.js";
import * as interact from "./interact.js";
import { requestAnalysis as analyze } from "./messages.js";
import * as panel from "./panel.js";
import * as reader from "./reader.js";

panel.connect(interact);

const { serialize, explain } = interact;

/** Shows progress in the panel when the analysis takes over 100 ms: the page's size
 *  when it is large, and the seconds waited. Returns the function that stops it. */
function watchProgress(token, html) {
  const start = Date.now();
  let size = null;
  const tick = () => {
    if (!panel.isOpen(token)) return;
    size ??= new Blob([html]).size;
    const mb = (size / 1e6).toFixed(1);
    const what = size >= 1e6 ? t("analyzingLargePage", [mb]) : t("analyzingPage");
    const seconds = Math.floor((Date.now() - start) / 1000);
    panel.progress(seconds > 0 ? t("progressSeconds", [what, String(seconds)]) : what);
  };
  let timer = setTimeout(() => {
    tick();
    timer = setInterval(tick, 1000);
  }, 100);
  return () => {
    clearTimeout(timer);
    clearInterval(timer);
  };
}

async function toggleReader() {
  if (reader.isOpen()) {
    reader.close();
    return;
  }
  const returnFocus = panel.focused() ?? document.activeElement;
  const shown = panel.analysis();
  if (shown) {
    reader.show(shown.analysis, shown.page, { returnFocus });
    return;
  }
  const html = serialize();
  const page = { url: location.href };
  const token = reader.open({ returnFocus });
  const result = await analyze(html, page.url);
  if (!reader.isOpen(token)) return; // closed (or reopened) while we waited
  if (result.ok) reader.draw(result.analysis, page);
  else reader.showError(explain(result.error));
}

async function togglePanel() {
  if (reader.isOpen()) {
    reader.close(); // the action never opens the panel under the overlay
    return;
  }
  if (panel.isOpen()) {
    panel.close();
    return;
  }
  const html = serialize(); // before our panel exists
  const page = { url: location.href };
  const token = panel.open();
  const stop = watchProgress(token, html);
  const result = await analyze(html, page.url);
  stop();
  if (!panel.isOpen(token)) return; // closed (or reopened) while we waited
  if (result.ok) panel.showAnalysis(result.analysis, page);
  else panel.showError(explain(result.error));
}

/**
 * One activation.
 * @param {import("./messages.js").ContentRequest} request
 */
async function run(request) {
  if (request === "reader") await toggleReader();
  else await togglePanel();
}

// What the background calls; only the first evaluation of the bundle sets it.
globalThis.LedeContent ??= Object.freeze({ run, readerOpen: () => reader.isOpen() });
