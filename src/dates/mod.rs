//! Stage 8, dates: the text → temporal expressions resolved to calendar days.
//!
//! Input: the segmented [`Text`] and the reference day (the publication day, or the
//! `now` option). Output: [`Found`] expressions in document order, each with inclusive
//! start and end days, a grain, an ISO 8601 duration for lengths of time, and whether
//! the value depends on the reference.
//!
//! Algorithm, per sentence: `lex::token::plain` reads its atoms as words, numbers and marks; `scan`
//! (with `absolute` and `holiday`) matches expressions left to right from the word
//! tables of `lexicon` (dates, months, years, decades, seasons, quarters, holidays,
//! weekdays, "last week", "two days ago", "the following day", durations) and joins
//! ranges ("from March to May", "Feb. 2-5"); `tense` reads the tense of the clause from
//! the nearest verb cue; `resolve` turns each expression into days the way HeidelTime's
//! news mode does: publication day + tense ("said Sunday" is the Sunday on or before
//! the reference, "will meet Tuesday" the Tuesday on or after it, "in May" the May
//! that fits). Weeks run Monday–Sunday. Across sentences a small memory carries what
//! a clause alone does not say: a weekday or month without a tense cue takes the
//! direction of its last mention, a tenseless list item takes the year of the dated
//! item above it, and "the following day" / "the previous year" count from the last
//! date mentioned. Inside a quote, relative expressions count from the day the words
//! were said when the article tells it (`quoted`: "said Tuesday: '…today…'").
//! A paragraph that is only a dateline ("Updated 3:45 PM ET, Nov. 19, 2019") dates the
//! page, not the story: `dateline` skips it.
//!
//! Limits: work is linear in the text (every look-around is bounded); clock times
//! alone and ages are not dates; fiscal calendars, week numbers and non-English month
//! names are not read; without a reference, relative expressions stay unresolved.

mod absolute;
mod calendar;
mod dateline;
mod expr;
mod holiday;
mod lexicon;
mod quoted;
mod resolve;
mod scan;
mod tense;

use crate::lex::token::plain::{self, Kind, Toks};
use crate::model::Grain;
use crate::text::marks::Marked;
use crate::text::Text;
use chrono::{Datelike, NaiveDate};
use expr::{Expr, Hit, Shift};
use resolve::Ctx;
use std::collections::HashMap;
use std::ops::Range;
use tense::Tense;

/// A temporal expression found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range of the expression in `Text::text`.
    pub span: Range<usize>,
    /// Inclusive first and last day, when resolved.
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub grain: Grain,
    /// ISO 8601 duration ("P3Y"), for grain `Duration`.
    pub duration: Option<String>,
    /// Whether the value depends on the reference day.
    pub relative: bool,
    /// Index of the sentence in `Text::sentences`.
    pub sentence: usize,
}

/// Finds the dates of `text`; relative ones resolve against `reference` (the
/// publication day), and stay unresolved without it.
pub fn find(text: &Text, marked: &[Marked], reference: Option<NaiveDate>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut memory = Memory::default();
    let speech = quoted::Speech::new(text, marked, reference);
    let mut skip = (usize::MAX, false); // paragraph, and whether it is a dateline
    for (index, sentence) in text.sentences.iter().enumerate() {
        if skip.0 != sentence.paragraph {
            let para = text.paragraphs.get(sentence.paragraph).cloned();
            let dateline = para.is_some_and(|p| dateline::is_dateline(&text.text, p));
            skip = (sentence.paragraph, dateline);
        }
        if skip.1 {
            continue; // "Updated 3:45 PM ET, Nov. 19": the page's stamp, not the story's
        }
        let toks = plain::tokens(&text.text, text.atoms(sentence));
        for hit in scan::scan(&toks) {
            let (Some(first), Some(last)) = (toks.get(hit.toks.start), toks.get(hit.toks.end - 1))
            else {
                continue;
            };
            let clause = tense::of(Toks(&toks), hit.toks.clone());
            let expr = memory.dated(&hit.expr, sentence.paragraph, clause);
            let tense = memory.tense(&hit, clause, Toks(&toks));
            // Inside a quote, "today" is the day the words were said.
            let said = resolve::is_relative(&hit.expr)
                .then(|| speech.day_at(first.span.start))
                .flatten();
            let reference = said.or(reference);
            let ctx = Ctx {
                r: reference,
                tense,
                anchor: memory.anchor,
                anchor_period: memory.period,
            };
            let Some(mut value) = resolve::value(&expr, &ctx) else {
                continue;
            };
            value.relative |= resolve::is_relative(&hit.expr);
            memory.remember(&expr, &value, reference);
            memory.date_year(&expr, sentence.paragraph);
            out.push(Found {
                span: first.span.start..last.span.end,
                start: value.period.map(|p| p.0),
                end: value.period.map(|p| p.1),
                grain: value.grain,
                duration: value.duration,
                relative: value.relative,
                sentence: index,
            });
        }
    }
    out
}

