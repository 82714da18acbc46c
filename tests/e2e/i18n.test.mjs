// Translations (issue 6): every user-visible string of the extension is a message of
// extension/_locales/en/messages.json, read through i18n.js (LedeI18n.t / tn), the
// manifest's __MSG_key__ or the options page's data-i18n attributes.
// Node only: the keys used exist, every key is used, placeholders are consistent, and
// no English literal is left where UI text is set (a scan of the known sinks, plus a
// net for sentence-like literals anywhere in the UI code).
// Chromium: with the messages' direction forced to rtl (textDirection in the inlined
// table, as a right-to-left translation would say; the extension asks chrome.i18n), the panel and the reader overlay's
// chrome are mirrored: dir=rtl, the × button on the left, the panel still docked on
// the user's side. Screenshots: artifacts/panel-rtl.png, artifacts/reader-rtl.png.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ARTIFACTS, EXTENSION, MESSAGES, PANEL_SCRIPTS, SAMPLE, nativeAnalysis } from "./helpers.mjs";
import { launch, servePage } from "./browser.mjs";

const read = (file) => readFileSync(path.join(EXTENSION, file), "utf8");
/** The extension's own modules (not their bundles, not the generated WASM glue). */
const SCRIPTS = readdirSync(path.join(EXTENSION, "src")).filter((f) => f.endsWith(".js")).map((f) => `src/${f}`);
/** Scripts that only hold CSS text (no UI strings: font names would look like words). */
const STYLE_SCRIPTS = new Set(["src/panel-style.js", "src/reader-style.js", "src/interact-style.js"]);
/** UI text that is not a message: the product's name and symbols. */
const ALLOWED = new Set(["lede"]);
const PLURAL = /_(one|other)$/;

/** A line without its trailing comment (` // …` outside a string). */
function uncommented(line) {
  const at = line.indexOf(" // ");
  if (at < 0) return line;
  const before = line.slice(0, at);
  const even = (c) => before.split(c).length % 2 === 1;
  return even('"') && even("'") && even("`") ? before : line;
}

/** The code of a script without its comments (a comment may quote UI text). */
function code(file) {
  return read(file)
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\/\*\*?|\*)/.test(line))
    .map(uncommented)
    .join("\n");
}

/** The text between the parenthesis at `open` and its match (strings skipped). */
function callArgs(src, open) {
  let depth = 0;
  let quote = null;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return src.slice(open + 1, i);
    }
  }
  return "";
}

/** The top-level arguments of a call's argument text. */
function splitArgs(args) {
  const out = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      out.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(args.slice(start).trim());
  return out.filter(Boolean);
}

/** The word literals ("key") of an argument: a key, or the keys of a ?: choice. */
const keyLiterals = (arg) =>
  (arg ?? "").startsWith("`") ? [] : [...(arg ?? "").matchAll(/"([A-Za-z][\w@]*)"/g)].map((m) => m[1]);

/** Message keys the scripts ask for: [file, key] of each t("key") and tn(n, "key")
 *  (both plural forms), plus the key tables passed to t() by variable. */
function keysInScripts() {
  const out = [];
  for (const file of SCRIPTS) {
    const src = code(file);
    for (const m of src.matchAll(/\b(t|tn)\(/g)) {
      const args = splitArgs(callArgs(src, m.index + m[1].length));
      if (m[1] === "t") for (const key of keyLiterals(args[0])) out.push([file, key]);
      else for (const key of keyLiterals(args[1])) out.push([file, `${key}_one`], [file, `${key}_other`]);
    }
  }
  // Keys held in tables, then passed as t(key) / tn(n, units[u]).
  const menu = /const MENU_ITEMS = Object\.freeze\(\{([^}]*)\}/.exec(code("src/background.js"))?.[1] ?? "";
  for (const [, key] of menu.matchAll(/:\s*"(\w+)"/g)) out.push(["src/background.js", key]);
  for (const [, table] of code("src/cite.js").matchAll(/_UNITS = \{([^}]*)\}/g)) {
    for (const [, key] of table.matchAll(/:\s*"(\w+)"/g)) out.push(["src/cite.js", `${key}_one`], ["src/cite.js", `${key}_other`]);
  }
  return out;
}

