// lede content script, injected on demand (action click or Alt+Shift+L) after
// messages.js, panel-style.js, sections.js and panel.js. Each injection toggles: it
// closes an open panel, or serializes the live page, opens the panel in its loading
// state, asks the service worker for the analysis and draws it (or the error).

(async () => {
  const panel = globalThis.LedePanel;
  if (panel.isOpen()) {
    panel.close();
    return;
  }
  const doctype = document.doctype ? "<!DOCTYPE html>\n" : "";
  const html = doctype + document.documentElement.outerHTML; // before our panel exists
  const page = { url: location.href };
  const token = panel.open();
  let result;
  try {
    result = await chrome.runtime.sendMessage({
      type: globalThis.LEDE_MESSAGES.CONTENT_TO_BACKGROUND_ANALYZE,
      html,
      url: page.url,
    });
  } catch (e) {
    result = { ok: false, error: { kind: "internal", message: String(e?.message ?? e) } };
  }
  if (!panel.isOpen(token)) return; // closed (or reopened) while we waited
  if (result?.ok) {
    panel.showAnalysis(result.analysis, page);
  } else {
    panel.showError(result?.error?.message ?? "no answer from the extension");
  }
})();
