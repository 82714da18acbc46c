//! Atoms → word spans: letters and digits, joined inside one word by an apostrophe,
//! hyphen, dot or ampersand between two alphanumerics ("U.S", "he’d", "Hau-yip"). The
//! word scan of the quotes and actors stages.

use super::{lex, Atoms};
use std::ops::Range;

/// A word: byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// Marks that join two alphanumerics inside one word ("U.S", "he’d", "Hau-yip").
const JOINERS: [char; 5] = ['\'', '\u{2019}', '-', '.', '&'];

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let atoms = lex(text, range);
    let a = Atoms {
        text,
        atoms: &atoms,
    };
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(first) = atoms.get(k) {
        if !first.is_alnum() {
            k += 1;
            continue;
        }
        let mut end = first.span.end;
        loop {
            if a.glued_alnum(k + 1) {
                k += 1;
            } else if JOINERS.iter().any(|&c| a.glued_mark(k + 1, c)) && a.glued_alnum(k + 2) {
                k += 2;
            } else {
                break;
            }
            end = atoms[k].span.end;
        }
        out.push(Word {
            start: first.span.start,
            end,
        });
        k += 1;
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
