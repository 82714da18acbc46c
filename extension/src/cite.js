// Plain-text formats of the analysis, pure functions (no DOM): citations of a quote
// (plain, Markdown, text-fragment link), the whole analysis as Markdown, and dates in
// plain language ("Sun 23 Feb 2025", "Mon 17 – Sun 23 Feb 2025", "3 years").
//
// Text fragments (https://wicg.github.io/scroll-to-text-fragment/): the quote's words
// as textStart, or its first and last few words as textStart,textEnd when it is long;
// when textStart occurs more than once in the article text, the words just before and
// after the quote (same paragraph) are added as prefix- and -suffix. Each part is
// percent-encoded, including the directive's syntax characters '-', '&' and ','.
//
// Words (month and weekday names, durations, the Markdown headings) are messages of
// i18n.js, so copied text follows the UI language; the formats themselves do not change.
//
// Exports textFragment, quoteLink, citation, markdownQuote, analysisMarkdown, calendar,
// byCalendar, durationText, contextBefore and shortDay.

import { t, tn } from "./i18n.js";


/** A quote of at most this many words goes whole into textStart. */
const FRAGMENT_WHOLE_WORDS = 8;
/** Words of a long quote kept at each end (textStart, textEnd). */
const FRAGMENT_END_WORDS = 4;
/** Words of context in prefix / suffix: enough to tell repeats apart. */
const CONTEXT_WORDS = 3;
/** Characters looked at around a quote for its context (bounded work). */
const CONTEXT_CHARS = 80;

/** Names from a space-separated message; numbers 1…n if a translation miscounts. */
const names = (message, n) => {
  const list = message.trim().split(/\s+/);
  return list.length === n ? list : Array.from({ length: n }, (_, i) => String(i + 1));
};
const MONTHS = names(t("monthsShort"), 12);
const WEEKDAYS = names(t("weekdaysShort"), 7);

/** Percent-encodes one text-directive part ('-' too, which encodeURIComponent keeps). */
const encodePart = (s) => encodeURIComponent(s).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const words = (s) => s.trim().split(/\s+/).filter(Boolean);

/** Occurrences of `needle` in `hay`, case-insensitive, counting at most 2. */
function occurrences(hay, needle) {
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  let count = 0;
  for (let at = h.indexOf(n); at >= 0 && count < 2; at = h.indexOf(n, at + 1)) count++;
  return count;
}

/** The last CONTEXT_WORDS words before `at` in the same paragraph (may end in “). */
function contextBefore(text, at) {
  const head = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const line = head.slice(head.lastIndexOf("\n") + 1);
  return words(line).slice(-CONTEXT_WORDS).join(" ");
}

/** The first CONTEXT_WORDS words after `at` in the same paragraph. */
function contextAfter(text, at) {
  const tail = text.slice(at, at + CONTEXT_CHARS);
  const nl = tail.indexOf("\n");
  return words(nl < 0 ? tail : tail.slice(0, nl)).slice(0, CONTEXT_WORDS).join(" ");
}

/** The `#:~:text=` fragment that scrolls to the quote; articleText gives context. */
function textFragment(quote, articleText) {
  const w = words(quote.text);
  const long = w.length > FRAGMENT_WHOLE_WORDS;
  const start = long ? w.slice(0, FRAGMENT_END_WORDS).join(" ") : w.join(" ");
  const end = long ? w.slice(-FRAGMENT_END_WORDS).join(" ") : "";
  let directive = encodePart(start) + (end ? `,${encodePart(end)}` : "");
  const span = quote.span;
  if (articleText && span && occurrences(articleText, start) > 1) {
    const prefix = contextBefore(articleText, span.start);
    const suffix = contextAfter(articleText, span.end);
    if (prefix) directive = `${encodePart(prefix)}-,${directive}`;
    if (suffix) directive = `${directive},-${encodePart(suffix)}`;
  }
  return `#:~:text=${directive}`;
}

/** The page URL without its fragment, plus the quote's text fragment. */
function quoteLink(quote, article, page) {
  return page.url.split("#")[0] + textFragment(quote, article.text);
}

/** "2025-02-23…" → "23 Feb 2025" (the day as written in the ISO value). */
function shortDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : "";
}

/** Who a quote is credited to: its speaker, else "unnamed source: …", else "". */
function creditOf(quote) {
  if (quote.speaker) return quote.speaker;
  return quote.source ? t("unnamedSource", [quote.source]) : "";
}

/** “quote” — Speaker, Site, 23 Feb 2025, link (missing parts left out). */
function citation(quote, article, page) {
  const source = [creditOf(quote), article.siteName, shortDay(article.published), quoteLink(quote, article, page)];
  return `“${quote.text}” — ${source.filter(Boolean).join(", ")}`;
}

