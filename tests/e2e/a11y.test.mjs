// Accessibility: axe-core on the open panel and on the reader overlay, drawn from the
// native analysis of the sample page, in light and dark (and the overlay in sepia). axe cannot enter a closed shadow root, so this page
// (and only this test page) makes attachShadow open before the panel's scripts load;
// the markup and styles are the panel's own. Fails on any serious or critical
// violation of WCAG 2 A/AA or axe's best practices.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
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

/** A page with the panel drawn (open shadow root) from the sample's analysis. */
async function panelPage(scheme) {
  const url = `${server.origin}/article.html`;
  const analysis = nativeAnalysis(SAMPLE, ["--url", url]);
  const page = await chrome.browser.newPage();
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
  await page.evaluateOnNewDocument(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, { ...init, mode: "open" });
    };
  });
  await page.goto(url);
  for (const file of PANEL_SCRIPTS) await page.addScriptTag({ path: path.join(EXTENSION, file) });
  await page.evaluate((a, u) => {
    LedePanel.open();
    LedePanel.showAnalysis(a, { url: u });
  }, analysis, url);
  await page.addScriptTag({ path: AXE });
  return page;
}

/** axe's serious and critical violations inside the host `tag`, as readable lines. */
async function violations(page, tag = "lede-panel") {
  const result = await page.evaluate(async (t) => {
    const host = document.querySelector(t);
    const r = await axe.run(host, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
    }));
  }, tag);
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
