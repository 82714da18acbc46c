// Speed of several builds of the WASM module, compared page by page in one headless
// Chromium tab: for each corpus page, each build analyzes it `runs` times in turn and
// the fastest counts, so a change of machine load hits all builds alike. Prints each
// build's median and p95 and the median per-page ratio to the first build. Used to
// weigh size options (opt-level, features) against speed.
//   node bench/variants.mjs [--runs 3] DIR...   (each DIR holds lede.js + lede_bg.wasm)
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { loadPages } from './corpus.mjs';
import { serve } from './server.mjs';
import { CHROMIUM, FLAGS } from './browser.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? +args.splice(runsAt, 2)[1] : 3;
const mounts = Object.fromEntries(args.map((d, i) => [`/variant/${i}/`, resolve(d)]));
const server = await serve(loadPages(), resolve(args[0]), mounts);
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, protocolTimeout: 3600e3 });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html`);
  const ms = await page.evaluate(async (count, runs) => {
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
    for (const analyze of builds) for (const p of pages.slice(0, 30)) analyze(p.html, { url: p.url });
    const ms = builds.map(() => []);
    for (const p of pages) {
      builds.forEach((analyze, b) => {
        let best = Infinity;
        for (let r = 0; r < runs; r++) {
          const t0 = performance.now();
          const result = analyze(p.html, { url: p.url });
          // A build that returns the analysis as a JSON string pays for JSON.parse too.
          if (typeof result.analysis === 'string') JSON.parse(result.analysis);
          best = Math.min(best, performance.now() - t0);
        }
        ms[b].push(best);
      });
    }
    return ms;
  }, args.length, runs);
  const q = (v, x) => [...v].sort((a, b) => a - b)[Math.round((v.length - 1) * x)];
  ms.forEach((v, b) => {
    const ratio = q(v.map((m, i) => m / ms[0][i]), 0.5);
    console.log(`${args[b]}: median ${q(v, 0.5).toFixed(2)} ms, p95 ${q(v, 0.95).toFixed(2)} ms, ratio to ${args[0]} ${ratio.toFixed(3)}`);
  });
} finally {
  await browser.close();
  server.close();
}
