// The sections of the lede panel, built from a schema-v1 analysis: Key actors (grouped
// by kind; pressing one highlights its mentions in the page and lists its quotes),
// Quotes (click to scroll; Copy, Markdown, Link; when the options' copy format is
// Markdown (settings.js), Copy writes Markdown and the second button, Text, the
// citation), Timeline (calendar order, "as
// written → plain value", click to scroll) and Key sentences (3, then "Show more").
// Each builder returns a finished <section>; `el(tag, class, text)` makes elements
// with textContent only. `ctx` = { article, page, el, announce, finder?, where? }:
// `finder` ({ highlight, clear, scrollTo }, default the live page's (page-text.js)) is where
// mentions are highlighted and quotes/dates scrolled to (the reader overlay passes its
// article's), `where` ("article", else the page) chooses the messages that name it.
// Every word shown comes from i18n.js (t).
//
// Exports actors, quotes, dates, summary, copyAll and citation.

import * as cite from "./cite.js";
import { t, tn } from "./i18n.js";
import * as livePage from "./page-text.js";
import * as settings from "./settings.js";

/** Where mentions are searched: the context's finder, or the live page. */
const finderOf = (ctx) => ctx.finder ?? livePage;
/** Whether the context searches the reader overlay's article (not the live page). */
const inArticle = (ctx) => ctx.where === "article";

/** Actors shown before "Show all": the most salient few are the key ones. */
const ACTORS_SHOWN = 6;
/** Key sentences shown before "Show more" (a lead-3 digest). */
const SENTENCES_SHOWN = 3;
/** How long a button says "Copied" (ms). */
const COPIED_MS = 2000;
/** Actor kinds in display order, with their group headings. */
const KINDS = [
  ["person", t("kindPeople")],
  ["organization", t("kindOrganizations")],
  ["place", t("kindPlaces")],
];

function section(title, id, el) {
  const node = el("section");
  const heading = el("h2", null, title);
  heading.id = `lede-${id}`;
  node.setAttribute("aria-labelledby", heading.id);
  node.append(heading);
  return node;
}

function list(node, items, emptyText, el) {
  if (items.length === 0) {
    node.append(el("p", "empty", emptyText));
    return node;
  }
  const ul = el("ul");
  ul.append(...items);
  node.append(ul);
  return node;
}

function button(el, className, text, label) {
  const b = el("button", className, text);
  b.type = "button";
  if (label) b.setAttribute("aria-label", label);
  return b;
}

/** A toggle that shows the items beyond the first `shown`, or hides them again. */
function moreButton(items, shown, labels, el, after) {
  const b = button(el, "more", labels[0]);
  b.setAttribute("aria-expanded", "false");
  b.addEventListener("click", () => {
    const expand = b.getAttribute("aria-expanded") !== "true";
    items.forEach((li, i) => {
      li.hidden = !expand && i >= shown;
    });
    b.setAttribute("aria-expanded", String(expand));
    b.textContent = expand ? labels[1] : labels[0];
    after?.();
  });
  return b;
}

// ---- Key actors -------------------------------------------------------------

function actorItem(actor, quotes, ctx, state) {
  const { el } = ctx;
  const li = el("li", "actor");
  const b = button(el, "actor-toggle");
  b.setAttribute("aria-pressed", "false");
  const head = el("span", "actor-head");
  head.append(el("span", "name", actor.name), el("span", "count", tn(actor.mentions ?? 0, "mentions")));
  b.append(head);
  if (actor.role) b.append(el("span", "role", actor.role));
  const own = quotes.filter((q) => q.speakerId && q.speakerId === actor.id);
  const quoteList = el("ul", "actor-quotes");
  quoteList.hidden = true;
  quoteList.setAttribute("aria-label", t("quotesOf", [actor.name]));
  for (const q of own) {
    const li = el("li");
    li.append(jumpButton("jump quote-text", `“${q.text}”`, q, "quote", ctx));
    quoteList.append(li);
  }
  if (own.length === 0) quoteList.append(el("li", "empty", t("noQuotesOfActor")));
  b.addEventListener("click", () => state.toggle(actor, b, quoteList));
  li.append(b, quoteList);
  return li;
}

