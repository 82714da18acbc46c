//! Dates written for people, in page text: "20 septembrie 2020", "9 oktober 2020",
//! "22 de novembro de 2020", "Nov. 19, 2019", "2020年07月03日", "04.03.2020".
//!
//! Input: a text (a date-classed element, the title, a text node). Output: the first
//! calendar day written in it. Algorithm: the text's atoms as digit runs and words, then
//! try `Y-M-D`, `D.M.Y`, `D month Y` and `month D, Y` at each token. Month names come
//! from `src/lex/intl/month_stems.txt` (the languages most common in news); a stem only counts
//! next to a day number and a four-digit year, so short stems rarely misfire.
//! Linear in the text; at most [`MAX_SCAN_BYTES`] are read.

use crate::lex::intl;
use crate::lex::token::{self, Class};
use crate::util::lower_ascii;
use chrono::NaiveDate;

/// Bytes of one text read at most (dates sit near the start of what we scan).
const MAX_SCAN_BYTES: usize = 4_000;
/// Years accepted as publication years.
const YEARS: std::ops::RangeInclusive<u32> = 1995..=2100;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Num(u32, usize),
    Word(&'a str),
    Sep(char),
}

/// The first day written in `text`; `mdy`: read `1/2/2020` as January 2 (US order).
pub(crate) fn find(text: &str, mdy: bool) -> Option<NaiveDate> {
    let toks = tokenize(text);
    (0..toks.len()).find_map(|i| at(&toks, i, mdy))
}

/// The date tokens of the first [`MAX_SCAN_BYTES`] of `text`, from the one tokenizer:
/// digit runs, letter runs and single marks. The CJK date marks 年 月 日 are letters to
/// Unicode and separators here, so letter runs are cut around them.
fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut end = text.len().min(MAX_SCAN_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut toks = Vec::new();
    for atom in token::lex(text, 0..end) {
        let s = atom.text(text);
        match atom.class {
            Class::Digits => toks.push(Tok::Num(s.parse().unwrap_or(0), s.len())),
            Class::Mark => toks.extend(s.chars().next().map(Tok::Sep)),
            Class::Letters => {
                for piece in s.split_inclusive(is_cjk_mark) {
                    let word = piece.trim_end_matches(is_cjk_mark);
                    if !word.is_empty() {
                        toks.push(Tok::Word(word));
                    }
                    toks.extend(
                        piece
                            .chars()
                            .last()
                            .filter(|&c| is_cjk_mark(c))
                            .map(Tok::Sep),
                    );
                }
            }
        }
    }
    toks
}

fn is_cjk_mark(c: char) -> bool {
    matches!(c, '年' | '月' | '日')
}

