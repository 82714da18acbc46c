//! Pull quotes and crossheads: a paragraph that is nothing but a short quote with no
//! attribution ("“We write with urgency”" between two paragraphs) usually repeats words
//! quoted elsewhere in the article; it takes the speaker of the quote that holds them.
//! Limits: only quotes of at most [`PULL_WORDS`] words, at most [`MAX_PULLS`] of them.

use super::found::Found;
use crate::text::Text;
use crate::util::strings::fold_words;

/// Longest pull quote, in words (crossheads are short).
const PULL_WORDS: usize = 12;
/// Pull quotes looked up per article (bounds the containment checks).
const MAX_PULLS: usize = 32;

/// Whether `found` is short enough to be a pull quote.
pub fn short(text: &Text, found: &Found) -> bool {
    text.slice(&found.span).split_whitespace().count() <= PULL_WORDS
}

/// Adds to `out` each lone quote of `lone` whose words another quote of `out` holds,
/// with that quote's speaker and cue, and the others that were kept on their own (the
/// flag); `out` stays in text order.
pub fn attach(text: &Text, lone: Vec<(Found, bool)>, out: &mut Vec<Found>) {
    let folded: Vec<String> = out
        .iter()
        .map(|f| fold_words(text.slice(&f.span)))
        .collect();
    let mut added = Vec::new();
    for (k, (mut q, keep)) in lone.into_iter().enumerate() {
        let words = fold_words(text.slice(&q.span));
        let words = words.trim_end_matches(|c: char| !c.is_alphanumeric());
        let holder = (k < MAX_PULLS && !words.is_empty())
            .then(|| folded.iter().position(|f| f.contains(words)))
            .flatten()
            .and_then(|i| out.get(i));
        match holder {
            Some(h) => {
                q.speaker = h.speaker;
                q.source.clone_from(&h.source);
                q.cue.clone_from(&h.cue);
                added.push(q);
            }
            None if keep => added.push(q),
            None => {}
        }
    }
    out.extend(added);
    out.sort_by_key(|f| f.span.start);
}
