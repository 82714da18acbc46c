//! Stage 4, text: the article's blocks → one string with paragraph and sentence spans.
//!
//! Input: the extracted blocks (plain text, one per paragraph). Output: [`Text`], the
//! body joined by blank lines, with byte ranges of every paragraph and sentence; every
//! later stage points into it. Sentences come from UAX #29 boundaries
//! (unicode-segmentation), then a boundary is undone where the left part ends in an
//! abbreviation ("Mr.", "Sen.", "U.S.", an initial) or where the right part starts in
//! lower case: UAX #29 knows no abbreviations. Quote marks are kept as written;
//! [`marks`] pairs them into the quoted stretches the later stages read. Limit: the text stops at `max_bytes`, on a paragraph
//! boundary.

use crate::lex::token::{self, Atom};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

mod abbrev;
pub mod marks;

/// The article body as one string, with its paragraphs and sentences.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text {
    /// Paragraphs joined by `"\n\n"`: this is `article.text`.
    pub text: String,
    /// Byte range of each paragraph in `text`.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences in order; none crosses a paragraph boundary.
    pub sentences: Vec<Sentence>,
    /// The atoms of every sentence (the one tokenizer, run once), in text order.
    pub atoms: Vec<Atom>,
    /// True when `max_bytes` cut paragraphs off.
    pub truncated: bool,
}

/// One sentence: its byte range in [`Text::text`], the paragraph it belongs to and
/// its atoms' range in [`Text::atoms`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub paragraph: usize,
    pub atoms: Range<usize>,
}

impl Text {
    /// The text of a byte range (empty if the range is not on char boundaries).
    pub fn slice(&self, span: &Range<usize>) -> &str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// The atoms of sentence `s` (each sentence is lexed on its own: an atom never
    /// crosses a sentence boundary).
    pub fn atoms(&self, s: &Sentence) -> &[Atom] {
        self.atoms.get(s.atoms.clone()).unwrap_or(&[])
    }

    /// Whether a possessive mark follows byte `end` ("Smith's", "Smiths’").
    pub fn possessive_at(&self, end: usize) -> bool {
        let rest = self.text.get(end..).unwrap_or("");
        let rest = rest
            .strip_prefix('\'')
            .or_else(|| rest.strip_prefix('\u{2019}'));
        let Some(rest) = rest else { return false };
        let mut chars = rest.chars();
        match chars.next() {
            Some('s') => !chars.next().is_some_and(char::is_alphanumeric),
            Some(c) => !c.is_alphanumeric(),
            None => true,
        }
    }

    /// The first char boundary at or after `pos` (clamped to the text).
    pub fn boundary_after(&self, pos: usize) -> usize {
        let t = &self.text;
        (pos.min(t.len())..=t.len())
            .find(|&i| t.is_char_boundary(i))
            .unwrap_or(t.len())
    }

    /// Index of the sentence holding byte `pos` (the last one before it if `pos` is
    /// between sentences).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let after = self.sentences.partition_point(|s| s.span.start <= pos);
        after.checked_sub(1)
    }

    /// Index of the paragraph holding byte `pos`.
    pub fn paragraph_at(&self, pos: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.start <= pos)
            .saturating_sub(1)
    }
}

/// Joins `blocks` into a [`Text`] of at most `max_bytes` and splits it into sentences.
pub fn segment(blocks: &[String], max_bytes: usize) -> Text {
    let mut out = Text::default();
    for block in blocks {
        let block = block.trim();
        if block.is_empty() {
            continue;
        }
        let sep = if out.text.is_empty() { 0 } else { 2 };
        if out.text.len() + sep + block.len() > max_bytes {
            out.truncated = true;
            break;
        }
        if sep > 0 {
            out.text.push_str("\n\n");
        }
        let start = out.text.len();
        out.text.push_str(block);
        out.paragraphs.push(start..out.text.len());
    }
    for (index, para) in out.paragraphs.iter().enumerate() {
        for span in split_sentences(&out.text[para.clone()]) {
            let span = para.start + span.start..para.start + span.end;
            let first = out.atoms.len();
            out.atoms.extend(token::lex(&out.text, span.clone()));
            out.sentences.push(Sentence {
                span,
                paragraph: index,
                atoms: first..out.atoms.len(),
            });
        }
    }
    out
}

/// Sentence ranges of one paragraph, trimmed of surrounding whitespace.
fn split_sentences(para: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (start, piece) in para.split_sentence_bound_indices() {
        let end = start + piece.trim_end().len();
        let start = start + (piece.len() - piece.trim_start().len());
        if start >= end {
            continue;
        }
        match out.last_mut() {
            Some(prev) if should_join(&para[prev.clone()], &para[start..end]) => prev.end = end,
            _ => out.push(start..end),
        }
    }
    out
}

/// Whether a UAX #29 boundary between `left` and `right` is false.
fn should_join(left: &str, right: &str) -> bool {
    let starts_lower = right
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    let last_word = left
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .next()
        .unwrap_or("");
    starts_lower || (last_word.ends_with('.') && abbrev::is_abbreviation(last_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(t: &Text) -> Vec<&str> {
        t.sentences.iter().map(|s| t.slice(&s.span)).collect()
    }

    #[test]
    fn joins_paragraphs_and_maps_spans() {
        let t = segment(&["One. Two.".into(), " ".into(), "Three".into()], 1 << 20);
        assert_eq!(t.text, "One. Two.\n\nThree");
        assert_eq!(sentences(&t), ["One.", "Two.", "Three"]);
        assert_eq!(t.sentences[2].paragraph, 1);
        assert_eq!(t.paragraph_at(12), 1);
        assert_eq!(t.sentence_at(6), Some(1));
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = segment(
            &[
                "U.S. Secretary of State Marco Rubio met Mr. Lavrov. Then Sen. J. Smith spoke."
                    .into(),
            ],
            1 << 20,
        );
        assert_eq!(
            sentences(&t),
            [
                "U.S. Secretary of State Marco Rubio met Mr. Lavrov.",
                "Then Sen. J. Smith spoke."
            ]
        );
    }

    #[test]
    fn sens_abbreviation_splits_sentence() {
        let t = segment(
            &["Sens. Elizabeth Warren and Bernie Sanders objected. Reps. Lind agreed.".into()],
            1 << 20,
        );
        assert_eq!(
            sentences(&t),
            [
                "Sens. Elizabeth Warren and Bernie Sanders objected.",
                "Reps. Lind agreed."
            ]
        );
    }

    #[test]
    fn truncates_on_a_paragraph_boundary() {
        let t = segment(&["aaaa".into(), "bbbb".into()], 6);
        assert_eq!(t.text, "aaaa");
        assert!(t.truncated);
    }
}
