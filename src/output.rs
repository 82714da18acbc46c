//! The last step: typed stage results → the serialized schema-v1 [`Analysis`].
//!
//! Orders actors by salience (stable, with the first mention as tie-breaker) and
//! numbers them `a1…`; converts byte spans to UTF-16 once; applies the output limits
//! with a `truncated` diagnostic; computes word count and reading time.

use crate::actors::{ActorId, Cast};
use crate::extract::Body;
use crate::metadata::Metadata;
use crate::model::{
    self, Analysis, Article, DateMention, Diagnostic, DiagnosticKind, Quote, Reference,
    ReferenceFrom, Span, SummarySentence, SCHEMA_VERSION,
};
use crate::options::Limits;
use crate::text::Text;
use crate::{dates, quotes};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::ops::Range;

/// Longest `sentence` copied into a date, in chars: a page without sentence breaks
/// would otherwise copy its whole text into every date (1,000 dates × 1 MB).
const MAX_SENTENCE_CHARS: usize = 400;

/// Reading speed for `readingMinutes`, in words per minute (a common adult average).
const WORDS_PER_MINUTE: usize = 230;

/// Everything the stages produced for one page.
pub struct Parts<'a> {
    /// What the page stage cut before parsing.
    pub page_diagnostics: Vec<Diagnostic>,
    pub url: Option<String>,
    /// The reference day of relative dates and its source.
    pub reference: Option<(NaiveDate, ReferenceFrom)>,
    pub meta: Metadata,
    pub body: Body,
    pub text: Text,
    pub cast: Cast,
    pub quotes: Vec<quotes::Found>,
    pub dates: Vec<dates::Found>,
    /// Sentence indices of the key sentences.
    pub summary: Vec<usize>,
    pub limits: &'a Limits,
}

/// Assembles the analysis.
pub fn build(p: Parts<'_>) -> Analysis {
    let mut diagnostics = p.page_diagnostics;
    diagnostics.extend(p.body.diagnostics.iter().cloned());
    let l = p.limits;
    // Cut before mapping, so a page with a million dates costs a thousand copies.
    let found_quotes = limited(&p.quotes, l.max_quotes, "quotes", &mut diagnostics);
    let found_dates = limited(&p.dates, l.max_dates, "dates", &mut diagnostics);
    let u16 = Utf16::new(&p.text.text);
    let order = actor_order(&p.cast);
    // Cut before numbering: every id a quote names is an actor of the output.
    let order = limited(&order, l.max_actors, "actors", &mut diagnostics);
    let ids: HashMap<ActorId, String> = order
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, format!("a{}", i + 1)))
        .collect();
    let actors: Vec<model::Actor> = order
        .iter()
        .filter_map(|id| actor(&p.cast, *id, &ids))
        .collect();
    let quotes: Vec<Quote> = found_quotes
        .iter()
        .map(|q| quote(&p.text, &u16, &p.cast, &ids, q))
        .collect();
    let dates: Vec<DateMention> = found_dates.iter().map(|d| date(&p.text, &u16, d)).collect();
    if p.text.truncated {
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::Truncated,
            message: format!("article text cut at {} bytes", l.max_text_bytes),
        });
    }
    if p.reference.is_none() && dates.iter().any(|d| d.relative) {
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::NoReferenceDate,
            message: "no publication date: relative dates are unresolved (set `now`)".into(),
        });
    }
    Analysis {
        schema_version: SCHEMA_VERSION,
        url: p.url,
        article: article(p.meta, p.body.html, &p.text),
        summary: p
            .summary
            .iter()
            .filter_map(|i| summary(&p.text, *i))
            .collect(),
        actors,
        quotes,
        dates,
        reference: p.reference.map(|(day, from)| Reference {
            day: day.to_string(),
            from,
        }),
        diagnostics,
    }
}

/// Actor ids by salience, highest first; ties keep the first-mentioned first.
fn actor_order(cast: &Cast) -> Vec<ActorId> {
    let mut ids: Vec<ActorId> = (0..cast.members.len() as u32).map(ActorId).collect();
    let first = |id: &ActorId| {
        cast.get(*id)
            .and_then(|m| m.mentions.first().copied())
            .unwrap_or(usize::MAX)
    };
    ids.sort_by(|a, b| {
        let (sa, sb) = (
            cast.members[a.0 as usize].salience,
            cast.members[b.0 as usize].salience,
        );
        sb.total_cmp(&sa).then_with(|| first(a).cmp(&first(b)))
    });
    ids
}

fn actor(cast: &Cast, id: ActorId, ids: &HashMap<ActorId, String>) -> Option<model::Actor> {
    let m = cast.get(id)?;
    Some(model::Actor {
        id: ids.get(&id)?.clone(),
        name: m.name.clone(),
        kind: m.kind,
        role: m.role.clone(),
        aliases: m.aliases.clone(),
        mentions: m.mentions.len(),
        quotes: m.quotes,
        salience: (m.salience * 1000.0).round() / 1000.0,
    })
}

