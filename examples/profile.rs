//! Profiling harness: one analysis of each page of a fixed sample of the corpora, for
//! `valgrind --tool=callgrind`, whose instruction counts repeat from run to run where
//! timings on a shared machine do not.
//!
//!     cargo build --profile profiling --example profile
//!     valgrind --tool=callgrind target/profiling/examples/profile [STEP]
//!     valgrind --tool=callgrind --dump-after=profile::mark target/profiling/examples/profile
//!
//! The second form writes one profile per page and stage (see [`mark`]), in order: the
//! start of a page (loading, printing), then `Stage::ALL`.
//!
//! The sample is every STEP-th page (default 8) of the scrapinghub and Mozilla
//! Readability corpora in `../shared/corpus`, loaded as `examples/bench.rs` loads them
//! (gzipped, decoded as lossy UTF-8). Pages are read before any analysis, so the
//! inclusive counts of the stage functions (`lede::page::parse`, …) are the analysis.
//! Prints the page names and their output sizes, so a run shows what it covered.

#[path = "shared/corpus.rs"]
mod corpus;

use lede::{analyze_observed, Options, Stage};
use std::path::Path;

fn main() {
    let step: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(8)
        .max(1);
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut pages = Vec::new();
    for folder in ["scrapinghub-aeb", "readability"] {
        pages.extend(corpus::load(&shared.join(folder), step));
    }
    let mut total = 0usize;
    for corpus::Page { name, url, html } in &pages {
        let options = Options {
            url: url.clone(),
            ..Options::default()
        };
        mark(None);
        let analysis = analyze_observed(html, &options, &mut |stage| mark(Some(stage)));
        let words = analysis.map_or(0, |a| a.article.word_count);
        total += html.len();
        println!("{name:<16} {:>8} bytes {words:>6} words", html.len());
    }
    println!("{} pages, {total} bytes", pages.len());
}

/// Called before each analysis and after each stage: with `--dump-after=profile::mark`
/// callgrind writes one profile per call, so each stage's count is one file's total.
#[inline(never)]
fn mark(stage: Option<Stage>) {
    std::hint::black_box(stage);
}
