// The panel renderer alone (panel-style.js, sections.js, panel.js) in a plain page,
// fed a hand-made schema-v1 analysis: hostile strings stay text, the timeline is in
// calendar order in plain language, citations and text fragments, Markdown escaping,
// page-text search, 3 key sentences, errors replace the loading state.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ARTIFACTS, EXTENSION } from "./helpers.mjs";
import { PanelReader, READER_TAG, launch, servePage } from "./browser.mjs";
import { PANEL_SCRIPTS, SAMPLE } from "./helpers.mjs";

const HOSTILE = `<img src=x onerror="window.__pwned=1">`;

const ANALYSIS = {
  schemaVersion: 1,
  url: null,
  article: {
    title: `Talks ${HOSTILE}`, byline: "AFP", siteName: "The Daily Example",
    published: "2025-02-23T16:35:00+03:00", wordCount: 420,
  },
  summary: [
    { text: `A key sentence with ${HOSTILE} in it.`, paragraph: 0 },
    { text: "Second.", paragraph: 1 },
    { text: "Third.", paragraph: 2 },
    { text: "Fourth.", paragraph: 3 },
  ],
  actors: [
    { id: "a1", name: "Ada Example", kind: "person", role: "foreign minister", aliases: [], mentions: 3, quotes: 2, salience: 0.9 },
    { id: "a2", name: HOSTILE, kind: "organization", role: null, aliases: [], mentions: 1, quotes: 0, salience: 0.2 },
  ],
  quotes: [
    { text: "We are ready to talk - today, not tomorrow", speaker: "Ada Example", speakerId: "a1", kind: "full", cue: "said", paragraph: 1, span: { start: 0, end: 1 } },
    { text: HOSTILE, speaker: null, speakerId: null, kind: "partial", cue: null, paragraph: 2, span: { start: 0, end: 1 } },
  ],
  dates: [
    { text: "next week", start: "2025-03-03", end: "2025-03-09", grain: "week", duration: null, relative: true, paragraph: 1, sentence: "They meet next week.", span: { start: 0, end: 1 } },
    { text: "three years", start: null, end: null, grain: "duration", duration: "P3Y", relative: false, paragraph: 2, sentence: "The war has lasted three years.", span: { start: 0, end: 1 } },
    { text: "Sunday", start: "2025-02-23", end: "2025-02-23", grain: "day", duration: null, relative: true, paragraph: 0, sentence: "She spoke on Sunday.", span: { start: 0, end: 1 } },
    { text: "February", start: "2025-02-01", end: "2025-02-28", grain: "month", duration: null, relative: false, paragraph: 3, sentence: "Talks failed in February.", span: { start: 0, end: 1 } },
    { text: "2014", start: "2014-01-01", end: "2014-12-31", grain: "year", duration: null, relative: false, paragraph: 3, sentence: "It began in 2014.", span: { start: 0, end: 1 } },
  ],
  diagnostics: [],
};

let chrome;
let server;
let page;
let panel;

before(async () => {
  server = await servePage(SAMPLE);
  chrome = await launch();
  page = await chrome.browser.newPage();
  await page.goto(`${server.origin}/article.html`);
  for (const file of PANEL_SCRIPTS) {
    await page.addScriptTag({ path: file });
  }
  panel = await PanelReader.attach(page);
});

after(async () => {
  await chrome?.close();
  await server?.close();
});

test("an analysis is drawn as text, in the four sections", async () => {
  await page.evaluate((analysis) => {
    LedePanel.open();
    LedePanel.showAnalysis(analysis, { url: "https://news.example/story#top" });
  }, ANALYSIS);
  await panel.waitDrawn();
  assert.deepEqual(await panel.nodes("img, script"), []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await panel.texts(".title"), [`Talks ${HOSTILE}`]);
  assert.deepEqual(await panel.texts(".name"), ["Ada Example", HOSTILE]);
  assert.deepEqual(await panel.texts(".role"), ["foreign minister"]);
  assert.deepEqual(await panel.texts("blockquote"), [
    "“We are ready to talk - today, not tomorrow”",
    `“${HOSTILE}”`,
  ]);
  assert.deepEqual(await panel.texts(".speaker"), ["— Ada Example", "— unattributed"]);
  assert.deepEqual(await panel.texts(".meta"), ["The Daily Example · AFP · 23 Feb 2025 · 420 words"]);
  assert.deepEqual(await panel.texts("h3"), ["People", "Organizations"]);
  assert.deepEqual(await panel.texts(".count"), ["3 mentions", "1 mention"]);
  assert.deepEqual(await panel.texts("button.copy"), [
    "Copy all as Markdown", "Copy", "Markdown", "Link", "Copy", "Markdown", "Link",
  ]);
  await page.screenshot({ path: path.join(ARTIFACTS, "panel-synthetic.png") });
});

