// Where the bytes of a .wasm go: section sizes, and the code bytes per crate from the
// function names of the `name` section (Rust symbols: legacy, v0 or demangled). Generic
// code is counted in the crate that defines it (a Vec<T>::push instantiated by lede
// counts for alloc), so this ranks crates, it does not bill them exactly. Each crate's
// code is also gzipped on its own (codeByCrateGzip), a rough price of it in the download.
// Data (constant tables, strings) cannot be split by crate this way: its total is given.
//   node bench/wasm-size.mjs FILE.wasm   (the cargo output, before wasm-bindgen, has names)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

function reader(buf, pos = 0) {
  const r = {
    pos,
    byte: () => buf[r.pos++],
    u32() { let v = 0, shift = 0, b; do { b = buf[r.pos++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return v; },
    str() { const n = r.u32(); const s = buf.toString('utf8', r.pos, r.pos + n); r.pos += n; return s; },
    limits() { const flag = r.byte(); r.u32(); if (flag & 1) r.u32(); },
  };
  return r;
}

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount', 'tag'];

// Methods of primitive types (`<str>::to_lowercase`) are core's; exports are lede's.
const PRIMITIVES = new Set(['str', 'char', 'bool', 'f32', 'f64', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize',
  'i8', 'i16', 'i32', 'i64', 'i128', 'isize']);
const EXPORTS = new Set(['analyze', 'version']);

/** The crate root of a v0-mangled symbol (`_RNvNtCs1a_4core3fmt5write` → core): the first
 * `C` tag, its optional `s…_` disambiguator, then a length-prefixed identifier (a `_`
 * separates the length from an identifier that starts with `_` or a digit). */
function v0Crate(symbol) {
  const m = symbol.match(/^_R\d*[A-Za-z0-9_]*?C(?:s[0-9A-Za-z]*_)?(\d+)_?/);
  if (!m) return null;
  const start = m.index + m[0].length;
  return symbol.slice(start, start + +m[1]);
}

/** The first path segment (crate) of a symbol, legacy-mangled (`_ZN`), v0-mangled (`_R`)
 * or demangled. */
export function crateOf(symbol) {
  if (symbol.startsWith('_R')) {
    const root = v0Crate(symbol);
    if (root) return root;
  }
  let s = symbol;
  if (s.startsWith('_ZN')) {
    const parts = [];
    for (let i = 3, m; (m = s.slice(i).match(/^(\d+)/)); ) {
      i += m[1].length;
      parts.push(s.slice(i, i + +m[1]));
      i += +m[1];
    }
    s = parts.join('::').replace(/^_\$/, '$').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>')
      .replace(/\$RF\$/g, '&').replace(/\$BP\$/g, '*').replace(/\$u20\$/g, ' ').replace(/\$u5b\$/g, '[')
      .replace(/\$u7b\$/g, '{').replace(/\$LP\$/g, '(').replace(/\.\./g, '::');
  }
  s = s.replace(/^[<&*\[( ]+/, '').replace(/^(dyn |mut |const )+/, '').replace(/^[<&*\[( ]+/, '');
  s = s.replace(/\[[0-9a-f]{8,}\]/g, '');
  const m = s.match(/^([A-Za-z_][A-Za-z0-9_]*)(::|>| as )/);
  if (m) return PRIMITIVES.has(m[1]) ? 'core' : /^[A-Z]$/.test(m[1]) ? '(generic)' : m[1];
  if (EXPORTS.has(symbol)) return 'lede';
  return symbol.startsWith('__wbg') || symbol.startsWith('__wbindgen') ? 'wasm_bindgen' : '(other)';
}

export function wasmSize(file) {
  const buf = readFileSync(file);
  const r = reader(buf, 8);
  const sections = {}, sectionsGzip = {};
  let importedFuncs = 0, bodies = [], bodyBytes = [], names = new Map(), dataBytes = 0, segments = [];
  while (r.pos < buf.length) {
    const id = r.byte(), size = r.u32(), start = r.pos, end = start + size;
    let name = SECTION_NAMES[id] ?? `id${id}`;
    if (id === 0) name = `custom:${r.str()}`;
    sections[name] = (sections[name] ?? 0) + size;
    sectionsGzip[name] = (sectionsGzip[name] ?? 0) + gzipSync(buf.subarray(start, end), { level: 9 }).length;
    if (id === 2) {
      for (let n = r.u32(); n > 0; n--) {
        r.str(); r.str();
        const kind = r.byte();
        if (kind === 0) { r.u32(); importedFuncs++; } else if (kind === 1) { r.byte(); r.limits(); }
        else if (kind === 2) r.limits(); else if (kind === 3) { r.byte(); r.byte(); } else { r.byte(); r.u32(); }
      }
    } else if (id === 10) {
      for (let n = r.u32(); n > 0; n--) {
        const len = r.u32(); bodies.push(len); bodyBytes.push(buf.subarray(r.pos, r.pos + len)); r.pos += len;
      }
    } else if (id === 11) {
      for (let n = r.u32(); n > 0; n--) {
        const flag = r.u32();
        if (flag === 2) r.u32();
        if (flag !== 1) while (buf[r.pos++] !== 0x0b);
        const len = r.u32(); dataBytes += len; segments.push(len); r.pos += len;
      }
    } else if (name === 'custom:name') {
      while (r.pos < end) {
        const sub = r.byte(), len = r.u32(), subEnd = r.pos + len;
        if (sub === 1) for (let n = r.u32(); n > 0; n--) { const i = r.u32(); names.set(i, r.str()); }
        r.pos = subEnd;
      }
    }
    r.pos = end;
  }
  const crates = {}, code = {};
  bodies.forEach((len, i) => {
    const c = crateOf(names.get(importedFuncs + i) ?? '');
    crates[c] = (crates[c] ?? 0) + len;
    (code[c] ??= []).push(bodyBytes[i]);
  });
  const byCrate = Object.entries(crates).sort((a, b) => b[1] - a[1]);
  const gzip = byCrate.map(([c]) => [c, gzipSync(Buffer.concat(code[c]), { level: 9 }).length]);
  return { bytes: buf.length, sections, sectionsGzip, functions: bodies.length, named: names.size, dataBytes, dataSegments: segments,
    codeByCrate: Object.fromEntries(byCrate), codeByCrateGzip: Object.fromEntries(gzip) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = wasmSize(process.argv[2]);
  console.log(`${process.argv[2]}: ${s.bytes} bytes, ${s.functions} functions (${s.named} named), data ${s.dataBytes} bytes in ${s.dataSegments.length} segments`);
  for (const [k, v] of Object.entries(s.sections)) console.log(`  section ${k.padEnd(28)} ${String(v).padStart(9)}  gzip ${String(s.sectionsGzip[k]).padStart(8)}`);
  for (const [k, v] of Object.entries(s.codeByCrate)) console.log(`  code ${k.padEnd(31)} ${String(v).padStart(9)}  gzip ${String(s.codeByCrateGzip[k]).padStart(8)}`);
}
