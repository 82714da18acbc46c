// Accessibility: axe-core on the open panel, drawn from the native analysis of the
// sample page, in light and dark, in the options' themes (sepia, and light or dark
// against the system's), and in its not-an-article notice; and on the options page
// (the extension's own page, light and dark); and on the reader overlay in its light,
// dark and sepia themes. axe cannot enter a closed shadow root, so
// this page (and only this test page) makes attachShadow open before the panel's
// scripts load; the markup and styles are the panel's own. Fails on any serious or
// critical violation of WCAG 2 A/AA or axe's best practices.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ARTIFACTS, EXTENSION, PANEL_SCRIPTS, ROOT, SAMPLE, nativeAnalysis } from "./helpers.mjs";
import { launch, servePage } from "./browser.mjs";

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");
const BLOCKING = new Set(["serious", "critical"]);

let chrome;
let server;

before(async () => {
  server = await servePage(SAMPLE);
  chrome = await launch();
});

after(async () => {
  await chrome?.close();
  await server?.close();
});

/** A page with the panel drawn (open shadow root) from the sample's analysis
 *  (`change` edits it first), in the options' `theme` ("auto": none). */
async function panelPage(scheme, { theme = "auto", change = (a) => a } = {}) {
  const url = `${server.origin}/article.html`;
  const analysis = change(nativeAnalysis(SAMPLE, ["--url", url]));
  const page = await chrome.browser.newPage();
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  await page.evaluateOnNewDocument(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, { ...init, mode: "open" });
    };
  });
  await page.goto(url);
  for (const file of PANEL_SCRIPTS) await page.addScriptTag({ path: file });
  await page.evaluate(async (a, u, theme) => {
    LedePanel.open();
    LedePanel.showAnalysis(a, { url: u });
    await LedeSettings.load(); // the defaults here (no extension storage), applied
    if (theme !== "auto") document.querySelector("lede-panel").shadowRoot.querySelector(".panel").dataset.theme = theme;
  }, analysis, url, theme);
  await page.addScriptTag({ path: AXE });
  return page;
}

/** axe's serious and critical violations inside the panel (or in `selector`), as
 *  readable lines. */
async function violations(page, selector = "lede-panel") {
  const result = await page.evaluate(async (selector) => {
    const host = document.querySelector(selector);
    const r = await axe.run(host, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
    }));
  }, selector);
  return result.filter((v) => BLOCKING.has(v.impact));
}

for (const scheme of ["light", "dark"]) {
  test(`the panel has no serious or critical axe violation (${scheme})`, async () => {
    const page = await panelPage(scheme);
    try {
      const opened = await page.evaluate(() => Boolean(document.querySelector("lede-panel")?.shadowRoot));
      assert.ok(opened, "the panel is drawn in an open root for axe");
      await page.screenshot({ path: path.join(ARTIFACTS, `a11y-panel-${scheme}.png`) });
      assert.deepEqual(await violations(page), []);
    } finally {
      await page.close();
    }
  });
}

// The themes of the options page, each against the other system scheme where it forces one.
for (const [scheme, theme] of [["light", "sepia"], ["dark", "sepia"], ["dark", "light"], ["light", "dark"]]) {
  test(`the panel in the ${theme} theme (system ${scheme}) has no serious or critical axe violation`, async () => {
    const page = await panelPage(scheme, { theme });
    try {
      const background = await page.evaluate(() =>
        getComputedStyle(document.querySelector("lede-panel").shadowRoot.querySelector(".panel")).backgroundColor,
      );
      const expected = { sepia: "rgb(244, 236, 216)", light: "rgb(255, 255, 255)", dark: "rgb(22, 24, 29)" }[theme];
      assert.equal(background, expected, `the ${theme} theme is applied`);
      await page.screenshot({ path: path.join(ARTIFACTS, `a11y-panel-${theme}-on-${scheme}.png`) });
      assert.deepEqual(await violations(page), []);
    } finally {
      await page.close();
    }
  });
}

test("the not-an-article notice has no serious or critical axe violation", async () => {
  const notArticle = (a) => ({ ...a, diagnostics: [{ kind: "notAnArticle", message: "the page is mostly links (a home page or a listing)" }] });
  const page = await panelPage("light", { change: notArticle });
  try {
    const shown = await page.evaluate(() => document.querySelector("lede-panel").shadowRoot.querySelector(".notice-title")?.textContent);
    assert.equal(shown, "This page doesn't look like a news article.");
    assert.deepEqual(await violations(page), []);
  } finally {
    await page.close();
  }
});

for (const scheme of ["light", "dark"]) {
  test(`the options page has no serious or critical axe violation (${scheme})`, async () => {
    const page = await chrome.browser.newPage();
    try {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await page.goto(`chrome-extension://${chrome.id}/options.html`, { waitUntil: "load" });
      // The extension's CSP allows only its own scripts: axe goes in through DevTools.
      await page.evaluate(readFileSync(AXE, "utf8"));
      await page.waitForFunction(() => document.querySelectorAll("input:checked").length > 0);
      // Keyboard: the first control takes a visible focus ring.
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const e = document.activeElement;
        return { name: e?.name, outline: e ? getComputedStyle(e).outlineStyle : null };
      });
      assert.deepEqual(ring, { name: "side", outline: "solid" });
      await page.screenshot({ path: path.join(ARTIFACTS, `a11y-options-${scheme}.png`) });
      assert.deepEqual(await violations(page, "html"), []);
    } finally {
      await page.close();
    }
  });
}

for (const theme of ["light", "dark", "sepia"]) {
  test(`the reader overlay has no serious or critical axe violation (${theme})`, async () => {
    const page = await panelPage(theme === "dark" ? "dark" : "light");
    try {
      await page.evaluate((a) => {
        LedePanel.close();
        LedeReader.open();
        LedeReader.draw(a, { url: location.href });
      }, nativeAnalysis(SAMPLE, ["--url", page.url()]));
      const drawn = await page.evaluate(() => document.querySelector("lede-reader")?.shadowRoot?.querySelector(".content p"));
      assert.ok(drawn, "the overlay shows the article");
      await page.evaluate((t) => document.querySelector("lede-reader").shadowRoot.querySelector(`button.theme-${t}`).click(), theme);
      await page.screenshot({ path: path.join(ARTIFACTS, `a11y-reader-${theme}.png`) });
      assert.deepEqual(await violations(page, "lede-reader"), []);
    } finally {
      await page.close();
    }
  });
}
