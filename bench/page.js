// The benchmark in the page: every tool on every corpus page, in the same tab, one
// page after the other (tools interleaved, so machine noise hits all of them alike).
//   lede         analyze(html, { url }) of the wasm-bindgen module (parse + analysis +
//                conversion of the result to a JS object)
//   readability  new Readability(doc).parse() on a fresh DOMParser document
//                (extraction only; the DOMParser time is recorded apart as `parse`)
//   nlp          Readability, then compromise (people, organizations, places,
//                quotations) and chrono-node (dates) on the article text
//   outerHTML    document.documentElement.outerHTML of the parsed page (what the
//                extension reads before calling lede)
//   stages       lede's analyzeStages(): the same analysis split by pipeline stage (parse,
//                locate, …, output, and toJs: the result's conversion to a JS object)
// Each time is the fastest of `runs` runs. Memory: the WASM linear memory of one
// instance after 1, 100, one pass over all pages, 1000 and 2000 analyses of the pages
// in a fixed shuffled order (cycling); it must not grow after the first pass.
import init, { analyze, analyzeStages } from '/pkg/lede.js';
import * as chrono from '/node_modules/chrono-node/dist/esm/index.js';

const REFERENCE_DAY = new Date(Date.UTC(2025, 0, 1));
const parser = new DOMParser();
const parse = (html) => parser.parseFromString(html, 'text/html');

function time(fn) {
  const t0 = performance.now();
  const result = fn();
  return [performance.now() - t0, result];
}

const tools = {
  lede(page) {
    return time(() => analyze(page.html, { url: page.url }));
  },
  readability(page) {
    const [parseMs, doc] = time(() => parse(page.html));
    const [ms] = time(() => new Readability(doc).parse());
    return [ms, parseMs];
  },
  nlp(page) {
    const doc = parse(page.html);
    return time(() => {
      const text = new Readability(doc).parse()?.textContent ?? '';
      const d = nlp(text);
      return [d.people().out('array'), d.organizations().out('array'), d.places().out('array'),
        d.quotations().out('array'), chrono.parse(text, REFERENCE_DAY)];
    });
  },
  outerHTML(page) {
    const doc = parse(page.html);
    return time(() => doc.documentElement.outerHTML.length);
  },
};

async function loadPages() {
  const index = await (await fetch('/corpus/index.json')).json();
  const decoder = new TextDecoder();
  return Promise.all(index.map(async (p) => ({
    ...p, html: decoder.decode(await (await fetch(`/corpus/${p.n}`)).arrayBuffer()),
  })));
}

// A fixed permutation (LCG), so every run measures memory on the same sequence.
function shuffled(list) {
  const out = [...list];
  let seed = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function memoryCurve(wasm, pages, checkpoints) {
  const order = shuffled(pages);
  const curve = [{ analyses: 0, bytes: wasm.memory.buffer.byteLength }];
  for (let n = 1; n <= Math.max(...checkpoints); n++) {
    const page = order[(n - 1) % order.length];
    analyze(page.html, { url: page.url });
    if (checkpoints.includes(n)) curve.push({ analyses: n, bytes: wasm.memory.buffer.byteLength });
  }
  return curve;
}

/** Per page, the fastest of `runs` times of each stage of lede's analysis in WASM. */
function stageRows(pages, runs) {
  console.log('bench: lede stages');
  return pages.map((page) => {
    const best = {};
    for (let r = 0; r < runs; r++) {
      for (const [stage, ms] of Object.entries(analyzeStages(page.html, { url: page.url }))) {
        best[stage] = Math.min(best[stage] ?? Infinity, ms);
      }
    }
    return best;
  });
}

window.runBench = async ({ runs = 3, warmup = 2, memoryCheckpoints = [1, 100, 'pass', 1000, 2000], only = null } = {}) => {
  const chosen = Object.entries(tools).filter(([name]) => !only || only.includes(name));
  const wasm = await init({ module_or_path: '/pkg/lede_bg.wasm' });
  const pages = await loadPages();
  console.log(`bench: ${pages.length} pages loaded`);
  // 'pass': after one analysis of every page (the high-water mark of the largest page).
  const checkpoints = memoryCheckpoints.map((c) => (c === 'pass' ? pages.length : c)).sort((a, b) => a - b);
  const memory = checkpoints.length ? memoryCurve(wasm, pages, checkpoints) : [];
  console.log('bench: warm-up');
  const sample = pages.filter((_, i) => i % 10 === 0);
  for (let w = 0; w < warmup; w++) for (const p of sample) for (const [, t] of chosen) t(p);
  const rows = [];
  for (const page of pages) {
    const row = { corpus: page.corpus, id: page.id, size: page.size };
    for (const [name, tool] of chosen) {
      for (let r = 0; r < runs; r++) {
        const [ms, extra] = tool(page);
        row[name] = Math.min(row[name] ?? Infinity, ms);
        if (name === 'lede') row.ledeOk = extra?.ok === true;
        if (name === 'readability') row.parse = Math.min(row.parse ?? Infinity, extra);
      }
    }
    rows.push(row);
    if (rows.length % 50 === 0) console.log(`bench: ${rows.length}/${pages.length} pages`);
  }
  const stages = only && !only.includes('stages') ? [] : stageRows(pages, runs);
  return {
    userAgent: navigator.userAgent, crossOriginIsolated, runs, warmupPages: sample.length * warmup,
    memory, memoryAfter: wasm.memory.buffer.byteLength, rows, stages,
  };
};
window.benchReady = true;
