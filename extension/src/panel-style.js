// The panel's style sheets, as text for CSSStyleSheet.replaceSync (adoptedStyleSheets):
// no <style> element and no style attribute, so a page's CSP cannot block them, and the
// shadow root keeps the page's CSS out. :host rules are !important so that page rules
// aimed at the host element cannot move or hide the panel.
//
// LEDE_SECTIONS_CSS styles what sections.js builds (lists, actor toggles, quotes,
// timeline, buttons) from the colour variables --bg --fg --muted --line --card
// --accent --accent-fg --error; the panel and the reader overlay both adopt it and
// define those variables. LEDE_PANEL_CSS is the panel's own frame.
export const SECTIONS_CSS = `
*, *::before, *::after { box-sizing: border-box; }
section { padding: 10px 0 4px; }
h2 { margin: 0 0 6px; font-size: 12px; font-weight: 700; letter-spacing: 0.06em;
  text-transform: uppercase; color: var(--muted); }
ul, ol { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 8px; padding: 8px 10px; background: var(--card); border-radius: 8px; }
li[hidden] { display: none; }
.name { font-weight: 650; }
.kind { margin-inline-start: 6px; font-size: 11px; color: var(--muted); text-transform: uppercase;
  letter-spacing: 0.04em; }
.role, .speaker, .source, .sentence, .written { display: block; font-size: 13px; color: var(--muted); }
blockquote { margin: 0; font-style: italic; }
.quote-foot { display: flex; align-items: center; justify-content: space-between; gap: 8px;
  margin-top: 4px; }
.day { display: block; font-weight: 650; font-variant-numeric: tabular-nums; }
.written { color: var(--fg); }
.sentence { margin-top: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.empty, .status, .reference-note, .quote-ledger { color: var(--muted); font-style: italic; }
.status { padding: 16px 0; }
.error { color: var(--error); font-style: normal; }
button {
  font: inherit; font-size: 12px; cursor: pointer; border-radius: 6px;
  border: 1px solid var(--line); background: var(--bg); color: var(--fg); padding: 3px 10px;
}
button:hover { border-color: var(--accent); }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button.more { margin: 0 0 6px; }
h3 { margin: 8px 0 4px; font-size: 12px; font-weight: 650; color: var(--fg); }
.group[hidden], [hidden] { display: none !important; }
li.actor { padding: 0; background: none; }
button.actor-toggle, button.jump {
  display: block; width: 100%; text-align: start; font-size: 14px; padding: 6px 10px;
  border: 1px solid transparent; background: var(--card); border-radius: 8px;
}
button.actor-toggle[aria-pressed="true"] { border-color: var(--accent);
  box-shadow: inset 3px 0 0 var(--accent); }
.actor-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.count { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
ul.actor-quotes { margin: 4px 0 6px; margin-inline-start: 12px; }
ul.actor-quotes li { font-style: italic; font-size: 13px; padding: 4px 8px; margin-bottom: 4px; }
li.quote, li.date { padding: 0 0 6px; }
button.jump { background: none; padding: 8px 10px 2px; font-size: inherit; }
button.quote-text { font-style: italic; }
.quote-foot { padding: 0 10px; flex-wrap: wrap; }
.actions { display: flex; gap: 4px; }
li.date .sentence { padding: 0 10px; }
.resolved { display: block; }
.resolved .written { display: inline; font-weight: 650; font-size: 14px; }
.resolved .day { display: inline; }
.arrow { color: var(--muted); }
button.copied { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
/* Page strings take their own direction (an Arabic quote in an English list). */
.name, .role, .speaker, .source, .sentence, .written, .quote-text, .key-sentence { unicode-bidi: plaintext; }
`;

export const PANEL_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  right: 0 !important;
  bottom: 0 !important;
  left: auto !important;
  width: min(420px, 100vw) !important;
  z-index: 2147483647 !important;
  display: block !important;
  contain: strict !important;
}
/* A page rule like *::before { content: "x" } would add a box to the host before the
   panel: the host's own pseudo-elements are never drawn. */
:host::before, :host::after { content: none !important; display: none !important; }
.panel {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #5b6170; --line: #dfe2e8;
  --card: #f5f7fa; --accent: #1d4ed8; --accent-fg: #ffffff; --error: #b42318;
  box-sizing: border-box; height: 100%; display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border-left: 1px solid var(--line);
  box-shadow: -6px 0 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start; direction: ltr;
}
/* A right-to-left UI language (panel.js sets dir from LedeI18n.dir()): the inner layout
   mirrors (flex rows, logical margins); the docking side stays the user's setting. */
.panel[dir="rtl"] { direction: rtl; }
@media (prefers-color-scheme: dark) {
  .panel {
    --bg: #16181d; --fg: #e8eaee; --muted: #a3a9b6; --line: #2e333d;
    --card: #1f232b; --accent: #8ab4ff; --accent-fg: #0b1020; --error: #ff8a80;
  }
}
header {
  display: flex; align-items: flex-start; gap: 8px; padding: 12px 14px;
  border-bottom: 1px solid var(--line);
}
.heading { flex: 1; min-width: 0; }
.brand { margin: 0; font-size: 12px; font-weight: 700; letter-spacing: 0.08em;
  text-transform: uppercase; color: var(--accent); }
.title { margin: 2px 0 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.meta { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.body { flex: 1; overflow-y: auto; padding: 4px 14px 16px; overscroll-behavior: contain; }
.panel:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.about { padding-top: 10px; }
.about-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button.reader-open { font-weight: 650; }
button.close { font-size: 18px; line-height: 1; padding: 2px 8px; }
`;
