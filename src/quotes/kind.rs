//! Full or partial, quote or not.
//!
//! Full: the quote is a clause of its own: it opens its sentence, follows a colon or a
//! speech verb with a comma, runs on over paragraphs, holds a sentence break, or opens
//! in upper case and is followed by an attribution ("For the industry, “2020 will …,”
//! Ward says") with no cue before it. Partial: a few quoted words inside the writer's
//! sentence. Not a quote: Title Case words with no cue in their sentence (titles of
//! works, names, slogans, headline words), multi-word Title Case without a sentence
//! end, terms after naming words ("so-called", "titled"), short stretches with no
//! attribution at all, and partials with no cue (scare quotes).

use super::attribute::{Attribution, How, Windows};
use super::lexicon;
use super::scan::{capitalized, verb_at, words, Ctx};
use crate::actors::ActorId;
use crate::lex::en;
use crate::model::QuoteKind;
use crate::text::marks::{self, Marked};

/// Longest quote, in words, that needs an attribution to count as a full quote.
const SHORT_WORDS: usize = 3;

/// Whether `inner` holds a sentence break ("… moon. And we are going").
fn has_sentence_break(inner: &str) -> bool {
    let chars: Vec<char> = inner.chars().collect();
    chars.windows(3).enumerate().any(|(i, w)| {
        if !matches!(w[0], '.' | '?' | '!' | '\u{2026}') || w[1] != ' ' {
            return false;
        }
        if !(w[2].is_uppercase() || marks::is_mark(w[2])) {
            return false;
        }
        let before: Vec<char> = chars[..i]
            .iter()
            .rev()
            .take(4)
            .take_while(|c| c.is_alphanumeric())
            .copied()
            .collect();
        w[0] != '.' || before.len() > 3 || before.iter().all(|c| c.is_lowercase())
    })
}

/// Whether the leader ends in a speech verb: `Some(true)` with a comma or colon after
/// it ("she said, “…”"), `Some(false)` without.
fn ends_in_verb(ctx: &Ctx, win: &Windows) -> Option<bool> {
    let ws = words(&ctx.text.text, win.leader.clone());
    let last = ws.len().checked_sub(1)?;
    let tail = ctx.gap(ws[last].end, win.leader.end).trim();
    verb_at(ctx, &ws, last)?;
    match tail {
        "" => Some(false),
        "," | ":" => Some(true),
        _ => None,
    }
}

/// Full or partial.
pub fn classify(ctx: &Ctx, m: &Marked, win: &Windows, a: &Attribution) -> QuoteKind {
    let inner = ctx.text.slice(&m.inner);
    let leader = ctx.gap(win.leader.start, win.leader.end).trim_end();
    let first_upper = inner
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let full = m.open_ended
        || !leader.chars().any(char::is_alphanumeric)
        || leader.ends_with(':')
        || (leader.ends_with(',') && a.how == How::Leader)
        || ends_in_verb(ctx, win).is_some_and(|comma| comma || first_upper)
        || has_sentence_break(inner)
        || (a.how == How::Trailer && (first_upper || leader.ends_with(',')));
    if full {
        QuoteKind::Full
    } else {
        QuoteKind::Partial
    }
}

/// Whether every word is capitalized, small words aside ("Star Wars", "Pick Six").
fn title_case(inner: &str) -> bool {
    let ws = words(inner, 0..inner.len());
    !ws.is_empty()
        && ws.iter().all(|w| {
            let t = inner.get(w.start..w.end).unwrap_or("");
            capitalized(t) || lexicon::title_small(t) || t.chars().all(|c| !c.is_alphabetic())
        })
}

/// Whether the leader ends in a naming word ("the so-called “peace plan”", "known as").
fn named_before(ctx: &Ctx, win: &Windows) -> bool {
    let ws = words(&ctx.text.text, win.leader.clone());
    let Some(last) = ws.last() else { return false };
    if !ctx.gap(last.end, win.leader.end).trim().is_empty() {
        return false;
    }
    let w = ctx.lower(*last);
    let prev = ws
        .len()
        .checked_sub(2)
        .and_then(|k| ws.get(k))
        .map(|p| ctx.lower(*p));
    en::NAMING_WORDS.contains(w.as_str())
        || (matches!(w.as_str(), "as") && matches!(prev.as_deref(), Some("known" | "billed")))
}

/// Whether a found stretch is a quote of the article.
pub fn accept(
    ctx: &Ctx,
    m: &Marked,
    win: &Windows,
    kind: QuoteKind,
    a: &Attribution,
    speaker: Option<ActorId>,
) -> bool {
    if named_before(ctx, win) {
        return false;
    }
    let inner = ctx.text.slice(&m.inner);
    let n = words(inner, 0..inner.len()).len();
    let in_sentence = matches!(a.how, How::Leader | How::Trailer | How::Inherited);
    let titled = title_case(inner);
    if titled && !in_sentence && n <= 8 {
        return false;
    }
    if titled && n <= SHORT_WORDS * 2 && speaker.is_none() {
        return false; // "send me the “Pick Six Newsletter” newsletter"
    }
    let sentence_end = inner.trim_end().ends_with(['.', '!', '?']);
    if titled && (2..=8).contains(&n) && !sentence_end {
        return false; // titles of works: "Listen To The Music," "Takin’ It To The Streets,"
    }
    if a.weak && speaker.is_none() {
        return false;
    }
    match kind {
        QuoteKind::Full => a.how != How::Nothing || n > SHORT_WORDS,
        QuoteKind::Partial => {
            in_sentence
                || (a.how == How::Continued && speaker.is_some())
                || (a.how == How::PrevSentence && speaker.is_some())
        }
    }
}
