// The extension's ES modules (extension/src/): they talk through imports, not globals,
// and their import graph is one-way (no cycle; the panel never imports the interaction
// layer, which reaches it through panel.connect). Static checks of the sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EXTENSION } from "./helpers.mjs";

const SRC = path.join(EXTENSION, "src");
const MODULES = readdirSync(SRC).filter((f) => f.endsWith(".js"));
const source = (f) => readFileSync(path.join(SRC, f), "utf8");

/** The modules of src/ that `file` imports (relative imports inside src/). */
function importsOf(file) {
  return [...source(file).matchAll(/^import\s[^;]*?from\s+"\.\/([\w-]+\.js)";/gms)].map((m) => m[1]);
}

test("the modules share nothing through globalThis but the content script's entry", () => {
  // Allowed: LedeContent (what the background calls), LEDE_I18N_MESSAGES (test pages'
  // inlined messages), browser/chrome and the Navigation API.
  const allowed = /^globalThis\.(LedeContent|LEDE_I18N_MESSAGES|browser|chrome|navigation)\b/;
  const found = [];
  for (const f of MODULES) {
    for (const m of source(f).matchAll(/globalThis\.\w+/g)) if (!allowed.test(m[0])) found.push(`${f}: ${m[0]}`);
  }
  assert.deepEqual(found, []);
});

test("the import graph of extension/src/ has no cycle", () => {
  const graph = Object.fromEntries(MODULES.map((f) => [f, importsOf(f)]));
  assert.ok(graph["content.js"].includes("panel.js"), "the parser sees the imports");
  const state = {};
  const cycles = [];
  const visit = (f, trail) => {
    if (state[f] === "done") return;
    if (state[f] === "open") {
      cycles.push([...trail.slice(trail.indexOf(f)), f].join(" → "));
      return;
    }
    state[f] = "open";
    for (const g of graph[f] ?? []) visit(g, [...trail, f]);
    state[f] = "done";
  };
  for (const f of MODULES) visit(f, []);
  assert.deepEqual(cycles, []);
  assert.ok(!graph["panel.js"].includes("interact.js"), "the panel reaches interact.js only through its hooks");
});
