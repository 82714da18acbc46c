// Message types between the extension's parts, named by direction (sender_TO_receiver).
// A classic script on purpose: the content scripts are injected as classic scripts and
// the module service worker imports it for its side effect, so both share one table.
globalThis.LEDE_MESSAGES = Object.freeze({
  // content → background: { type, html, url }; answered with an AnalyzeResult
  // ({ ok: true, analysis } or { ok: false, error: { kind, message } }).
  CONTENT_TO_BACKGROUND_ANALYZE: "lede:content-to-background:analyze",
  // background → content: open (or close) the reader overlay, the Alt+Shift+V command.
  // Left in globalThis.LEDE_REQUEST by a one-line injection just before content.js,
  // which reads and deletes it (no request there = the action: toggle the panel).
  BACKGROUND_TO_CONTENT_TOGGLE_READER: "lede:background-to-content:toggle-reader",
});