function keysInManifest() {
  return [...read("manifest.json").matchAll(/__MSG_(\w+)__/g)].map((m) => ["manifest.json", m[1]]);
}

function keysInOptions() {
  return [...read("options.html").matchAll(/data-i18n="(\w+)"/g)].map((m) => ["options.html", m[1]]);
}

const allUses = () => [...keysInScripts(), ...keysInManifest(), ...keysInOptions()];

test("messages.json: valid keys, a description for translators, consistent placeholders", () => {
  const keys = Object.keys(MESSAGES);
  assert.ok(keys.length > 100, `${keys.length} messages`);
  const lower = new Set();
  for (const [key, entry] of Object.entries(MESSAGES)) {
    assert.match(key, /^[A-Za-z][A-Za-z0-9_]*$/, `${key}: the characters a key may have`);
    assert.ok(!lower.has(key.toLowerCase()), `${key}: keys are case-insensitive, a duplicate`);
    lower.add(key.toLowerCase());
    assert.equal(typeof entry.message, "string", key);
    assert.ok(entry.message.trim().length > 0, `${key}: empty`);
    assert.ok(entry.description?.length > 10, `${key}: a description for translators`);
    const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()));
    const defined = entry.placeholders ?? {};
    assert.deepEqual([...used].sort(), Object.keys(defined).sort(), `${key}: placeholders used = defined`);
    const contents = Object.values(defined).map((p) => p.content).sort();
    assert.deepEqual(contents, contents.map((_, i) => `$${i + 1}`), `${key}: contents $1…$n`);
    for (const p of Object.values(defined)) assert.ok(p.example, `${key}: an example for each placeholder`);
    assert.ok(!/\$\d/.test(entry.message), `${key}: named placeholders only in the message`);
    if (PLURAL.test(key)) {
      const base = key.replace(PLURAL, "");
      const one = MESSAGES[`${base}_one`];
      const other = MESSAGES[`${base}_other`];
      assert.ok(one && other, `${base}: both plural forms`);
      assert.deepEqual(one.placeholders, other.placeholders ? Object.fromEntries(
        Object.entries(other.placeholders).map(([n, p]) => [n, { ...p, example: one.placeholders?.[n]?.example }]),
      ) : undefined, `${base}: the same placeholders in both forms`);
      assert.equal(defined.count?.content, "$1", `${key}: the count is $1 (tn passes it first)`);
    }
  }
});

test("each locale states its language and direction", () => {
  for (const locale of readdirSync(path.join(EXTENSION, "_locales"))) {
    const messages = JSON.parse(read(`_locales/${locale}/messages.json`));
    assert.equal(messages.languageTag?.message, locale.replace(/_/g, "-"), `${locale}: languageTag`);
    assert.match(messages.textDirection?.message ?? "", /^(ltr|rtl)$/, `${locale}: textDirection`);
    const rtl = /^(ar|fa|he|ps|sd|ug|ur|yi|dv|ckb)(_|$)/.test(locale);
    assert.equal(messages.textDirection.message, rtl ? "rtl" : "ltr", `${locale}: direction`);
    for (const key of Object.keys(messages)) assert.ok(key in MESSAGES, `${locale}: ${key} is not an English key`);
  }
});

test("every key the code, the manifest and the options page use exists", () => {
  const uses = allUses();
  assert.ok(uses.length > 100, `${uses.length} uses`);
  const missing = uses.filter(([, key]) => !(key in MESSAGES)).map(([file, key]) => `${file}: ${key}`);
  assert.deepEqual(missing, []);
});

