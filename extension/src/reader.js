// The lede reader overlay: the article alone, full window, in its own closed Shadow DOM
// (a <lede-reader> host beside the panel's), with the actors, quotes and timeline in a
// side column (built by sections.js, so they behave as in the panel, but search and
// highlight the overlay's article instead of the page).
//
// Safety: the sanitized reader HTML of the core (article.html, src/sanitize.rs) is the
// ONLY string parsed as HTML, in an inert document (no script runs, nothing loads
// there) and then moved into the shadow root; every other page-derived string goes in
// with textContent. Styling only through adoptedStyleSheets (no <style>, no style
// attribute): the text size and line width are custom properties set through the CSSOM.
//
// While open: the page cannot scroll (overflow hidden on <html>, restored on close or
// when a page script removes the overlay, with a stable scrollbar gutter so nothing
// under the overlay reflows), key presses do
// not reach the page's handlers, focus stays in the overlay (Tab and Shift+Tab cycle;
// focus that leaves is brought back), and Escape closes it and gives focus back to
// where it was (the panel's Reader button, or the page's element).
//
// Settings (theme auto | light | sepia | dark, text size, line width) are applied live
// and remembered in chrome.storage.local (an in-memory copy where that is missing).
//
// Exports open, show, draw, showError, isOpen and close.

import { shortDay } from "./cite.js";
import { createShadowHost, el, HOST, sheet } from "./dom.js";
import { dir, t } from "./i18n.js";
import * as livePage from "./page-text.js";
import { SECTIONS_CSS } from "./panel-style.js";
import { READER_CSS } from "./reader-style.js";
import * as sections from "./sections.js";
import * as shared from "./settings.js";

/** Reading speed for "N min read" (words per minute, a common adult silent-reading rate). */
const WORDS_PER_MINUTE = 230;
/** The chrome.storage.local key of the settings. */
const STORAGE_KEY = "ledeReader";
/** [theme, button text, its label, the announcement when chosen]. */
const THEMES = [
  ["auto", t("themeAuto"), t("themeAutoLabel"), t("themeAutoChosen")],
  ["light", t("themeLight"), t("themeLightLabel"), t("themeLightChosen")],
  ["sepia", t("themeSepia"), t("themeSepiaLabel"), t("themeSepiaChosen")],
  ["dark", t("themeDark"), t("themeDarkLabel"), t("themeDarkChosen")],
];
/** Text sizes (px): 19 is comfortable on a laptop screen at arm's length. */
const SIZES = [15, 17, 19, 21, 24, 28];
/** Line widths (em of the text size): 36em is about 70 characters a line. */
const MEASURES = [28, 32, 36, 42, 50];
const DEFAULTS = Object.freeze({ theme: "auto", size: 19, measure: 36 });
/** Languages written right to left (primary subtags), for pages that only say lang. */
const RTL_LANGS = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi"]);
/** Highlight names of the overlay's own search (their rules are in reader-style.js). */
const HIGHLIGHTS = { actor: "lede-reader-actor", focus: "lede-reader-focus" };
/** What Tab may land on inside the overlay. */
const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';

let settings = { ...DEFAULTS };
let sheets = null;
let state = null; // the open overlay: { host, root, reader, pane, main, live, finder, returnFocus, unlock }

// ---- settings ------------------------------------------------------------------

/** Only known values survive (the stored object could come from another version). */
function valid(raw) {
  const s = raw && typeof raw === "object" ? raw : {};
  return {
    theme: THEMES.some(([t]) => t === s.theme) ? s.theme : DEFAULTS.theme,
    size: SIZES.includes(s.size) ? s.size : DEFAULTS.size,
    measure: MEASURES.includes(s.measure) ? s.measure : DEFAULTS.measure,
  };
}

/** The options' settings (settings.js): the theme is one choice for the panel, the
 *  options page and the overlay; text size and line width are the overlay's own,
 *  kept by the same mechanism under their own key. */
const own = shared.store(STORAGE_KEY, valid);

/** Reads the stored settings once per injection (before the first open, usually). */
const loaded = (async () => {
  if (!own) return; // settings.js not loaded: the defaults, kept in memory
  settings = await own.load();
  settings = valid({ ...settings, theme: (await shared.load()).theme });
})();

function save() {
  own?.save(settings).catch(() => {}); // without storage: kept in memory only
  shared?.save({ theme: settings.theme }).catch(() => {});
}

