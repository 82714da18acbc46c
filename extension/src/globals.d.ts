// The globals lede's scripts share across injections and contexts (declared once).
declare global {
  /** Firefox's extension API (Chromium: `chrome`). */
  var browser: typeof chrome | undefined;
  /** The content script's entry, set by the first evaluation of the bundle (content.js). */
  var LedeContent:
    | { run(request: import("./messages.js").ContentRequest): Promise<void>; readerOpen(): boolean }
    | undefined;
  /** The messages table the e2e helpers inline where no i18n API exists (i18n.js). */
  var LEDE_I18N_MESSAGES: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> | undefined;
  /** The Navigation API (Chromium; absent in Firefox ESR). */
  var navigation: EventTarget | undefined;
}
export {};
