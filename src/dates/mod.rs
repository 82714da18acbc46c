//! Stage 8, dates: the text → temporal expressions resolved to calendar days.
//!
//! Input: the segmented [`Text`] and the reference day (the publication day, or the
//! `now` option). Output: [`Found`] expressions in document order, each with inclusive
//! start and end days, a grain, an ISO 8601 duration for lengths of time, and whether
//! the value depends on the reference.
//!
//! Algorithm, per sentence: `token` splits it into words, numbers and marks; `scan`
//! (with `absolute`) matches expressions left to right from word tables in `lexicon`
//! (absolute dates, months, years, decades, seasons, quarters, weekdays, "last week",
//! "two days ago", durations) and joins ranges; `tense` reads the tense of the clause
//! from the nearest verb cue; `resolve` turns each expression into days the way
//! HeidelTime's news mode does: publication day + tense ("said Sunday" is the Sunday
//! on or before the reference, "will meet Tuesday" the Tuesday on or after it). A
//! weekday or month whose clause gives no tense takes the direction of its last
//! mention; "the following day" counts from the last day mentioned.
//!
//! Limits: work is linear in the text (the tense window is bounded); clock times alone
//! and ages are not dates; named holidays and fiscal calendars are not resolved.

mod absolute;
mod calendar;
mod expr;
mod lexicon;
mod resolve;
mod scan;
mod tense;
mod token;

use crate::model::Grain;
use crate::text::Text;
use chrono::NaiveDate;
use expr::{Expr, Shift};
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
pub fn find(text: &Text, reference: Option<NaiveDate>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut memory = Memory::default();
    for (index, sentence) in text.sentences.iter().enumerate() {
        let toks = token::tokenize(&text.text, sentence.span.clone());
        for hit in scan::scan(&toks) {
            let (Some(first), Some(last)) = (toks.get(hit.toks.start), toks.get(hit.toks.end - 1))
            else {
                continue;
            };
            let mut tense = tense::of(token::Toks(&toks), hit.toks.clone());
            if tense == Tense::Present && token::Toks(&toks).is(hit.toks.end, "'s") {
                tense = Tense::Unknown; // "Monday's loss" in a present clause: either way
            }
            let key = memory_key(&hit.expr);
            if matches!(tense, Tense::Present | Tense::Unknown) {
                if let Some(remembered) = key.and_then(|k| memory.tenses.get(&k)) {
                    tense = *remembered;
                }
            }
            let ctx = Ctx {
                r: reference,
                tense,
                anchor: memory.anchor,
                anchor_period: memory.period,
            };
            let Some(value) = resolve::value(&hit.expr, &ctx) else {
                continue;
            };
            if value.period.is_some() {
                memory.period = value.period;
            }
            if let (Some(p), Some(r)) = (value.period, reference) {
                if let Some(k) = key {
                    let dir = if p.0 <= r { Tense::Past } else { Tense::Future };
                    memory.tenses.insert(k, dir);
                }
                if value.grain == Grain::Day {
                    memory.anchor = Some(p.0);
                }
            }
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

/// What earlier mentions tell about later ones.
#[derive(Default)]
struct Memory {
    /// Direction taken by the last mention of a weekday (0–6) or month (101–112).
    tenses: HashMap<u32, Tense>,
    /// The last day mentioned.
    anchor: Option<NaiveDate>,
    /// The last period mentioned.
    period: Option<calendar::Period>,
}

/// The memory slot of a bare weekday or yearless month.
fn memory_key(e: &Expr) -> Option<u32> {
    match e {
        Expr::Weekday {
            wd,
            shift: Shift::None,
        } => Some(*wd),
        Expr::Month {
            y: None,
            m,
            shift: Shift::None,
        }
        | Expr::Day { y: None, m, .. } => Some(100 + m),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    fn run(paras: &[&str], r: &str) -> Vec<(String, String, String)> {
        let paras: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
        let t = segment(&paras, 1 << 20);
        let r = NaiveDate::parse_from_str(r, "%Y-%m-%d").ok();
        let show = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        find(&t, r)
            .into_iter()
            .map(|f| {
                let dur = f.duration.clone().unwrap_or_default();
                let value = format!("{}..{}{}", show(f.start), show(f.end), dur);
                (
                    t.slice(&f.span).to_string(),
                    value,
                    format!("{:?}", f.grain),
                )
            })
            .collect()
    }

    #[test]
    fn resolves_news_dates() {
        let got = run(
            &[
                "Zelensky said Sunday he was ready. Diplomats would meet in the next week.",
                "Officials met last week. Leaders will travel to Washington this week.",
            ],
            "2025-02-23",
        );
        let values: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            values,
            [
                "2025-02-23..2025-02-23",
                "2025-02-24..2025-03-02",
                "2025-02-10..2025-02-16",
                "2025-02-24..2025-03-02"
            ]
        );
    }

    #[test]
    fn unresolved_without_reference() {
        let paras = vec!["It happened on Monday, in 2016.".to_string()];
        let t = segment(&paras, 1 << 20);
        let found = find(&t, None);
        assert_eq!(found.len(), 2);
        assert!(found[0].start.is_none() && found[0].relative);
        assert_eq!(found[1].start, NaiveDate::from_ymd_opt(2016, 1, 1));
    }
}