/** One pressed actor at a time; pressing it again (or another) clears the highlight. */
function actorState(ctx) {
  const { announce } = ctx;
  const pageText = finderOf(ctx);
  let current = null; // { button, list }
  const release = () => {
    if (!current) return;
    current.button.setAttribute("aria-pressed", "false");
    current.list.hidden = true;
    current = null;
  };
  return {
    toggle(actor, b, quoteList) {
      const same = current?.button === b;
      release();
      pageText?.clear();
      if (same) {
        announce(t("highlightsCleared"));
        return;
      }
      const found = pageText ? pageText.highlight([actor.name, ...(actor.aliases ?? [])]) : 0;
      b.setAttribute("aria-pressed", "true");
      quoteList.hidden = false;
      current = { button: b, list: quoteList };
      announce(tn(found, inArticle(ctx) ? "highlightedInArticle" : "highlightedInPage", [actor.name]));
    },
  };
}

function actors(all, quotes, ctx) {
  const { el } = ctx;
  const node = section(t("sectionActors"), "actors", el);
  if (all.length === 0) return list(node, [], t("noActors"), el);
  const state = actorState(ctx);
  const rank = new Map(all.map((a, i) => [a, i]));
  const items = [];
  const groups = [];
  const known = new Set(KINDS.map(([k]) => k));
  const kinds = [...KINDS, ["other", t("kindOthers")]];
  for (const [kind, title] of kinds) {
    const members = all.filter((a) => (kind === "other" ? !known.has(a.kind) : a.kind === kind));
    if (members.length === 0) continue;
    const group = el("div", "group");
    const h = el("h3", null, title);
    h.id = `lede-actors-${kind}`;
    const ul = el("ul");
    ul.setAttribute("aria-labelledby", h.id);
    for (const actor of members) {
      const li = actorItem(actor, quotes, ctx, state);
      li.hidden = rank.get(actor) >= ACTORS_SHOWN;
      li.dataset.rank = String(rank.get(actor));
      ul.append(li);
      items[rank.get(actor)] = li;
    }
    group.append(h, ul);
    groups.push(group);
  }
  const syncGroups = () => {
    for (const g of groups) g.hidden = [...g.querySelectorAll("li.actor")].every((li) => li.hidden);
  };
  syncGroups();
  node.append(...groups);
  if (all.length > ACTORS_SHOWN) {
    const labels = [t("showAllActors", [all.length]), t("showFewer")];
    node.append(moreButton(items, ACTORS_SHOWN, labels, el, syncGroups));
  }
  return node;
}

// ---- Quotes -------------------------------------------------------------------

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No focus or no user activation: the clipboardWrite permission allows the
    // legacy copy command in content scripts.
    const onCopy = (event) => {
      event.clipboardData.setData("text/plain", text);
      event.preventDefault();
    };
    document.addEventListener("copy", onCopy, { capture: true, once: true });
    const done = document.execCommand("copy");
    document.removeEventListener("copy", onCopy, { capture: true });
    return done;
  }
}

/** A button that copies `make()`'s text, says "Copied" for a moment, and announces it
 *  (`said`: [the announcement when copied, when not]). */
function copyButton(className, text, label, said, make, ctx) {
  const b = button(ctx.el, `copy ${className}`, text, label);
  b.addEventListener("click", async () => {
    const done = await writeClipboard(make());
    b.textContent = done ? t("copied") : t("copyFailed");
    b.classList.toggle("copied", done);
    ctx.announce(done ? said[0] : said[1]);
    setTimeout(() => {
      b.textContent = text;
      b.classList.remove("copied");
    }, COPIED_MS);
  });
  return b;
}

/** A button that scrolls the page to `item` (a quote or a date: text + span). */
function jumpButton(className, text, item, what, ctx) {
  const b = button(ctx.el, className, text);
  b.title = inArticle(ctx) ? t("showInArticle") : t("showInPage");
  const missing = {
    quote: inArticle(ctx) ? t("quoteNotFoundInArticle") : t("quoteNotFoundInPage"),
    date: inArticle(ctx) ? t("dateNotFoundInArticle") : t("dateNotFoundInPage"),
  }[what];
  b.addEventListener("click", () => {
    const before = cite.contextBefore(ctx.article.text ?? "", item.span?.start ?? 0);
    if (!finderOf(ctx)?.scrollTo(item.text, before)) ctx.announce(missing);
  });
  return b;
}