test("every key of messages.json is used", () => {
  const used = new Set(allUses().map(([, key]) => key));
  assert.deepEqual(Object.keys(MESSAGES).filter((key) => !used.has(key)), []);
});

test("the calls give each message as many values as it has placeholders", () => {
  const wrong = [];
  for (const file of SCRIPTS) {
    const src = code(file);
    for (const m of src.matchAll(/\b(t|tn)\(/g)) {
      const args = splitArgs(callArgs(src, m.index + m[1].length));
      const plural = m[1] === "tn";
      const keyArg = plural ? args[1] : args[0];
      const subs = plural ? args[2] : args[1];
      // Values: tn's count, plus the elements of a literal array (a variable: skipped).
      let given = plural ? 1 : 0;
      if (subs?.startsWith("[")) given += splitArgs(subs.slice(1, -1)).length;
      else if (subs) continue;
      for (const key of keyLiterals(keyArg)) {
        for (const k of plural ? [`${key}_one`, `${key}_other`] : [key]) {
          const n = Object.keys(MESSAGES[k]?.placeholders ?? {}).length;
          if (MESSAGES[k] && n !== given) wrong.push(`${file}: ${k} has ${n} placeholders, given ${given}`);
        }
      }
    }
  }
  assert.deepEqual(wrong, []);
});

/** The static text of a literal ("…", '…' or `…` without its ${…} parts). */
const literalText = (lit) => lit.slice(1, -1).replace(/\$\{[^}]*\}/g, " ");
/** Whether a literal holds a word (two letters or more) that is not allowed. */
const hasWords = (lit) => {
  const text = literalText(lit);
  return /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim()) && !isKey(text);
};
/** A message key (or a plural key's base): the argument of t() / tn(). */
const isKey = (text) => text in MESSAGES || `${text}_one` in MESSAGES;
/** Class names ("copy copy-md"): button helpers take one before the text. */
const isClassName = (lit) => /^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*$/.test(literalText(lit).replace(/\s+/g, " ").trim());
const LITERAL = String.raw`("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\`(?:[^\`\\]|\\.)*\`)`;

/** Where the scripts put text on screen or into the accessibility tree. */
const SINKS = [
  new RegExp(String.raw`\.textContent\s*=\s*${LITERAL}`, "g"),
  new RegExp(String.raw`\.(?:title|placeholder|alt)\s*=\s*${LITERAL}`, "g"),
  new RegExp(String.raw`setAttribute\(\s*"(?:aria-label|aria-description|title|placeholder|alt)"\s*,\s*${LITERAL}`, "g"),
  new RegExp(String.raw`\bel\(\s*(?:ctx\.)?[\w"-]+\s*,\s*(?:"[^"]*"|null|\w+)\s*,\s*${LITERAL}`, "g"),
  new RegExp(String.raw`\b(?:announce|showLoading|setNote|control|section|pickEnded|showError|loading|swap|progress)\(\s*(?:[\w.]+\s*,\s*)?${LITERAL}`, "g"),
  new RegExp(String.raw`\bfailure\(\s*"\w+"\s*,\s*${LITERAL}`, "g"),
  new RegExp(String.raw`\b(?:title|message|loading)\s*:\s*${LITERAL}`, "g"),
];

