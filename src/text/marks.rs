//! Quote spans: pairs of quotation marks inside each paragraph.
//!
//! Input: the text and its paragraph ranges. Output: the top-level quoted stretches
//! ([`Marked`]) in text order. Algorithm: per paragraph, one small state machine per
//! family of double marks (“ ” ", „ “, « », 「 」, 『 』) decides whether each mark opens
//! or closes from its neighbours (opening after space/start/dash/paren, closing before
//! space/punctuation), then single marks (‘ ’ ' ‚ ‹ ›) are paired only where they are
//! clearly quotation (an opener after a space and before a letter, a closer that is not
//! inside a word; "rock 'n' roll", "'90s", "O'Neill", "don't" are not quotes). Pairs
//! nested in another pair, or crossing a double pair, are dropped: the outer quote keeps
//! them in its text. An opening mark left open at the paragraph end runs to that end
//! only when the next paragraph opens with the same family (the multi-paragraph
//! convention) or the mark starts the paragraph or follows a colon or comma; otherwise
//! it is dropped, so a stray mark never swallows text (a single mark runs on only by
//! the convention). Limits: no quote crosses a
//! paragraph; work is linear in the paragraph length.

use super::Text;
use std::ops::Range;

/// One quoted stretch of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// Byte range from the opening mark to the end of the closing mark (or of the
    /// paragraph when the quote runs on).
    pub outer: Range<usize>,
    /// Byte range of the quoted words, without marks and surrounding spaces.
    pub inner: Range<usize>,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// True when no closing mark ends it in this paragraph.
    pub open_ended: bool,
}

/// Whether byte `pos` lies inside one of `marked` (sorted, as [`find`] gives them),
/// marks included.
pub fn inside(marked: &[Marked], pos: usize) -> bool {
    let i = marked.partition_point(|m| m.outer.end <= pos);
    marked.get(i).is_some_and(|m| m.outer.start <= pos)
}

/// Families of marks: a mark only pairs with a mark of its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Guillemet,
    Corner,
    WhiteCorner,
    Single,
}

/// What a mark prefers to be when its neighbours do not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pref {
    Open,
    Close,
    Either,
}

/// Family and preference of a quotation mark, or `None` for other characters.
fn mark(c: char) -> Option<(Family, Pref)> {
    Some(match c {
        '\u{201c}' | '\u{201e}' => (Family::Double, Pref::Open), // “ „
        '\u{201d}' => (Family::Double, Pref::Close),             // ”
        '"' | '\u{201f}' => (Family::Double, Pref::Either),
        '\u{ab}' => (Family::Guillemet, Pref::Open), // «
        '\u{bb}' => (Family::Guillemet, Pref::Close), // »
        '\u{300c}' => (Family::Corner, Pref::Open),  // 「
        '\u{300d}' => (Family::Corner, Pref::Close), // 」
        '\u{300e}' => (Family::WhiteCorner, Pref::Open), // 『
        '\u{300f}' => (Family::WhiteCorner, Pref::Close), // 』
        '\u{2018}' | '\u{201a}' | '\u{2039}' => (Family::Single, Pref::Open), // ‘ ‚ ‹
        '\u{2019}' | '\u{203a}' => (Family::Single, Pref::Close), // ’ ›
        '\'' => (Family::Single, Pref::Either),
        _ => return None,
    })
}

/// True for any quotation mark.
pub fn is_mark(c: char) -> bool {
    mark(c).is_some()
}

/// Characters after which a mark opens: brackets, dashes, slashes.
fn opens_after(c: char) -> bool {
    c.is_whitespace() || "([{\u{2014}\u{2013}-/\u{2026}".contains(c) || is_mark(c)
}

/// Characters before which a mark closes: spaces and punctuation.
fn closes_before(c: char) -> bool {
    c.is_whitespace() || ".,;:!?)]}\u{2014}\u{2013}-/\u{2026}".contains(c) || is_mark(c)
}

/// Neighbours of a mark: the character before and after it.
struct Around {
    left: Option<char>,
    right: Option<char>,
}

impl Around {
    fn opening(&self) -> bool {
        self.left.map_or(true, opens_after) && self.right.is_some_and(|c| !c.is_whitespace())
    }
    fn closing(&self) -> bool {
        self.left.is_some_and(|c| !c.is_whitespace()) && self.right.map_or(true, closes_before)
    }
}

/// Decides whether a double-family mark opens, closes or is ignored.
fn decide(pref: Pref, at: &Around, is_open: bool) -> Option<Pref> {
    if is_open {
        if at.closing() || pref != Pref::Open || !at.opening() {
            return (pref != Pref::Open || at.closing()).then_some(Pref::Close);
        }
        return Some(Pref::Open); // a fresh opener: the earlier one was stray
    }
    if at.opening() || (pref == Pref::Open && !at.closing()) {
        return Some(Pref::Open);
    }
    None
}

