//! The day quoted words were said: "Trump said Tuesday: '…today…'" makes that
//! "today" the Tuesday, not the publication day.
//!
//! Input: the text, its quoted stretches as the quotes stage paired them (every mark
//! style: “ ”, " ", ‘ ’, « », „ “, 「 」) and the reference day. Output: [`Speech`], the
//! quote spans of every paragraph, each with the day its words were said when the
//! article tells it. Algorithm: the attribution date of a sentence is a day-grain date outside
//! the quotes, within `SPEECH_WINDOW` tokens of a speech verb ("said Tuesday", "told
//! reporters on Monday", "in a statement Monday"), on or before the reference day. A
//! quote takes the attribution of the first sentence it overlaps that has one, else of
//! the sentence just before it (the last one of the previous paragraph when it ends in
//! a colon), else of the sentence just after it. Limits: a quote nested in another is
//! part of the outer one; each sentence is scanned at most once more, so the work
//! stays linear.

use super::resolve::{self, Ctx};
use super::{scan, tense};
use crate::lex::speech;
use crate::lex::token::plain::{self, Toks};
use crate::model::Grain;
use crate::text::marks::Marked;
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
    /// Reads the quote spans of `text` from `marked` (in text order; their days are
    /// read on demand).
    pub fn new(text: &'t Text, marked: &[Marked], reference: Option<NaiveDate>) -> Speech<'t> {
        let mut quotes = Vec::new();
        let mut first = 0; // first sentence of the current paragraph
        let mut next = 0; // first of `marked` not yet read
        for p in 0..text.paragraphs.len() {
            let sents = text.sentences.get(first..).unwrap_or(&[]);
            let count = sents.iter().take_while(|s| s.paragraph == p).count();
            let rest = marked.get(next..).unwrap_or(&[]);
            let here = rest.iter().take_while(|m| m.paragraph <= p).count();
            next += here;
            if reference.is_some() {
                let spans: Vec<Range<usize>> = (rest.get(..here).unwrap_or(&[]).iter())
                    .filter(|m| m.paragraph == p)
                    .map(|m| m.inner.clone())
                    .collect();
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

/// The attribution day of sentence `i`: a day-grain date outside `quotes`, next to a
/// speech verb, on or before the reference `r`.
fn attribution(text: &Text, i: usize, quotes: &[Range<usize>], r: NaiveDate) -> Option<NaiveDate> {
    let sentence = text.sentences.get(i)?;
    let toks = plain::tokens(&text.text, text.atoms(sentence));
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
            .any(|k| speech::is_cue(t.w(k)) && !quoted(k));
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
        let marked = crate::text::marks::find(&t);
        let s = Speech::new(&t, &marked, NaiveDate::from_ymd_opt(2019, 11, 21));
        s.day_at(t.text.find(at)?)
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
        for quoted in [
            "Jane Roe said on Tuesday: ‘We win today.’",
            "Jane Roe said on Tuesday: « We win today. »",
        ] {
            assert_eq!(days(&[quoted], "today"), tue, "{quoted}");
        }
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