// Another tab, the options page or the panel changed them: follow.
own?.watch((stored) => {
  settings = stored;
  if (state) apply();
});
shared?.watch((options) => {
  if (options.theme === settings.theme) return;
  settings = valid({ ...settings, theme: options.theme });
  if (state) apply();
});

/** Applies the settings to the open overlay: theme, size, measure, pressed buttons. */
function apply() {
  if (!state) return;
  const { reader } = state;
  reader.dataset.theme = settings.theme;
  reader.style.setProperty("--size", `${settings.size}px`);
  reader.style.setProperty("--measure", `${settings.measure}em`);
  for (const b of reader.querySelectorAll("button[data-theme]")) {
    b.setAttribute("aria-pressed", String(b.dataset.theme === settings.theme));
  }
  const bound = (sel, on) => reader.querySelector(sel)?.setAttribute("aria-disabled", String(on));
  bound("button.smaller", settings.size === SIZES[0]);
  bound("button.larger", settings.size === SIZES[SIZES.length - 1]);
  bound("button.narrower", settings.measure === MEASURES[0]);
  bound("button.wider", settings.measure === MEASURES[MEASURES.length - 1]);
}

function change(patch, announcement) {
  settings = valid({ ...settings, ...patch });
  apply();
  save();
  announce(announcement);
}

/** The next value of `list` after `value` in direction `step` (stays at the ends). */
function stepOf(list, value, step) {
  const at = Math.max(0, list.indexOf(value));
  return list[Math.min(list.length - 1, Math.max(0, at + step))];
}

// ---- building ------------------------------------------------------------------

function button(className, text, label, onClick) {
  const b = el("button", className, text);
  b.type = "button";
  if (label) b.setAttribute("aria-label", label);
  b.addEventListener("click", () => {
    if (b.getAttribute("aria-disabled") !== "true") onClick();
  });
  return b;
}

function styleSheets() {
  sheets ??= [SECTIONS_CSS, READER_CSS].map(sheet);
  return sheets;
}

function control(label, ...buttons) {
  const group = el("div", "control");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", label);
  const visible = el("span", "control-label", label);
  visible.setAttribute("aria-hidden", "true");
  group.append(visible, ...buttons);
  return group;
}

function toolbar() {
  const bar = el("div", "toolbar");
  const themes = THEMES.map(([theme, text, label, chosen]) => {
    const b = button(`theme-choice theme-${theme}`, text, label, () =>
      change({ theme }, chosen));
    b.dataset.theme = theme;
    b.title = label;
    return b;
  });
  const size = (step) => () => {
    change({ size: stepOf(SIZES, settings.size, step) }, "");
    announce(t("textSizeChanged", [settings.size]));
  };
  const measure = (step) => () => {
    change({ measure: stepOf(MEASURES, settings.measure, step) }, "");
    announce(t("lineWidthChanged", [settings.measure]));
  };
  const controls = el("div", "controls");
  controls.append(
    control(t("controlTheme"), ...themes),
    control(t("controlTextSize"),
      button("smaller", "A−", t("smallerTextLabel"), size(-1)),
      button("larger", "A+", t("largerTextLabel"), size(1))),
    control(t("controlLineWidth"),
      button("narrower", "→←", t("narrowerLinesLabel"), measure(-1)),
      button("wider", "←→", t("widerLinesLabel"), measure(1))),
  );
  // The symbols read left to right in every language (A−, not −A).
  for (const b of /** @type {NodeListOf<HTMLElement>} */ (controls.querySelectorAll(".smaller, .larger"))) b.dir = "ltr";
  const close_ = button("close", "×", t("readerCloseLabel"), close);
  close_.title = t("closeTitle");
  bar.dir = dir(); // lede's words: the UI language's direction
  bar.append(el("p", "brand", t("readerBrand")), controls, close_);
  return bar;
}

