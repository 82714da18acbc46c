// The benchmark pages: the scrapinghub (aeb) and Mozilla (readability) corpora of
// ../shared/corpus, read from their index.jsonl and gunzipped in memory (never copied
// into the repository). Each page: { corpus, id, url, bytes: Buffer }.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = process.env.LEDE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
export const CORPORA = ['scrapinghub-aeb', 'readability'];

export function loadPages() {
  const pages = [];
  for (const corpus of CORPORA) {
    const dir = join(CORPUS_DIR, corpus);
    const index = join(dir, 'index.jsonl');
    if (!existsSync(index)) throw new Error(`bench: no ${index}`);
    for (const line of readFileSync(index, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      pages.push({ corpus, id: row.id, url: row.url ?? null, bytes: gunzipSync(readFileSync(join(dir, row.html))) });
    }
  }
  return pages;
}
