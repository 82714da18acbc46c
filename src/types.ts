// Generated from src/model.rs, src/options.rs and src/error.rs by src/typescript.rs:
// do not edit (`LEDE_UPDATE_TYPES=1 cargo test --lib typescript`).
/**
 * Options of one analysis. `Options::default()` is what the CLI and the extension use.
 */
export type Options = { 
/**
 * The page's URL: resolves relative links and is echoed in the output.
 * Default: none (the canonical URL of the page, if it declares one, is used).
 */
url?: string | null, 
/**
 * Reference day `YYYY-MM-DD` for relative dates when the page has no publication
 * date. Default: none (such dates stay unresolved). The core never reads a clock.
 */
now?: string | null, 
/**
 * Resource limits. Default: [`Limits::default`].
 */
limits?: Partial<Limits>, };
/**
 * Bounds on work and output, so a hostile page cannot exhaust memory or time.
 */
export type Limits = { 
/**
 * Largest input accepted, in bytes. Default: 20 MiB (`Error::TooLarge` above).
 */
maxInputBytes: number, 
/**
 * Most elements parsed. Default: 500,000 (`Error::TooManyElements` above).
 */
maxElements: number, 
/**
 * Deepest nesting of elements kept. Default: 256, ten times the deepest of 511
 * news pages measured (22) and half of Chromium's parser limit (512); the parser's
 * time on hostile pages grows with it (100k `<li>` at the limit: 115 ms at 256,
 * 190 ms at 512). Deeper start tags (and their end tags) are removed before
 * parsing, their text kept (a `truncated` diagnostic).
 */
maxDepth: number, 
/**
 * Most attributes kept on one tag. Default: 1,000 (a `truncated` diagnostic; the
 * parser's duplicate check is quadratic in this number).
 */
maxAttributes: number, 
/**
 * Longest article text kept, in bytes. Default: 1 MiB (a `truncated` diagnostic).
 */
maxTextBytes: number, 
/**
 * Most actors kept. Default: 200.
 */
maxActors: number, 
/**
 * Most quotes kept. Default: 1,000.
 */
maxQuotes: number, 
/**
 * Most dates kept. Default: 1,000.
 */
maxDates: number, };
/**
 * The whole analysis of one page.
 */
export type Analysis = { schemaVersion: 1, url: string | null, article: Article, summary: Array<SummarySentence>, actors: Array<Actor>, quotes: Array<Quote>, dates: Array<DateMention>, 
/**
 * The day relative dates were resolved against, and where it came from; `null`
 * when the page gives no date and no `now` was set (relative dates unresolved).
 */
reference: Reference | null, diagnostics: Array<Diagnostic>, };
/**
 * The reference day of relative dates.
 */
export type Reference = { 
/**
 * `YYYY-MM-DD`.
 */
day: string, from: ReferenceFrom, };
/**
 * Where the reference day came from.
 */
export type ReferenceFrom = "published" | "now";
/**
 * The reader-mode article and its metadata.
 */
export type Article = { title: string | null, byline: string | null, siteName: string | null, 
/**
 * ISO 8601 as published (keeps the publisher's offset), or a bare day.
 */
published: string | null, modified: string | null, lang: string | null, dir: Dir, excerpt: string | null, leadImage: string | null, 
/**
 * Body as plain text, paragraphs joined by a blank line.
 */
text: string, 
/**
 * Sanitized reader-mode HTML of the body.
 */
html: string, wordCount: number, readingMinutes: number, };
/**
 * Text direction of the article.
 */
export type Dir = "ltr" | "rtl";
/**
 * A key sentence, verbatim.
 */
export type SummarySentence = { text: string, paragraph: number, };
/**
 * A person, organization or place of the article, aliases merged.
 */
export type Actor = { 
/**
 * "a1", "a2", … in output order.
 */
id: string, name: string, kind: ActorKind, role: string | null, aliases: Array<string>, mentions: number, quotes: number, salience: number, };
/**
 * What an actor is.
 */
export type ActorKind = "person" | "organization" | "place";
/**
 * A direct quotation and who said it.
 */
export type Quote = { 
/**
 * The quoted words without the enclosing marks.
 */
text: string, speaker: string | null, speakerId: string | null, 
/**
 * An unnamed source's description as written ("a senior official", "the
 * report"); `null` when the speaker is a name or no description is given.
 */
source: string | null, kind: QuoteKind, cue: string | null, paragraph: number, span: Span, };
/**
 * Whole sentences quoted, or a few quoted words inside the writer's sentence.
 */
export type QuoteKind = "full" | "partial";
/**
 * A temporal expression of the body, resolved to calendar days.
 */
export type DateMention = { 
/**
 * As written.
 */
text: string, 
/**
 * Inclusive first day, `YYYY-MM-DD`.
 */
start: string | null, 
/**
 * Inclusive last day, `YYYY-MM-DD`.
 */
end: string | null, grain: Grain, 
/**
 * ISO 8601 duration, for grain `duration`.
 */
duration: string | null, 
/**
 * Resolved against the publication date (or `now`).
 */
relative: boolean, paragraph: number, sentence: string, span: Span, };
/**
 * How fine a resolved date is.
 */
export type Grain = "day" | "week" | "month" | "quarter" | "year" | "decade" | "range" | "time" | "duration";
/**
 * A UTF-16 range into `article.text`.
 */
export type Span = { start: number, end: number, };
/**
 * A partial problem: the analysis went on, but something was limited or guessed.
 */
export type Diagnostic = { kind: DiagnosticKind, message: string, };
/**
 * What kind of partial problem a [`Diagnostic`] reports.
 */
export type DiagnosticKind = "notAnArticle" | "emptyArticle" | "truncated" | "noReferenceDate";
/** Why an analysis could not be made (`internal`: a bug; the module was reset). */
export type AnalyzeError = { kind: "tooLarge" | "tooManyElements" | "notHtml" | "invalidOption" | "internal", message: string, };
/** What `analyze` returns: never throws for an expected failure. */
export type AnalyzeResult = { ok: true, analysis: Analysis, } | { ok: false, error: AnalyzeError, };