/** Helpers that take a class name and texts: each literal argument not a class name. */
const BUTTON_CALL = /\b(?:button|copyButton|moreButton|jumpButton|list)\(/g;

/** Literals with words at the sinks of one line or file of code. */
function sinkLiterals(src) {
  const found = [];
  for (const sink of SINKS) {
    for (const m of src.matchAll(sink)) if (hasWords(m[1])) found.push(m[1]);
  }
  for (const m of src.matchAll(BUTTON_CALL)) {
    const args = callArgs(src, m.index + m[0].length - 1);
    for (const lit of args.matchAll(new RegExp(LITERAL, "g"))) {
      if (hasWords(lit[1]) && !isClassName(lit[1])) found.push(lit[1]);
    }
  }
  return found;
}

/** "Two words" or "A sentence.": the net for literals anywhere. */
const sentenceLike = (lit) => {
  const text = literalText(lit).trim();
  return /^\p{Lu}\p{Ll}+(\s+\p{L}+)+[.…]?$/u.test(text) || /^\p{L}[\p{L}\s']+[.…]$/u.test(text)
    || (/\p{L}\p{Ll}+(\s+\p{Ll}+){2}/u.test(text) && !/[{};<>]/.test(text)); // three words, not CSS or HTML
};

/** Literals with words at the sinks, and sentence-like literals anywhere: [file, literal]. */
function englishLiterals(file) {
  const src = code(file);
  const found = sinkLiterals(src).map((lit) => [file, lit]);
  // The net, anywhere except console messages (for developers, not translated).
  const lines = src.split("\n").filter((line) => !/console\.\w+\(/.test(line));
  for (const m of lines.join("\n").matchAll(new RegExp(LITERAL, "g"))) {
    if (sentenceLike(m[1])) found.push([file, m[1]]);
  }
  return found;
}

test("no English literal is left in the UI code: the strings come from t()", () => {
  const ui = SCRIPTS.filter((f) => !STYLE_SCRIPTS.has(f));
  const found = ui.flatMap(englishLiterals).map(([file, lit]) => `${file}: ${lit}`);
  assert.deepEqual([...new Set(found)], []);
});

test("the scan finds English literals (it flags a sample of the old, untranslated code)", () => {
  const old = [
    `b.title = "Reader view (Alt+Shift+V)";`,
    `close_.setAttribute("aria-label", "Close the lede panel");`,
    `body.append(el("p", "status", "Analyzing this page…"));`,
    'announce(`Text size ${settings.size} pixels.`);',
    `copyButton("copy-text", "Copy", "Copy the quote with its source", "Quote", asText, ctx)`,
    `const labels = [\`Show all \${all.length} actors\`, "Show fewer"];`,
  ];
  for (const line of old) {
    const net = [...line.matchAll(new RegExp(LITERAL, "g"))].some((m) => sentenceLike(m[1]));
    assert.ok(sinkLiterals(line).length > 0 || net, line);
  }
});

test("options.html and the manifest: text only through messages", () => {
  const html = read("options.html").replace(/<!--[\s\S]*?-->/g, "");
  const text = html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  assert.equal(text, "", "no text outside data-i18n elements");
  assert.ok(!/\s(title|aria-label|placeholder|alt)="/.test(html), "no text in attributes");
  assert.deepEqual([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]), ["options.js"], "the one bundle");
  const manifest = JSON.parse(read("manifest.json"));
  assert.equal(manifest.default_locale, "en");
  const texts = [manifest.name, manifest.description, manifest.action.default_title,
    ...Object.values(manifest.commands).map((c) => c.description)];
  for (const s of texts) assert.match(s, /^__MSG_\w+__$/, s);
});


// ---- Chromium: the English strings in place, and a right-to-left UI ---------------------

let chrome;
let server;

before(async () => {
  server = await servePage(SAMPLE);
  chrome = await launch();
});

after(async () => {
  await chrome?.close();
  await server?.close();
});

/** A page with the panel's scripts; `bidi` forces the messages' textDirection. */
async function panelPage(bidi) {
  const page = await chrome.browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.evaluateOnNewDocument(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, { ...init, mode: "open" }); // readable by the test
    };
  });
  await page.goto(`${server.origin}/article.html`);
  const [table, ...scripts] = PANEL_SCRIPTS;
  await page.addScriptTag({ path: table });
  if (bidi) {
    await page.evaluate((dir) => {
      globalThis.LEDE_I18N_MESSAGES.textDirection = { message: dir };
    }, bidi);
  }
  for (const file of scripts) await page.addScriptTag({ path: file });
  return page;
}

