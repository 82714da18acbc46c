// `make bench`: speed, size and memory of lede side by side with the anchors.
//   1. browser   headless Chromium, same tab: lede's WASM analyze() vs Readability.js
//                (extraction only) vs Readability + compromise + chrono-node, and
//                outerHTML (bench/page.js); WASM linear memory after N analyses
//   2. native    per-stage times and MB/s (examples/bench.rs), `lede analyze --jobs N`
//                pages/s for N = 1, 2, and peak RSS on the largest page
//   3. size      .wasm raw / gzip / brotli, the extension zip, code bytes per crate
// Prints one table, writes bench/results.json; the last line is
// `ratio lede/readability <median of the per-page ratios>`.
// Needs: `cargo build --release --bins --examples`, `make wasm`, node_modules.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, statSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT, loadPages } from './corpus.mjs';
import { runBrowser } from './browser.mjs';
import { wasmSize } from './wasm-size.mjs';
import { buildFolder, zipFolder } from '../tools/package.mjs';

const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const LEDE = join(TARGET, 'release', 'lede');
const NATIVE_BENCH = join(TARGET, 'release', 'examples', 'bench');
const CARGO_WASM = join(TARGET, 'wasm32-unknown-unknown', 'wasm', 'lede.wasm');
const PKG_WASM = join(ROOT, 'pkg', 'lede_bg.wasm');
const RUNS = +(process.env.BENCH_RUNS ?? 3);
const log = (m) => process.stderr.write(`${m}\n`);

const sorted = (v) => [...v].sort((a, b) => a - b);
const quantile = (v, q) => { const s = sorted(v); return s[Math.round((s.length - 1) * q)]; };
const stats = (v) => ({ median: quantile(v, 0.5), p95: quantile(v, 0.95), max: quantile(v, 1) });

