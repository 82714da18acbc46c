// The options page: shows the stored settings and saves each change at once
// (settings.save); open panels pick it up through storage.onChanged. Its texts are
// messages (i18n.js): each data-i18n element gets its key's message at load. Bundled
// into extension/options.js (tools/build.mjs), which options.html loads.

import { dir, lang, t } from "./i18n.js";
import * as settings from "./settings.js";

(async () => {
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.getAttribute("data-i18n") ?? "");
  document.documentElement.lang = lang();
  document.documentElement.dir = dir();
  const form = /** @type {HTMLFormElement} */ (document.getElementById("options"));
  const status = /** @type {HTMLElement} */ (document.getElementById("status"));
  const SECTION_NAMES = Object.keys(settings.DEFAULTS.sections);

  /** The form's input matching `selector` (after "input"), or null.
   *  @param {string} selector */
  const input = (selector) => /** @type {HTMLInputElement | null} */ (form.querySelector(`input${selector}`));

  /** Puts `s` into the form controls. */
  function show(s) {
    for (const name of ["side", "theme", "copyFormat"]) {
      const choice = input(`[name="${name}"][value="${s[name]}"]`);
      if (choice) choice.checked = true;
    }
    for (const name of SECTION_NAMES) {
      const box = input(`[name="${name}"]`);
      if (box) box.checked = s.sections[name];
    }
  }

  /** The settings the form shows. */
  function read() {
    const value = (name) => input(`[name="${name}"]:checked`)?.value;
    const sections = Object.fromEntries(SECTION_NAMES.map((n) => [n, Boolean(input(`[name="${n}"]`)?.checked)]));
    return { side: value("side"), theme: value("theme"), copyFormat: value("copyFormat"), sections };
  }

  form.addEventListener("change", async () => {
    try {
      show(await settings.save(read()));
      status.textContent = t("saved");
    } catch (e) {
      status.textContent = t("saveFailed", [e?.message ?? e]);
    }
  });
  show(await settings.load());
  settings.watch(show); // another options tab changed them
})();