/** The host, its closed shadow root and the empty frame (loading state). */
function frame() {
  const { host, root } = createShadowHost(HOST.reader, styleSheets());
  const reader = el("div", "reader");
  reader.setAttribute("role", "dialog");
  reader.setAttribute("aria-modal", "true");
  reader.setAttribute("aria-label", t("readerLabel"));
  const main = el("div", "main");
  main.setAttribute("aria-busy", "true");
  const pane = el("div", "article-pane");
  pane.tabIndex = 0; // so the keyboard scrolls the article
  pane.setAttribute("role", "region");
  pane.setAttribute("aria-label", t("articleLabel"));
  const article = el("article", "article");
  article.dir = dir();
  article.append(el("p", "status", t("preparingReader")));
  pane.append(article);
  main.append(pane);
  const live = el("p", "sr-only");
  live.setAttribute("aria-live", "polite");
  reader.append(toolbar(), main, live);
  root.append(reader);
  return { host, root, reader, main, pane, live };
}

/** Whether the article should be laid out right to left. */
function isRtl(article) {
  if (article.dir === "rtl") return true;
  if (article.dir === "ltr") return false;
  const primary = String(article.lang ?? "").toLowerCase().split(/[-_]/)[0];
  return RTL_LANGS.has(primary);
}

/** "4 min read", from the word count (or the text's words). */
function readingTime(article) {
  const words = Number.isFinite(article.wordCount) && article.wordCount > 0
    ? article.wordCount
    : String(article.text ?? "").split(/\s+/).filter(Boolean).length;
  return t("minutesRead", [Math.max(1, Math.round(words / WORDS_PER_MINUTE))]);
}

/** The article's header: site, title, byline, date and reading time, as text. */
function articleHead(article) {
  const head = el("header", "article-head");
  if (article.siteName) head.append(el("p", "site", article.siteName));
  const title = el("h1", "title", article.title || t("untitledPage"));
  title.id = "lede-reader-title";
  head.append(title);
  if (article.byline) head.append(el("p", "byline", article.byline));
  // lede's own words: in the UI language's direction, isolated from the article's.
  const facts = el("p", "facts");
  const day = shortDay(article.published);
  if (day) {
    const time = el("time", "published", day);
    time.dateTime = String(article.published).slice(0, 10);
    time.dir = dir();
    facts.append(time, " · ");
  }
  const minutes = el("span", "reading-time", readingTime(article));
  minutes.dir = dir();
  facts.append(minutes);
  head.append(facts);
  return head;
}

/**
 * The sanitized reader HTML as nodes of this document. Parsed by DOMParser into an
 * inert document (never rendered: no script runs and no image loads during parsing;
 * Mozilla's review tools accept it where they reject innerHTML); the string comes
 * from the core's allowlist sanitizer and nothing else is parsed here.
 */
function articleBody(html) {
  const content = el("div", "content");
  const inert = new DOMParser().parseFromString(String(html ?? ""), "text/html");
  content.append(...[...inert.body.childNodes].map((n) => document.adoptNode(n)));
  return content;
}

/** The side column: the panel's actors, quotes and timeline, searching the article. */
function sideColumn(analysis, page, article, finder) {
  const side = el("aside", "side");
  side.dir = dir(); // lede's words; page strings in it take their own direction (CSS)
  side.setAttribute("aria-label", t("sideLabel"));
  if (!sections) return side;
  const ctx = { article, page, el, announce, finder, where: "article" };
  side.append(
    sections.actors(analysis.actors ?? [], analysis.quotes ?? [], ctx),
    sections.quotes(analysis.quotes ?? [], ctx),
    sections.dates(analysis.dates ?? [], ctx, analysis.reference),
  );
  return side;
}

// ---- open / close ----------------------------------------------------------------

/** Blocks the page's scrolling; returns the function that restores it exactly. */
function lockScroll() {
  const html = document.documentElement;
  const hadStyle = html.hasAttribute("style");
  const gap = window.innerWidth - html.clientWidth; // a classic scrollbar's width
  const props = ["overflow", "scrollbar-gutter"];
  const saved = props.map((p) => [p, html.style.getPropertyValue(p), html.style.getPropertyPriority(p)]);
  html.style.setProperty("overflow", "hidden", "important");
  if (gap > 0) html.style.setProperty("scrollbar-gutter", "stable", "important");
  return () => {
    for (const [p, value, priority] of saved) {
      if (value) html.style.setProperty(p, value, priority);
      else html.style.removeProperty(p);
    }
    if (!hadStyle && html.getAttribute("style") === "") html.removeAttribute("style");
  };
}

/** Tells screen readers something short. */
function announce(text) {
  if (state && text) state.live.textContent = text;
}

