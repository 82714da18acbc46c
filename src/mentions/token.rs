//! Word tokens of one sentence, with byte spans into the article text.
//!
//! A word is a run of letters and digits that may hold inner hyphens and apostrophes
//! ("Ocasio-Cortez", "O'Rourke"), dotted initials ("U.S.", "J.K.") and the period of a
//! known short form ("Mr.", "Jr.", "Co."). A final "'s"/"’s" (or a bare apostrophe
//! after "s") is cut off and recorded as `possessive`. Every other non-space character
//! is a one-character punctuation token. Linear in the sentence length.

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
    /// Starts with an upper-case letter (or a digit-free all-caps form).
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

/// Splits `text[range]` into tokens; spans are absolute in `text`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let Some(s) = text.get(range.clone()) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() {
            let (tok, next) = word_at(s, &chars, i);
            out.push(Token {
                span: range.start + tok.0.start..range.start + tok.0.end,
                text: s.get(tok.0.clone()).unwrap_or(""),
                word: true,
                possessive: tok.1,
            });
            i = next;
        } else {
            let end = chars.get(i + 1).map_or(s.len(), |x| x.0);
            out.push(Token {
                span: range.start + pos..range.start + end,
                text: s.get(pos..end).unwrap_or(""),
                word: false,
                possessive: false,
            });
            i += 1;
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The word starting at char index `i`: (byte range, possessive) and the next index.
fn word_at(s: &str, chars: &[(usize, char)], start: usize) -> ((Range<usize>, bool), usize) {
    let byte = |k: usize| chars.get(k).map_or(s.len(), |x| x.0);
    let alnum = |k: usize| chars.get(k).is_some_and(|x| x.1.is_alphanumeric());
    let mut k = start;
    loop {
        while alnum(k) {
            k += 1;
        }
        let Some(&(_, c)) = chars.get(k) else { break };
        if is_apostrophe(c) {
            let s_next = chars.get(k + 1).is_some_and(|x| x.1 == 's' || x.1 == 'S');
            if s_next && !alnum(k + 2) {
                return ((byte(start)..byte(k), true), k + 2);
            }
            let prev_s = k > start && chars.get(k - 1).is_some_and(|x| x.1 == 's');
            if prev_s && !alnum(k + 1) {
                return ((byte(start)..byte(k), true), k + 1);
            }
        }
        if (c == '-' || is_apostrophe(c) || c == '&') && alnum(k + 1) {
            k += 1;
            continue;
        }
        if c == '.' {
            let seg_start = (start..k)
                .rev()
                .find(|&j| !chars.get(j).is_some_and(|x| x.1.is_alphanumeric()))
                .map_or(start, |j| j + 1);
            let seg = s.get(byte(seg_start)..byte(k)).unwrap_or("");
            let single = seg.chars().count() == 1 && seg.chars().all(char::is_alphabetic);
            if single && alnum(k + 1) && chars.get(k + 2).is_some_and(|x| x.1 == '.') {
                k += 1; // "U.S.", "J.K."
                continue;
            }
            let dotted = single || en::ABBREVIATIONS.contains(&seg.to_lowercase());
            if dotted {
                k += 1;
            }
        }
        break;
    }
    ((byte(start)..byte(k), false), k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| t.text.to_string())
            .collect()
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
    }

    #[test]
    fn possessives_are_cut() {
        let t = tokenize("Trump’s and Bezos's, the Jones' cat", 0..37);
        assert_eq!(t[0].text, "Trump");
        assert!(t[0].possessive);
        assert_eq!(t[2].text, "Bezos");
        assert!(t[2].possessive);
        assert_eq!(t[5].text, "Jones");
        assert!(t[5].possessive);
    }
}