/// Paragraphs over which a dated list item lends its year to tenseless ones after
/// it: list items are paragraphs of their own.
const LIST_PARAGRAPHS: usize = 3;

/// What earlier mentions tell about later ones.
#[derive(Default)]
struct Memory {
    /// Direction taken by the last mention of a weekday (0–6) or month (101–112).
    tenses: HashMap<u32, Tense>,
    /// The last day mentioned.
    anchor: Option<NaiveDate>,
    /// The last period mentioned.
    period: Option<calendar::Period>,
    /// Paragraph, year and month of the last date with a year ("June 9, 2020").
    dated: Option<(usize, i32, u32)>,
}

impl Memory {
    /// The tense to resolve `hit` with: its clause's, unless that says little and an
    /// earlier mention of the same weekday or month says more.
    fn tense(&self, hit: &Hit, clause: Tense, t: Toks) -> Tense {
        let mut tense = clause;
        let possessive = t.is(hit.toks.end, "'s");
        if matches!(tense, Tense::Present | Tense::Unmarked) && possessive {
            tense = Tense::Unknown; // "Monday's loss" in a present clause: either way
        }
        let modifier = t.kind(hit.toks.end) == Some(Kind::Word) && !t.cap(hit.toks.end);
        if matches!(hit.expr, Expr::Holiday { .. }) && modifier {
            tense = Tense::Unknown; // "Black Friday deals": the coming one as often as not
        }
        let open = matches!(tense, Tense::Present | Tense::Unknown | Tense::Unmarked);
        if open && resolve::is_relative(&hit.expr) {
            if let Some(remembered) = memory_key(&hit.expr).and_then(|k| self.tenses.get(&k)) {
                return *remembered;
            }
        }
        tense
    }

    /// A yearless date of a tenseless clause takes the year of the dated one before
    /// it in the paragraph, as in a list of tour dates ("June 9, 2020 … July 2 …").
    fn dated(&self, e: &Expr, paragraph: usize, tense: Tense) -> Expr {
        let open = matches!(tense, Tense::Present | Tense::Unknown | Tense::Unmarked);
        let near = |p: usize| {
            p == paragraph || (tense == Tense::Unmarked && paragraph - p <= LIST_PARAGRAPHS)
        };
        let Some((_, y, m0)) = self.dated.filter(|d| open && near(d.0)) else {
            return e.clone();
        };
        let year = |m: u32| Some(if m < m0 { y + 1 } else { y });
        match e {
            Expr::Day { y: None, m, d } => Expr::Day {
                y: year(*m),
                m: *m,
                d: *d,
            },
            Expr::Month {
                y: None,
                m,
                shift: Shift::None,
            } => Expr::Month {
                y: year(*m),
                m: *m,
                shift: Shift::None,
            },
            other => other.clone(),
        }
    }

    /// Notes the year of a dated day or month (written, or lent by `dated`).
    fn date_year(&mut self, e: &Expr, paragraph: usize) {
        let dated = match e {
            Expr::Day { y: Some(y), m, .. } | Expr::Month { y: Some(y), m, .. } => Some((*y, *m)),
            Expr::Holiday { rule, y: Some(y) } => holiday::day(*rule, *y).map(|d| (*y, d.month())),
            _ => None,
        };
        if let Some((y, m)) = dated {
            self.dated = Some((paragraph, y, m));
        }
    }

    /// Notes the direction, day and period `value` gives for later mentions.
    fn remember(&mut self, e: &Expr, value: &resolve::Value, reference: Option<NaiveDate>) {
        if value.period.is_some() {
            self.period = value.period;
        }
        if let (Some(p), Some(r)) = (value.period, reference) {
            if let Some(k) = memory_key(e) {
                let dir = if p.0 <= r { Tense::Past } else { Tense::Future };
                self.tenses.insert(k, dir);
            }
            if value.grain == Grain::Day {
                self.anchor = Some(p.0);
            }
        }
    }
}

/// The memory slot of a bare weekday or yearless month.
fn memory_key(e: &Expr) -> Option<u32> {
    match e {
        Expr::Weekday {
            wd,
            shift: Shift::None,
        } => Some(*wd),
        Expr::Month {
            m,
            shift: Shift::None,
            ..
        }
        | Expr::Day { m, .. } => Some(100 + m),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
