//! Atoms → the words names are made of, for the mentions stage.
//!
//! A word is a run of letters and digits that may hold inner hyphens, apostrophes and
//! ampersands ("Ocasio-Cortez", "O'Rourke", "AT&T"), dotted initials ("U.S.", "J.K.")
//! and the period of a known short form ("Mr.", "Jr.", "Co."). A final "'s"/"’s" (or a
//! bare apostrophe after "s") is cut off and recorded as `possessive`. Every other
//! atom is a one-character punctuation token.

use super::{Atom, Atoms};
use crate::lex::en;
use std::borrow::Cow;
use std::ops::Range;

/// One token: a word or a punctuation character.
#[derive(Debug, Clone, PartialEq)]
pub struct Token<'a> {
    /// Byte range in the article text (possessive ending excluded).
    pub span: Range<usize>,
    /// The token as written (possessive ending excluded), borrowed from the text: a
    /// copy per token was a third of the tokenizer's work.
    pub text: &'a str,
    /// True for words, false for punctuation.
    pub word: bool,
    /// The word ended in "'s" / "’s" / "s'".
    pub possessive: bool,
}

impl<'a> Token<'a> {
    /// Starts with an upper-case letter.
    pub fn is_cap(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        !self.word && self.text.starts_with(c)
    }

    /// The text in lower case, without a final period (borrowed when it already is
    /// lower case: most words of a sentence).
    pub fn lower(&self) -> Cow<'a, str> {
        let t = self.text.trim_end_matches('.');
        if t.bytes()
            .all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b.is_ascii())
        {
            Cow::Borrowed(t)
        } else {
            Cow::Owned(t.to_lowercase())
        }
    }
}

/// The name words of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    tokens(text, &super::lex(text, range))
}

/// The name words of `atoms` (from [`super::lex`] over `text`).
pub fn tokens<'a>(text: &'a str, atoms: &[Atom]) -> Vec<Token<'a>> {
    let a = Atoms { text, atoms };
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(atom) = atoms.get(k) {
        if atom.is_alnum() {
            let (last, possessive, next) = word_at(a, k);
            let span = atom.span.start..atoms.get(last).map_or(atom.span.end, |x| x.span.end);
            out.push(Token {
                text: text.get(span.clone()).unwrap_or(""),
                span,
                word: true,
                possessive,
            });
            k = next;
        } else {
            out.push(Token {
                span: atom.span.clone(),
                text: atom.text(text),
                word: false,
                possessive: false,
            });
            k += 1;
        }
    }
    out
}

/// The word starting at atom `start`: its last atom, whether a possessive ending was
/// cut, and the atom after it.
fn word_at(a: Atoms, start: usize) -> (usize, bool, usize) {
    let mut k = start;
    loop {
        while a.glued_alnum(k + 1) {
            k += 1;
        }
        // `k` is the last atom of the word so far; `k + 1` the candidate joiner.
        let j = k + 1;
        if a.glued_apostrophe(j) {
            if a.possessive_s(j) {
                return (k, true, j + 2);
            }
            let ends_in_s = a.get(k).is_some_and(|x| x.text(a.text).ends_with('s'));
            if ends_in_s && !a.glued_alnum(j + 1) {
                return (k, true, j + 1);
            }
        }
        let joiner = a.glued_mark(j, '-') || a.glued_apostrophe(j) || a.glued_mark(j, '&');
        if joiner && a.glued_alnum(j + 1) {
            k = j + 1;
            continue;
        }
        if a.glued_mark(j, '.') {
            let seg_start = (start..=k)
                .rev()
                .take_while(|&i| i == start || a.glued_alnum(i))
                .last()
                .unwrap_or(k);
            let seg = a
                .text
                .get(a.atoms[seg_start].span.start..a.atoms[k].span.end)
                .unwrap_or("");
            let single = seg.chars().count() == 1 && seg.chars().all(char::is_alphabetic);
            let one_char = |i: usize| {
                a.get(i)
                    .is_some_and(|x| x.text(a.text).chars().count() == 1)
            };
            if single && a.glued_alnum(j + 1) && one_char(j + 1) && a.glued_mark(j + 2, '.') {
                k = j + 1; // "U.S.", "J.K."
                continue;
            }
            if single || en::ABBREVIATIONS.contains(&seg.to_lowercase()) {
                return (j, false, j + 1);
            }
        }
        return (k, false, k + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token<'_>> {
        tokenize(s, 0..s.len())
    }

    fn words(s: &str) -> Vec<&str> {
        toks(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_names_and_short_forms() {
        assert_eq!(
            words("U.S. Sen. J.K. O'Rourke-Smith, Jr. said."),
            [
                "U.S.",
                "Sen.",
                "J.K.",
                "O'Rourke-Smith",
                ",",
                "Jr.",
                "said",
                "."
            ]
        );
        assert_eq!(words("AT&T's 1990s A.B"), ["AT&T", "1990s", "A.", "B"]);
    }

    #[test]
    fn possessives_are_cut() {
        let t = toks("Trump’s and Bezos's, the Jones' cat");
        assert_eq!(t[0].text, "Trump");
        assert!(t[0].possessive);
        assert_eq!(t[2].text, "Bezos");
        assert!(t[2].possessive);
        assert_eq!(t[5].text, "Jones");
        assert!(t[5].possessive);
    }
}