function focusables() {
  if (!state) return [];
  return [...state.root.querySelectorAll(FOCUSABLE)].filter((e) =>
    typeof e.checkVisibility === "function" ? e.checkVisibility() : e.getClientRects().length > 0);
}

function onKeydown(event) {
  if (!state) return;
  event.stopPropagation(); // the page's own shortcuts stay quiet under the overlay
  if (event.key === "Escape") {
    event.preventDefault();
    close();
    return;
  }
  if (event.key !== "Tab") return;
  const list = focusables();
  if (list.length === 0) return;
  const at = list.indexOf(state.root.activeElement);
  if (event.shiftKey && at <= 0) {
    event.preventDefault();
    list[list.length - 1].focus();
  } else if (!event.shiftKey && (at < 0 || at === list.length - 1)) {
    event.preventDefault();
    list[0].focus();
  }
}

/** Focus that leaves the overlay (a page script, a click through) comes back. */
function onFocusin(event) {
  if (state && event.target !== state.host) state.pane.focus({ preventScroll: true });
}

/**
 * Opens the overlay in its loading state, over the whole window; returns a token that
 * isOpen(token) checks, so that a late analysis cannot draw into a newer overlay.
 * `returnFocus`: where focus goes on close (default: what has it now).
 */
/** @param {{ returnFocus?: Element | null }} [options] */
function open({ returnFocus } = {}) {
  if (state) return state.host;
  const parts = frame();
  // A page script that removes the host must not leave the page unscrollable.
  const watcher = new MutationObserver(() => {
    if (state && !state.host.isConnected) close();
  });
  state = {
    ...parts,
    returnFocus: returnFocus ?? document.activeElement,
    unlock: lockScroll(),
    finder: null,
    watcher,
  };
  document.documentElement.append(parts.host);
  watcher.observe(document.documentElement, { childList: true });
  window.addEventListener("keydown", onKeydown, true);
  document.addEventListener("focusin", onFocusin, true);
  apply();
  loaded.then(apply); // the stored settings, before the first paint when already read
  parts.pane.focus({ preventScroll: true });
  return parts.host;
}

/** Draws the analysis into the open overlay; `page` is { url } of the live page. */
function draw(analysis, page) {
  if (!state) return;
  const article = analysis?.article ?? {};
  const { reader, main, pane } = state;
  const view = el("article", "article");
  if (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(article.lang ?? "")) view.lang = article.lang;
  const rtl = isRtl(article);
  view.dir = rtl ? "rtl" : "ltr";
  const body = articleBody(article.html);
  view.append(articleHead(article), body);
  state.finder?.clear(); // drawn again: the previous article and column go
  main.querySelector(".side")?.remove();
  // The body only: what the analysis counted (article.text), not the header.
  state.finder = livePage.within(body, HIGHLIGHTS);
  main.classList.toggle("rtl", rtl); // the side column goes to the left
  pane.replaceChildren(view);
  main.append(sideColumn(analysis ?? {}, page ?? { url: location.href }, article, state.finder));
  reader.setAttribute("aria-labelledby", "lede-reader-title");
  reader.removeAttribute("aria-label");
  main.setAttribute("aria-busy", "false");
  announce(t("readerReady", [readingTime(article)]));
}

/** Opens the overlay on an analysis already at hand (the panel's Reader button). */
function show(analysis, page, options) {
  const token = open(options);
  draw(analysis, page);
  return token;
}

function showError(message) {
  if (!state) return;
  const p = el("p", "status error", t("readerError", [message]));
  p.setAttribute("role", "alert");
  p.dir = dir();
  state.pane.replaceChildren(p);
  state.main.setAttribute("aria-busy", "false");
}

function isOpen(token) {
  return token === undefined ? state !== null : state?.host === token;
}

/** Removes the overlay, lets the page scroll again and gives focus back. */
function close() {
  if (!state) return;
  const { host, unlock, finder, returnFocus, watcher } = state;
  state = null;
  watcher.disconnect();
  window.removeEventListener("keydown", onKeydown, true);
  document.removeEventListener("focusin", onFocusin, true);
  finder?.clear();
  host.remove();
  unlock();
  if (returnFocus && typeof returnFocus.focus === "function" && returnFocus.isConnected) {
    returnFocus.focus({ preventScroll: true });
  }
}

export { open, show, draw, showError, isOpen, close };
