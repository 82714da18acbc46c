// The options page: shows the stored settings and saves each change at once
// (LedeSettings.save); open panels pick it up through storage.onChanged. Its texts are
// messages (i18n.js): each data-i18n element gets its key's message at load.

(async () => {
  const { t, dir, lang } = globalThis.LedeI18n;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  document.documentElement.lang = lang();
  document.documentElement.dir = dir();
  const settings = globalThis.LedeSettings;
  const form = document.getElementById("options");
  const status = document.getElementById("status");
  const SECTION_NAMES = Object.keys(settings.DEFAULTS.sections);

  /** Puts `s` into the form controls. */
  function show(s) {
    for (const name of ["side", "theme", "copyFormat"]) {
      const input = form.querySelector(`input[name="${name}"][value="${s[name]}"]`);
      if (input) input.checked = true;
    }
    for (const name of SECTION_NAMES) form.elements[name].checked = s.sections[name];
  }

  /** The settings the form shows. */
  function read() {
    const value = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value;
    const sections = Object.fromEntries(SECTION_NAMES.map((n) => [n, form.elements[n].checked]));
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
