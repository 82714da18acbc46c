//! Words with byte positions: letters and digits, joined inside one word by an
//! apostrophe, hyphen, dot or ampersand between two alphanumerics ("U.S", "he’d",
//! "Hau-yip"). The word scan of the quotes and actors stages.

use std::ops::Range;

/// A word: byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// Characters that join two alphanumerics inside one word ("U.S", "he’d", "Hau-yip").
fn joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&')
}

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let Some(s) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = s.char_indices().peekable();
    let mut prev_alnum = false;
    while let Some((i, c)) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let inside = c.is_alphanumeric() || (joiner(c) && prev_alnum && next_alnum);
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(Word {
                    start: range.start + st,
                    end: range.start + i,
                });
                start = None;
            }
            _ => {}
        }
        prev_alnum = c.is_alphanumeric();
    }
    if let Some(st) = start {
        out.push(Word {
            start: range.start + st,
            end: range.end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_joiners_inside() {
        let s = "U.S. Attorney he’d Hau-yip, (yes).";
        let ws: Vec<&str> = words(s, 0..s.len())
            .iter()
            .map(|w| &s[w.start..w.end])
            .collect();
        assert_eq!(ws, ["U.S", "Attorney", "he’d", "Hau-yip", "yes"]);
    }
}
