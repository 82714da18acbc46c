// The messages between the extension's parts, declared once: their types, their
// shapes (JSDoc, checked by `tsc --noEmit`), the one sender and the one recogniser.
//
//   content → background  AnalyzeRequest { type: ANALYZE, html, url }, answered with an
//                         AnalyzeResult ({ ok: true, analysis } | { ok: false, error }).
//   background → content  not a message: the background runs the content script's
//                         entry (content.js, globalThis.LedeContent.run) with a
//                         ContentRequest, "panel" (the action) or "reader" (Alt+Shift+V).

import { t } from "./i18n.js";

/** @typedef {import("../wasm/lede.js").Analysis} Analysis */
/** @typedef {import("../wasm/lede.js").AnalyzeResult} AnalyzeResult */
/** @typedef {"panel" | "reader"} ContentRequest */

/** Message types, named by direction (sender_TO_receiver). */
export const MSG = Object.freeze({
  CONTENT_TO_BACKGROUND_ANALYZE: "lede:content-to-background:analyze",
});

/**
 * The content script's request for an analysis of a page.
 * @typedef {object} AnalyzeRequest
 * @property {typeof MSG.CONTENT_TO_BACKGROUND_ANALYZE} type
 * @property {string} html  the page as HTML
 * @property {string} url  the page's address
 */

/** The extension API of this browser: Firefox's `browser`, else `chrome`. */
// @ts-ignore: `browser` exists in Firefox only; the two share the calls used here.
export const api = /** @type {typeof chrome} */ (globalThis.browser ?? globalThis.chrome);

/**
 * Asks the background for the analysis of `html`; always resolves to an AnalyzeResult.
 * @param {string} html
 * @param {string} url
 * @returns {Promise<AnalyzeResult>}
 */
export async function requestAnalysis(html, url) {
  /** @type {AnalyzeRequest} */
  const request = { type: MSG.CONTENT_TO_BACKGROUND_ANALYZE, html, url };
  try {
    const result = await api.runtime.sendMessage(request);
    return result ?? { ok: false, error: { kind: "internal", message: t("noAnswer") } };
  } catch (e) {
    return { ok: false, error: { kind: "internal", message: String(e instanceof Error ? e.message : e) } };
  }
}

/**
 * Whether `message` is a well-formed AnalyzeRequest (the background's check).
 * @param {unknown} message
 * @returns {message is AnalyzeRequest}
 */
export function isAnalyzeRequest(message) {
  const m = /** @type {Partial<AnalyzeRequest> | null} */ (message);
  return m?.type === MSG.CONTENT_TO_BACKGROUND_ANALYZE && typeof m.html === "string" && typeof m.url === "string";
}
