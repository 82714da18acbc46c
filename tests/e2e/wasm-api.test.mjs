// The WASM export as the extension sees it: the generated JS glue (pkg/lede.js, made
// by `make wasm`) loaded in node. Checks the { ok, analysis | error } envelope, option
// handling, version(), re-instantiation, and that the analysis equals the native CLI's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, SAMPLE, nativeAnalysis } from "./helpers.mjs";
import { initSync, analyze, analyzeStages, version, __wbg_reset_state } from "../../pkg/lede.js";

initSync({ module: readFileSync(path.join(ROOT, "pkg/lede_bg.wasm")) });

const URL_ = "https://news.example/2025/02/23/story";

test("version() is the crate version", () => {
  const cargo = readFileSync(path.join(ROOT, "Cargo.toml"), "utf8");
  assert.equal(version(), cargo.match(/^version = "(.+)"/m)[1]);
});

test("the sample page's analysis equals the native CLI's JSON", () => {
  const html = readFileSync(SAMPLE, "utf8");
  const result = analyze(html, { url: URL_ });
  assert.equal(result.ok, true, JSON.stringify(result.error));
  const native = nativeAnalysis(SAMPLE, ["--url", URL_]);
  // Through JSON, as the CLI prints it: same keys, nulls, numbers and order.
  assert.deepEqual(JSON.parse(JSON.stringify(result.analysis)), native);
  assert.equal(result.analysis.url, URL_);
});

test("undefined and null options mean the defaults", () => {
  for (const options of [undefined, null]) {
    const result = analyze("<html><body><p>Hello there.</p></body></html>", options);
    assert.equal(result.ok, true);
    assert.equal(result.analysis.schemaVersion, 1);
    assert.equal(result.analysis.article.title, null); // None → null, not undefined
    assert.ok(Array.isArray(result.analysis.actors));
  }
});

test("bad options are an invalidOption error value, not an exception", () => {
  const html = "<p>x</p>";
  const cases = [
    [{ colour: "red" }, /colour/],
    [{ limits: { maxEverything: 1 } }, /limits\.maxEverything/],
    [{ now: "23/02/2025" }, /now/],
    [{ url: 42 }, /options/],
    [{ limits: { maxActors: "many" } }, /options/],
  ];
  for (const [options, message] of cases) {
    const result = analyze(html, options);
    assert.equal(result.ok, false, JSON.stringify(options));
    assert.equal(result.error.kind, "invalidOption");
    assert.match(result.error.message, message);
    assert.deepEqual(Object.keys(result).sort(), ["error", "ok"]);
  }
});

test("analyzeStages times every pipeline stage, then the conversion to JS", () => {
  const stages = analyzeStages(readFileSync(SAMPLE, "utf8"), { url: URL_ });
  assert.deepEqual(Object.keys(stages), [
    "Parse", "Locate", "Metadata", "Extract", "Text", "Mentions", "Actors", "Quotes", "Dates", "Summary", "Output", "ToJs",
  ]);
  for (const ms of Object.values(stages)) assert.ok(ms >= 0 && ms < 10000, String(ms));
  // A failure stops the clock where the pipeline stopped; bad options time nothing.
  assert.deepEqual(Object.keys(analyzeStages("<p>x</p>", { limits: { maxInputBytes: 4 } })), []);
  assert.deepEqual(analyzeStages("<p>x</p>", { colour: "red" }), {});
});

test("fatal input errors come back as values", () => {
  const big = analyze(`<p>${"word ".repeat(100)}</p>`, { limits: { maxInputBytes: 64 } });
  assert.deepEqual([big.ok, big.error.kind], [false, "tooLarge"]);
  const binary = analyze("\u0000\u0001\u0002PK\u0003\u0004".repeat(50));
  assert.equal(binary.ok, false);
  assert.equal(binary.error.kind, "notHtml");
});

test("a re-instantiated module keeps working", () => {
  const before = analyze("<p>Paris is in France.</p>");
  __wbg_reset_state();
  const after = analyze("<p>Paris is in France.</p>");
  assert.deepEqual(after, before);
});
