// Finding analysis strings in the LIVE page: actor mentions highlighted with the CSS
// Custom Highlight API, and a quote or date scrolled into view with a brief highlight.
//
// The page's text nodes (outside script/style/form fields and outside our panel) are
// concatenated once per call, with each node's offset, and searched with one regex
// (whitespace between words matches any run of whitespace, so line breaks in the HTML
// do not matter). Work is bounded: at most MAX_NODES text nodes, MAX_CHARS characters,
// MAX_RANGES highlighted ranges. The ::highlight() rules go on the document through
// document.adoptedStyleSheets (appended; the page's own sheets are kept), which a page
// CSP cannot block. The highlight registry belongs to the document, so the page sees
// the ranges (they only color text; they carry no page-readable panel data).
//
// within(root, names) searches the same way under another root (the reader
// overlay's article, inside its shadow root) with its own highlight names; the
// ::highlight() rules for those live in that shadow root's own style sheet.
//
// Exports highlight, clear, scrollTo (the live page's finder) and within.

import { HOST, sheet as makeSheet } from "./dom.js";

/** Highlight names, used in the ::highlight() rules below. */
export const ACTOR = "lede-actor";
export const FOCUS = "lede-focus";
/** Bounds on one walk of the page: a huge page is searched only in its first part. */
const MAX_NODES = 50000;
const MAX_CHARS = 2000000;
/** More ranges than this add nothing visible and cost paint time. */
const MAX_RANGES = 500;
/** How long a scrolled-to quote or date stays highlighted (ms). */
const FOCUS_MS = 2500;
/** Elements that start a new line of text: a "\n" goes between their text and the
 *  text before, so "…TASS</figcaption><p>Volodymyr" is not read as "TASSVolodymyr". */
const BLOCKS = new Set(("ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIGCAPTION " +
  "FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL").split(" "));
/** Elements whose text is not article text (and elements with the hidden attribute). */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", ...Object.values(HOST).map((t) => t.toUpperCase())]);

const CSS_TEXT = `
::highlight(${ACTOR}) { background-color: #ffe066; color: #111111; }
::highlight(${FOCUS}) { background-color: #9ec5ff; color: #111111; }
`;

let sheet = null;

/** Whether the Highlight API exists here (Chromium 105+, Firefox 140+). */
const supported = () => typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";

function ensureSheet() {
  sheet ??= makeSheet(CSS_TEXT);
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

/** The text under `root`: { text, starts, nodes } (starts[i] = offset of nodes[i]). */
function pageText(root) {
  // Elements are visited only to prune their subtree or mark a line break (linear in
  // the page size); the filter sees them in document order.
  let lineBreak = false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = /** @type {HTMLElement} */ (node);
      if (SKIP.has(element.tagName) || element.hidden) return NodeFilter.FILTER_REJECT;
      if (BLOCKS.has(element.tagName)) lineBreak = true;
      return NodeFilter.FILTER_SKIP;
    },
  });
  const parts = [];
  const starts = [];
  const nodes = [];
  let length = 0;
  for (let node = walker.nextNode(); node && nodes.length < MAX_NODES; node = walker.nextNode()) {
    if (length >= MAX_CHARS) break;
    if (lineBreak && length > 0) {
      // Counted in the previous node's extent; no match starts or ends on it.
      parts.push("\n");
      length += 1;
    }
    lineBreak = false;
    starts.push(length);
    nodes.push(node);
    const data = /** @type {Text} */ (node).data;
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(""), starts, nodes };
}

/** The node index holding character `offset` (binary search; the last node at an end). */
function nodeAt(index, offset) {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range over [start, end) of the concatenated text. */
function rangeOf(index, start, end) {
  const a = nodeAt(index, start);
  const b = nodeAt(index, Math.max(start, end - 1));
  const range = document.createRange();
  range.setStart(index.nodes[a], start - index.starts[a]);
  range.setEnd(index.nodes[b], end - index.starts[b]);
  return range;
}

/** A regex source for `s`: special characters escaped, whitespace runs flexible. */
function pattern(s) {
  return s
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&"))
    .join("\\s+");
}

/** Ranges of every whole-word occurrence of any of `needles` under `root` (case-insensitive). */
function findAll(root, needles) {
  const words = [...new Set(needles.map((n) => (n ?? "").trim()).filter((n) => n.length > 1))];
  if (words.length === 0) return [];
  words.sort((a, b) => b.length - a.length); // longest first: "Donald Trump" before "Trump"
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(pattern).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const index = pageText(root);
  const ranges = [];
  for (const m of index.text.matchAll(re)) {
    ranges.push(rangeOf(index, m.index, m.index + m[0].length));
    if (ranges.length >= MAX_RANGES) break;
  }
  return ranges;
}

/**
 * The search functions over the text under `root()`, highlighting with the names
 * { actor, focus }; `prepare()` makes sure the ::highlight() rules apply there.
 */
function finder(root, names, prepare) {
  let focusTimer = 0;

  /** Highlights every mention of the names; returns how many were found. */
  function highlight(needles) {
    if (!supported()) return 0;
    prepare();
    const ranges = findAll(root(), needles);
    CSS.highlights.set(names.actor, new Highlight(...ranges));
    return ranges.length;
  }

  /** Removes these highlights (the stylesheet stays: it is inert without them). */
  function clear() {
    if (!supported()) return;
    CSS.highlights.delete(names.actor);
    CSS.highlights.delete(names.focus);
    clearTimeout(focusTimer);
  }

  /**
   * Scrolls to `text` as it occurs after `before` (the words just ahead of it in the
   * article, which tell repeated strings apart), or to its first occurrence; briefly
   * highlights it. Returns whether it was found.
   */
  function scrollTo(text, before) {
    if (!text || !text.trim()) return false;
    const index = pageText(root());
    /** @type {{ start: number, end: number } | null} */
    let match = null;
    if (before && before.trim()) {
      const re = new RegExp(`${pattern(before)}\\s*(${pattern(text)})`, "idu");
      const span = re.exec(index.text)?.indices?.[1];
      if (span) match = { start: span[0], end: span[1] };
    }
    if (!match) {
      const m = new RegExp(pattern(text), "iu").exec(index.text);
      if (m) match = { start: m.index, end: m.index + m[0].length };
    }
    if (!match) return false;
    const range = rangeOf(index, match.start, match.end);
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: "center", inline: "nearest" });
    if (supported()) {
      prepare();
      CSS.highlights.set(names.focus, new Highlight(range));
      clearTimeout(focusTimer);
      focusTimer = setTimeout(() => CSS.highlights.delete(names.focus), FOCUS_MS);
    }
    return true;
  }

  return { highlight, clear, scrollTo };
}

/** The live page's finder: its text outside lede's own elements. */
const page = finder(() => document.body ?? document.documentElement, { actor: ACTOR, focus: FOCUS }, ensureSheet);

/** A finder over the text under `root` (e.g. a shadow root's article), with its own
 *  highlight names, whose ::highlight() rules the caller's style sheet provides. */
export function within(root, names) {
  return Object.freeze(finder(() => root, names, () => {}));
}

export const { highlight, clear, scrollTo } = page;
