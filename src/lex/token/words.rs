//! Atoms → word spans: letters and digits, joined inside one word by an apostrophe,
//! hyphen, dot or ampersand between two alphanumerics ("U.S", "he’d", "Hau-yip"). The
//! word scan of the quotes and actors stages.

use super::{Atom, Lexer};
use std::ops::Range;

/// A word: byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// Marks that join two alphanumerics inside one word ("U.S", "he’d", "Hau-yip").
const JOINERS: [char; 5] = ['\'', '\u{2019}', '-', '.', '&'];

/// The words of `text[range]`, in order. Reads the atoms as they come, with two of
/// look-ahead: quotes scan many short windows, and a list of atoms per window cost a
/// tenth of the stage.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut atoms = Lexer::new(text, range);
    let mut window: [Option<Atom>; 3] = [atoms.next(), atoms.next(), atoms.next()];
    let mut advance = |w: &mut [Option<Atom>; 3]| {
        w.rotate_left(1);
        w[2] = atoms.next();
    };
    let glued = |a: &Option<Atom>, test: &dyn Fn(&Atom) -> bool| {
        a.as_ref().is_some_and(|a| a.glued && test(a))
    };
    let joiner = |a: &Atom| JOINERS.iter().any(|&c| a.is_mark(c));
    let mut out = Vec::new();
    while let Some(first) = window[0].clone() {
        if !first.is_alnum() {
            advance(&mut window);
            continue;
        }
        let mut end = first.span.end;
        loop {
            if glued(&window[1], &Atom::is_alnum) {
                advance(&mut window);
            } else if glued(&window[1], &joiner) && glued(&window[2], &Atom::is_alnum) {
                advance(&mut window);
                advance(&mut window);
            } else {
                break;
            }
            end = window[0].as_ref().map_or(end, |a| a.span.end);
        }
        out.push(Word {
            start: first.span.start,
            end,
        });
        advance(&mut window);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_joiners_inside() {
        let s = "U.S. Attorney he’d Hau-yip, (yes) a--b.";
        let ws: Vec<&str> = words(s, 0..s.len())
            .iter()
            .map(|w| &s[w.start..w.end])
            .collect();
        assert_eq!(ws, ["U.S", "Attorney", "he’d", "Hau-yip", "yes", "a", "b"]);
    }
}
