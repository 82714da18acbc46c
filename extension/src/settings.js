// The user's settings, kept in extension storage (chrome.storage.local) under one key,
// shared by the options page, the panel and the reader overlay.
//
// Exports DEFAULTS, load, save, watch, current and store:
// `current()` is the last settings loaded or watched in this context (the defaults before
// that), for code that must answer synchronously (the quote buttons being built);
// `store(key, check)` is the same for another object (the reader overlay's own).


const KEY = "lede:settings";
const api = globalThis.browser ?? globalThis.chrome;

/** Every setting with its default: what a new user sees. */
const DEFAULTS = Object.freeze({
  /** Panel side: "right" | "left". */
  side: "right",
  /** Panel and reader theme: "auto" (follows the system) | "light" | "dark" | "sepia". */
  theme: "auto",
  /** What a quote's main Copy button writes: "text" | "markdown". */
  copyFormat: "text",
  /** Which panel sections show. */
  sections: Object.freeze({ actors: true, quotes: true, dates: true, summary: true }),
});

const CHOICES = {
  side: ["right", "left"],
  theme: ["auto", "light", "dark", "sepia"],
  copyFormat: ["text", "markdown"],
};

/** `stored` checked against the defaults: unknown keys and bad values are dropped. */
function sanitize(stored) {
  const out = { ...DEFAULTS, sections: { ...DEFAULTS.sections } };
  if (!stored || typeof stored !== "object") return out;
  for (const [key, values] of Object.entries(CHOICES)) {
    if (values.includes(stored[key])) out[key] = stored[key];
  }
  for (const name of Object.keys(DEFAULTS.sections)) {
    if (typeof stored.sections?.[name] === "boolean") out.sections[name] = stored.sections[name];
  }
  return out;
}

/**
 * One object kept in storage.local under `key`, passed through `check` on every read
 * (stored values may come from another version): `load`, `save(changes)` (merged into
 * the stored object), `watch(fn)` (returns the function that stops it) and `current()`
 * (the last object loaded or watched here, for code that must answer synchronously).
 * Without extension storage (a page's own world in tests) reads give `check(null)`.
 */
function store(key, check) {
  let last = null;
  async function load() {
    try {
      const got = await api.storage.local.get(key);
      last = check(got?.[key]);
    } catch {
      last = check(null);
    }
    return last;
  }
  async function save(changes) {
    const next = check({ ...(await load()), ...changes });
    await api.storage.local.set({ [key]: next });
    return next;
  }
  function watch(fn) {
    const listener = (changes, area) => {
      if (area !== "local" || !changes[key]) return;
      last = check(changes[key].newValue);
      fn(last);
    };
    const events = api?.storage?.onChanged;
    if (!events) return () => {};
    events.addListener(listener);
    return () => events.removeListener(listener);
  }
  const current = () => last ?? check(null);
  return Object.freeze({ load, save, watch, current });
}

export { DEFAULTS, store };
export const { load, save, watch, current } = store(KEY, sanitize);
