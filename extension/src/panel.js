// The lede panel: a closed Shadow DOM fixed on the right, styled only through
// adoptedStyleSheets. It draws three states: loading, error, and the analysis; each
// state is built off-screen and swapped in whole, so the panel is never half-drawn.
// Every page-derived string goes in with textContent; no HTML is ever parsed here.
//
// Once the analysis is drawn, its "Reader" button opens the reader overlay (reader.js)
// on the same analysis; while the overlay is open, Escape is the overlay's.
//
// The panel knows nothing of the settings, "Pick the article" or re-analysis: those
// are the interaction layer's (interact.js), which the content script connects through
// the small PanelHooks interface below; interact.js calls the panel, never the reverse.
//
// Exports open, isOpen, close, showError, showAnalysis, analysis, focused, progress
// and connect (content scripts' isolated world: the page cannot see them).

import { shortDay } from "./cite.js";
import { createShadowHost, el, HOST, sheet } from "./dom.js";
import { dir, lang, t, tn } from "./i18n.js";
import * as livePage from "./page-text.js";
import { PANEL_CSS, SECTIONS_CSS } from "./panel-style.js";
import * as picker from "./picker.js";
import * as reader from "./reader.js";
import * as sections from "./sections.js";

/**
 * What the panel hands its hooks when it opens: its parts, and the functions that
 * draw into its body.
 * @typedef {object} PanelView
 * @property {ShadowRoot} root
 * @property {HTMLElement} panel
 * @property {HTMLElement} header
 * @property {HTMLButtonElement} close
 * @property {HTMLElement} body
 * @property {(fragment: Node, announcement: string) => void} swap
 * @property {(text: string) => void} loading
 * @property {(text: string) => void} announce
 */

/**
 * The interaction layer, as the panel sees it.
 * @typedef {object} PanelHooks
 * @property {(view: PanelView) => void} opened  the panel was created
 * @property {() => void} closed  the panel was removed
 * @property {(analysis: import("./messages.js").Analysis, page: { url: string }) => boolean} beforeDraw
 *   true when the hook drew instead (a notice) or the analysis is stale
 */

/** @type {PanelHooks | null} */
let hooks = null;

/** Connects the interaction layer (once, by the content script). @param {PanelHooks} h */
function connect(h) {
  hooks = h;
}

let host = null;
let body = null;
let live = null; // a polite live region: short announcements, not the whole panel
let returnFocus = null;
let root = null;
let sheets = null;
let shown = null; // { analysis, page } once drawn: what the Reader button opens

/** The shared sections sheet, then the panel's own (constructed once). */
function styleSheets() {
  sheets ??= [SECTIONS_CSS, PANEL_CSS].map(sheet);
  return sheets;
}

function onKeydown(event) {
  if (reader.isOpen()) return; // the overlay above handles its keys
  if (event.key === "Escape" && host) {
    if (picker.isActive()) return; // this Escape cancels the pick
    event.stopPropagation();
    close();
  }
}

/** Creates the panel in its loading state, moves focus into it, and returns a token
 *  that isOpen(token) checks, so a late answer cannot draw into a newer panel. */
function open() {
  if (host) return host;
  returnFocus = document.activeElement;
  ({ host, root } = createShadowHost(HOST.panel, [...styleSheets(), zoomSheet()]));
  const panel = el("aside", "panel");
  panel.dir = dir(); // the UI language's direction: mirrored when rtl
  panel.lang = lang();
  panel.setAttribute("role", "complementary");
  panel.setAttribute("aria-label", t("panelLabel"));
  panel.tabIndex = -1;
  const header = el("header");
  const heading = el("div", "heading");
  heading.append(el("p", "brand", "lede"));
  const close_ = el("button", "close", "×");
  close_.type = "button";
  close_.setAttribute("aria-label", t("panelCloseLabel"));
  close_.title = t("closeTitle");
  close_.addEventListener("click", close);
  header.append(heading, close_);
  body = el("div", "body");
  body.setAttribute("aria-busy", "true");
  body.append(el("p", "status", t("analyzingPage")));
  live = el("p", "sr-only");
  live.setAttribute("aria-live", "polite");
  panel.append(header, body, live);
  root.append(panel);
  document.documentElement.append(host);
  // The hooks hear of the opening, the closing and each analysis to be drawn: the
  // settings, Pick the article, re-analysis of single-page apps.
  hooks?.opened({ root, panel, header, close: close_, body, swap: swapBody, loading: showLoading, announce });
  window.addEventListener("keydown", onKeydown, true);
  close_.focus({ preventScroll: true });
  return host;
}

