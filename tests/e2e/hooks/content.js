// Test builds only (Firefox): a content script that bridges the test, which drives the
// page's main world, to the extension. The page posts
//   { ledeTest: "toggle" }                  → the background runs the action's code
//   { ledeTest: "ping", id }                → { ledeTestReply: id, json }: the background's
//                                             test counters, or null while it is not up
//   { ledeTest: "query", id, selectors }    → the reply { ledeTestReply: id, json } holds
//                                             the text of each selector in the panel's
//                                             CLOSED shadow root (Firefox gives content
//                                             scripts openOrClosedShadowRoot) and its state.
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

  window.addEventListener("message", (event) => {
    if (event.source !== window || typeof event.data !== "object" || event.data === null) return;
    const { ledeTest, id, selectors } = event.data;
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
    }
  });
})();
