//! The day quoted words were said: "Trump said Tuesday: '…today…'" makes that
//! "today" the Tuesday, not the publication day.
//!
//! Input: the text and the reference day. Output: [`Speech`], the quote spans of every
//! paragraph, each with the day its words were said when the article tells it.
//! Algorithm: quote spans pair “ with ” and straight `"` with the next `"` inside a
//! paragraph (an unclosed mark runs to the paragraph's end, as in a quote continued
//! over paragraphs). The attribution date of a sentence is a day-grain date outside
//! the quotes, within `SPEECH_WINDOW` tokens of a speech verb ("said Tuesday", "told
//! reporters on Monday", "in a statement Monday"), on or before the reference day. A
//! quote takes the attribution of the first sentence it overlaps that has one, else of
//! the sentence just before it (the last one of the previous paragraph when it ends in
//! a colon), else of the sentence just after it. Limits: nested and single quotes are
//! not read; each sentence is scanned at most once more, so the work stays linear.

use super::resolve::{self, Ctx};
use super::token::{self, Toks};
use super::{scan, tense};
use crate::lex::en;
use crate::model::Grain;
use crate::text::Text;
use chrono::NaiveDate;
use std::cell::OnceCell;
use std::ops::Range;

/// Tokens between a date and its speech verb: "told reporters at the White House on
/// Monday" is about as far as an attribution reaches.
const SPEECH_WINDOW: usize = 6;

/// Quote spans in text order; the day each one's words were said is worked out on
/// the first question about it (most quotes hold no relative date, and each answer
/// tokenizes and scans a few sentences again).
pub struct Speech<'t> {
    text: &'t Text,
    /// The reference day; `None`: no quote is ever dated.
    reference: Option<NaiveDate>,
    /// Every quote span, in text order.
    quotes: Vec<Quote>,
    /// Per sentence: its attribution day with its paragraph's quotes left out.
    days: Vec<OnceCell<Option<NaiveDate>>>,
    /// Per sentence: its attribution day as a lead-in (no quotes left out).
    leads: Vec<OnceCell<Option<NaiveDate>>>,
}

/// One quote span and where its paragraph's sentences and quotes are.
struct Quote {
    span: Range<usize>,
    /// The paragraph's first sentence and sentence count.
    first: usize,
    count: usize,
    /// The quotes of the paragraph, as indices into `Speech::quotes`.
    siblings: Range<usize>,
    /// The sentence before the paragraph, when it ends in a colon.
    before: Option<usize>,
}

