#!/usr/bin/env node
// Packages the extension for Chromium and Firefox from the one source tree extension/.
//
//   node tools/package.mjs           dist/chromium/, dist/firefox/ (loadable folders) and
//                                     dist/lede-chromium-<version>.zip, dist/lede-firefox-<version>.zip
//   node tools/package.mjs --test    also dist/chromium-test/ and dist/firefox-test/: the same
//                                     plus the end-to-end test hooks of tests/e2e/hooks/ (never zipped)
//
// The manifests differ only where the browsers do: extension/manifest.json is Chromium's
// (a module service worker); Firefox's is that manifest with extension/manifest.firefox.json
// applied as a JSON merge patch (RFC 7386: objects merge, null deletes): an event page
// (`background.scripts`, `"type": "module"`) and `browser_specific_settings.gecko`.
// The scripts are bundled first (tools/build.mjs, esbuild); the zips are written here
// (deflate, fixed timestamps, sorted entries), so the same tree always gives the same bytes.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { buildExtension, bundle } from "./build.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = path.join(ROOT, "extension");
const HOOKS = path.join(ROOT, "tests/e2e/hooks");

/** Files of extension/ that are not part of the extension (docs, the Firefox patch, types,
 *  the module sources: their bundles ship). */
const EXCLUDED = [/^README\.md$/, /^STORE\.md$/, /^manifest\.firefox\.json$/, /\.d\.ts$/, /(^|\/)\./, /^src\//];

/** Files the extension cannot work without (a build before `make wasm` must fail). */
const REQUIRED = ["manifest.json", "background.js", "content.js", "wasm/lede.js", "wasm/lede_bg.wasm"];

/** Where the test builds may run the panel without a user gesture: the e2e server. */
const TEST_ORIGIN = "http://127.0.0.1/*";

/** RFC 7386 JSON merge patch. */
export function mergePatch(target, patch) {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out = target !== null && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The manifest of one browser ("chromium" or "firefox"), optionally with the test hooks. */
export function manifestFor(browser, { test = false } = {}) {
  let manifest = readJson(path.join(SOURCE, "manifest.json"));
  if (browser === "firefox") manifest = mergePatch(manifest, readJson(path.join(SOURCE, "manifest.firefox.json")));
  if (!test) return manifest;
  // The test entry point imports the instrumentation, background.js, then the hooks.
  const background =
    browser === "firefox" ? { scripts: ["test/background.js"] } : { service_worker: "test/background.js" };
  manifest = mergePatch(manifest, { background, name: `${manifest.name} (test build)` });
  if (browser === "firefox") {
    // No synthetic action click over WebDriver BiDi: a content script bridges the page
    // to the hooks, and the host permission stands in for the click's activeTab grant.
    manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_ORIGIN];
    // The copy tests read back what the panel's buttons wrote.
    manifest.permissions = [...manifest.permissions, "clipboardRead"];
    manifest.content_scripts = [{ matches: [TEST_ORIGIN], js: ["test/content.js"], run_at: "document_start" }];
  }
  return manifest;
}

/** Relative paths (with '/') of the files under `dir`, sorted. */
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** The source files that go into every build. */
export function sourceFiles() {
  return listFiles(SOURCE).filter((f) => f !== "manifest.json" && !EXCLUDED.some((re) => re.test(f)));
}

/** Bundles extension/src/ (tools/build.mjs) the first time a folder is built here:
 *  every folder of one run ships the same scripts. */
let bundled = false;
function bundleOnce() {
  if (!bundled) buildExtension();
  bundled = true;
}

/** Writes dist/<name>/ for one browser; returns its folder. */
export function buildFolder(browser, { test = false, dist = path.join(ROOT, "dist") } = {}) {
  bundleOnce();
  for (const f of REQUIRED) {
    if (!existsSync(path.join(SOURCE, f))) throw new Error(`extension/${f} is missing (run \`make wasm\` first)`);
  }
  const out = path.join(dist, test ? `${browser}-test` : browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of sourceFiles()) {
    mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    cpSync(path.join(SOURCE, f), path.join(out, f));
  }
  if (test) {
    // The test entry point bundles the instrumentation, src/background.js and the hooks.
    bundle(path.join(HOOKS, "background.js"), path.join(out, "test/background.js"), "esm");
    cpSync(path.join(HOOKS, "content.js"), path.join(out, "test/content.js"));
  }
  writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifestFor(browser, { test }), null, 2)}\n`);
  return out;
}

// ---- a minimal zip writer (PKZIP 2.0: deflate or store, no zip64; ample for an extension)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00 in DOS format: fixed, so the zip depends on the contents alone. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The bytes of a zip of `files` ([name, Buffer] pairs, in that order). */
export function zipBytes(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** Zips a built folder (manifest.json first, then the files in path order). */
export function zipFolder(dir, zipFile) {
  const names = listFiles(dir).sort((a, b) => (a === "manifest.json" ? -1 : b === "manifest.json" ? 1 : a < b ? -1 : 1));
  writeFileSync(zipFile, zipBytes(names.map((n) => [n, readFileSync(path.join(dir, n))])));
  return zipFile;
}

/** The release build: both folders and both zips. Returns their paths. */
export function packageAll({ test = false, dist = path.join(ROOT, "dist") } = {}) {
  const { version } = readJson(path.join(SOURCE, "manifest.json"));
  const built = {};
  for (const browser of ["chromium", "firefox"]) {
    const dir = buildFolder(browser, { dist });
    built[browser] = { dir, zip: zipFolder(dir, path.join(dist, `lede-${browser}-${version}.zip`)) };
    if (test) built[`${browser}-test`] = { dir: buildFolder(browser, { test: true, dist }) };
  }
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = packageAll({ test: process.argv.includes("--test") });
  for (const [name, { dir, zip }] of Object.entries(built)) {
    console.log(`${name.padEnd(14)} ${path.relative(ROOT, dir)}/${zip ? `  ${path.relative(ROOT, zip)}` : ""}`);
  }
}
