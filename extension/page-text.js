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
// Exposes globalThis.LedePage = { highlight, clear, scrollTo } (isolated world).

(() => {
  if (globalThis.LedePage) return;

  /** Highlight names, used in the ::highlight() rules below. */
  const ACTOR = "lede-actor";
  const FOCUS = "lede-focus";
  /** Bounds on one walk of the page: a huge page is searched only in its first part. */
  const MAX_NODES = 50000;
  const MAX_CHARS = 2000000;
  /** More ranges than this add nothing visible and cost paint time. */
  const MAX_RANGES = 500;
  /** How long a scrolled-to quote or date stays highlighted (ms). */
  const FOCUS_MS = 2500;
  /** Elements whose text is not article text (and elements with the hidden attribute). */
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "TEMPLATE", "LEDE-PANEL"]);

  const CSS_TEXT = `
::highlight(${ACTOR}) { background-color: #ffe066; color: #111111; }
::highlight(${FOCUS}) { background-color: #9ec5ff; color: #111111; }
`;

  let sheet = null;
  let focusTimer = 0;

  /** Whether the Highlight API exists here (Chromium 105+, Firefox 140+). */
  const supported = () => typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";

  function ensureSheet() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
    }
    if (!document.adoptedStyleSheets.includes(sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
  }

  /** The page's visible-ish text: { text, starts, nodes } (starts[i] = offset of nodes[i]). */
  function pageText() {
    const root = document.body ?? document.documentElement;
    // Elements are visited only to prune their subtree (linear in the page size).
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        return SKIP.has(node.tagName) || node.hidden ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    const parts = [];
    const starts = [];
    const nodes = [];
    let length = 0;
    for (let node = walker.nextNode(); node && nodes.length < MAX_NODES; node = walker.nextNode()) {
      if (length >= MAX_CHARS) break;
      starts.push(length);
      nodes.push(node);
      parts.push(node.data);
      length += node.data.length;
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

  /** Ranges of every whole-word occurrence of any of `needles` (case-insensitive). */
  function findAll(needles) {
    const words = [...new Set(needles.map((n) => (n ?? "").trim()).filter((n) => n.length > 1))];
    if (words.length === 0) return [];
    words.sort((a, b) => b.length - a.length); // longest first: "Donald Trump" before "Trump"
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(pattern).join("|")})(?![\\p{L}\\p{N}])`, "giu");
    const index = pageText();
    const ranges = [];
    for (const m of index.text.matchAll(re)) {
      ranges.push(rangeOf(index, m.index, m.index + m[0].length));
      if (ranges.length >= MAX_RANGES) break;
    }
    return ranges;
  }

  /** Highlights every mention of the names in the page; returns how many were found. */
  function highlight(names) {
    if (!supported()) return 0;
    ensureSheet();
    const ranges = findAll(names);
    CSS.highlights.set(ACTOR, new Highlight(...ranges));
    return ranges.length;
  }

  /** Removes lede's highlights (the stylesheet stays: it is inert without them). */
  function clear() {
    if (!supported()) return;
    CSS.highlights.delete(ACTOR);
    CSS.highlights.delete(FOCUS);
    clearTimeout(focusTimer);
  }

  /**
   * Scrolls to `text` as it occurs after `before` (the words just ahead of it in the
   * article, which tell repeated strings apart), or to its first occurrence; briefly
   * highlights it. Returns whether it was found.
   */
  function scrollTo(text, before) {
    if (!text || !text.trim()) return false;
    const index = pageText();
    let match = null;
    if (before && before.trim()) {
      const re = new RegExp(`${pattern(before)}\\s*(${pattern(text)})`, "idu");
      match = re.exec(index.text);
      if (match) match = { start: match.indices[1][0], end: match.indices[1][1] };
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
      ensureSheet();
      CSS.highlights.set(FOCUS, new Highlight(range));
      clearTimeout(focusTimer);
      focusTimer = setTimeout(() => CSS.highlights.delete(FOCUS), FOCUS_MS);
    }
    return true;
  }

  globalThis.LedePage = Object.freeze({ highlight, clear, scrollTo, ACTOR, FOCUS });
})();
