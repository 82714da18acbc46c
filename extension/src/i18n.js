// lede's user-visible strings: every one is a key of _locales/<locale>/messages.json,
// looked up with the browser's i18n API (chrome.i18n, Firefox's browser.i18n), which
// picks the UI language and falls back to "en" for a missing key.
//
// t(key, subs) is a string; subs are the placeholders' values in order ($1…$9).
// tn(n, key, subs) chooses key_one (n === 1) or key_other, with n as the first value.
// dir() is "rtl" or "ltr", lang() a BCP 47 tag: the language of the messages in use,
// which each messages.json states (textDirection, languageTag). Not the predefined
// @@bidi_dir / @@ui_locale: those follow the browser's UI language even when lede has
// no translation for it, and would mirror the English fallback on an Arabic browser.
//
// Test pages that load these scripts without an extension have no i18n API: there the
// table is globalThis.LEDE_I18N_MESSAGES, the same messages.json inlined by the test
// helpers (tests/e2e/helpers.mjs), so the strings have one source. The extension never
// sets it. A missing key shows the key itself (and the node test fails on it).
//
// Exports t, tn, dir and lang (the content script, the options page and the background).


const api = globalThis.browser?.i18n ?? globalThis.chrome?.i18n;
const native = typeof api?.getMessage === "function";

/** A message of the inlined table (tests): named placeholders, then $1…$9. */
function fromTable(key, subs) {
  const entry = globalThis.LEDE_I18N_MESSAGES?.[key];
  if (!entry || typeof entry.message !== "string") return "";
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) =>
    entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\d)|\$\$/g, (whole, n) => (n ? String(subs[Number(n) - 1] ?? "") : "$"));
}

/** The message `key` with `subs` as its placeholders' values. */
function t(key, subs = []) {
  const values = (Array.isArray(subs) ? subs : [subs]).map((v) => String(v ?? ""));
  let text = "";
  try {
    text = native ? api.getMessage(key, values) : fromTable(key, values);
  } catch {
    text = ""; // an invalidated extension context (the extension was reloaded)
  }
  return text || key;
}

/** The plural form of `key` for `n` (key_one or key_other); n is the first value. */
function tn(n, key, subs = []) {
  return t(`${key}_${n === 1 ? "one" : "other"}`, [n, ...subs]);
}

/** "rtl" when the messages shown are in a right-to-left language, else "ltr". */
function dir() {
  return t("textDirection") === "rtl" ? "rtl" : "ltr";
}

/** The messages' language as a BCP 47 tag ("en", "pt-BR"); "en" when unknown. */
function lang() {
  const tag = t("languageTag");
  return /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : "en";
}

export { t, tn, dir, lang };