function native(tmp) {
  log('native: per-stage benchmark');
  const out = join(tmp, 'native.json');
  execFileSync(NATIVE_BENCH, ['--runs', String(RUNS), '--json', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** Wall and CPU time of `lede analyze --jobs N` over all pages, best wall time of RUNS. */
function jobs(pages, tmp) {
  const dir = join(tmp, 'pages');
  execFileSync('mkdir', ['-p', dir]);
  const files = pages.map((p, i) => { const f = join(dir, `${i}.html`); writeFileSync(f, p.bytes); return f; });
  const result = {};
  for (const n of [1, 2]) {
    log(`native: lede analyze --jobs ${n}`);
    let best = { seconds: Infinity };
    for (let r = 0; r < RUNS; r++) {
      const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', LEDE, 'analyze', '--jobs', String(n), ...files],
        { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
      const [seconds, user, sys] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
      if (seconds < best.seconds) best = { seconds, cpuSeconds: user + sys };
    }
    result[n] = { ...best, pagesPerSecond: files.length / best.seconds, pagesPerCpuSecond: files.length / best.cpuSeconds };
  }
  return result;
}

/** Peak RSS (kB) of one `lede analyze` on the largest page and on the smallest. */
function rss(pages, tmp) {
  const bySize = [...pages].sort((a, b) => a.bytes.length - b.bytes.length);
  const measure = (page) => {
    const f = join(tmp, 'rss.html');
    writeFileSync(f, page.bytes);
    const r = spawnSync('/usr/bin/time', ['-v', LEDE, 'analyze', f], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const kb = +(r.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? NaN);
    return { page: `${page.corpus}/${page.id}`, htmlBytes: page.bytes.length, peakRssKb: kb };
  };
  return { largest: measure(bySize.at(-1)), smallest: measure(bySize[0]) };
}

function sizes(tmp) {
  log('size: wasm, extension zip, code per crate');
  const wasm = readFileSync(PKG_WASM);
  // The Chromium release zip, built as `make package` builds it (tools/package.mjs).
  const zip = zipFolder(buildFolder('chromium', { dist: tmp }), join(tmp, 'extension.zip'));
  // The module as shipped minus the name section is what the browser loads; the same
  // module with its names (wasm-bindgen keeps them without --remove-name-section)
  // tells which crate each function comes from.
  const named = join(tmp, 'named');
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', named, '--remove-producers-section', CARGO_WASM]);
  return {
    wasmBytes: wasm.length,
    wasmGzipBytes: gzipSync(wasm, { level: 9 }).length,
    wasmBrotliBytes: brotliCompressSync(wasm, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    extensionZipBytes: statSync(zip).size,
    breakdown: wasmSize(join(named, 'lede_bg.wasm')),
  };
}

/** Median / p95 / max per stage over the pages that have it (all but failed ones). */
function stageStats(perPage) {
  const names = [...new Set(perPage.flatMap((p) => Object.keys(p)))];
  return Object.fromEntries(names.map((n) => [n, stats(perPage.map((p) => p[n]).filter((x) => x !== undefined))]));
}

function browserSummary(b) {
  const rows = b.rows;
  const col = (k) => rows.map((r) => r[k]);
  const ratio = (k) => quantile(rows.map((r) => r.lede / Math.max(r[k], 1e-3)), 0.5);
  return {
    chromium: b.chromium, crossOriginIsolated: b.crossOriginIsolated, runsPerPage: b.runs,
    warmupAnalyses: b.warmupPages, pages: rows.length, ledeErrors: rows.filter((r) => !r.ledeOk).length,
    ms: { lede: stats(col('lede')), readability: stats(col('readability')), domParser: stats(col('parse')),
      readabilityNlp: stats(col('nlp')), outerHTML: stats(col('outerHTML')) },
    ratio: { ledeOverReadability: ratio('readability'), ledeOverNlp: ratio('nlp'),
      ledeOverParsePlusReadability: quantile(rows.map((r) => r.lede / (r.parse + r.readability)), 0.5),
      // The HTML parse alone (html5ever through scraper, and lede's bounding pre-pass),
      // against Readability's whole extraction: the floor under lede / Readability.
      parseStageOverReadability: quantile(b.stages.flatMap((s, i) =>
        (s.Parse === undefined ? [] : [s.Parse / Math.max(rows[i].readability, 1e-3)])), 0.5) },
    wasmStagesMs: stageStats(b.stages),
    memory: b.memory,
    rows,
  };
}

const fmt = (x, d = 1) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;

function table(r) {
  const b = r.browser, n = r.native, s = r.size;
  const lines = [];
  const row = (what, value, budget = '', ok = '') => lines.push(`${what.padEnd(44)} ${value.padStart(26)}  ${budget.padEnd(20)} ${ok}`);
  const pass = (c) => (c ? 'ok' : 'OVER');
  const times = (t) => `${fmt(t.median, 2)} / ${fmt(t.p95, 2)} / ${fmt(t.max, 1)}`;
  const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
  lines.push(`lede benchmark: ${b.pages} pages (../shared/corpus scrapinghub-aeb + readability), ${b.chromium}, fastest of ${b.runsPerPage} per page`);
  lines.push(`machine: ${cpus().length} cores, load average ${load(r.loadAverageBefore)} before, ${load(r.loadAverageAfter)} after (wall times grow with load)`);
  row('measure', 'value', 'budget', 'status');
  row('browser ms median / p95 / max: lede WASM', times(b.ms.lede), 'p95 <= 20 ms', pass(b.ms.lede.p95 <= 20));
  row('  Readability.js (extraction only)', times(b.ms.readability));
  row('  DOMParser (before Readability)', times(b.ms.domParser));
  row('  Readability + compromise + chrono', times(b.ms.readabilityNlp));
  row('  documentElement.outerHTML', times(b.ms.outerHTML));
  row('per-page ratio lede / Readability (median)', fmt(b.ratio.ledeOverReadability, 2), '<= 0.33', pass(b.ratio.ledeOverReadability <= 1 / 3));
  row('  lede / (DOMParser + Readability)', fmt(b.ratio.ledeOverParsePlusReadability, 2));
  row('  lede / (Readability + compromise + chrono)', fmt(b.ratio.ledeOverNlp, 3), '<= 0.05 (20x)', pass(b.ratio.ledeOverNlp <= 0.05));
  row('  lede WASM Parse stage alone / Readability', fmt(b.ratio.parseStageOverReadability, 2));
  for (const [name, t] of Object.entries(b.wasmStagesMs)) row(`  lede WASM ${name} ms median / p95 / max`, times(t));
  const mem = b.memory.map((m) => `${m.analyses}:${(m.bytes / 2 ** 20).toFixed(1)}`).join(' ');
  const afterPass = b.memory.filter((m) => m.analyses >= b.pages).map((m) => m.bytes);
  row('WASM memory MiB after N analyses', mem, 'flat after 1 pass', pass(Math.max(...afterPass) === Math.min(...afterPass)));
  for (const [name, t] of Object.entries(n.stagesMs)) row(`native ${name} ms median / p95 / max`, times(t));
  row('native total ms median / p95 / max', times(n.totalMs));
  row('native throughput, wall time (fastest runs)', `${fmt(n.mbPerSecond)} MB/s`);
  row('native throughput per CPU second (one core)', `${fmt(n.mbPerCpuSecond)} MB/s`, '>= 20 MB/s', pass(n.mbPerCpuSecond >= 20));
  const speedup = r.jobs[2].pagesPerSecond / r.jobs[1].pagesPerSecond;
  row('lede analyze --jobs 1: wall, per CPU s', `${fmt(r.jobs[1].pagesPerSecond)}, ${fmt(r.jobs[1].pagesPerCpuSecond)} pages/s`);
  row('lede analyze --jobs 2: wall, per CPU s', `${fmt(r.jobs[2].pagesPerSecond)}, ${fmt(r.jobs[2].pagesPerCpuSecond)} pages/s`);
  row('  --jobs 2 / --jobs 1, wall time', `x${fmt(speedup, 2)}`, '>= x1.8', pass(speedup >= 1.8));
  row(`native peak RSS, largest page (${kb(r.rss.largest.htmlBytes)})`, `${fmt(r.rss.largest.peakRssKb / 1024)} MiB`);
  row(`native peak RSS, smallest page (${kb(r.rss.smallest.htmlBytes)})`, `${fmt(r.rss.smallest.peakRssKb / 1024)} MiB`);
  row('lede_bg.wasm raw', kb(s.wasmBytes));
  row('lede_bg.wasm gzip -9', kb(s.wasmGzipBytes), '<= 300 KB', pass(s.wasmGzipBytes <= 300 * 1024));
  row('lede_bg.wasm brotli 11', kb(s.wasmBrotliBytes));
  row('extension zip (release build, Chromium)', kb(s.extensionZipBytes));
  row('wasm data section (tables, strings)', kb(s.breakdown.sections.data));
  row('wasm code section', kb(s.breakdown.sections.code));
  const top = Object.entries(s.breakdown.codeByCrate).slice(0, 10).map(([c, v]) => `${c} ${kb(v)}`);
  for (const t of top) row('  code of crate', t);
  lines.push(`ratio lede/readability ${fmt(b.ratio.ledeOverReadability, 3)}`);
  return lines.join('\n');
}

const tmp = mkdtempSync(join(tmpdir(), 'lede-bench-'));
try {
  for (const f of [LEDE, NATIVE_BENCH, CARGO_WASM, PKG_WASM]) if (!existsSync(f)) throw new Error(`bench: missing ${f}`);
  const pages = loadPages();
  const results = { date: new Date().toISOString(), pages: pages.length, loadAverageBefore: loadavg() };
  results.size = sizes(tmp);
  results.native = native(tmp);
  results.jobs = jobs(pages, tmp);
  results.rss = rss(pages, tmp);
  log('browser: Chromium');
  results.browser = browserSummary(await runBrowser({ runs: RUNS, log }));
  results.loadAverageAfter = loadavg();
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 1) + '\n');
  console.log(table(results));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
