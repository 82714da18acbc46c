// The browser half of `make bench`: serves bench/page.html on 127.0.0.1 and runs it in
// headless Chromium (puppeteer-core, /usr/bin/chromium). Exported for bench/run.mjs;
// run alone, it prints the raw results as JSON:
//   node bench/browser.mjs [--runs 3] [--wasm-dir pkg] [--only lede,readability] [--summary]
// (--only skips the memory curve; --summary prints medians instead of the raw rows)
import puppeteer from 'puppeteer-core';
import { join, resolve } from 'node:path';
import { loadPages, ROOT } from './corpus.mjs';
import { serve } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function runBrowser({ runs = 3, wasmDir = join(ROOT, 'pkg'), log = console.error, only = null, memoryCheckpoints } = {}) {
  const server = await serve(loadPages(), wasmDir);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, args: FLAGS, protocolTimeout: 60 * 60 * 1000,
  });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => log(`  [page] ${m.text()}`));
    page.on('pageerror', (e) => log(`  [page error] ${e.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html`);
    await page.waitForFunction('window.benchReady === true', { timeout: 60_000 });
    const results = await page.evaluate((o) => window.runBench(o), { runs, only, memoryCheckpoints });
    results.chromium = await browser.version();
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
  const only = arg('--only', null)?.split(',') ?? null;
  const results = await runBrowser({ runs: +arg('--runs', 3), wasmDir: resolve(arg('--wasm-dir', 'pkg')),
    only, memoryCheckpoints: only ? [] : undefined });
  if (process.argv.includes('--summary')) {
    const med = (k) => { const v = results.rows.map((r) => r[k]).filter((x) => x !== undefined).sort((a, b) => a - b); return v[Math.floor((v.length - 1) / 2)]; };
    const p95 = (k) => { const v = results.rows.map((r) => r[k]).filter((x) => x !== undefined).sort((a, b) => a - b); return v[Math.round((v.length - 1) * 0.95)]; };
    for (const k of ['lede', 'readability', 'nlp', 'outerHTML', 'parse']) if (med(k) !== undefined) console.log(`${k} median ${med(k).toFixed(3)} ms p95 ${p95(k).toFixed(3)} ms`);
  } else process.stdout.write(JSON.stringify(results) + '\n');
}
