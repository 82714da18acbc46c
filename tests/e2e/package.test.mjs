// `make package`: one build of extension/ for Chromium and Firefox. The two manifests
// differ only where the browsers do, the zips hold exactly the loadable folders (no test
// hooks, no docs), `web-ext lint` (Mozilla's addons-linter) finds no error or warning in
// the Firefox build, the Chromium release build draws the panel, and the Firefox release
// build installs in Firefox ESR.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import webExt from "web-ext";
import { manifestFor, packageAll, sourceFiles } from "../../tools/package.mjs";
import { MESSAGES, ROOT, SAMPLE } from "./helpers.mjs";
import { FIREFOX, PanelReader, launch, launchFirefox, servePage } from "./browser.mjs";

let dist;
let built;
const version = JSON.parse(readFileSync(path.join(ROOT, "extension/manifest.json"), "utf8")).version;

before(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), "lede-dist-"));
  built = packageAll({ test: true, dist });
});

after(() => rmSync(dist, { recursive: true, force: true }));

/** The entries of a zip, read from its central directory: name → contents. */
function readZip(file) {
  const buf = readFileSync(file);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, "end of central directory");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, "central directory entry");
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

test("folders and zips for both browsers, named by version", () => {
  for (const browser of ["chromium", "firefox"]) {
    assert.equal(built[browser].zip, path.join(dist, `lede-${browser}-${version}.zip`));
    assert.ok(existsSync(path.join(built[browser].dir, "manifest.json")));
    assert.ok(existsSync(path.join(built[`${browser}-test`].dir, "test/background.js")));
  }
});

test("the manifests differ only in the background and the browser-specific keys", () => {
  const chromium = manifestFor("chromium");
  const firefox = manifestFor("firefox");
  assert.deepEqual(chromium, JSON.parse(readFileSync(path.join(ROOT, "extension/manifest.json"), "utf8")));
  assert.deepEqual(chromium.background, { service_worker: "background.js", type: "module" });
  assert.deepEqual(firefox.background, { scripts: ["background.js"], type: "module" });
  const gecko = firefox.browser_specific_settings?.gecko;
  assert.match(gecko?.id ?? "", /^[\w.-]+@[\w.-]+$/, "an add-on id");
  assert.match(gecko?.strict_min_version ?? "", /^\d+\.\d+$/);
  const differing = [...new Set([...Object.keys(chromium), ...Object.keys(firefox)])].filter(
    (k) => JSON.stringify(chromium[k]) !== JSON.stringify(firefox[k]),
  );
  assert.deepEqual(differing.sort(), ["background", "browser_specific_settings", "minimum_chrome_version"]);
});

/** A manifest string with its __MSG_key__ parts in English (default_locale "en"). */
const english = (s) => s.replace(/__MSG_(\w+)__/g, (_, key) => MESSAGES[key]?.message ?? `(missing ${key})`);

test("the store listing matches the manifest and the stores' limits", () => {
  const manifest = manifestFor("chromium");
  const name = english(manifest.name);
  const description = english(manifest.description);
  assert.equal(manifest.default_locale, "en");
  assert.ok(name.length <= 45, "name: 45 characters at most");
  assert.ok(description.length <= 132, `description: ${description.length} characters, 132 at most`);
  const store = readFileSync(path.join(ROOT, "extension/STORE.md"), "utf8");
  assert.ok(store.includes(`\n${description}\n`), "STORE.md quotes the manifest's description");
  for (const permission of manifest.permissions) assert.ok(store.includes(`| \`${permission}\` |`), `STORE.md explains ${permission}`);
});

test("each zip holds exactly its folder: the extension's files, no test hooks, no docs", () => {
  const expected = ["manifest.json", ...sourceFiles()].sort();
  for (const browser of ["chromium", "firefox"]) {
    const entries = readZip(built[browser].zip);
    assert.deepEqual([...entries.keys()].sort(), expected, browser);
    assert.equal([...entries.keys()][0], "manifest.json", "the manifest comes first");
    for (const [name, bytes] of entries) {
      assert.ok(bytes.equals(readFileSync(path.join(built[browser].dir, name))), `${browser}: ${name}`);
    }
    const manifest = JSON.parse(entries.get("manifest.json"));
    assert.deepEqual(manifest, manifestFor(browser));
    assert.equal(manifest.content_scripts, undefined, "no test content script");
    assert.equal(manifest.host_permissions, undefined, "no host permission");
    for (const [name, bytes] of entries) {
      assert.ok(!/^test\/|README|STORE|\.d\.ts$/.test(name), name);
      assert.ok(!/__ledeTest|lede-test:/.test(bytes.toString("latin1")), `${name}: test hook code`);
    }
  }
  // The zip CLI, where there is one, agrees that the archives are sound.
  if (existsSync("/usr/bin/unzip")) {
    for (const browser of ["chromium", "firefox"]) execFileSync("/usr/bin/unzip", ["-tq", built[browser].zip]);
  }
});

test("the same tree gives the same zip bytes", () => {
  const again = mkdtempSync(path.join(os.tmpdir(), "lede-dist-"));
  try {
    const second = packageAll({ dist: again });
    for (const browser of ["chromium", "firefox"]) {
      assert.ok(readFileSync(second[browser].zip).equals(readFileSync(built[browser].zip)), browser);
    }
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});

test("web-ext lint: no errors or warnings in the Firefox build", { timeout: 300000 }, async () => {
  const result = await webExt.cmd.lint(
    { sourceDir: built.firefox.dir, output: "none", boring: true, selfHosted: false },
    { shouldExitProgram: false },
  );
  const messages = (list) => list.map((m) => `${m.code} ${m.file ?? ""}: ${m.description ?? m.message}`);
  assert.deepEqual(messages(result.errors), [], "errors");
  assert.deepEqual(messages(result.warnings), [], "warnings");
});

test("the Chromium release build loads and its action draws the panel", { timeout: 180000 }, async () => {
  const server = await servePage(SAMPLE);
  const chrome = await launch({ extension: built.chromium.dir }); // waits for the action listener
  try {
    const worker = await chrome.workerTarget.worker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.background, { service_worker: "background.js", type: "module" });
    assert.equal(await worker.evaluate(() => typeof globalThis.__ledeTest), "undefined", "no test hooks");
    const page = await chrome.browser.newPage();
    await page.goto(`${server.origin}/article.html`, { waitUntil: "load" });
    const panel = await PanelReader.attach(page);
    for (let attempt = 1; attempt <= 3 && !(await panel.root()); attempt++) {
      await page.triggerExtensionAction(chrome.extension);
      await panel.waitPresent(10000);
    }
    await panel.waitDrawn(60000);
    assert.deepEqual(await panel.texts(".error"), []);
    assert.deepEqual(await panel.texts("h2"), ["Key actors", "Quotes", "Timeline", "Key sentences"]);
  } finally {
    await chrome.close();
    await server.close();
  }
});

test("the Firefox release build installs in Firefox ESR", { timeout: 180000 }, async () => {
  assert.ok(existsSync(FIREFOX), `no Firefox at ${FIREFOX} (make setup installs firefox-esr)`);
  const firefox = await launchFirefox({ extension: built.firefox.dir }); // rejects an invalid add-on
  try {
    assert.equal(firefox.id, manifestFor("firefox").browser_specific_settings.gecko.id);
  } finally {
    await firefox.close();
  }
});
