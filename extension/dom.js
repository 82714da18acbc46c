// lede's DOM building blocks, shared by the panel, the reader overlay, interact.js, the
// picker and the page highlights (content scripts, injected after i18n.js).
// Exposes globalThis.LedeDom = { el, sheet }.

(() => {
  /** A new element with a class and, optionally, text (set as text, never as HTML). */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** A constructed style sheet holding `css`: what a shadow root or the document
   *  adopts (a page's CSP may block an inline <style>; adoptedStyleSheets pass). */
  function sheet(css) {
    const s = new CSSStyleSheet();
    s.replaceSync(css ?? "");
    return s;
  }

  globalThis.LedeDom = Object.freeze({ el, sheet });
})();
