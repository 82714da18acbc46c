// Shared paths and helpers of the node tests (node --test tests/e2e/).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { bundle } from "../../tools/build.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI = path.resolve(ROOT, process.env.LEDE_CLI ?? "target/release/lede");
export const EXTENSION = path.join(ROOT, "extension");
export const ARTIFACTS = path.join(ROOT, "tests/e2e/artifacts");
/** The shared corpora beside the repository (absent outside the workplace). */
export const SHARED = path.resolve(ROOT, "../shared");

/** A test's `skip` option for what needs `../shared/<sub>`: false when it is there, a
 *  reason to skip when not; under CI=true a missing folder throws, so CI can never
 *  pass by skipping. */
export function needsShared(sub) {
  if (existsSync(path.join(SHARED, sub))) return false;
  const why = `../shared/${sub} is absent`;
  if (process.env.CI === "true") throw new Error(`CI=true: ${why}`);
  return why;
}

/** The sample page: $LEDE_SAMPLE, or the repository's fixture. */
export const SAMPLE = [
  process.env.LEDE_SAMPLE,
  path.join(ROOT, "tests/fixtures/zelensky-nato/page.html"),
].find((p) => p && existsSync(p));

/** The native CLI's analysis of a page file (schema-v1 JSON, parsed). */
export function nativeAnalysis(file, args = []) {
  const out = execFileSync(CLI, ["analyze", file, ...args], { encoding: "utf8" });
  return JSON.parse(out);
}

/** The extension's English messages (extension/_locales/en/messages.json). */
export const MESSAGES = JSON.parse(readFileSync(path.join(EXTENSION, "_locales/en/messages.json"), "utf8"));

/** A page without the extension has no chrome.i18n: this script gives i18n.js the same
 *  messages.json as its table (globalThis.LEDE_I18N_MESSAGES; one source of strings).
 *  Written at load. */
const I18N_TABLE = path.join(ARTIFACTS, "i18n-messages.js");
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(I18N_TABLE, `globalThis.LEDE_I18N_MESSAGES = ${JSON.stringify(MESSAGES)};\n`);

/** The panel's modules bundled for a page without the extension (tests/e2e/page-globals.js:
 *  LedePanel, LedeReader, LedeSections, LedeCite, LedePage, LedeSettings, LedePicker,
 *  LedeInteract on globalThis), built at load from extension/src/. */
const PAGE_GLOBALS = bundle(path.join(ROOT, "tests/e2e/page-globals.js"), path.join(ARTIFACTS, "page-globals.js"), "iife");

/** The scripts a test page loads, in order (absolute paths): the inlined messages, then
 *  the panel's modules; for tests that draw the panel without the extension. */
export const PANEL_SCRIPTS = [I18N_TABLE, PAGE_GLOBALS];

/** The local day, as the background passes it in `now`. */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Percent-encoding of a text-directive part: '-' too (encodeURIComponent keeps it). */
const enc = (s) => encodeURIComponent(s).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The text-fragment link of a long quote that occurs once: first and last 4 words. */
export function expectedLink(quote, pageUrl) {
  const w = quote.text.trim().split(/\s+/);
  if (w.length <= 8) throw new Error(`a long quote was expected: ${quote.text}`);
  return `${pageUrl}#:~:text=${enc(w.slice(0, 4).join(" "))},${enc(w.slice(-4).join(" "))}`;
}

/** "2025-02-23T…" → "23 Feb 2025". */
export function day(iso) {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${d} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]} ${y}`;
}

/** The three copies of a quote (the panel's contract: Copy, Markdown, Link), for a
 *  plain-text page. */
export function expectedCopies(quote, article, pageUrl) {
  const link = expectedLink(quote, pageUrl);
  return {
    text: `“${quote.text}” — ${quote.speaker}, ${article.siteName}, ${day(article.published)}, ${link}`,
    markdown: `> ${quote.text}\n\n— ${quote.speaker}, [${article.siteName}](${link}), ${day(article.published)}`,
    link,
  };
}

/** Asserts that a panel's texts show every actor, quote and date of the native
 *  analysis: `texts` holds those of ".name", "blockquote" and ".written". */
export function assertShowsAnalysis(texts, native) {
  for (const actor of native.actors) assert.ok(texts[".name"].includes(actor.name), `actor ${actor.name}`);
  for (const quote of native.quotes) assert.ok(texts.blockquote.includes(`“${quote.text}”`), `quote ${quote.text}`);
  for (const date of native.dates) assert.ok(texts[".written"].includes(date.text), `date ${date.text}`);
}

/** The lede actor highlight as the PAGE's main world sees it: the text of each range
 *  (null: no such highlight). */
export function highlightTexts(page, name = "lede-actor") {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : null;
  }, name);
}
