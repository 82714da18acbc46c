// The reader overlay's style sheet, as text for CSSStyleSheet.replaceSync
// (adoptedStyleSheets, like the panel's: no <style>, so a page's CSP cannot block it).
// It is adopted after LEDE_SECTIONS_CSS (panel-style.js), which styles the side
// column's sections; the rules for the article are scoped to .content so that the
// sections' list and heading rules do not reach the article and the other way round.
//
// :host is reset (all: initial) and pinned over the whole window with !important, so
// page rules aimed at the host element cannot move, hide or restyle the overlay.
// Themes: .reader[data-theme] = auto (follows prefers-color-scheme) | light | sepia |
// dark; the text size and line width are the custom properties --size and --measure,
// set by reader.js through the CSSOM (not a style attribute).
export const READER_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 !important;
  width: auto !important;
  height: auto !important;
  z-index: 2147483647 !important;
  display: block !important;
  contain: strict !important;
  transform: none !important;
  opacity: 1 !important;
  visibility: visible !important;
}
/* Page rules like *::before { content: "x" } must not add boxes to the host. */
:host::before, :host::after { content: none !important; display: none !important; }
.reader {
  --bg: #fbfbf9; --fg: #1b1c1e; --muted: #5d6470; --line: #e1e2dc; --card: #f1f2ee;
  --side: #f6f6f3; --accent: #1d4ed8; --accent-fg: #ffffff; --error: #b42318;
  --link: #1d4ed8; --mark: #ffe066; --mark-fg: #111111;
  --size: 19px; --measure: 36em;
  position: absolute; inset: 0; display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); color-scheme: light;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start; direction: ltr;
}
.reader[data-theme="sepia"] {
  --bg: #f5ecd9; --fg: #3b2f20; --muted: #6e5d46; --line: #dfd1b3; --card: #ece0c5;
  --side: #efe4cc; --accent: #8a4510; --accent-fg: #ffffff; --error: #9b1c1c;
  --link: #8a4510; --mark: #f2c14e; --mark-fg: #2a1f12;
}
.reader[data-theme="dark"] {
  --bg: #15171b; --fg: #e6e7e3; --muted: #a3a9b6; --line: #2e333d; --card: #1f232b;
  --side: #1a1d22; --accent: #8ab4ff; --accent-fg: #0b1020; --error: #ff8a80;
  --link: #8ab4ff; --mark: #6b5a12; --mark-fg: #fff8dc;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .reader[data-theme="auto"] {
    --bg: #15171b; --fg: #e6e7e3; --muted: #a3a9b6; --line: #2e333d; --card: #1f232b;
    --side: #1a1d22; --accent: #8ab4ff; --accent-fg: #0b1020; --error: #ff8a80;
    --link: #8ab4ff; --mark: #6b5a12; --mark-fg: #fff8dc;
    color-scheme: dark;
  }
}
::highlight(lede-reader-actor) { background-color: var(--mark); color: var(--mark-fg); }
::highlight(lede-reader-focus) { background-color: var(--accent); color: var(--accent-fg); }

.toolbar {
  flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 18px;
  padding: 8px 16px; border-bottom: 1px solid var(--line); background: var(--bg);
}
.brand { margin: 0; font-size: 12px; font-weight: 700; letter-spacing: 0.08em;
  text-transform: uppercase; color: var(--accent); }
.controls { flex: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 18px; }
.control { display: flex; align-items: center; gap: 4px; }
.control-label { font-size: 12px; color: var(--muted); margin-inline-end: 4px; }
.toolbar button { font-size: 13px; padding: 4px 10px; min-width: 34px; }
.toolbar button[aria-pressed="true"] { background: var(--accent); color: var(--accent-fg);
  border-color: var(--accent); }
