#!/usr/bin/env node
// Bundles the extension's ES modules (extension/src/) into the three scripts the
// browsers load, beside manifest.json in extension/ (so extension/ stays the unpacked
// extension):
//
//   extension/content.js     src/content.js and its imports, one classic script (IIFE):
//                            what scripting.executeScript injects into the page
//   extension/background.js  src/background.js with the WASM glue, an ES module (the
//                            module service worker / Firefox's module event page)
//   extension/options.js     src/options.js, the options page's one script
//
// esbuild (npm), not minified: the stores' reviewers read what ships.
//   node tools/build.mjs
import { buildSync } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXTENSION = path.join(ROOT, "extension");

/** The oldest browsers the manifests accept (minimum_chrome_version, strict_min_version). */
const TARGET = ["chrome116", "firefox140"];

/** Bundles `entry` into `outfile` as "iife" (a classic script) or "esm". */
export function bundle(entry, outfile, format) {
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format,
    target: TARGET,
    legalComments: "none",
    logLevel: "warning",
  });
  return outfile;
}

/** The three scripts of the extension. */
export function buildExtension() {
  const src = (f) => path.join(EXTENSION, "src", f);
  const out = (f) => path.join(EXTENSION, f);
  return [
    bundle(src("content.js"), out("content.js"), "iife"),
    bundle(src("background.js"), out("background.js"), "esm"),
    bundle(src("options.js"), out("options.js"), "iife"),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of buildExtension()) console.log(path.relative(ROOT, file));
}