fn quote(
    text: &Text,
    u16: &Utf16,
    cast: &Cast,
    ids: &HashMap<ActorId, String>,
    q: &quotes::Found,
) -> Quote {
    let speaker = q.speaker.and_then(|id| cast.get(id).map(|m| (id, m)));
    Quote {
        text: text.slice(&q.span).to_string(),
        speaker: speaker.map(|(_, m)| m.name.clone()),
        speaker_id: speaker.and_then(|(id, _)| ids.get(&id).cloned()),
        source: q.source.as_ref().map(|r| text.slice(r).to_string()),
        kind: q.kind,
        cue: q.cue.clone(),
        paragraph: q.paragraph,
        span: u16.span(&q.span),
    }
}

fn date(text: &Text, u16: &Utf16, d: &dates::Found) -> DateMention {
    // `Display` is YYYY-MM-DD; `format("%Y-%m-%d")` would pull in chrono's strftime.
    let day = |x: Option<chrono::NaiveDate>| x.map(|d| d.to_string());
    let sentence = text.sentences.get(d.sentence);
    DateMention {
        text: text.slice(&d.span).to_string(),
        start: day(d.start),
        end: day(d.end),
        grain: d.grain,
        duration: d.duration.clone(),
        relative: d.relative,
        paragraph: sentence.map_or(text.paragraph_at(d.span.start), |s| s.paragraph),
        sentence: clip_sentence(sentence.map_or("", |s| text.slice(&s.span))),
        span: u16.span(&d.span),
    }
}

fn summary(text: &Text, index: usize) -> Option<SummarySentence> {
    let s = text.sentences.get(index)?;
    Some(SummarySentence {
        text: text.slice(&s.span).to_string(),
        paragraph: s.paragraph,
    })
}

fn article(meta: Metadata, html: String, text: &Text) -> Article {
    let word_count = text.text.split_whitespace().count();
    Article {
        title: meta.title,
        byline: meta.byline,
        site_name: meta.site_name,
        published: meta.published,
        modified: meta.modified,
        lang: meta.lang,
        dir: meta.dir,
        excerpt: meta.excerpt,
        lead_image: meta.lead_image,
        text: text.text.clone(),
        html,
        word_count,
        reading_minutes: word_count.div_ceil(WORDS_PER_MINUTE),
    }
}

/// The first `limit` items, reporting what was dropped.
fn limited<'a, T>(
    items: &'a [T],
    limit: usize,
    what: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> &'a [T] {
    if items.len() > limit {
        diagnostics.push(truncated(limit, items.len(), what));
    }
    &items[..items.len().min(limit)]
}

fn truncated(kept: usize, of: usize, what: &str) -> Diagnostic {
    Diagnostic {
        kind: DiagnosticKind::Truncated,
        message: format!("kept {kept} of {of} {what}"),
    }
}

/// `s`, cut to `MAX_SENTENCE_CHARS` with an ellipsis.
fn clip_sentence(s: &str) -> String {
    match s.char_indices().nth(MAX_SENTENCE_CHARS) {
        Some((at, _)) => format!("{}\u{2026}", &s[..at]),
        None => s.to_string(),
    }
}

/// Byte offset → UTF-16 offset in one string, by binary search over the non-ASCII chars.
struct Utf16 {
    /// (byte offset just after a non-ASCII char, UTF-16 units minus bytes up to there).
    shifts: Vec<(usize, isize)>,
}

impl Utf16 {
    fn new(text: &str) -> Self {
        let mut shifts = Vec::new();
        let mut delta: isize = 0;
        for (i, c) in text.char_indices() {
            if !c.is_ascii() {
                delta += c.len_utf16() as isize - c.len_utf8() as isize;
                shifts.push((i + c.len_utf8(), delta));
            }
        }
        Utf16 { shifts }
    }

    fn offset(&self, byte: usize) -> usize {
        let n = self.shifts.partition_point(|(at, _)| *at <= byte);
        let delta = n.checked_sub(1).map_or(0, |i| self.shifts[i].1);
        (byte as isize + delta).max(0) as usize
    }

    fn span(&self, r: &Range<usize>) -> Span {
        Span {
            start: self.offset(r.start),
            end: self.offset(r.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Utf16;

    #[test]
    fn utf16_offsets() {
        let s = "a\u{201c}b\u{1F600}c";
        let u = Utf16::new(s);
        for (byte, _) in s.char_indices().chain([(s.len(), ' ')]) {
            assert_eq!(u.offset(byte), s[..byte].encode_utf16().count());
        }
    }
}