function isOpen(token) {
  return token === undefined ? host !== null : host === token;
}

/** Removes the panel and gives focus back to what had it. */
function close() {
  if (!host) return;
  window.removeEventListener("keydown", onKeydown, true);
  hooks?.closed();
  livePage.clear(); // no highlight outlives the panel
  host.remove();
  host = null;
  root = null;
  shown = null;
  body = null;
  live = null;
  if (returnFocus && typeof returnFocus.focus === "function" && returnFocus.isConnected) {
    returnFocus.focus({ preventScroll: true });
  }
  returnFocus = null;
}

/** Replaces the panel body with a finished fragment in one step. */
function swapBody(fragment, announcement) {
  if (!body) return;
  body.replaceChildren(fragment);
  body.setAttribute("aria-busy", "false");
  announce(announcement);
}

/** Tells screen readers something short (the live region stays small). */
function announce(text) {
  if (live) live.textContent = text;
}

/** The loading state again, saying `text` (a re-analysis of the page or a block). */
function showLoading(text) {
  if (!body) return;
  body.replaceChildren(el("p", "status", text));
  body.setAttribute("aria-busy", "true");
  announce(text);
}

function showError(message) {
  const p = el("p", "status error", t("panelError", [message]));
  p.setAttribute("role", "alert");
  swapBody(p, "");
}

/** Draws the analysis; `page` is { url } of the live page (for citations). */
function showAnalysis(analysis, page) {
  if (!body) return;
  if (hooks?.beforeDraw(analysis, page)) return; // drew a notice, or stale
  const article = analysis.article ?? {};
  const fragment = document.createDocumentFragment();
  const about = el("div", "about");
  about.append(el("p", "title", article.title || t("untitledPage")));
  const meta = [article.siteName, article.byline, shortDay(article.published)];
  if (article.wordCount) meta.push(tn(article.wordCount, "wordCount"));
  about.append(el("p", "meta", meta.filter(Boolean).join(" · ")));
  fragment.append(about);
  const ctx = { article, page, el, announce };
  const actions = el("div", "about-actions");
  actions.append(readerButton(analysis, page), sections.copyAll(analysis, ctx));
  about.append(actions);
  shown = { analysis, page };
  fragment.append(
    sections.actors(analysis.actors ?? [], analysis.quotes ?? [], ctx),
    sections.quotes(analysis.quotes ?? [], ctx),
    sections.dates(analysis.dates ?? [], ctx, analysis.reference),
    sections.summary(analysis.summary ?? [], ctx),
  );
  const n = (list) => list?.length ?? 0;
  const parts = [tn(n(analysis.actors), "countActors"), tn(n(analysis.quotes), "countQuotes"), tn(n(analysis.dates), "countDates")];
  swapBody(fragment, t("analysisReady", parts));
}

/** "Reader": opens the overlay on this analysis; focus comes back to the button. */
function readerButton(analysis, page) {
  const b = el("button", "reader-open", t("readerButton"));
  b.type = "button";
  b.setAttribute("aria-label", t("readerButtonLabel"));
  b.setAttribute("aria-keyshortcuts", "Alt+Shift+V");
  b.title = t("readerButtonTitle");
  b.addEventListener("click", () => reader.show(analysis, page, { returnFocus: b }));
  return b;
}

/** A sheet that undoes the page's CSS `zoom` on <html> (the host's parent), so the
 *  panel keeps its size on a zoomed page; the browser's own zoom is not CSS zoom and
 *  still applies. Empty when the page is not zoomed. */
function zoomSheet() {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom);
  const zoomed = Number.isFinite(zoom) && zoom > 0 && zoom !== 1;
  return sheet(zoomed ? `:host { zoom: ${1 / zoom} !important; }` : "");
}

/** While the analysis is awaited: the loading text becomes `text` (a status, read
 *  politely); no-op once something else is drawn. */
function progress(text) {
  const status = body?.getAttribute("aria-busy") === "true" ? body.querySelector(".status") : null;
  if (!status) return;
  status.setAttribute("role", "status");
  status.textContent = text;
}

/** The drawn analysis and its page ({ analysis, page }), or null. */
const analysis = () => shown;

/** The element focused inside the panel, or null (the page only sees the host). */
const focused = () => root?.activeElement ?? null;

export { open, isOpen, close, showError, showAnalysis, analysis, focused, progress, connect };