test("the timeline is in calendar order, unresolved last", async () => {
  assert.deepEqual(await panel.texts(".written"), ["2014", "February", "Sunday", "next week", "three years"]);
  assert.deepEqual(await panel.texts(".day"), ["2014", "Feb 2025", "Sun 23 Feb 2025", "Mon 3 – Sun 9 Mar 2025", "3 years"]);
  assert.deepEqual(await panel.texts(".resolved"), [
    "2014 → 2014", "February → Feb 2025", "Sunday → Sun 23 Feb 2025",
    "next week → Mon 3 – Sun 9 Mar 2025", "three years → 3 years",
  ]);
  assert.equal(await panel.attribute("time.day", "datetime"), "2014-01-01");
});

test("citations: quote, speaker, site, day, and a text fragment link", async () => {
  const citations = await page.evaluate(
    (analysis) => analysis.quotes.map((q) => LedeSections.citation(q, analysis.article, { url: "https://news.example/story#top" })),
    ANALYSIS,
  );
  assert.deepEqual(citations, [
    "“We are ready to talk - today, not tomorrow” — Ada Example, The Daily Example, 23 Feb 2025, " +
      "https://news.example/story#:~:text=We%20are%20ready%20to,%2D%20today%2C%20not%20tomorrow",
    `“${HOSTILE}” — The Daily Example, 23 Feb 2025, https://news.example/story#:~:text=` +
      "%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E",
  ]);
});

test("text fragments: prefix and suffix when the start repeats; Markdown escapes page text", async () => {
  const out = await page.evaluate(() => {
    const text = "Intro.\nShe said “yes” twice. Then he said “yes” once, and left.";
    const at = text.lastIndexOf("yes");
    const quote = { text: "yes", speaker: "Bo *Bold*", span: { start: at, end: at + 3 } };
    const article = { text, siteName: "[Site](x)", published: "2025-02-23" };
    const page = { url: "https://news.example/a?b=1#c" };
    return [LedeCite.quoteLink(quote, article, page), LedeCite.markdownQuote(quote, article, page)];
  });
  assert.deepEqual(out, [
    "https://news.example/a?b=1#:~:text=he%20said%20%E2%80%9C-,yes,-%E2%80%9D%20once%2C%20and",
    "> yes\n\n— Bo \\*Bold\\*, [\\[Site\\]\\(x\\)](https://news.example/a?b=1#:~:text=he%20said%20%E2%80%9C-,yes,-%E2%80%9D%20once%2C%20and), 23 Feb 2025",
  ]);
});

test("key sentences: three shown, the rest behind Show more", async () => {
  assert.equal((await panel.nodes("#lede-summary ~ ul li:not([hidden])")).length, 3);
  const [more] = await panel.texts("#lede-summary ~ button.more");
  assert.equal(more, "Show 1 more");
  await panel.click("#lede-summary ~ button.more");
  assert.equal((await panel.nodes("#lede-summary ~ ul li:not([hidden])")).length, 4);
});

test("page text search: whole words across element boundaries, bounded, cleared", async () => {
  const found = await page.evaluate(() => {
    const p = document.createElement("p");
    p.id = "lede-probe";
    p.append("Ada ", Object.assign(document.createElement("b"), { textContent: "Exam" }), "ple met Adam and ADA\n  EXAMPLE.");
    document.body.append(p);
    const n = LedePage.highlight(["Ada Example", "", "x"]);
    const texts = [...CSS.highlights.get("lede-actor")].map((r) => r.toString());
    const scrolled = LedePage.scrollTo("met Adam", "ple");
    const focus = [...CSS.highlights.get("lede-focus")].map((r) => r.toString());
    LedePage.clear();
    p.remove();
    return { n, texts, scrolled, focus, after: CSS.highlights.has("lede-actor") || CSS.highlights.has("lede-focus") };
  });
  assert.deepEqual(found, {
    n: 2, texts: ["Ada Example", "ADA\n  EXAMPLE"], scrolled: true, focus: ["met Adam"], after: false,
  });
});

