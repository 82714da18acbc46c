// lede's DOM building blocks, shared by the panel, the reader overlay, the interaction
// layer, the picker and the page highlights: elements with text, constructed style
// sheets, and the shadow hosts lede adds to a page.

/** The custom element names of lede's hosts on the page: page rules for div etc. miss
 *  them, and the page-text walker and the picker skip them. */
export const HOST = Object.freeze({ panel: "lede-panel", reader: "lede-reader", picker: "lede-picker" });

/**
 * A new element with a class and, optionally, text (set as text, never as HTML).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [className]
 * @param {unknown} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A constructed style sheet holding `css`: what a shadow root or the document
 *  adopts (a page's CSP may block an inline <style>; adoptedStyleSheets pass).
 *  @param {string} css */
export function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css ?? "");
  return s;
}

/**
 * A new host element `tag` (one of HOST) with a closed shadow root adopting `sheets`;
 * the caller appends the host where it belongs.
 * @param {string} tag
 * @param {CSSStyleSheet[]} sheets
 * @returns {{ host: HTMLElement, root: ShadowRoot }}
 */
export function createShadowHost(tag, sheets) {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: "closed" });
  root.adoptedStyleSheets = sheets;
  return { host, root };
}