/** Opens the panel on `analysis`; its rects and attributes (an open shadow root here). */
function drawnPanelGeometry(page, analysis) {
  return page.evaluate((a) => {
    LedePanel.open();
    LedePanel.showAnalysis(a, { url: location.href });
    const root = document.querySelector("lede-panel").shadowRoot;
    const rect = (sel) => {
      const r = root.querySelector(sel).getBoundingClientRect();
      return { left: r.left, right: r.right };
    };
    const panel = root.querySelector(".panel");
    return {
      dir: panel.getAttribute("dir"),
      direction: getComputedStyle(panel).direction,
      panel: rect(".panel"),
      close: rect("header button.close"),
      brand: rect(".brand"),
      title: rect(".about .title"),
      h2Align: getComputedStyle(root.querySelector("h2")).textAlign,
      viewport: window.innerWidth,
      headings: [...root.querySelectorAll("h2")].map((h) => h.textContent),
      readerButton: root.querySelector("button.reader-open").textContent,
      closeLabel: root.querySelector("header button.close").getAttribute("aria-label"),
    };
  }, analysis);
}

test("the panel shows the English messages, left to right, × on the right", async () => {
  const page = await panelPage(null);
  try {
    const analysis = nativeAnalysis(SAMPLE);
    const g = await drawnPanelGeometry(page, analysis);
    assert.equal(g.dir, "ltr");
    assert.equal(g.direction, "ltr");
    assert.deepEqual(g.headings, ["Key actors", "Quotes", "Timeline", "Key sentences"]);
    assert.equal(g.readerButton, MESSAGES.readerButton.message);
    assert.equal(g.closeLabel, "Close the lede panel");
    assert.ok(g.close.left > g.brand.right, "× after the brand, on the right");
  } finally {
    await page.close();
  }
});

test("a right-to-left UI mirrors the panel and the overlay's chrome", async () => {
  const page = await panelPage("rtl");
  try {
    const analysis = nativeAnalysis(SAMPLE);
    const g = await drawnPanelGeometry(page, analysis);
    assert.equal(g.dir, "rtl", "dir=rtl on the panel root");
    assert.equal(g.direction, "rtl");
    assert.ok(Math.abs(g.panel.right - g.viewport) < 1, "still docked on the right (the user's side)");
    assert.ok(g.close.left - g.panel.left < 40, `× at the panel's left edge (${g.close.left - g.panel.left}px)`);
    assert.ok(g.close.right < g.brand.left, "× left of the brand");
    assert.ok(g.panel.right - g.title.right < 30, "the title starts at the right");
    assert.equal(g.h2Align, "start");
    assert.deepEqual(g.headings, ["Key actors", "Quotes", "Timeline", "Key sentences"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "panel-rtl.png") });

    // The reader overlay: its toolbar and side column take the UI direction.
    const r = await page.evaluate((a) => {
      LedePanel.close();
      LedeReader.show(a, { url: location.href });
      const root = document.querySelector("lede-reader").shadowRoot;
      const rect = (sel) => root.querySelector(sel).getBoundingClientRect();
      return {
        toolbar: root.querySelector(".toolbar").getAttribute("dir"),
        side: root.querySelector(".side").getAttribute("dir"),
        close: rect(".toolbar button.close").left,
        brand: rect(".brand").left,
        brandText: root.querySelector(".brand").textContent,
        article: root.querySelector("article.article").getAttribute("dir"),
      };
    }, analysis);
    assert.equal(r.toolbar, "rtl");
    assert.equal(r.side, "rtl");
    assert.ok(r.close < r.brand, "the overlay's × on the left");
    assert.equal(r.brandText, "lede reader");
    assert.equal(r.article, "ltr", "the English article keeps its own direction");
    await page.screenshot({ path: path.join(ARTIFACTS, "reader-rtl.png") });
  } finally {
    await page.close();
  }
});
