// What the panel does beyond drawing one analysis (issue 6):
// - the user's settings (settings.js), applied live: side, theme, sections shown, and
//   the quote Copy format (sections.js reads it when it builds the buttons, so a change
//   redraws the analysis shown);
// - "Pick the article" (picker.js): the user points at the block that holds the article
//   and that block alone is analyzed ("Analyzed the block you picked.");
// - single-page apps: while the panel is open, a new URL (history.pushState/
//   replaceState, back/forward, a hash route) shows the loading state at once, waits
//   until the page's DOM settles, then analyzes the page again;
// - a page that does not look like an article (diagnostic `notAnArticle`) gets a notice
//   with "Analyze anyway" and "Pick the article" instead of the analysis.
// It is the panel's PanelHooks (panel.js; the content script connects them): the panel
// calls opened(view) when it opens, closed() when it closes, and beforeDraw(analysis,
// page) before drawing an analysis (true: do not draw it).
// Everything started in opened() (listeners, timers, the observer, a pick) stops in
// closed(). Bodies are still swapped whole by panel.js (loading, notice, analysis).
//
// Exports opened, closed, beforeDraw (the hooks), serialize and explain; content.js
// serializes the page and explains failures through the same functions.

import { el, HOST, sheet } from "./dom.js";
import { t } from "./i18n.js";
import { INTERACT_CSS, PANEL_LEFT_CSS } from "./interact-style.js";
import { requestAnalysis } from "./messages.js";
import * as livePage from "./page-text.js";
import * as panelView from "./panel.js";
import * as picker from "./picker.js";
import * as settings from "./settings.js";

/** Quiet time after a URL change before the page is analyzed again (ms): routers
 *  render the new view right after pushState; this long with no DOM change = done. */
const SETTLE_MS = 800;
/** Longest wait after a URL change, for pages that never stop changing (tickers). */
const SETTLE_MAX_MS = 5000;
/** The location check, for browsers without the Navigation API (Firefox ESR) and
 *  URL changes no event reports. Runs only while the panel is open. */
const POLL_MS = 1000;
/** The diagnostic kind of a page that does not look like an article (schema v1). */
const NOT_AN_ARTICLE = "notAnArticle";
const PICKED_NOTE = t("pickedNote");
const SECTION_NAMES = ["actors", "quotes", "dates", "summary"];
/** The panel stays transparent until the stored settings are read (a few ms), so that
 *  it does not appear on the right and then jump left; never longer than this (ms). */
const REVEAL_MAX_MS = 300;

/** The open panel's parts (panel.js's PanelView); null while closed. */
let parts = null;
/** State of the open panel; a new object per opening, so late callbacks of an old
 *  panel can tell (session !== theirs). */
let session = null;
let sheets = null;

const currentSettings = () => settings.current();

