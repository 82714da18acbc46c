// lede content script, injected on demand after messages.js, the styles, cite.js,
// page-text.js, sections.js, panel.js and reader.js. Each injection does one thing:
// - the action (click or Alt+Shift+L): closes the reader overlay if it is open, else
//   toggles the panel: it closes an open panel, or serializes the live page, opens the
//   panel in its loading state, asks the service worker for the analysis and draws it;
// - the reader command (Alt+Shift+V; background.js leaves its request in
//   globalThis.LEDE_REQUEST): toggles the reader overlay, on the panel's analysis when
//   the panel shows one, else on a fresh analysis of the page.

(async () => {
  const MSG = globalThis.LEDE_MESSAGES;
  const panel = globalThis.LedePanel;
  const reader = globalThis.LedeReader;
  const request = globalThis.LEDE_REQUEST;
  const { t } = globalThis.LedeI18n;
  delete globalThis.LEDE_REQUEST;

  /** The live page as HTML (without lede's own hosts), and the service worker's answer
   *  for it: interact.js's, shared with its re-analyses. */
  const { serialize, ask: analyze, explain } = globalThis.LedeInteract;

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

  if (request === MSG.BACKGROUND_TO_CONTENT_TOGGLE_READER) await toggleReader();
  else await togglePanel();
})();