test("page text search: a block boundary is a word boundary (minified HTML)", async () => {
  const found = await page.evaluate(() => {
    const div = document.createElement("div");
    const caption = Object.assign(document.createElement("figcaption"), { textContent: "Photo: TASS" });
    const p = Object.assign(document.createElement("p"), { textContent: "Ada Example said" });
    div.append(caption, p); // no whitespace text between the blocks
    document.body.append(div);
    const reader = LedePage.within(div, { actor: "probe-actor", focus: "probe-focus" });
    const n = reader.highlight(["Ada Example", "Example"]);
    const texts = [...CSS.highlights.get("probe-actor")].map((r) => r.toString());
    reader.clear();
    div.remove();
    return { n, texts, page: CSS.highlights.has("lede-actor") };
  });
  assert.deepEqual(found, { n: 1, texts: ["Ada Example"], page: false });
});

test("the reader overlay: page strings as text, only article.html as HTML; RTL by language", async () => {
  const reader = await PanelReader.attach(page, READER_TAG);
  await page.evaluate((analysis, hostile) => {
    LedePanel.close();
    const article = {
      ...analysis.article, byline: hostile, siteName: hostile, lang: "ar", dir: undefined,
      html: "<p>Body <em>text</em></p>", text: "Body text", wordCount: 700,
    };
    LedeReader.open();
    LedeReader.draw({ ...analysis, article }, { url: "https://news.example/story" });
    LedeReader.draw({ ...analysis, article }, { url: "https://news.example/story" }); // again
  }, ANALYSIS, HOSTILE);
  await reader.waitDrawn();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await reader.texts("h1.title"), [`Talks ${HOSTILE}`]);
  assert.deepEqual(await reader.texts(".byline"), [HOSTILE]);
  assert.deepEqual(await reader.texts(".site"), [HOSTILE]);
  assert.deepEqual(await reader.texts(".reading-time"), ["3 min read"]);
  assert.deepEqual(await reader.nodes("img, script"), []);
  assert.deepEqual(await reader.texts(".content em"), ["text"], "article.html is parsed");
  assert.equal((await reader.nodes(".side")).length, 1, "one side column after two draws");
  assert.deepEqual(await reader.texts(".side .name"), ["Ada Example", HOSTILE]);
  assert.equal(await reader.attribute("article.article", "dir"), "rtl", "Arabic without dir is RTL");
  assert.equal(await reader.attribute("article.article", "lang"), "ar");
  // Without chrome.storage (a plain page) the settings still apply, in memory.
  await reader.click("button.theme-sepia");
  assert.equal(await reader.attribute(".reader", "data-theme"), "sepia");

  await page.evaluate(() => {
    LedeReader.close();
    LedeReader.open();
  });
  assert.equal(await reader.attribute(".reader", "data-theme"), "sepia");
  assert.deepEqual(await reader.texts(".status"), ["Preparing the reader view…"]);
  assert.equal(await reader.attribute(".main", "aria-busy"), "true");
  await page.evaluate(() => LedeReader.showError("input is not HTML: <b>binary</b>"));
  assert.deepEqual(await reader.texts(".status"), ["lede could not prepare the reader view: input is not HTML: <b>binary</b>"]);
  assert.deepEqual(await reader.nodes("b"), []);
  await page.evaluate(() => LedeReader.close());
  await reader.waitGone();
});

test("an error replaces the loading state", async () => {
  await page.evaluate(() => {
    LedePanel.close();
    LedePanel.open();
  });
  assert.deepEqual(await panel.texts(".status"), ["Analyzing this page…"]);
  assert.equal(await panel.attribute(".body", "aria-busy"), "true");
  await page.evaluate(() => LedePanel.showError("input is not HTML: <b>binary</b>"));
  assert.deepEqual(await panel.texts(".status"), ["lede could not analyze this page: input is not HTML: <b>binary</b>"]);
  assert.equal(await panel.attribute(".status", "role"), "alert");
  assert.deepEqual(await panel.nodes("b, section"), []);
});

test("a stale answer does not draw into a newer panel", async () => {
  const drawn = await page.evaluate(() => {
    LedePanel.close();
    const first = LedePanel.open();
    LedePanel.close();
    LedePanel.open();
    return [LedePanel.isOpen(first), LedePanel.isOpen()];
  });
  assert.deepEqual(drawn, [false, true]);
  await page.evaluate(() => LedePanel.close());
});
