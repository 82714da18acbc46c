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
//! `locate::locate` (candidate scoring, done once: metadata reads the article's `dir`
//! and first paragraph from it, rendering its blocks), `metadata::collect`,
//! `extract::article` (given the few metadata fields it needs), `text::segment`,
//! `mentions::find`, `actors::resolve`, `quotes::find`, `actors::rank` (salience, once
//! the quotes are attributed), `dates::find`, `summary::build`; `output::build` turns
//! them into the serialized [`Analysis`]. `pipeline` wires them, once. Data flows one
//! way: a file imports only earlier stages and the leaf `util` (`tools/modgraph.py`,
//! run by `make test`, fails on a cycle or a backward import).
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
pub mod lex;
pub mod locate;
pub mod mentions;
pub mod metadata;
pub mod model;
pub mod options;
mod output;
pub mod page;
pub mod pipeline;
pub mod quotes;
pub mod sanitize;
pub mod summary;
pub mod text;
#[cfg(test)]
mod typescript;
mod util;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use model::Analysis;
pub use options::{Limits, Options};
pub use pipeline::{analyze_observed, Stage};

/// The crate version, as reported by the CLI and the WASM `version()` export.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyzes one page: the schema-v1 [`Analysis`], or an [`Error`] for what cannot be
/// analyzed at all (too large, not HTML, a bad option).
pub fn analyze(html: &str, options: &Options) -> Result<Analysis, Error> {
    pipeline::analyze_observed(html, options, &mut |_| {})
}

#[cfg(test)]
mod tests {
    use super::*;

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