/// The marks of one paragraph with their neighbours, in order.
fn marks_of(para: &str) -> Vec<(usize, char, Around)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut it = para.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_mark(c) {
            let right = it.peek().map(|&(_, r)| r);
            out.push((i, c, Around { left: prev, right }));
        }
        prev = Some(c);
    }
    out
}

/// A pair found in a paragraph, in paragraph-relative bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pair {
    open: usize,
    open_len: usize,
    close: Option<(usize, usize)>,
    family: Family,
}

/// Pairs the double-family marks of a paragraph; an unclosed opener is kept last.
fn pair_doubles(marks: &[(usize, char, Around)]) -> Vec<Pair> {
    let mut out = Vec::new();
    for family in [
        Family::Double,
        Family::Guillemet,
        Family::Corner,
        Family::WhiteCorner,
    ] {
        let mut open: Option<(usize, usize)> = None;
        for (i, c, at) in marks {
            let Some((f, pref)) = mark(*c) else { continue };
            if f != family {
                continue;
            }
            match (decide(pref, at, open.is_some()), open) {
                (Some(Pref::Close), Some((o, len))) => {
                    out.push(Pair {
                        open: o,
                        open_len: len,
                        close: Some((*i, c.len_utf8())),
                        family,
                    });
                    open = None;
                }
                (Some(Pref::Open), _) => open = Some((*i, c.len_utf8())),
                _ => {}
            }
        }
        if let Some((o, len)) = open {
            out.push(Pair {
                open: o,
                open_len: len,
                close: None,
                family,
            });
        }
    }
    out
}

/// Whether a single mark can open a quote: after a space, before a letter.
fn single_opens(c: char, at: &Around) -> bool {
    c != '\u{2019}'
        && c != '\u{203a}'
        && at.left.map_or(true, opens_after)
        && at.right.is_some_and(|r| r.is_alphabetic() || r == '[')
}

/// Whether a single mark can close a quote: not inside a word.
fn single_closes(at: &Around) -> bool {
    at.left.is_some_and(|l| !l.is_whitespace()) && at.right.map_or(true, closes_before)
}

/// Pairs single marks where they clearly quote; possessive "s’ word" is skipped when a
/// later closer exists.
fn pair_singles(para: &str, marks: &[(usize, char, Around)]) -> Vec<Pair> {
    let singles: Vec<&(usize, char, Around)> = marks
        .iter()
        .filter(|(_, c, _)| matches!(mark(*c), Some((Family::Single, _))))
        .collect();
    let last_closer = singles.iter().rposition(|(_, _, a)| single_closes(a));
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (k, (i, c, at)) in singles.iter().enumerate() {
        match open {
            None if single_opens(*c, at) => open = Some((*i, c.len_utf8())),
            Some((o, len)) if single_closes(at) => {
                let later = last_closer.is_some_and(|l| l > k);
                if later && looks_possessive(para, *i, at) {
                    continue;
                }
                let inner = para.get(o + len..*i).unwrap_or("");
                if inner.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                    out.push(Pair {
                        open: o,
                        open_len: len,
                        close: Some((*i, c.len_utf8())),
                        family: Family::Single,
                    });
                }
                open = None;
            }
            _ => {}
        }
    }
    if let Some((o, len)) = open.filter(|&(o, _)| introduced(para, o)) {
        out.push(Pair {
            open: o,
            open_len: len,
            close: None,
            family: Family::Single,
        });
    }
    out
}

/// Whether the mark at `o` opens the paragraph or follows a colon.
fn introduced(para: &str, o: usize) -> bool {
    let before = para.get(..o).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with(':')
}

/// "the Smiths’ house": an s, the mark, a space and a lower-case word.
fn looks_possessive(para: &str, i: usize, at: &Around) -> bool {
    let next_lower = para
        .get(i..)
        .and_then(|s| s.chars().nth(2))
        .is_some_and(|c| c.is_lowercase());
    matches!(at.left, Some('s')) && matches!(at.right, Some(' ')) && next_lower
}

/// Keeps top-level pairs: singles crossing a double pair and pairs nested in another
/// pair are dropped.
fn top_level(mut pairs: Vec<Pair>, para_len: usize) -> Vec<Pair> {
    let end = |p: &Pair| p.close.map_or(para_len, |(c, l)| c + l);
    let doubles: Vec<(usize, usize)> = pairs
        .iter()
        .filter(|p| p.family != Family::Single)
        .map(|p| (p.open, end(p)))
        .collect();
    pairs.retain(|p| {
        p.family != Family::Single
            || doubles.iter().all(|&(s, e)| {
                let (ps, pe) = (p.open, end(p));
                pe <= s || ps >= e || (ps > s && pe <= e) || (ps <= s && pe >= e)
            })
    });
    pairs.sort_by_key(|p| (p.open, usize::MAX - end(p)));
    let mut out: Vec<Pair> = Vec::new();
    for p in pairs {
        if out.last().map_or(true, |q| p.open >= end(q)) {
            out.push(p);
        }
    }
    out
}