impl<'t> Speech<'t> {
    /// Reads the quote spans of `text` (their days are read on demand).
    pub fn new(text: &'t Text, reference: Option<NaiveDate>) -> Speech<'t> {
        let mut quotes = Vec::new();
        let mut first = 0; // first sentence of the current paragraph
        for (p, para) in text.paragraphs.iter().enumerate() {
            let sents = text.sentences.get(first..).unwrap_or(&[]);
            let count = sents.iter().take_while(|s| s.paragraph == p).count();
            if reference.is_some() {
                let spans = spans(&text.text, para.clone());
                let siblings = quotes.len()..quotes.len() + spans.len();
                let before = first.checked_sub(1).filter(|&i| ends_in_colon(text, i));
                quotes.extend(spans.into_iter().map(|span| Quote {
                    span,
                    first,
                    count,
                    siblings: siblings.clone(),
                    before,
                }));
            }
            first += count;
        }
        let n = text.sentences.len();
        Speech {
            text,
            reference,
            quotes,
            days: std::iter::repeat_with(OnceCell::new).take(n).collect(),
            leads: std::iter::repeat_with(OnceCell::new).take(n).collect(),
        }
    }

    /// The day the quote holding byte `pos` was said, when the article tells it.
    pub fn day_at(&self, pos: usize) -> Option<NaiveDate> {
        let after = self.quotes.partition_point(|q| q.span.start <= pos);
        let q = self.quotes.get(after.checked_sub(1)?)?;
        if pos >= q.span.end {
            return None;
        }
        let r = self.reference?;
        let spans: Vec<Range<usize>> = self
            .quotes
            .get(q.siblings.clone())
            .unwrap_or_default()
            .iter()
            .map(|s| s.span.clone())
            .collect();
        let day = |k: usize| {
            let i = q.first + k;
            let cell = self.days.get(i).filter(|_| k < q.count)?;
            *cell.get_or_init(|| attribution(self.text, i, &spans, r))
        };
        let lead = || {
            let i = q.before?;
            *self
                .leads
                .get(i)?
                .get_or_init(|| attribution(self.text, i, &[], r))
        };
        said_on(self.text, q.first, q.count, &q.span, day).or_else(lead)
    }
}

/// The attribution day of quote `q` from the days of its paragraph's `count`
/// sentences from `first` (`day(k)` is sentence `first + k`'s).
fn said_on(
    text: &Text,
    first: usize,
    count: usize,
    q: &Range<usize>,
    day: impl Fn(usize) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let span = |k: usize| text.sentences.get(first + k).map(|s| s.span.clone());
    let overlaps = |k: usize| span(k).is_some_and(|s| s.start < q.end && q.start < s.end);
    let inside: Vec<usize> = (0..count).filter(|&k| overlaps(k)).collect();
    let (lo, hi) = (inside.first().copied()?, inside.last().copied()?);
    inside
        .iter()
        .find_map(|&k| day(k))
        .or_else(|| lo.checked_sub(1).and_then(&day))
        .or_else(|| day(hi + 1))
}

/// Whether sentence `i` ends in a colon (it introduces the quote below it).
fn ends_in_colon(text: &Text, i: usize) -> bool {
    let s = text.sentences.get(i).map_or("", |s| text.slice(&s.span));
    s.trim_end().ends_with(':')
}

/// Quote spans of the paragraph `para` of `text`, marks excluded.
pub fn spans(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let Some(s) = text.get(para.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let after = para.start + i + c.len_utf8();
        match (c, open) {
            ('\u{201c}', None) | ('"', None) => open = Some(after),
            ('\u{201d}', Some(o)) | ('"', Some(o)) => {
                out.push(o..para.start + i);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        out.push(o..para.end);
    }
    out
}

/// The attribution day of sentence `i`: a day-grain date outside `quotes`, next to a
/// speech verb, on or before the reference `r`.
fn attribution(text: &Text, i: usize, quotes: &[Range<usize>], r: NaiveDate) -> Option<NaiveDate> {
    let sentence = text.sentences.get(i)?;
    let toks = token::tokenize(&text.text, sentence.span.clone());
    let t = Toks(&toks);
    let quoted = |k: usize| {
        toks.get(k).is_some_and(|x| {
            quotes
                .iter()
                .any(|q| q.start <= x.span.start && x.span.start < q.end)
        })
    };
    scan::scan(&toks).into_iter().find_map(|hit| {
        if quoted(hit.toks.start) {
            return None;
        }
        let near = hit.toks.start.saturating_sub(SPEECH_WINDOW)..hit.toks.end + SPEECH_WINDOW;
        let cue = near
            .into_iter()
            .any(|k| t.in_set(k, &en::SPEECH_CUES) && !quoted(k));
        if !cue {
            return None;
        }
        let ctx = Ctx {
            r: Some(r),
            tense: tense::of(t, hit.toks.clone()),
            anchor: None,
            anchor_period: None,
        };
        let value = resolve::value(&hit.expr, &ctx)?;
        let (a, b) = value.period?;
        (value.grain == Grain::Day && a == b && a <= r).then_some(a)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    fn days(paras: &[&str], at: &str) -> Option<NaiveDate> {
        let paras: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
        let t = segment(&paras, 1 << 20);
        let s = Speech::new(&t, NaiveDate::from_ymd_opt(2019, 11, 21));
        s.day_at(t.text.find(at)?)
    }

    #[test]
    fn pairs_quote_marks() {
        let s = "He said “a” and \"b\" then “c";
        let got: Vec<&str> = spans(s, 0..s.len())
            .into_iter()
            .filter_map(|r| s.get(r))
            .collect();
        assert_eq!(got, ["a", "b", "c"]);
    }

    #[test]
    fn finds_the_day_words_were_said() {
        let tue = NaiveDate::from_ymd_opt(2019, 11, 19);
        assert_eq!(days(&["Trump said Tuesday: “We win today.”"], "today"), tue);
        assert_eq!(
            days(&["“We win today,” she said on Tuesday."], "today"),
            tue
        );
        assert_eq!(
            days(
                &["Trump said on Tuesday:", "“It is over. We win today.”"],
                "today"
            ),
            tue
        );
        assert_eq!(days(&["“We win today,” she said."], "today"), None);
        assert_eq!(
            days(&["On Tuesday it rained. “We win today.”"], "today"),
            None
        );
        assert_eq!(
            days(&["She will say Friday: “We win today.”"], "today"),
            None
        );
    }
}
