// The user's settings, kept in extension storage (chrome.storage.local) under one key,
// shared by the options page, the panel and the reader overlay. A classic script, so
// the content scripts (injected) and the options page (a <script> tag) both load it.
//
// Exposes globalThis.LedeSettings = { DEFAULTS, load, save, watch, current }: `current()`
// is the last settings loaded or watched in this context (the defaults before that), for
// code that must answer synchronously (the quote buttons being built).

(() => {
  if (globalThis.LedeSettings) return;

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

  /** The last settings seen by load() or a watcher here. */
  let last = null;

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

  /** The current settings (defaults when storage is empty or unavailable). */
  async function load() {
    try {
      const got = await api.storage.local.get(KEY);
      last = sanitize(got?.[KEY]);
    } catch {
      last = sanitize(null); // no storage here (a page's own world in tests): defaults
    }
    return last;
  }

  /** Merges `changes` into the stored settings; returns the new settings. */
  async function save(changes) {
    const next = sanitize({ ...(await load()), ...changes });
    await api.storage.local.set({ [KEY]: next });
    return next;
  }

  /** Calls `fn(settings)` on every change (from any tab or the options page); returns
   *  a function that stops watching. */
  function watch(fn) {
    const listener = (changes, area) => {
      if (area !== "local" || !changes[KEY]) return;
      last = sanitize(changes[KEY].newValue);
      fn(last);
    };
    const events = api?.storage?.onChanged;
    if (!events) return () => {};
    events.addListener(listener);
    return () => events.removeListener(listener);
  }

  /** The settings last loaded or watched here, or the defaults. */
  const current = () => last ?? sanitize(null);

  globalThis.LedeSettings = Object.freeze({ DEFAULTS, load, save, watch, current });
})();
