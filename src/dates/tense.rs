//! The tense of the clause around an expression, from the nearest verb cue. Like
//! HeidelTime's news mode, which reads the tense of the sentence to resolve "Monday";
//! without a tagger we read cues: modals and "will" (future), "expected to",
//! "scheduled" (future, or unknown after "was"), past forms ("said", "-ed", a table of
//! irregular ones), present auxiliaries, and the "-s" form of scheduling verbs ("opens
//! Friday", "kicks off Sunday": future, so the nearest coming day). A participle after
//! "be"/"been" takes its tense from the auxiliary before it ("will be allowed" is
//! future). The nearest cue wins, the one before the expression on a tie. Limit: looks
//! at most `WINDOW` tokens away.
use crate::lex::en;
use crate::lex::token::plain::{Kind, Toks};

use std::ops::Range;

/// Tokens looked at on each side: a clause rarely spans more.
const WINDOW: usize = 25;

/// The time a clause refers to, relative to the reference day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    /// Cues that point both ways ("was due to", "would").
    Unknown,
    /// No cue at all near the expression: schedules and listings ("play Saturday").
    Unmarked,
}

/// The tense of the clause holding tokens `span` of `t`.
pub fn of(t: Toks, span: Range<usize>) -> Tense {
    // An expression that opens the sentence ("On Monday, …") belongs to the clause
    // after it; elsewhere a comma after it starts another clause.
    let opening = span.start <= 2;
    let mut forward = true;
    for d in 1..=WINDOW {
        if let Some(k) = span.start.checked_sub(d) {
            if let Some(tense) = cue(t, k) {
                return tense;
            }
        }
        let k = span.end - 1 + d;
        forward &= opening || !(t.any(k, CLAUSE_BREAKS) || t.in_set(k, &en::SUBORDINATORS));
        if forward && k < t.len() {
            if let Some(tense) = cue(t, k) {
                return tense;
            }
        }
    }
    Tense::Unmarked
}

/// Marks that end a clause.
static CLAUSE_BREAKS: &[&str] = &[",", ";", ":", "\u{2014}", "\u{2013}", "(", ")"];

/// The tense a word at `k` signals, if it is a cue.
fn cue(t: Toks, k: usize) -> Option<Tense> {
    if k > 0 && t.cap(k) {
        return None; // a name ("Veterans United"), not a verb
    }
    if t.kind(k) != Some(Kind::Word) {
        return None; // every cue table holds words only
    }
    let w = t.w(k);
    let prev = k.checked_sub(1).map_or("", |p| t.w(p));
    if w.ends_with("'ll") || en::FUTURE_AUXILIARIES.contains(w) || (w == "may" && !t.cap(k)) {
        let counterfactual = t.is(k + 1, "have") || (t.is(k + 1, "not") && t.is(k + 2, "have"));
        return Some(if counterfactual {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    if w == "going" && t.is(k + 1, "to") && !t.any(k + 2, &["the", "a", "an"]) {
        return Some(Tense::Future);
    }
    if en::FUTURE_VERBS.contains(w) {
        let scheduling = matches!(w, "upcoming" | "scheduled" | "slated" | "due" | "expected")
            || t.any(k + 1, &["to", "for"]);
        if scheduling {
            let past = ["was", "were", "had", "been"].contains(&prev);
            return Some(if past { Tense::Unknown } else { Tense::Future });
        }
        if w == "set" {
            return None;
        }
    }
    if schedule(w) && !en::PLURAL_NOUN_OPENERS.contains(prev) && !past_form(prev) {
        return Some(Tense::Future); // "opens Friday": a schedule, the coming one
    }
    if ["has", "have"].contains(&w) {
        let perfect = t.is(k + 1, "been") || past_form(t.w(k + 1));
        return Some(if perfect { Tense::Past } else { Tense::Present });
    }
    if en::IRREGULAR_PAST.contains(w) {
        return Some(Tense::Past);
    }
    if past_form(w) {
        if ["has", "have", "had"].contains(&prev) {
            return Some(Tense::Past);
        }
        return (!en::AUX_BEFORE_PARTICIPLE.contains(prev)).then_some(Tense::Past);
    }
    en::PRESENT_FORMS.contains(w).then_some(Tense::Present)
}

/// Whether a word is the "-s" form of a scheduling verb ("opens", "launches").
fn schedule(w: &str) -> bool {
    let base = |suffix: &str| {
        w.strip_suffix(suffix)
            .filter(|b| en::SCHEDULE_VERBS.contains(b))
    };
    base("s").or_else(|| base("es")).is_some()
}

/// Whether a word looks like a regular past form ("announced", "called").
fn past_form(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ed") && !en::NOT_PAST_ED.contains(w) && !w.ends_with("eed")
        || ["agreed", "freed", "decreed", "guaranteed"].contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::token::plain::tokenize;

    fn tense(s: &str, word: &str) -> Tense {
        let toks = tokenize(s, 0..s.len());
        let i = toks.iter().position(|t| t.lower == word).unwrap_or(0);
        of(Toks(&toks), i..i + 1)
    }

    #[test]
    fn reads_the_nearest_cue() {
        assert_eq!(tense("Zelensky said Sunday that", "sunday"), Tense::Past);
        assert_eq!(
            tense("She says she will be allowed to play on Sunday.", "sunday"),
            Tense::Future
        );
        assert_eq!(
            tense("NASA on Monday enlisted firms", "monday"),
            Tense::Past
        );
        assert_eq!(
            tense("Its sentencing is scheduled for Feb. 14.", "feb"),
            Tense::Future
        );
        assert_eq!(
            tense("He was due to be released in September.", "september"),
            Tense::Unknown
        );
        assert_eq!(
            tense("They were gathered on Tuesday night.", "tuesday"),
            Tense::Past
        );
        assert_eq!(tense("The show opens Friday.", "friday"), Tense::Future);
        assert_eq!(
            tense("The tour kicks off on Sunday in Ohio.", "sunday"),
            Tense::Future
        );
        assert_eq!(tense("Two starts Friday went well.", "friday"), Tense::Past);
    }
}
