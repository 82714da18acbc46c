// "Pick the article": when extraction chose the wrong block, the user points at the
// block that holds the article and lede analyzes from that element. The pointer (or
// the arrow keys) moves an outline drawn in its own closed Shadow DOM (the page's
// elements are never restyled); click or Enter picks, Escape cancels.
//
// Exports start, stop, isActive and pageFor.

import { createShadowHost, HOST, sheet } from "./dom.js";
import { dir, t } from "./i18n.js";

/** Blocks smaller than this are never the article (px², about 3 lines of text). */
const MIN_AREA = 200 * 60;
/** Paragraphs a block needs to be taken for the article rather than one paragraph. */
const PARAGRAPHS = 2;
/** Elements that are one line or paragraph of text, never the article on their own. */
const TEXT_LINES = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

let state = null; // { host, box, hint, current, onPick, onCancel }

const CSS = `
  :host { all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; }
  .box { position: fixed; box-sizing: border-box; border: 3px solid #1a73e8;
    background: rgb(26 115 232 / 0.12); border-radius: 4px; }
  .hint { position: fixed; left: 50%; top: 12px; transform: translateX(-50%);
    font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #202124;
    padding: 8px 14px; border-radius: 6px; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); }
`;

/** Whether `el` is a block big enough to be an article. */
function isBlock(el) {
  if (!el || el === document.documentElement || el === state?.host || el.localName === HOST.panel) return false;
  const r = el.getBoundingClientRect();
  return r.width * r.height >= MIN_AREA && getComputedStyle(el).display !== "inline";
}

/** The block worth picking under `node`: the nearest big block; but when `node` is
 *  in a line of text (a paragraph, heading, list item), the nearest big block that
 *  holds at least PARAGRAPHS paragraphs, so that pointing at the article's text picks
 *  the article and not that line. Null inside lede's own elements. */
function blockOf(node) {
  const inText = Boolean(node?.closest?.(TEXT_LINES));
  let first = null;
  for (let el = node; el && el !== document.documentElement; el = el.parentElement) {
    if (el === state?.host || el.localName === HOST.panel) return null;
    if (!isBlock(el)) continue;
    if (!inText) return el;
    first ??= el;
    if (el.querySelectorAll("p").length >= PARAGRAPHS) return el;
  }
  return first;
}

function outline(el) {
  if (!state) return;
  state.current = el;
  state.box.hidden = !el;
  if (!el) return;
  const r = el.getBoundingClientRect();
  Object.assign(state.box.style, {
    left: `${r.left}px`,
    top: `${r.top}px`,
    width: `${r.width}px`,
    height: `${r.height}px`,
  });
}

/** Events in lede's own panel (retargeted to its host) are the panel's, not picks. */
const inPanel = (event) => event.target?.localName === HOST.panel;

function onMove(event) {
  if (!inPanel(event)) outline(blockOf(event.target));
}

/** The outline follows its block when the page scrolls. */
function onScroll() {
  if (state?.current) outline(state.current);
}

function onClick(event) {
  if (inPanel(event)) return;
  event.preventDefault();
  event.stopPropagation();
  pick(blockOf(event.target));
}

/** Arrow up: the enclosing block; arrow down: back to the first big child. */
function onKey(event) {
  const current = state?.current;
  const keys = {
    Escape: () => cancel(),
    Enter: () => pick(current),
    ArrowUp: () => outline(current?.parentElement && current.parentElement !== document.documentElement
      ? current.parentElement : current),
    ArrowDown: () => outline([...(current?.children ?? [])].find(isBlock) ?? current),
  };
  const action = keys[event.key];
  if (!action) return;
  event.preventDefault();
  event.stopPropagation();
  action();
}

function pick(el) {
  if (!state || !el) return;
  const { onPick } = state;
  stop();
  onPick(el);
}

function cancel() {
  if (!state) return;
  const { onCancel } = state;
  stop();
  onCancel?.();
}

/** Starts picking; `onPick(element)` or `onCancel()` is called once. */
function start(onPick, onCancel) {
  stop();
  const { host, root } = createShadowHost(HOST.picker, [sheet(CSS)]);
  const box = document.createElement("div");
  box.className = "box";
  box.hidden = true;
  const hint = document.createElement("div");
  hint.className = "hint";
  hint.setAttribute("role", "status");
  hint.textContent = t("pickerHint");
  hint.dir = dir();
  root.append(box, hint);
  document.documentElement.append(host);
  state = { host, box, current: null, onPick, onCancel };
  document.addEventListener("mousemove", onMove, true);
  document.addEventListener("click", onClick, true);
  window.addEventListener("keydown", onKey, true);
  window.addEventListener("scroll", onScroll, { capture: true, passive: true });
  outline(blockOf(document.querySelector("main, article, [role=main]") ?? document.body));
}

function stop() {
  if (!state) return;
  document.removeEventListener("mousemove", onMove, true);
  document.removeEventListener("click", onClick, true);
  window.removeEventListener("keydown", onKey, true);
  window.removeEventListener("scroll", onScroll, { capture: true });
  state.host.remove();
  state = null;
}

/** A page of the picked element's content alone, with the document's head (title,
 *  meta tags, JSON-LD: the metadata still comes from the page) and its lang/dir. The
 *  content goes into an <article> without the element itself: its own tag or class
 *  (an <aside>, a "related" box) would make extraction drop the block the user chose. */
function pageFor(el) {
  const html = document.documentElement;
  const attrs = ["lang", "dir"]
    .filter((a) => html.hasAttribute(a))
    .map((a) => ` ${a}="${(html.getAttribute(a) ?? "").replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
    .join("");
  const head = document.head ? document.head.outerHTML : "<head></head>";
  return `<!DOCTYPE html>\n<html${attrs}>${head}<body><article>${el.innerHTML}</article></body></html>`;
}

/** Whether a pick is under way. */
const isActive = () => state !== null;

export { start, stop, isActive, pageFor };
