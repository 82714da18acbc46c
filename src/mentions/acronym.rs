//! Acronym definitions: "Doctors for Camp Closure (D4CC)", "Customs and Border
//! Protection, CBP," — the capitalized words before an acronym in parentheses or
//! between commas whose initials spell it name an organization.
//!
//! The idea is Schwartz & Hearst's abbreviation finder (2003), reduced to initials:
//! walk back from the acronym over capitalized words and small connectors until the
//! initials of the capitalized words equal the acronym's letters. Bounded by
//! [`MAX_WORDS`] per acronym.

use super::classify::is_acronym;
use crate::lex::en;
use crate::lex::token::name::Token;
use std::ops::Range;

/// Most words walked back from an acronym.
const MAX_WORDS: usize = 10;

/// Token ranges of the expansions defined in `toks` (one sentence).
pub fn find(toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let opened = k >= 1 && matches!(toks[k - 1].text, "(" | ",");
        let closed = toks.get(k + 1).is_some_and(|n| matches!(n.text, ")" | ","));
        if t.word && opened && closed && is_acronym(t.text) {
            if let Some(r) = expansion(toks, k - 1, t.text) {
                out.push(r);
            }
        }
    }
    out
}

/// The words ending just before `end` whose initials hold `acronym`'s letters in
/// order, the first word giving the first letter; the shortest such phrase.
fn expansion(toks: &[Token], end: usize, acronym: &str) -> Option<Range<usize>> {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let initial = |t: &Token| t.text.chars().next().and_then(|c| c.to_lowercase().next());
    let mut k = end;
    while k > 0 && end - k < MAX_WORDS {
        let t = &toks[k - 1];
        let small = t.word && en::ACRONYM_CONNECTORS.contains(t.lower().as_ref());
        if !(t.is_cap() && !t.possessive || small) {
            break;
        }
        k -= 1;
        if t.is_cap() && initial(t) == letters.first().copied() && spells(toks, k..end, &letters) {
            return (end - k >= 2).then_some(k..end);
        }
    }
    None
}

/// Whether the initials of the capitalized words of `r` hold `letters` in order,
/// with at most two words to spare.
fn spells(toks: &[Token], r: Range<usize>, letters: &[char]) -> bool {
    let initials: Vec<char> = toks[r]
        .iter()
        .filter(|t| t.is_cap())
        .filter_map(|t| t.text.chars().next().and_then(|c| c.to_lowercase().next()))
        .collect();
    let mut it = initials.iter();
    let ordered = letters.iter().all(|l| it.any(|c| c == l));
    ordered && initials.len() <= letters.len() + 2
}

/// Whether `acronym` abbreviates the multi-word `name` ("DHS" → "Department of
/// Homeland Security", "D4CC" → "Doctors for Camp Closure").
pub fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let initials: Vec<char> = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next().and_then(|c| c.to_lowercase().next()))
        .collect();
    let mut it = initials.iter();
    let ordered = letters.iter().all(|l| it.any(|c| c == l));
    letters.len() >= 2
        && initials.len() >= 2
        && initials.first() == letters.first()
        && ordered
        && initials.len() <= letters.len() + 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::token::name::tokenize;

    fn words(s: &str) -> Vec<String> {
        let toks = tokenize(s, 0..s.len());
        find(&toks)
            .into_iter()
            .map(|r| {
                let w: Vec<&str> = toks[r].iter().map(|t| t.text).collect();
                w.join(" ")
            })
            .collect()
    }

    #[test]
    fn finds_expansions() {
        assert_eq!(
            words("a group Doctors for Camp Closure, D4CC, offered"),
            ["Doctors for Camp Closure"]
        );
        assert_eq!(
            words("the Centers for Disease Control and Prevention (CDC) said"),
            ["Centers for Disease Control and Prevention"]
        );
        assert!(words("Trump, NATO, and Putin").is_empty());
        assert!(abbreviates("DHS", "Department of Homeland Security"));
        assert!(abbreviates(
            "CDC",
            "Centers for Disease Control and Prevention"
        ));
        assert!(!abbreviates("NFL", "Browns"));
    }
}