function quoteItem(quote, ctx) {
  const { el, article, page } = ctx;
  const li = el("li", "quote");
  const bq = el("blockquote");
  const jump = jumpButton("jump quote-text", `“${quote.text}”`, quote, "quote", ctx);
  bq.append(jump);
  const foot = el("div", "quote-foot");
  const actions = el("div", "actions");
  const asText = () => cite.citation(quote, article, page);
  const asMarkdown = () => cite.markdownQuote(quote, article, page);
  // The first button ("Copy") writes the format chosen in the options; the second the other.
  const markdownFirst = settings.current().copyFormat === "markdown";
  const saidQuote = [t("quoteCopied"), t("quoteNotCopied")];
  const saidMarkdown = [t("markdownQuoteCopied"), t("markdownQuoteNotCopied")];
  actions.append(
    markdownFirst
      ? copyButton("copy-md", t("copy"), t("copyMarkdownLabel"), saidMarkdown, asMarkdown, ctx)
      : copyButton("copy-text", t("copy"), t("copyQuoteLabel"), saidQuote, asText, ctx),
    markdownFirst
      ? copyButton("copy-text", t("copyText"), t("copyTextLabel"), saidQuote, asText, ctx)
      : copyButton("copy-md", t("copyMarkdown"), t("copyMarkdownLabel"), saidMarkdown, asMarkdown, ctx),
    copyButton("copy-link", t("copyLink"), t("copyLinkLabel"), [t("linkCopied"), t("linkNotCopied")],
      () => cite.quoteLink(quote, article, page), ctx),
  );
  foot.append(el("span", "speaker", `— ${quote.speaker || t("unattributed")}`), actions);
  li.append(bq, foot);
  if (quote.source) li.append(el("span", "source", t("unnamedSource", [quote.source])));
  return li;
}

/** "12 quotes: 9 from named speakers, 3 from unnamed sources": whom the quotes come
 *  from, counted over quotes; empty parts are left out. */
function ledger(all) {
  const named = all.filter((q) => q.speaker).length;
  const unnamed = all.filter((q) => !q.speaker && q.source).length;
  const nobody = all.length - named - unnamed;
  const parts = [
    named > 0 && tn(named, "ledgerNamed"),
    unnamed > 0 && tn(unnamed, "ledgerUnnamed"),
    nobody > 0 && tn(nobody, "ledgerUnattributed"),
  ].filter(Boolean);
  return t("quoteLedger", [tn(all.length, "countQuotes"), parts.join(", ")]);
}

function quotes(all, ctx) {
  const node = section(t("sectionQuotes"), "quotes", ctx.el);
  if (all.length) node.append(ctx.el("p", "quote-ledger", ledger(all)));
  return list(node, all.map((q) => quoteItem(q, ctx)), t("noQuotes"), ctx.el);
}

// ---- Timeline -----------------------------------------------------------------

function dateItem(date, ctx) {
  const { el } = ctx;
  const li = el("li", "date");
  const jump = jumpButton("jump date-jump", null, date, "date", ctx);
  const line = el("span", "resolved");
  const arrow = el("span", "arrow", ` ${t("dateArrow")} `);
  const day = el("time", "day", cite.calendar(date));
  if (date.start) day.dateTime = date.start;
  line.append(el("span", "written", date.text), arrow, day);
  jump.append(line);
  li.append(jump, el("span", "sentence", date.sentence));
  return li;
}

/** `reference`: the analysis's reference day; when it is the reader's today (the page
 *  gives no date) and a date was resolved against it, a note says so. */
function dates(all, ctx, reference) {
  const node = section(t("sectionDates"), "dates", ctx.el);
  if (reference?.from === "now" && all.some((d) => d.relative)) {
    const note = ctx.el("p", "reference-note", t("referenceNow", [cite.calendar({ start: reference.day })]));
    note.setAttribute("role", "note");
    node.append(note);
  }
  const items = cite.byCalendar(all).map((d) => dateItem(d, ctx));
  return list(node, items, t("noDates"), ctx.el);
}

// ---- Key sentences -------------------------------------------------------------

function summary(all, ctx) {
  const { el } = ctx;
  const node = section(t("sectionSummary"), "summary", el);
  const items = all.map((s, i) => {
    const li = el("li", "key-sentence", s.text);
    li.hidden = i >= SENTENCES_SHOWN;
    return li;
  });
  list(node, items, t("noSentences"), el);
  if (all.length > SENTENCES_SHOWN) {
    node.append(moreButton(items, SENTENCES_SHOWN, [t("showMore", [all.length - SENTENCES_SHOWN]), t("showFewer")], el));
  }
  return node;
}

/** "Copy all as Markdown": the whole analysis. */
function copyAll(analysis, ctx) {
  return copyButton("copy-all", t("copyAll"), t("copyAllLabel"), [t("analysisCopied"), t("analysisNotCopied")],
    () => cite.analysisMarkdown(analysis, ctx.page), ctx);
}

export { actors, quotes, dates, summary, copyAll };
export const citation = cite.citation;
