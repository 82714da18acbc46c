// The options page: shows the stored settings and saves each change at once
// (LedeSettings.save); open panels pick it up through storage.onChanged.

(async () => {
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
      status.textContent = "Saved.";
    } catch (e) {
      status.textContent = `Could not save: ${e?.message ?? e}`;
    }
  });
  show(await settings.load());
  settings.watch(show); // another options tab changed them
})();