function button(className, text, onClick) {
  const b = el("button", className, text);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

function styleSheets() {
  sheets ??= Object.fromEntries(
    [
      ["main", INTERACT_CSS],
      ["left", PANEL_LEFT_CSS],
      ["pending", ":host { opacity: 0 !important; }"], // transparent, still focusable
    ].map(([name, css]) => [name, sheet(css)]),
  );
  return sheets;
}

// ---- the panel's life ---------------------------------------------------------

function opened(p) {
  closed();
  parts = p;
  const s = { generation: 0, own: false, drawing: null, shown: null, format: null, href: location.href };
  session = s;
  p.root.adoptedStyleSheets = [...p.root.adoptedStyleSheets, styleSheets().main, styleSheets().pending];
  s.pick = button("pick", t("pickArticle"), togglePick);
  s.pick.setAttribute("aria-pressed", "false");
  s.pick.title = t("pickArticleTitle");
  p.header.insertBefore(s.pick, p.close);
  s.note = el("p", "note");
  s.note.hidden = true;
  (p.header.querySelector(".heading") ?? p.header).append(s.note);
  apply(currentSettings());
  const reveal = () => {
    clearTimeout(s.revealTimer);
    if (session === s) p.root.adoptedStyleSheets = p.root.adoptedStyleSheets.filter((x) => x !== styleSheets().pending);
  };
  s.revealTimer = setTimeout(reveal, REVEAL_MAX_MS);
  settings.load().then((loaded) => {
    if (session === s && loaded) apply(loaded);
    reveal();
  });
  s.unwatch = settings.watch((changed) => session === s && apply(changed));
  watchUrl(s);
}

function closed() {
  const s = session;
  if (!s) return;
  session = null;
  parts = null;
  if (s.picking) picker.stop();
  s.unwatch?.();
  clearTimeout(s.revealTimer);
  unwatchUrl(s);
}

/** True when the analysis must not be drawn: the notice was drawn instead, or it is
 *  a late answer that a newer request replaces. */
function beforeDraw(analysis, page) {
  try {
    return intercept(analysis, page);
  } catch (e) {
    console.warn("lede: drawing the analysis as it is", e); // never leave the loading state up
    return false;
  }
}

function intercept(analysis, page) {
  const s = session;
  if (!s) return false;
  const drawing = s.drawing;
  if (s.own && !drawing) return true; // the first analysis, answered after a newer request
  s.shown = { analysis, page, picked: Boolean(drawing?.picked), drawn: false };
  const diagnostic = (analysis?.diagnostics ?? []).find((d) => (d?.kind ?? d?.code) === NOT_AN_ARTICLE);
  if (diagnostic && !drawing?.anyway) {
    showNotice(s, analysis, page, diagnostic);
    return true;
  }
  s.shown.drawn = true;
  s.format = currentSettings().copyFormat;
  setNote(s, drawing?.picked ? PICKED_NOTE : null);
  return false;
}

// ---- settings -------------------------------------------------------------------

function apply(next) {
  const s = session;
  if (!s || !parts) return;
  const { panel, root } = parts;
  if (next.theme && next.theme !== "auto") panel.dataset.theme = next.theme;
  else delete panel.dataset.theme;
  const hidden = SECTION_NAMES.filter((n) => next.sections?.[n] === false);
  if (hidden.length) panel.dataset.hide = hidden.join(" ");
  else delete panel.dataset.hide;
  const { left } = styleSheets();
  const others = root.adoptedStyleSheets.filter((sheet) => sheet !== left);
  root.adoptedStyleSheets = next.side === "left" ? [...others, left] : others;
  if (s.shown?.drawn && s.format !== next.copyFormat) redraw(s);
}

/** Draws the analysis shown again (the Copy buttons follow a new format), keeping
 *  the body's scroll position. */
function redraw(s) {
  const top = parts.body.scrollTop;
  livePage.clear(); // the pressed actor is not kept
  draw(s, s.shown.analysis, s.shown.page, { picked: s.shown.picked, anyway: true });
  if (parts) parts.body.scrollTop = top;
}

// ---- drawing ----------------------------------------------------------------------

/** Runs `swap()` (which replaces the body); if focus was in the old body, it goes to
 *  the panel itself instead of being lost with the removed element. */
function keepingFocus(swap) {
  const { root, body, panel } = parts;
  const inBody = body.contains(root.activeElement);
  swap();
  if (inBody && parts && !body.contains(root.activeElement)) panel.focus({ preventScroll: true });
}

function draw(s, analysis, page, { picked = false, anyway = false } = {}) {
  if (session !== s) return;
  s.drawing = { picked, anyway: anyway || picked };
  try {
    keepingFocus(() => panelView.showAnalysis(analysis, page));
  } finally {
    s.drawing = null;
  }
}

function setNote(s, text) {
  s.note.textContent = text ?? "";
  s.note.hidden = !text;
}

/** "This page doesn't look like a news article." with the analysis kept behind
 *  "Analyze anyway". */
function showNotice(s, analysis, page, diagnostic) {
  const box = el("div", "notice");
  box.append(el("p", "notice-title", t("notAnArticle")));
  // The diagnostic's reason as a sentence ("the page is mostly links (…)").
  const why = String(diagnostic.message ?? "").trim().replace(/\.$/, "");
  if (why) box.append(el("p", "notice-why", `${why.charAt(0).toUpperCase()}${why.slice(1)}.`));
  const actions = el("div", "notice-actions");
  actions.append(
    button("anyway", t("analyzeAnyway"), () => draw(s, analysis, page, { anyway: true })),
    button("pick pick-notice", t("pickArticle"), togglePick),
  );
  box.append(actions);
  const fragment = document.createDocumentFragment();
  fragment.append(box);
  setNote(s, null);
  keepingFocus(() => parts.swap(fragment, t("notAnArticle")));
}

// ---- asking the service worker ----------------------------------------------------

/** The live page as HTML, without lede's own (empty, closed-root) host elements. */
function serialize() {
  const doctype = document.doctype ? "<!DOCTYPE html>\n" : "";
  const html = document.documentElement.outerHTML;
  return doctype + html.replace(EMPTY_HOSTS, "");
}

/** lede's hosts as outerHTML writes them (their content is in closed shadow roots). */
const EMPTY_HOSTS = new RegExp(`<(${HOST.panel}|${HOST.picker})></\\1>`, "g");

/** The text of a failed AnalyzeResult's error, for the panel and the overlay: the
 *  kinds a reader can act on in the UI language; else the core's message (English). */
function explain(error) {
  if (error?.kind === "tooLarge") return t("errorTooLarge");
  if (error?.kind === "tooManyElements") return t("errorTooManyElements");
  if (error?.kind === "notHtml") return t("errorNotHtml");
  return String(error?.message || t("noAnswer"));
}

/** Analyzes `html` and draws the answer, unless a newer request or a closed panel
 *  made it stale. */
async function analyze(s, html, { picked = false, loading = null } = {}) {
  const generation = ++s.generation;
  s.own = true;
  if (loading) showLoading(s, loading);
  const page = { url: location.href };
  const result = await requestAnalysis(html, page.url);
  if (session !== s || s.generation !== generation) return;
  if (result.ok) {
    draw(s, result.analysis, page, { picked });
  } else {
    keepingFocus(() => panelView.showError(explain(result.error)));
  }
}

function showLoading(s, text) {
  setNote(s, null);
  s.shown = null;
  keepingFocus(() => parts.loading(text));
}

// ---- Pick the article -------------------------------------------------------------

function togglePick() {
  const s = session;
  if (!s) return;
  if (s.picking) {
    picker.stop();
    pickEnded(s, t("pickCancelled"));
    return;
  }
  s.picking = true;
  s.pick.setAttribute("aria-pressed", "true");
  parts.announce(t("pickHelp"));
  picker.start(
    (element) => {
      pickEnded(s, "");
      if (session !== s) return;
      const html = picker.pageFor(element);
      analyze(s, html, { picked: true, loading: t("analyzingPicked") });
    },
    () => pickEnded(s, t("pickCancelled")),
  );
}

function pickEnded(s, announcement) {
  s.picking = false;
  if (session !== s) return;
  s.pick.setAttribute("aria-pressed", "false");
  if (announcement) parts.announce(announcement);
}

// ---- single-page apps ---------------------------------------------------------------

/** Whether going from URL `a` to `b` shows another view: another address, or another
 *  hash route (#/… or #!…). An anchor jump (#comments) is the same page. */
function isNewView(a, b) {
  const noHash = (u) => u.replace(/#.*$/s, "");
  const route = (u) => {
    const hash = u.includes("#") ? u.slice(u.indexOf("#")) : "";
    return /^#[!/]/.test(hash) ? hash : "";
  };
  return noHash(a) !== noHash(b) || route(a) !== route(b);
}

function watchUrl(s) {
  const check = () => urlMaybeChanged(s);
  /** @type {[EventTarget | undefined, string][]} */
  const events = [
    [window, "popstate"],
    [window, "hashchange"],
    // Chromium: reported at once for pushState/replaceState too.
    [globalThis.navigation, "currententrychange"],
    [globalThis.navigation, "navigatesuccess"],
  ];
  const targets = /** @type {[EventTarget, string][]} */ (events.filter(([target]) => typeof target?.addEventListener === "function"));
  for (const [target, type] of targets) target.addEventListener(type, check);
  s.unlisten = () => {
    for (const [target, type] of targets) target.removeEventListener(type, check);
  };
  s.poll = setInterval(check, POLL_MS);
}

function unwatchUrl(s) {
  s.unlisten?.();
  clearInterval(s.poll);
  clearTimeout(s.settleTimer);
  s.observer?.disconnect();
  s.observer = null;
}

function urlMaybeChanged(s) {
  if (session !== s) return;
  const href = location.href;
  if (href === s.href) return;
  const before = s.href;
  s.href = href;
  if (!isNewView(before, href)) return;
  if (s.picking) {
    picker.stop();
    pickEnded(s, "");
  }
  s.generation++; // an answer in flight is for the old view
  s.own = true;
  livePage.clear();
  showLoading(s, t("pageChanged"));
  s.settleStart = Date.now();
  s.observer ??= new MutationObserver(() => settleLater(s));
  s.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  settleLater(s);
}

/** (Re)starts the quiet-time timer, never past SETTLE_MAX_MS after the change. */
function settleLater(s) {
  if (session !== s) return;
  clearTimeout(s.settleTimer);
  const left = s.settleStart + SETTLE_MAX_MS - Date.now();
  s.settleTimer = setTimeout(() => settled(s), Math.max(0, Math.min(SETTLE_MS, left)));
}

function settled(s) {
  if (session !== s) return;
  s.observer?.disconnect();
  s.observer = null;
  analyze(s, serialize());
}

export { opened, closed, beforeDraw, serialize, explain };