/// Whether an unclosed opener may run to the paragraph end: it starts the paragraph or
/// follows a colon or comma.
fn may_run_on(para: &str, open: usize) -> bool {
    let before = para.get(..open).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with(':') || before.ends_with(',')
}

/// The family of the mark that opens a paragraph, if any.
fn opening_family(para: &str) -> Option<Family> {
    let mut chars = para.chars();
    let c = chars.next()?;
    let (family, pref) = mark(c)?;
    let at = Around {
        left: None,
        right: chars.next(),
    };
    (pref != Pref::Close || at.opening()).then_some(family)
}

/// Finds the top-level quoted stretches of `text`, in text order.
pub fn find(text: &Text) -> Vec<Marked> {
    let mut out = Vec::new();
    for (index, range) in text.paragraphs.iter().enumerate() {
        let para = text.slice(range);
        let marks = marks_of(para);
        if marks.is_empty() {
            continue;
        }
        let mut pairs = pair_doubles(&marks);
        pairs.extend(pair_singles(para, &marks));
        let next = text.paragraphs.get(index + 1).map(|r| text.slice(r));
        for p in top_level(pairs, para.len()) {
            if p.close.is_none() {
                let continued = next.and_then(opening_family) == Some(p.family);
                let single = p.family == Family::Single; // runs on only by the convention
                if !continued && (single || !may_run_on(para, p.open)) {
                    continue;
                }
            }
            if let Some(m) = to_marked(para, range.start, index, &p) {
                out.push(m);
            }
        }
    }
    out
}

/// Converts a paragraph-relative pair into text positions, trimming the inner words.
fn to_marked(para: &str, base: usize, paragraph: usize, p: &Pair) -> Option<Marked> {
    let inner_start = p.open + p.open_len;
    let (inner_end, outer_end) = match p.close {
        Some((c, len)) => (c, c + len),
        None => (para.len(), para.len()),
    };
    let raw = para.get(inner_start..inner_end)?;
    let lead = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    let s = base + inner_start + lead;
    Some(Marked {
        outer: base + p.open..base + outer_end,
        inner: s..s + trimmed.len(),
        paragraph,
        open_ended: p.close.is_none(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    fn quotes(paras: &[&str]) -> Vec<String> {
        let t = segment(
            &paras.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            1 << 20,
        );
        find(&t)
            .iter()
            .map(|m| t.slice(&m.inner).to_string())
            .collect()
    }

    #[test]
    fn curly_and_nested() {
        assert_eq!(
            quotes(&["“One would be offended by the word ‘dictator,’ if he was a dictator,” Zelensky told."]),
            ["One would be offended by the word ‘dictator,’ if he was a dictator,"]
        );
        assert_eq!(
            quotes(&["Trump branded him a “dictator,” claimed Ukraine “started” it."]),
            ["dictator,", "started"]
        );
    }

    #[test]
    fn straight_quotes_by_context() {
        assert_eq!(
            quotes(&[r#""[We] have agreed," it says. "It should be noted.""#]),
            ["[We] have agreed,", "It should be noted."]
        );
        assert_eq!(
            quotes(&[r#"Google's planned "free 'base' tier" is 5' 11" tall"#]),
            ["free 'base' tier"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(
            quotes(&["O'Neill's rock 'n' roll in the '90s at the Smiths' house, don't."])
                .is_empty()
        );
        assert_eq!(
            quotes(&["He said 'we will not go' and left the Smiths' house."]),
            ["we will not go"]
        );
    }

    #[test]
    fn other_styles() {
        assert_eq!(quotes(&["Er sagte: „Wir kommen“."]), ["Wir kommen"]);
        assert_eq!(quotes(&["Il a dit « oui » hier."]), ["oui"]);
        assert_eq!(quotes(&["彼は「行く」と言った。"]), ["行く"]);
        assert_eq!(quotes(&["“ I love it.” he said."]), ["I love it."]);
    }

    #[test]
    fn multi_paragraph_convention() {
        assert_eq!(
            quotes(&[
                "Ms Persson said: \"I would like to emphasise this.",
                "\"Her statements have been coherent.\"",
                "A stray \" mark here does nothing"
            ]),
            [
                "I would like to emphasise this.",
                "Her statements have been coherent."
            ]
        );
    }

    #[test]
    fn british_single_quotes_over_paragraphs() {
        assert_eq!(
            quotes(&["He said: ‘We will go on.", "‘We will not stop,’ he added."]),
            ["We will go on.", "We will not stop,"]
        );
    }

    #[test]
    fn unbalanced_marks_stay_local() {
        assert!(quotes(&["He was “not", "Another paragraph.”"]).is_empty());
    }
}