/// A date starting at token `i`.
fn at(t: &[Tok<'_>], i: usize, mdy: bool) -> Option<NaiveDate> {
    let g = |k: usize| t.get(i + k).copied();
    match (g(0)?, g(1), g(2), g(3), g(4)) {
        // 2020-03-04, 2020/7/12, 2020.03.04, 2020年07月03日
        (
            Tok::Num(y, 4),
            Some(Tok::Sep(a)),
            Some(Tok::Num(m, _)),
            Some(Tok::Sep(b)),
            Some(Tok::Num(d, dl)),
        ) if ymd_sep(a, b) && dl <= 2 => day(y, m, d),
        // 04.03.2020, 3/17/2020
        (
            Tok::Num(x, xl),
            Some(Tok::Sep(a)),
            Some(Tok::Num(y2, yl)),
            Some(Tok::Sep(b)),
            Some(Tok::Num(y, 4)),
        ) if a == b && matches!(a, '.' | '/' | '-') && xl <= 2 && yl <= 2 => {
            let us = a == '/' && mdy || x <= 12 && y2 > 12;
            if us {
                day(y, x, y2)
            } else {
                day(y, y2, x)
            }
        }
        // 20 septembrie 2020, 22 de novembro de 2020, 9. Oktober 2020
        (Tok::Num(d, dl), ..) if dl <= 2 => {
            let rest: Vec<Tok<'_>> = t
                .iter()
                .skip(i + 1)
                .take(5)
                .copied()
                .filter(|x| !is_filler(x))
                .collect();
            match (rest.first(), rest.get(1), rest.get(2)) {
                (Some(Tok::Word(w)), Some(Tok::Num(y, 4)), _) => day(*y, month(w)?, d),
                // Two names of one month: "24 نيسان / أبريل 2020".
                (Some(Tok::Word(w)), Some(Tok::Word(w2)), Some(Tok::Num(y, 4))) => {
                    let m = month(w)?;
                    (month(w2) == Some(m)).then(|| day(*y, m, d)).flatten()
                }
                _ => None,
            }
        }
        // November 19, 2019 / Nov. 19 2019
        (Tok::Word(w), ..) => {
            let m = month(w)?;
            let rest: Vec<Tok<'_>> = t
                .iter()
                .skip(i + 1)
                .take(4)
                .copied()
                .filter(|x| !is_filler(x))
                .collect();
            match (rest.first(), rest.get(1)) {
                (Some(Tok::Num(d, dl)), Some(Tok::Num(y, 4))) if *dl <= 2 => day(*y, m, *d),
                _ => None,
            }
        }
        _ => None,
    }
}

fn ymd_sep(a: char, b: char) -> bool {
    (a == b && matches!(a, '-' | '/' | '.')) || (a == '年' && b == '月')
}

/// Tokens skipped between day, month and year: punctuation, "de", "of", ordinals.
fn is_filler(t: &Tok<'_>) -> bool {
    match t {
        Tok::Sep(c) => matches!(c, '.' | ',' | '-' | '/'),
        Tok::Word(w) => matches!(
            *w,
            "de" | "of" | "del" | "st" | "nd" | "rd" | "th" | "di" | "du"
        ),
        Tok::Num(..) => false,
    }
}

/// The month of a word, by stem; the word must be a month name, not any word
/// sharing a stem (at most 10 letters, not a common English word).
/// Runs for every word of the scanned texts: lower-cased on the stack, and the stems
/// compared only where the first byte matches.
fn month(w: &str) -> Option<u32> {
    lower_ascii(w, |lower| {
        if lower.chars().count() > 10 {
            return None;
        }
        let first = lower.as_bytes().first();
        intl::MONTH_STEMS
            .entries()
            .filter(|(stem, _)| stem.as_bytes().first() == first && lower.starts_with(stem))
            .max_by_key(|(stem, _)| stem.len())
            .map(|(_, m)| m)
    })
}

fn day(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    if !YEARS.contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Option<String> {
        find(s, false).map(|d| d.to_string())
    }

    #[test]
    fn finds_written_dates() {
        assert_eq!(
            f("duminică, 20 septembrie 2020").as_deref(),
            Some("2020-09-20")
        );
        assert_eq!(
            f("Alta Floresta - MT, 22 de novembro de 2020. 18:20").as_deref(),
            Some("2020-11-22")
        );
        assert_eq!(
            f("Posted Nov. 19, 2019 5:50 PM").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(f("2020年07月03日").as_deref(), Some("2020-07-03"));
        assert_eq!(f("9 oktober 2020 11:12").as_deref(), Some("2020-10-09"));
        assert_eq!(f("04.03.2020").as_deref(), Some("2020-03-04"));
        assert_eq!(f("	2020-03-04 16:52:59").as_deref(), Some("2020-03-04"));
        assert_eq!(f("06 Dicembre 2020").as_deref(), Some("2020-12-06"));
        assert_eq!(f("20 минут назад"), None);
        assert_eq!(
            f("الجمعة 24 نيسان / أبريل 2020 09:22").as_deref(),
            Some("2020-04-24")
        );
        assert_eq!(
            find("3/17/2020", true).map(|d| d.to_string()).as_deref(),
            Some("2020-03-17")
        );
    }
}