/** Backslash-escapes Markdown syntax in page text, so it stays text when rendered. */
const md = (s) => String(s ?? "").replace(/[\\`*_{}[\]<>()#+!|~]/g, "\\$&").replace(/\s+/g, " ").trim();
/** A URL safe inside Markdown's (…): no spaces or parentheses. */
const mdUrl = (u) => u.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** > quote, then — Speaker, [Site](link), 23 Feb 2025. */
function markdownQuote(quote, article, page) {
  const site = article.siteName || hostOf(page.url) || t("source");
  const source = [
    md(creditOf(quote)),
    `[${md(site)}](${mdUrl(quoteLink(quote, article, page))})`,
    shortDay(article.published),
  ];
  return `> ${md(quote.text)}\n\n— ${source.filter(Boolean).join(", ")}`;
}

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** The whole analysis as one Markdown document. */
function analysisMarkdown(analysis, page) {
  const article = analysis.article ?? {};
  const out = [`# ${md(article.title || t("untitledPage"))}`, ""];
  const meta = [article.byline && t("byline", [md(article.byline)]), md(article.siteName), shortDay(article.published)];
  if (meta.some(Boolean)) out.push(meta.filter(Boolean).join(" · "), "");
  out.push(`<${mdUrl(page.url.split("#")[0])}>`, "");
  const actors = analysis.actors ?? [];
  if (actors.length) {
    out.push(`## ${t("sectionActors")}`, "");
    for (const a of actors) {
      const role = a.role ? `, ${md(a.role)}` : "";
      out.push(`- **${md(a.name)}** (${md(a.kind)}${role}): ${tn(a.mentions ?? 0, "mentions")}`);
    }
    out.push("");
  }
  const quotes = analysis.quotes ?? [];
  if (quotes.length) {
    out.push(`## ${t("sectionQuotes")}`, "");
    for (const q of quotes) out.push(`> ${md(q.text)}`, ">", `> — ${md(creditOf(q)) || t("unattributed")}`, "");
  }
  const dates = byCalendar(analysis.dates ?? []);
  if (dates.length) {
    out.push(`## ${t("sectionDates")}`, "");
    for (const d of dates) out.push(`- **${calendar(d)}** (“${md(d.text)}”): ${md(d.sentence)}`);
    out.push("");
  }
  const summary = analysis.summary ?? [];
  if (summary.length) {
    out.push(`## ${t("sectionSummary")}`, "");
    for (const s of summary) out.push(`- ${md(s.text)}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** "2025-02-23" → { y, m, d, weekday } (UTC arithmetic: no time zone shifts a day). */
function parseDay(iso) {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

const lastDayOfMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dayText = (t) => `${WEEKDAYS[t.weekday]} ${t.d} ${MONTHS[t.m - 1]} ${t.y}`;

/** "Mon 17 – Sun 23 Feb 2025", "Mon 24 Feb – Sun 2 Mar 2025", full days across years. */
function rangeText(a, b) {
  if (a.y !== b.y) return `${dayText(a)} – ${dayText(b)}`;
  if (a.m !== b.m) return `${WEEKDAYS[a.weekday]} ${a.d} ${MONTHS[a.m - 1]} – ${dayText(b)}`;
  return `${WEEKDAYS[a.weekday]} ${a.d} – ${dayText(b)}`;
}

/** Units of an ISO 8601 duration, in the order they are written. */
const DURATION_UNITS = { Y: "durationYears", M: "durationMonths", W: "durationWeeks", D: "durationDays" };
const TIME_UNITS = { H: "durationHours", M: "durationMinutes", S: "durationSeconds" };

/** "P3Y" → "3 years", "P1Y6M" → "1 year 6 months", "PT2H" → "2 hours". */
function durationText(iso) {
  const m = /^P([^T]*)(?:T(.*))?$/.exec(iso ?? "");
  if (!m) return iso ?? "";
  const parts = [];
  const take = (s, units) => {
    for (const [, n, u] of (s ?? "").matchAll(/(\d+(?:[.,]\d+)?)([A-Z])/g)) {
      if (units[u]) parts.push(tn(Number(n.replace(",", ".")), units[u]));
    }
  };
  take(m[1], DURATION_UNITS);
  take(m[2], TIME_UNITS);
  return parts.length ? parts.join(" ") : iso;
}

/** The resolved value of a date mention in plain language. */
function calendar(date) {
  if (!date.start) return date.duration ? durationText(date.duration) : t("unresolved");
  const a = parseDay(date.start);
  const b = parseDay(date.end ?? date.start);
  if (date.start.slice(0, 10) === (date.end ?? date.start).slice(0, 10)) return dayText(a);
  const sameYear = a.y === b.y;
  if (sameYear && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return String(a.y);
  if (sameYear && a.m === b.m && a.d === 1 && b.d === lastDayOfMonth(b.y, b.m)) {
    return `${MONTHS[a.m - 1]} ${a.y}`;
  }
  return rangeText(a, b);
}

/** Resolved dates by first day, then last day (stable: document order breaks ties);
 *  durations and unresolved mentions last, in document order. */
function byCalendar(list) {
  const key = (d) => d.start ?? "\uffff";
  return list
    .map((date, order) => ({ date, order }))
    .sort((x, y) => {
      const a = key(x.date);
      const b = key(y.date);
      if (a !== b) return a < b ? -1 : 1;
      const ea = x.date.end ?? a;
      const eb = y.date.end ?? b;
      if (ea !== eb) return ea < eb ? -1 : 1;
      return x.order - y.order;
    })
    .map(({ date }) => date);
}

export {
  textFragment,
  quoteLink,
  citation,
  markdownQuote,
  analysisMarkdown,
  calendar,
  byCalendar,
  durationText,
  contextBefore,
  shortDay,
};
