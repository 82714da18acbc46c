//! The one tokenizer: a text range → atoms (letter runs, ASCII digit runs, single
//! marks), each with its byte span and whether whitespace precedes it.
//!
//! Every stage reads words through a view over these atoms instead of scanning
//! characters itself: [`name`] joins atoms into the words names are made of
//! ("O'Rourke-Smith", "U.S.", "Sen.", possessive cut off), [`plain`] into the words
//! and numbers dates are read from ("didn't", "1990" + "s"), [`words`] into the word
//! spans quotes and actors count. The views differ on purpose (a date reads "Feb" and
//! "." apart, a name keeps "Jr." whole) but agree on what a letter, a digit and a
//! space are, because those are decided here once. Linear in the range.

use std::ops::Range;

pub mod name;
pub mod plain;
pub mod words;

/// What an atom is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A run of alphabetic characters (Unicode `Alphabetic`).
    Letters,
    /// A run of ASCII digits.
    Digits,
    /// One other non-space character: punctuation, a symbol, a non-ASCII numeral.
    Mark,
}

/// One atom of a text: its class, its byte span, its first character and whether it
/// touches the previous atom (no whitespace between them, and not the first of its
/// range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atom {
    pub class: Class,
    pub span: Range<usize>,
    /// The first character (the only one of a mark): the views test marks and
    /// capitals without going back to the text.
    pub first: char,
    pub glued: bool,
}

impl Atom {
    /// The atom as written (empty if `text` is not the text it came from).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.clone()).unwrap_or("")
    }

    /// Letters, digits, or a numeral mark ("²", "٣"): what words are made of.
    pub fn is_alnum(&self) -> bool {
        self.class != Class::Mark || self.first.is_alphanumeric()
    }

    /// Whether this atom is the mark `c`.
    pub fn is_mark(&self, c: char) -> bool {
        self.class == Class::Mark && self.first == c
    }

    /// Whether this atom is an apostrophe, straight or curly.
    pub fn is_apostrophe(&self) -> bool {
        self.is_mark('\'') || self.is_mark('\u{2019}')
    }
}

/// The class of a character that starts or continues an atom (None: whitespace).
fn class_of(c: char) -> Option<Class> {
    if c.is_ascii() {
        return match c {
            '0'..='9' => Some(Class::Digits),
            'a'..='z' | 'A'..='Z' => Some(Class::Letters),
            _ if c.is_ascii_whitespace() || c == '\u{b}' => None,
            _ => Some(Class::Mark),
        };
    }
    if c.is_whitespace() {
        None
    } else if c.is_alphabetic() {
        Some(Class::Letters)
    } else {
        Some(Class::Mark)
    }
}

/// The atoms of `text[range]`, in order; spans are absolute in `text`. A range that is
/// not on char boundaries gives no atoms.
pub fn lex(text: &str, range: Range<usize>) -> Vec<Atom> {
    let mut out = Vec::with_capacity(range.len() / 4);
    out.extend(Lexer::new(text, range));
    out
}

/// The atoms of a range one by one, without a list: for the word scans that read a
/// short range once.
pub struct Lexer<'a> {
    s: &'a str,
    base: usize,
    pos: usize,
    glued: bool,
}

impl<'a> Lexer<'a> {
    /// A lexer over `text[range]` (nothing if the range is not on char boundaries).
    pub fn new(text: &'a str, range: Range<usize>) -> Lexer<'a> {
        Lexer {
            s: text.get(range.clone()).unwrap_or(""),
            base: range.start,
            pos: 0,
            glued: false,
        }
    }

    /// The character at byte `pos` and its length (ASCII without decoding).
    fn char_at(&self, pos: usize) -> Option<(char, usize)> {
        let b = *self.s.as_bytes().get(pos)?;
        if b.is_ascii() {
            return Some((char::from(b), 1));
        }
        let c = self.s.get(pos..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }
}

impl Iterator for Lexer<'_> {
    type Item = Atom;

    fn next(&mut self) -> Option<Atom> {
        loop {
            let (first, len) = self.char_at(self.pos)?;
            let start = self.pos;
            self.pos += len;
            let Some(class) = class_of(first) else {
                self.glued = false;
                continue;
            };
            if class != Class::Mark {
                while let Some((c, n)) = self.char_at(self.pos) {
                    if class_of(c) != Some(class) {
                        break;
                    }
                    self.pos += n;
                }
            }
            let glued = std::mem::replace(&mut self.glued, true);
            return Some(Atom {
                class,
                span: self.base + start..self.base + self.pos,
                first,
                glued,
            });
        }
    }
}

/// Read access to atoms that never fails: out-of-range reads give nothing.
#[derive(Clone, Copy)]
pub(crate) struct Atoms<'a> {
    pub text: &'a str,
    pub atoms: &'a [Atom],
}

impl<'a> Atoms<'a> {
    fn get(&self, k: usize) -> Option<&'a Atom> {
        self.atoms.get(k)
    }

    /// The atom at `k` touches the one before and is alphanumeric.
    fn glued_alnum(&self, k: usize) -> bool {
        self.get(k).is_some_and(|a| a.glued && a.is_alnum())
    }

    /// The atom at `k` touches the one before and is the mark `c`.
    fn glued_mark(&self, k: usize, c: char) -> bool {
        self.get(k).is_some_and(|a| a.glued && a.is_mark(c))
    }

    /// The atom at `k` touches the one before and is an apostrophe.
    fn glued_apostrophe(&self, k: usize) -> bool {
        self.get(k).is_some_and(|a| a.glued && a.is_apostrophe())
    }

    /// The apostrophe at `k` starts a final possessive "'s": an "s" follows it and no
    /// letter or digit follows the "s".
    fn possessive_s(&self, k: usize) -> bool {
        let s = self
            .get(k + 1)
            .is_some_and(|a| a.glued && a.span.len() == 1 && matches!(a.first, 's' | 'S'));
        s && !self.glued_alnum(k + 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms_are_runs_and_marks() {
        let s = "Feb. 23rd, O’Rourke ½";
        let got: Vec<(&str, Class, bool)> = lex(s, 0..s.len())
            .iter()
            .map(|a| (a.text(s), a.class, a.glued))
            .collect();
        use Class::*;
        assert_eq!(
            got,
            [
                ("Feb", Letters, false),
                (".", Mark, true),
                ("23", Digits, false),
                ("rd", Letters, true),
                (",", Mark, true),
                ("O", Letters, false),
                ("’", Mark, true),
                ("Rourke", Letters, true),
                ("½", Mark, false),
            ]
        );
    }

    #[test]
    fn a_range_off_char_boundaries_gives_nothing() {
        assert!(lex("é", 1..2).is_empty());
    }
}