.toolbar button[aria-disabled="true"] { opacity: 0.45; cursor: default; }
.toolbar button.theme-light { background: #fbfbf9; color: #1b1c1e; }
.toolbar button.theme-sepia { background: #f5ecd9; color: #3b2f20; }
.toolbar button.theme-dark { background: #15171b; color: #e6e7e3; }
.toolbar button.theme-choice[aria-pressed="true"] { box-shadow: 0 0 0 2px var(--accent);
  border-color: var(--accent); }
.toolbar button.theme-auto[aria-pressed="true"] { background: var(--accent); color: var(--accent-fg); }
button.close { font-size: 20px; line-height: 1; padding: 2px 10px; margin-inline-start: auto; }
button:focus-visible, .article-pane:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
.article-pane:focus-visible { outline-width: 2px; outline-offset: -2px; }

.main { flex: 1; min-height: 0; display: flex; }
.article-pane, .side { overflow-y: auto; overscroll-behavior: contain; }
.article-pane { flex: 1; min-width: 0; padding: 40px 32px 96px; }
.side {
  flex: 0 0 360px; padding: 12px 18px 48px; background: var(--side);
  border-left: 1px solid var(--line); font-size: 14px;
}
/* .main stays ltr: the side column's place follows the article's direction (physical
   borders, since the column itself takes the UI language's direction). */
.main.rtl { flex-direction: row-reverse; }
.main.rtl .side { border-left: 0; border-right: 1px solid var(--line); }
.side li { background: var(--card); }
.side li.actor, .side li.quote, .side li.date { background: none; }
@media (max-width: 720px) {
  /* Brand and close on the first row, the controls under them. */
  .toolbar { padding: 6px 12px; gap: 6px 12px; }
  .brand { order: 1; }
  button.close { order: 2; }
  .controls { order: 3; flex-basis: 100%; gap: 6px 14px; }
}
@media (max-width: 960px) {
  .main { display: block; overflow-y: auto; overscroll-behavior: contain; }
  .article-pane, .side { overflow: visible; }
  .side, .main.rtl .side { border-left: 0; border-right: 0; border-top: 1px solid var(--line); padding: 12px 24px 48px; }
  .article-pane { padding: 24px 20px 40px; }
}

.article { max-width: var(--measure); margin: 0 auto; font-size: var(--size); line-height: 1.65;
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif",
  "DejaVu Serif", serif; overflow-wrap: break-word; }
.article-head { margin: 0 0 1.6em; padding-bottom: 1em; border-bottom: 1px solid var(--line); }
.site { margin: 0 0 0.4em; font: 600 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  letter-spacing: 0.06em; text-transform: uppercase; color: var(--accent); }
.title { margin: 0 0 0.4em; font-size: 1.7em; line-height: 1.2; font-weight: 700; }
.byline, .facts { margin: 0.2em 0 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--muted); }
.byline { color: var(--fg); font-weight: 600; }
.status { font-family: system-ui, sans-serif; font-size: 15px; }

.content p, .content ul, .content ol, .content dl, .content pre, .content table,
.content figure, .content blockquote { margin: 0 0 1.1em; }
.content h2, .content h3, .content h4, .content h5, .content h6 {
  margin: 1.6em 0 0.5em; line-height: 1.3; font-weight: 700; color: var(--fg);
  letter-spacing: normal; text-transform: none; }
.content h2 { font-size: 1.35em; }
.content h3 { font-size: 1.18em; }
.content h4, .content h5, .content h6 { font-size: 1em; }
.content ul, .content ol { padding-inline-start: 1.6em; }
.content ul { list-style: disc; }
.content ol { list-style: decimal; }
.content li { margin: 0.3em 0; padding: 0; background: none; border-radius: 0; }
.content blockquote { padding-inline-start: 1em; border-inline-start: 3px solid var(--line);
  color: var(--fg); font-style: italic; }
.content a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; }
.content a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.content img { display: block; max-width: 100%; height: auto; margin: 0 auto; border-radius: 4px; }
.content figure { margin-inline: 0; }
.content figcaption { margin-top: 0.5em; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--muted); }
.content pre, .content code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
.content pre { overflow-x: auto; padding: 0.8em 1em; background: var(--card); border-radius: 6px; }
.content table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 0.9em; }
.content th, .content td { border: 1px solid var(--line); padding: 0.3em 0.6em; text-align: start; }
.content hr { border: 0; border-top: 1px solid var(--line); margin: 2em 0; }
`;
