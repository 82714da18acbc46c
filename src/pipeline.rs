//! The pipeline's wiring, written once: the stages in order, each fed what the
//! earlier ones produced. [`analyze_observed`] runs the whole page; [`read_text`] the
//! stages after the text (used by it and by the fuzz target of the text stages).

use crate::actors::{self, Cast};
use crate::error::Error;
use crate::mentions::{self, Mention};
use crate::model::{Analysis, ReferenceFrom};
use crate::options::{parse_now, Options};
use crate::text::{self, Text};
use crate::{dates, extract, locate, metadata, output, page, quotes, summary};
use chrono::NaiveDate;

/// A pipeline stage, as reported by [`analyze_observed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    Parse,
    /// Candidate scoring, shared by metadata and rendering.
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

/// What the stages after `text` read from it.
pub struct Reading {
    pub mentions: Vec<Mention>,
    pub cast: Cast,
    pub quotes: Vec<quotes::Found>,
    pub dates: Vec<dates::Found>,
    /// Sentence indices of the key sentences.
    pub summary: Vec<usize>,
}

/// [`crate::analyze`], calling `done(stage)` as each stage finishes. The core never
/// reads a clock (it panics on wasm32); a benchmark passes a closure that does.
pub fn analyze_observed(
    html: &str,
    options: &Options,
    done: &mut dyn FnMut(Stage),
) -> Result<Analysis, Error> {
    let now = parse_now(options.now.as_deref())?;
    let limits = &options.limits;
    let mut page = page::parse(html, limits)?;
    done(Stage::Parse);
    let located = locate::locate(&page);
    done(Stage::Locate);
    let meta = metadata::collect(&page, &located, options.url.as_deref());
    done(Stage::Metadata);
    let known = extract::Known {
        title: meta.title.as_deref(),
        byline: meta.byline.as_deref(),
        base_url: meta.base_url.as_deref(),
    };
    let body = extract::article(&page, &located, &known);
    done(Stage::Extract);
    let text = text::segment(&body.blocks, limits.max_text_bytes);
    done(Stage::Text);
    let reference = match (meta.published_day, now) {
        (Some(day), _) => Some((day, ReferenceFrom::Published)),
        (None, Some(day)) => Some((day, ReferenceFrom::Now)),
        (None, None) => None,
    };
    let Reading {
        cast,
        quotes,
        dates,
        summary,
        ..
    } = read_text(&text, meta.title.as_deref(), reference.map(|r| r.0), done);
    let analysis = output::build(output::Parts {
        page_diagnostics: std::mem::take(&mut page.diagnostics),
        url: options.url.clone().or_else(|| meta.canonical_url.clone()),
        reference,
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

/// The stages after the text: mentions, actors, quotes, the actors' ranking, dates
/// (against `reference`) and the summary; `title` is the headline.
pub fn read_text(
    text: &Text,
    title: Option<&str>,
    reference: Option<NaiveDate>,
    done: &mut dyn FnMut(Stage),
) -> Reading {
    let mentions = mentions::find(text);
    done(Stage::Mentions);
    let marked = text::marks::find(text);
    let mut cast = actors::resolve(text, &marked, &mentions);
    done(Stage::Actors);
    let quotes = quotes::find(text, &marked, &mentions, &cast);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker).collect();
    actors::rank(&mut cast, text, &mentions, title, &speakers);
    done(Stage::Quotes);
    let dates = dates::find(text, &marked, reference);
    done(Stage::Dates);
    let summary = summary::build(text, &mentions, &cast);
    done(Stage::Summary);
    Reading {
        mentions,
        cast,
        quotes,
        dates,
        summary,
    }
}
