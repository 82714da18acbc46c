// Styles of interact.js, as text for CSSStyleSheet.replaceSync (adopted by the panel's
// shadow root after the panel's own sheet, like it: no <style>, no page CSP issue).
// LEDE_INTERACT_CSS: the themes chosen in the options (an attribute on .panel beats
// the prefers-color-scheme rule: same selector plus an attribute), hidden sections,
// the "Pick the article" button, the note and the not-an-article notice.
// LEDE_PANEL_LEFT_CSS: adopted last when the panel sits on the left.
export const INTERACT_CSS = `
.panel[data-theme="light"] {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #5b6170; --line: #dfe2e8;
  --card: #f5f7fa; --accent: #1d4ed8; --accent-fg: #ffffff; --error: #b42318;
}
.panel[data-theme="dark"] {
  --bg: #16181d; --fg: #e8eaee; --muted: #a3a9b6; --line: #2e333d;
  --card: #1f232b; --accent: #8ab4ff; --accent-fg: #0b1020; --error: #ff8a80;
}
.panel[data-theme="sepia"] {
  --bg: #f4ecd8; --fg: #3b2f1e; --muted: #5e4d36; --line: #d9cba8;
  --card: #ebe0c5; --accent: #8a3c0c; --accent-fg: #ffffff; --error: #9b1c14;
}
.panel[data-hide~="actors"] section[aria-labelledby="lede-actors"],
.panel[data-hide~="quotes"] section[aria-labelledby="lede-quotes"],
.panel[data-hide~="dates"] section[aria-labelledby="lede-dates"],
.panel[data-hide~="summary"] section[aria-labelledby="lede-summary"] { display: none; }
button.pick { white-space: nowrap; }
button.pick[aria-pressed="true"], button.anyway {
  background: var(--accent); color: var(--accent-fg); border-color: var(--accent);
}
.note { margin: 2px 0 0; font-size: 12px; color: var(--muted); }
.notice { padding: 16px 0; }
.notice-title { margin: 0 0 6px; font-size: 15px; font-weight: 650; }
.notice-why { margin: 0 0 12px; color: var(--muted); }
.notice-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.notice-actions button { font-size: 13px; padding: 5px 12px; }
`;

export const PANEL_LEFT_CSS = `
:host { left: 0 !important; right: auto !important; }
.panel { border-left: none; border-right: 1px solid var(--line); box-shadow: 6px 0 24px rgba(0, 0, 0, 0.18); }
`;
