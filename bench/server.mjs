// A static server on 127.0.0.1 for the browser benchmark: the bench page (bench/),
// the wasm-bindgen output (pkg/ or $LEDE_WASM_DIR), the npm modules (node_modules/)
// and the corpus pages (/corpus/index.json, /corpus/<n>: the raw HTML bytes); the
// variant comparison adds one mount per build (/variant/<i>/).
// Cross-origin isolated (COOP + COEP), so performance.now() has its fine resolution.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname, sep } from 'node:path';
import { ROOT } from './corpus.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.cjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

export function serve(pages, wasmDir, extraMounts = {}) {
  const mounts = { '/bench/': join(ROOT, 'bench'), '/pkg/': wasmDir, '/node_modules/': join(ROOT, 'node_modules'), ...extraMounts };
  const index = JSON.stringify(pages.map((p, n) => ({ n, corpus: p.corpus, id: p.id, url: p.url, size: p.bytes.length })));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (code, body, type) => {
      res.writeHead(code, { 'content-type': type ?? 'text/plain', 'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
      res.end(body);
    };
    if (path === '/corpus/index.json') return send(200, index, TYPES['.json']);
    const page = path.match(/^\/corpus\/(\d+)$/);
    if (page) return pages[+page[1]] ? send(200, pages[+page[1]].bytes, 'application/octet-stream') : send(404, 'no page');
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    if (!mount) return send(404, 'not found');
    const file = normalize(join(mounts[mount], path.slice(mount.length)));
    if (!file.startsWith(mounts[mount] + sep)) return send(403, 'forbidden');
    try {
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
