//! Atoms → the words, numbers and marks dates are read from, for the dates stage.
//!
//! A word keeps its inner apostrophes ("didn't"), except a final possessive "'s",
//! which becomes a token of its own so that "Monday's" reads as "Monday" + "'s";
//! hyphens and periods stay marks ("Feb" + "."), and digits stay apart from letters
//! ("1990" + "s"). Curly apostrophes are folded to `'` in the lowercase form.

use super::{Atom, Atoms, Class};
use std::borrow::Cow;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

/// One token: its kind, its lowercase form and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Tok<'a> {
    pub kind: Kind,
    /// Lowercase form, apostrophes folded to `'` (borrowed from the text when it is
    /// already that: most words, every number and mark).
    pub lower: Cow<'a, str>,
    /// Byte range in the whole text.
    pub span: Range<usize>,
    /// No whitespace between this token and the previous one.
    pub glued: bool,
    /// First letter is upper case.
    pub cap: bool,
    /// Two or more letters, all upper case ("RTX", "USA").
    pub upper: bool,
}

/// `word` in lower case, curly apostrophes folded (borrowed when it already is: the
/// text is tokenized sentence by sentence, and an allocation per token was most of it).
fn lower(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(word.to_ascii_lowercase());
        }
        return Cow::Borrowed(word);
    }
    let l = word.to_lowercase();
    if l.contains('\u{2019}') {
        Cow::Owned(l.replace('\u{2019}', "'"))
    } else {
        Cow::Owned(l)
    }
}

/// The date tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    tokens(text, &super::lex(text, range))
}

/// The date tokens of `atoms` (from [`super::lex`] over `text`).
pub fn tokens<'a>(text: &'a str, atoms: &[Atom]) -> Vec<Tok<'a>> {
    let a = Atoms { text, atoms };
    let mut out = Vec::with_capacity(atoms.len());
    let mut k = 0;
    while let Some(first) = atoms.get(k) {
        let (kind, last) = token_at(a, k);
        let span = first.span.start..atoms.get(last).map_or(first.span.end, |x| x.span.end);
        let word = text.get(span.clone()).unwrap_or("");
        out.push(Tok {
            kind,
            lower: lower(word),
            span,
            glued: first.glued,
            cap: word.chars().next().is_some_and(char::is_uppercase),
            upper: word.chars().count() >= 2 && word.chars().all(char::is_uppercase),
        });
        k = last + 1;
    }
    out
}

/// The kind of the token starting at atom `k` and its last atom.
fn token_at(a: Atoms, mut k: usize) -> (Kind, usize) {
    let Some(first) = a.get(k) else {
        return (Kind::Punct, k);
    };
    match first.class {
        Class::Digits => (Kind::Num, k),
        Class::Letters => {
            // An inner apostrophe between letters joins them, unless it starts "'s".
            while a.glued_apostrophe(k + 1)
                && a.get(k + 2)
                    .is_some_and(|x| x.glued && x.class == Class::Letters)
                && !a.possessive_s(k + 1)
            {
                k += 2;
            }
            (Kind::Word, k)
        }
        Class::Mark if first.glued && first.is_apostrophe() && a.possessive_s(k) => {
            (Kind::Word, k + 1)
        }
        Class::Mark => (Kind::Punct, k),
    }
}

/// Read access to a token list that never fails: out-of-range reads give "".
#[derive(Clone, Copy)]
pub struct Toks<'a>(pub &'a [Tok<'a>]);

impl<'a> Toks<'a> {
    /// Lowercase word at `i`, or "".
    pub fn w(&self, i: usize) -> &'a str {
        self.0.get(i).map_or("", |t| t.lower.as_ref())
    }

    /// Whether the token at `i` is `word`.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    /// Whether the token at `i` is in the lexicon's `set`.
    pub fn in_set(&self, i: usize, set: &crate::lex::Set) -> bool {
        let w = self.w(i);
        !w.is_empty() && set.contains(w)
    }

    /// Whether the token at `i` is one of `set`.
    pub fn any(&self, i: usize, set: &[&str]) -> bool {
        let w = self.w(i);
        !w.is_empty() && set.contains(&w)
    }

    /// Whether the token at `i` starts with a capital.
    pub fn cap(&self, i: usize) -> bool {
        self.0.get(i).is_some_and(|t| t.cap)
    }

    /// Whether the token at `i` follows the previous one without space.
    pub fn glued(&self, i: usize) -> bool {
        self.0.get(i).is_some_and(|t| t.glued)
    }

    /// Kind of the token at `i`.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.0.get(i).map(|t| t.kind)
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// No tokens at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value of a stand-alone digit run at `i`: not part of "2,000", "22.6",
    /// "8:30", "1/2" or "$5".
    pub fn num(&self, i: usize) -> Option<u32> {
        if self.kind(i) != Some(Kind::Num) || self.w(i).len() > 4 {
            return None;
        }
        let joiners = [".", ",", ":", "/"];
        if self.glued(i)
            && (self.any(i.wrapping_sub(1), &joiners)
                || self.any(i.wrapping_sub(1), &["$", "€", "£"]))
        {
            return None;
        }
        if self.glued(i + 1)
            && self.any(i + 1, &joiners)
            && self.glued(i + 2)
            && self.kind(i + 2) == Some(Kind::Num)
        {
            return None;
        }
        self.w(i).parse().ok()
    }

    /// A four-digit year at `i`.
    pub fn year(&self, i: usize) -> Option<i32> {
        let n = self.num(i)?;
        let ok = self.w(i).len() == 4 && (1000..=2199).contains(&n);
        ok.then(|| i32::try_from(n).ok()).flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| t.lower.into_owned())
            .collect()
    }

    #[test]
    fn splits_possessives_and_numbers() {
        assert_eq!(
            words("Monday’s fight didn't end, Feb. 23rd"),
            ["monday", "'s", "fight", "didn't", "end", ",", "feb", ".", "23", "rd"]
        );
        let t = tokenize("a 1990s", 0..7);
        assert!(t[2].glued && !t[1].glued);
        assert_eq!(t[1].span, 2..6);
    }
}
