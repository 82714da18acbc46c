//! # lede: who, what they said, when
//!
//! `lede` reads a news article page and returns, without any network access, its key
//! actors with their roles, every direct quote with its speaker, every date resolved
//! to the calendar, a few key sentences and the clean reader-mode article. The same
//! core runs natively (the `lede` CLI, every test) and as WebAssembly in the browser
//! extension (`src/wasm.rs`).
//!
//! The one entry is [`analyze`]: page HTML and [`Options`] in, an [`Analysis`]
//! (schema v1, see `model`) or an [`Error`] out.
//!
//! ## Pipeline
//!
//! ```text
//! page ─► locate ─► metadata ─► extract ─► text ─► mentions ─► actors ─► quotes ─► dates ─► summary
//! ```
//!
//! Each stage is one module with one entry verb and its own output type: `page::parse`,
//! `extract::locate` (candidate scoring, done once: metadata reads the article's `dir`
//! and first paragraph from it, rendering its blocks), `metadata::collect`,
//! `extract::article`, `text::segment`, `mentions::find`,
//! `actors::resolve`, `quotes::find`, `dates::find`, `summary::build`; `output::build`
//! turns them into the serialized [`Analysis`].
//!
//! ## Untrusted input
//!
//! Every page is hostile. The library never panics (clippy denies `unwrap`, `expect`
//! and `panic!`), never recurses on DOM depth, and bounds its work with [`Limits`]:
//! input bytes and elements are checked before parsing (fatal [`Error`]s), text and
//! output lists are cut with a `truncated` diagnostic. It never reads a clock: the
//! reference day is the publication date or [`Options::now`]. The reader HTML is
//! produced only by `sanitize`, an allowlist sanitizer.

pub mod actors;
pub mod dates;
pub mod error;
pub mod extract;
pub mod mentions;
pub mod metadata;
pub mod model;
pub mod options;
mod output;
pub mod page;
pub mod quotes;
pub mod sanitize;
pub mod summary;
pub mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use model::Analysis;
pub use options::{Limits, Options};

use chrono::NaiveDate;

/// The crate version, as reported by the CLI and the WASM `version()` export.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyzes one page: the schema-v1 [`Analysis`], or an [`Error`] for what cannot be
/// analyzed at all (too large, not HTML, a bad option).
pub fn analyze(html: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_observed(html, options, &mut |_| {})
}

/// A pipeline stage, as reported by [`analyze_observed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    Parse,
    /// Candidate scoring of `extract`, shared by metadata and rendering.
    Locate,
    Metadata,
    Extract,
    Text,
    Mentions,
    Actors,
    Quotes,
    Dates,
    Summary,
    Output,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 11] = [
        Stage::Parse,
        Stage::Locate,
        Stage::Metadata,
        Stage::Extract,
        Stage::Text,
        Stage::Mentions,
        Stage::Actors,
        Stage::Quotes,
        Stage::Dates,
        Stage::Summary,
        Stage::Output,
    ];
}

/// [`analyze`], calling `done(stage)` as each stage finishes. The core never reads a
/// clock (it panics on wasm32); a benchmark passes a closure that does.
pub fn analyze_observed(
    html: &str,
    options: &Options,
    done: &mut dyn FnMut(Stage),
) -> Result<Analysis, Error> {
    let now = parse_now(options.now.as_deref())?;
    let limits = &options.limits;
    let mut page = page::parse(html, limits)?;
    done(Stage::Parse);
    let located = extract::locate(&page);
    done(Stage::Locate);
    let meta = metadata::collect(&page, &located, options.url.as_deref());
    done(Stage::Metadata);
    let body = extract::article(&page, &located, &meta);
    done(Stage::Extract);
    let text = text::segment(&body.blocks, limits.max_text_bytes);
    done(Stage::Text);
    let mentions = mentions::find(&text);
    done(Stage::Mentions);
    let mut cast = actors::resolve(&text, &mentions, meta.title.as_deref());
    done(Stage::Actors);
    let quotes = quotes::find(&text, &mentions, &cast);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker).collect();
    actors::credit_quotes(&mut cast, &speakers);
    done(Stage::Quotes);
    let reference = meta.published_day.or(now);
    let dates = dates::find(&text, reference);
    done(Stage::Dates);
    let summary = summary::build(&text, &mentions, &cast);
    done(Stage::Summary);
    let analysis = output::build(output::Parts {
        page_diagnostics: std::mem::take(&mut page.diagnostics),
        url: options.url.clone().or_else(|| meta.canonical_url.clone()),
        reference_known: reference.is_some(),
        meta,
        body,
        text,
        cast,
        quotes,
        dates,
        summary,
        limits,
    });
    done(Stage::Output);
    Ok(analysis)
}

/// Parses the `now` option (`YYYY-MM-DD`).
fn parse_now(now: Option<&str>) -> Result<Option<NaiveDate>, Error> {
    now.map(|s| {
        iso_day(s.trim()).ok_or_else(|| Error::InvalidOption {
            name: "now",
            reason: format!("{s:?} is not a YYYY-MM-DD day"),
        })
    })
    .transpose()
}

/// "2025-02-23" → that day: four, two and two ASCII digits naming a real day. By hand,
/// as days are printed with `NaiveDate`'s `Display` elsewhere: chrono's
/// `parse_from_str` and `format` bring its strftime machinery into the WASM module
/// (13.5 KB gzipped).
fn iso_day(s: &str) -> Option<NaiveDate> {
    let number = |from: usize, to: usize| -> Option<u32> {
        let part = s.get(from..to)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let dashes = s.get(4..5) == Some("-") && s.get(7..8) == Some("-");
    if s.len() != 10 || !dashes {
        return None;
    }
    let year = i32::try_from(number(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_a_real_yyyy_mm_dd_day() {
        let day = NaiveDate::from_ymd_opt(2025, 2, 23);
        assert_eq!(iso_day("2025-02-23"), day);
        assert_eq!(parse_now(Some(" 2025-02-23\n")).ok().flatten(), day);
        for bad in [
            "2025-2-23",
            "2025-02-30",
            "2025/02/23",
            "+025-02-23",
            "2025-02-2x",
            "２025-02-23",
            "",
        ] {
            assert_eq!(iso_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn bad_now_is_an_error() {
        let o = Options {
            now: Some("23/02/2025".into()),
            ..Options::default()
        };
        assert_eq!(
            analyze("<p>x</p>", &o).err().map(|e| e.kind()),
            Some("invalidOption")
        );
    }

    #[test]
    fn every_key_is_present() {
        let a = analyze(
            "<html><body><p>Hello.</p></body></html>",
            &Options::default(),
        );
        let v = serde_json::to_value(a.ok()).unwrap_or_default();
        for key in [
            "schemaVersion",
            "url",
            "article",
            "summary",
            "actors",
            "quotes",
            "dates",
            "diagnostics",
        ] {
            assert!(v.get(key).is_some(), "{key}");
        }
        for key in [
            "title",
            "byline",
            "siteName",
            "published",
            "modified",
            "lang",
            "dir",
            "excerpt",
            "leadImage",
            "text",
            "html",
            "wordCount",
            "readingMinutes",
        ] {
            assert!(v["article"].get(key).is_some(), "article.{key}");
        }
    }
}
