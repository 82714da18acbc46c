//! Stage 9, summary: sentences → a few key sentences, verbatim, in article order.
//!
//! Input: the text, its mentions and the ranked cast. Output: indices into
//! `Text::sentences`. Extractive and lead-aware, as news is written: the first
//! sentence carries the story (inverted pyramid), so it is always kept when it is a
//! real sentence; the others are scored by the salience of the actors they name,
//! discounted by position, and kept if they say something new (few shared words with
//! the sentences already chosen). Sentences too short or too long to stand alone are
//! skipped.

use crate::actors::Cast;
use crate::mentions::Mention;
use crate::text::Text;
use std::collections::HashSet;

/// Fewest words for a sentence to stand alone as a key sentence.
const MIN_WORDS: usize = 8;
/// Most words: longer ones are run-ons or lists.
const MAX_WORDS: usize = 60;
/// Share of words a candidate may have in common with a chosen sentence (redundancy).
const MAX_OVERLAP: f64 = 0.5;

/// Indices into `text.sentences` of the key sentences, in article order.
pub fn build(text: &Text, mentions: &[Mention], cast: &Cast) -> Vec<usize> {
    let n = text.sentences.len();
    let want = match n {
        0..=14 => 3,
        15..=39 => 4,
        _ => 5,
    };
    let weights = actor_weights(text, mentions, cast);
    let mut ranked: Vec<(usize, f64)> = (0..n)
        .filter(|&i| stands_alone(text, i))
        .map(|i| (i, score(text, i, weights[i])))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut chosen_words: Vec<HashSet<String>> = Vec::new();
    for (i, _) in ranked {
        if chosen.len() == want {
            break;
        }
        let words = content_words(text.slice(&text.sentences[i].span));
        if chosen_words
            .iter()
            .all(|c| overlap(&words, c) <= MAX_OVERLAP)
        {
            chosen.push(i);
            chosen_words.push(words);
        }
    }
    chosen.sort_unstable();
    chosen
}

/// Sum of the salience of the actors named in each sentence.
fn actor_weights(text: &Text, mentions: &[Mention], cast: &Cast) -> Vec<f64> {
    let mut w = vec![0.0; text.sentences.len()];
    for (i, m) in mentions.iter().enumerate() {
        let actor = cast.of_mention.get(i).copied().flatten();
        if let (Some(slot), Some(member)) = (w.get_mut(m.sentence), actor.and_then(|a| cast.get(a)))
        {
            *slot += member.salience;
        }
    }
    w
}

/// Lead first, then actor weight discounted by position in the article.
fn score(text: &Text, i: usize, actor_weight: f64) -> f64 {
    let paragraph = text.sentences[i].paragraph as f64;
    let lead = if i == 0 { 10.0 } else { 0.0 };
    lead + (1.0 + actor_weight) / (1.0 + 0.25 * paragraph)
}

/// A complete sentence of reasonable length: it ends in terminal punctuation (a
/// paragraph cut by an ad or a list lead-in ending in ':' does not).
fn stands_alone(text: &Text, i: usize) -> bool {
    let s = text.slice(&text.sentences[i].span);
    let words = s.split_whitespace().count();
    let end = s.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    (MIN_WORDS..=MAX_WORDS).contains(&words) && end.ends_with(['.', '!', '?'])
}

/// Lower-cased words of four letters or more (a cheap stand-in for content words).
fn content_words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

fn overlap(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    #[test]
    fn keeps_the_lead_skips_fragments_and_repeats() {
        let t = segment(
            &[
                "The council approved the new budget for schools on Monday evening.".into(),
                "Short one.".into(),
                "The council approved the new budget for schools on Monday night again.".into(),
                "Teachers said the extra money would pay for smaller classes next year.".into(),
                "The plan was cut in half by an advertisement and so ends without a stop".into(),
            ],
            1 << 20,
        );
        assert_eq!(build(&t, &[], &Cast::default()), vec![0, 3]);
    }
}
