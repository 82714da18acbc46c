// Test builds only (Firefox): a content script that bridges the test, which drives the
// page's main world, to the extension. The page posts
//   { ledeTest: "toggle" }                  → the background runs the action's code
//   { ledeTest: "ping", id }                → { ledeTestReply: id, json }: the background's
//                                             test counters, or null while it is not up
//   { ledeTest: "query", id, selectors }    → the reply { ledeTestReply: id, json } holds
//                                             the text of each selector in the panel's
//                                             CLOSED shadow root (Firefox gives content
//                                             scripts openOrClosedShadowRoot) and its state.
//   { ledeTest: "click", id, selector, index } → clicks that element of the panel; replies {}
//   { ledeTest: "copy", id, selector, index }  → writes a sentinel to the clipboard, clicks,
//                                             and replies { text }: the clipboard's new
//                                             text, or null after 3 s (the background
//                                             reads it: the test build has clipboardRead)
(() => {
  const api = globalThis.browser ?? globalThis.chrome;

  function snapshot(selectors) {
    const host = document.querySelector("lede-panel");
    const root = host ? host.openOrClosedShadowRoot : null;
    const out = { present: Boolean(host), closed: Boolean(host && root && !host.shadowRoot), busy: null, texts: {} };
    if (!root) return out;
    out.busy = root.querySelector(".body")?.getAttribute("aria-busy") ?? null;
    for (const s of selectors) out.texts[s] = [...root.querySelectorAll(s)].map((e) => e.textContent);
    return out;
  }

  /** The `index`-th element matching `selector` in the panel's shadow root. */
  function panelElement(selector, index) {
    const root = document.querySelector("lede-panel")?.openOrClosedShadowRoot;
    return root ? (root.querySelectorAll(selector)[index ?? 0] ?? null) : null;
  }

  /** Clicks a copy button; the clipboard's text once it changed, else null. */
  async function copied(selector, index) {
    const sentinel = `sentinel ${Math.random()}`;
    const clipboard = (text) => api.runtime.sendMessage({ type: "lede-test:clipboard", text });
    await clipboard(sentinel);
    panelElement(selector, index)?.click();
    for (let i = 0; i < 60; i++) {
      const text = await clipboard();
      if (typeof text !== "string") throw new Error(text?.error ?? "no clipboard answer");
      if (text !== sentinel) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  }

  window.addEventListener("message", (event) => {
    if (event.source !== window || typeof event.data !== "object" || event.data === null) return;
    const { ledeTest, id, selectors, selector, index } = event.data;
    const reply = (value) => window.postMessage({ ledeTestReply: id, json: JSON.stringify(value) }, "*");
    if (ledeTest === "toggle") {
      api.runtime.sendMessage({ type: "lede-test:toggle" }).catch(() => {}); // the test retries
    } else if (ledeTest === "ping") {
      api.runtime.sendMessage({ type: "lede-test:ping" }).then(
        (stats) => reply(stats ?? null),
        () => reply(null),
      );
    } else if (ledeTest === "query" && Array.isArray(selectors)) {
      reply(snapshot(selectors));
    } else if (ledeTest === "click" && typeof selector === "string") {
      panelElement(selector, index)?.click();
      reply({});
    } else if (ledeTest === "copy" && typeof selector === "string") {
      copied(selector, index).then(
        (text) => reply({ text }),
        (e) => reply({ text: null, error: String(e) }),
      );
    }
  });
})();
