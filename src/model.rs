//! The output types: the schema-v1 analysis of `../shared/eval/README.md`.
//!
//! These are plain data, serialized with camelCase keys. Every field is always
//! present (`null` or `[]` when there is nothing), so JS and the scorer never meet a
//! missing key. Text spans are UTF-16 offsets into `article.text`, because JS indexes
//! strings in UTF-16; inside the pipeline they are byte ranges until `lib.rs` converts
//! them once.

use serde::Serialize;

/// The schema version written in every analysis.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole analysis of one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    #[cfg_attr(test, ts(type = "1"))]
    pub schema_version: u32,
    pub url: Option<String>,
    pub article: Article,
    pub summary: Vec<SummarySentence>,
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateMention>,
    /// The day relative dates were resolved against, and where it came from; `null`
    /// when the page gives no date and no `now` was set (relative dates unresolved).
    pub reference: Option<Reference>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The reference day of relative dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Reference {
    /// `YYYY-MM-DD`.
    pub day: String,
    pub from: ReferenceFrom,
}

/// Where the reference day came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ReferenceFrom {
    /// The page's publication date.
    Published,
    /// The caller's `now` option (the page gives no date).
    Now,
}

/// The reader-mode article and its metadata.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// ISO 8601 as published (keeps the publisher's offset), or a bare day.
    pub published: Option<String>,
    pub modified: Option<String>,
    pub lang: Option<String>,
    pub dir: Dir,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// Body as plain text, paragraphs joined by a blank line.
    pub text: String,
    /// Sanitized reader-mode HTML of the body.
    pub html: String,
    pub word_count: usize,
    pub reading_minutes: usize,
}

/// Text direction of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    #[default]
    Ltr,
    Rtl,
}

/// A key sentence, verbatim.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SummarySentence {
    pub text: String,
    pub paragraph: usize,
}

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Place,
}

/// A person, organization or place of the article, aliases merged.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Actor {
    /// "a1", "a2", … in output order.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: usize,
    pub quotes: usize,
    pub salience: f64,
}

/// Whole sentences quoted, or a few quoted words inside the writer's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Full,
    Partial,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// The quoted words without the enclosing marks.
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_id: Option<String>,
    /// An unnamed source's description as written ("a senior official", "the
    /// report"); `null` when the speaker is a name or no description is given.
    pub source: Option<String>,
    pub kind: QuoteKind,
    pub cue: Option<String>,
    pub paragraph: usize,
    pub span: Span,
}

/// How fine a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Range,
    Time,
    Duration,
}

/// A temporal expression of the body, resolved to calendar days.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    /// As written.
    pub text: String,
    /// Inclusive first day, `YYYY-MM-DD`.
    pub start: Option<String>,
    /// Inclusive last day, `YYYY-MM-DD`.
    pub end: Option<String>,
    pub grain: Grain,
    /// ISO 8601 duration, for grain `duration`.
    pub duration: Option<String>,
    /// Resolved against the publication date (or `now`).
    pub relative: bool,
    pub paragraph: usize,
    pub sentence: String,
    pub span: Span,
}

/// A UTF-16 range into `article.text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A partial problem: the analysis went on, but something was limited or guessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
}

/// What kind of partial problem a [`Diagnostic`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum DiagnosticKind {
    /// The page does not look like an article (a home page, a listing, a form).
    NotAnArticle,
    /// No body text could be extracted.
    EmptyArticle,
    /// A limit of [`crate::Limits`] cut the output short.
    Truncated,
    /// No publication date: relative dates were resolved against `now`, or not at all.
    NoReferenceDate,
}
