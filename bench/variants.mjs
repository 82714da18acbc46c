// Speed of several builds of the WASM module, compared page by page: for each corpus
// page, each build analyzes it `runs` times in turn and the fastest counts, so a change
// of machine load hits all builds alike. Prints each build's median and p95 and the
// median per-page ratio to the first build. Used to weigh size options (opt-level,
// features, the boundary format) against speed. By default in one headless Chromium
// tab; --node runs the same loop in node (the web-target glue, instantiated with
// initSync), without a browser. --pages n: every k-th page of the corpus sorted by
// size, n in all (default: all pages).
//   node bench/variants.mjs [--node] [--runs 3] [--pages 40] DIR...
//   (each DIR holds lede.js + lede_bg.wasm, e.g. a copy of pkg/ from one build)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPages } from './corpus.mjs';
import { serve } from './server.mjs';

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const at = args.indexOf(flag);
  return at >= 0 ? +args.splice(at, 2)[1] : fallback;
};
const runs = option('--runs', 3);
const pageCount = option('--pages', Infinity);
const inNode = args.includes('--node') && args.splice(args.indexOf('--node'), 1).length > 0;

/** Every k-th page by size, `n` in all, so small and large pages are both timed. */
function spread(pages, n) {
  if (!(n < pages.length)) return pages;
  const bySize = [...pages].sort((a, b) => a.bytes.length - b.bytes.length);
  return Array.from({ length: n }, (_, i) => bySize[Math.floor((i * (bySize.length - 1)) / Math.max(n - 1, 1))]);
}

// Self-contained (it also runs inside the page): warms up, then the fastest of `runs`
// calls per page and build. A build that returns the analysis as a JSON string pays
// for JSON.parse too.
function timeBuilds(builds, pages, runs) {
  for (const analyze of builds) for (const p of pages.slice(0, 30)) analyze(p.html, { url: p.url });
  const ms = builds.map(() => []);
  for (const p of pages) {
    builds.forEach((analyze, b) => {
      let best = Infinity;
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        const result = analyze(p.html, { url: p.url });
        if (typeof result.analysis === 'string') JSON.parse(result.analysis);
        best = Math.min(best, performance.now() - t0);
      }
      ms[b].push(best);
    });
  }
  return ms;
}

async function inNodeProcess(pages) {
  const decoder = new TextDecoder();
  const texts = pages.map((p) => ({ url: p.url, html: decoder.decode(p.bytes) }));
  const builds = [];
  for (const [i, dir] of args.entries()) {
    // A query per build: the same glue file name must load as separate modules.
    const glue = await import(`${pathToFileURL(resolve(dir, 'lede.js'))}?build=${i}`);
    glue.initSync({ module: readFileSync(resolve(dir, 'lede_bg.wasm')) });
    builds.push(glue.analyze);
  }
  return timeBuilds(builds, texts, runs);
}

async function inChromium(pages) {
  // Loaded here so that --node needs no npm packages.
  const { default: puppeteer } = await import('puppeteer-core');
  const { CHROMIUM, FLAGS } = await import('./browser.mjs');
  const mounts = Object.fromEntries(args.map((d, i) => [`/variant/${i}/`, resolve(d)]));
  const server = await serve(pages, resolve(args[0]), mounts);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, protocolTimeout: 3600e3 });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html`);
    return await page.evaluate(async (count, runs, timer) => {
      const builds = [];
      for (let i = 0; i < count; i++) {
        const glue = await import(`/variant/${i}/lede.js`);
        await glue.default({ module_or_path: `/variant/${i}/lede_bg.wasm` });
        builds.push(glue.analyze);
      }
      const index = await (await fetch('/corpus/index.json')).json();
      const decoder = new TextDecoder();
      const pages = await Promise.all(index.map(async (p) => ({ url: p.url,
        html: decoder.decode(await (await fetch(`/corpus/${p.n}`)).arrayBuffer()) })));
      return new Function(`return ${timer}`)()(builds, pages, runs);
    }, args.length, runs, timeBuilds.toString());
  } finally {
    await browser.close();
    server.close();
  }
}

const pages = spread(loadPages(), pageCount);
const ms = inNode ? await inNodeProcess(pages) : await inChromium(pages);
const q = (v, x) => [...v].sort((a, b) => a - b)[Math.round((v.length - 1) * x)];
ms.forEach((v, b) => {
  const ratio = q(v.map((m, i) => m / ms[0][i]), 0.5);
  console.log(`${args[b]}: median ${q(v, 0.5).toFixed(2)} ms, p95 ${q(v, 0.95).toFixed(2)} ms, ratio to ${args[0]} ${ratio.toFixed(3)}`);
});
