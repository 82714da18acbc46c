//! Matchers for calendar names: days of months, months, years, decades, seasons,
//! quarters, and numeric dates. Each takes the token index where the expression may
//! start and returns the expression and the index just past it.

use super::expr::{Expr, Shift};
use super::lexicon;
use crate::lex::en;
use crate::lex::token::plain::{Kind, Toks};

/// Modifiers that may precede a month or season name.
fn shift_word(w: &str) -> Option<Shift> {
    match w {
        "last" | "past" => Some(Shift::Last),
        "this" => Some(Shift::This),
        "next" | "coming" => Some(Shift::Next),
        _ => None,
    }
}

/// A day of the month, 1–31, with an optional glued ordinal suffix ("23rd").
pub fn day_num(t: Toks, i: usize) -> Option<(u32, usize)> {
    let d = t
        .num(i)
        .filter(|d| (1..=31).contains(d) && t.w(i).len() <= 2)?;
    let suffixed = t.glued(i + 1) && t.any(i + 1, &["st", "nd", "rd", "th"]);
    if t.any(i + 1, &[":", "%"])
        || (t.glued(i + 1) && t.kind(i + 1) == Some(Kind::Word) && !suffixed)
    {
        return None;
    }
    Some((d, if suffixed { i + 2 } else { i + 1 }))
}

/// An optional ", 2025" or " 2025" after a day or month.
fn year_after(t: Toks, i: usize) -> (Option<i32>, usize) {
    if t.is(i, ",") {
        if let Some(y) = t.year(i + 1) {
            return (Some(y), i + 2);
        }
    }
    match t.year(i) {
        Some(y) => (Some(y), i + 1),
        None => (None, i),
    }
}

/// "Feb. 23", "February 23, 2025", "Feb. 2-5", "March 2024", "in May", "last March".
pub fn month_led(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let mut j = i + usize::from(t.is(i, "this") && t.is(i + 1, "past"));
    let shift = shift_word(t.w(j)).unwrap_or(Shift::None);
    if shift != Shift::None {
        j += 1;
    }
    let (m, abbr) = lexicon::month(t.w(j)).filter(|_| t.cap(j))?;
    let mut k = j + 1;
    if abbr && t.is(k, ".") && t.glued(k) {
        k += 1;
    }
    if shift == Shift::None {
        if let Some((d, e)) = day_num(t, k) {
            return Some(day_tail(t, m, d, e));
        }
    }
    let of = usize::from(t.is(k, "of") && t.year(k + 1).is_some());
    if let Some(y) = t.year(k + of) {
        return Some((
            Expr::Month {
                y: Some(y),
                m,
                shift,
            },
            k + of + 1,
        ));
    }
    let before = j.checked_sub(1).map_or("", |p| t.w(p));
    let ambiguous = matches!(t.w(j), "may" | "march");
    let listed = j > 1 && (lexicon::month(t.w(j - 2)).is_some() || t.num(j - 2).is_some());
    let weak = ["and", "or", "to", "-", "–"].contains(&before) && !listed;
    let context =
        shift != Shift::None || (en::MONTH_CONTEXT.contains(before) && !(ambiguous && weak));
    let name_like = t.cap(j + 1) && t.kind(j + 1) == Some(Kind::Word) && !t.glued(j + 1);
    if abbr || (!context && (ambiguous || name_like || before == "the")) {
        return None;
    }
    Some((Expr::Month { y: None, m, shift }, j + 1))
}

/// After "Feb. 23": an optional day range ("-5", "to 5") and year.
fn day_tail(t: Toks, m: u32, d: u32, e: usize) -> (Expr, usize) {
    if t.any(e, &["-", "–"]) {
        if let Some((d2, e2)) = day_num(t, e + 1).filter(|(d2, _)| *d2 > d) {
            let (y, end) = year_after(t, e2);
            let a = Expr::Day { y, m, d };
            let b = Expr::Day { y, m, d: d2 };
            return (Expr::Span(Box::new(a), Box::new(b)), end);
        }
    }
    let (y, end) = year_after(t, e);
    (Expr::Day { y, m, d }, end)
}

/// "23 February 2025", "23rd of February", "the 23rd of Feb.", "the 23rd".
pub fn day_led(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let the = usize::from(t.is(i, "the"));
    let (d, mut e) = day_num(t, i + the)?;
    let mut last = d;
    if t.any(e, &["-", "–"]) && t.glued(e + 1) {
        if let Some((d2, e2)) = day_num(t, e + 1).filter(|(d2, _)| *d2 > d) {
            (last, e) = (d2, e2);
        }
    }
    let of = usize::from(t.is(e, "of"));
    if let Some((m, abbr)) = lexicon::month(t.w(e + of)).filter(|_| t.cap(e + of)) {
        let mut k = e + of + 1;
        if abbr && t.is(k, ".") && t.glued(k) {
            k += 1;
        }
        let (y, end) = year_after(t, k);
        let day = Expr::Day { y, m, d };
        if last > d {
            let to = Expr::Day { y, m, d: last };
            return Some((Expr::Span(Box::new(day), Box::new(to)), end));
        }
        return Some((day, end));
    }
    if last > d {
        return None;
    }
    let suffixed = e > i + the + 1;
    let ends = t.kind(e).map_or(true, |k| k == Kind::Punct) || t.any(e, &["and", "at"]);
    let lead = i.checked_sub(1).is_some_and(|p| {
        t.any(
            p,
            &["on", "by", "until", "since", "from", "before", "after"],
        )
    });
    (the == 1 && suffixed && ends && lead).then_some((Expr::Ordinal(d), e))
}

/// "2025-02-23" and "02/23/2025" (day first when the first number exceeds 12).
pub fn numeric(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let glued = |k: usize| (i + 1..=i + k).all(|x| t.glued(x));
    if let Some(y) = t.year(i) {
        if t.is(i + 1, "-") && t.is(i + 3, "-") && glued(4) {
            let (m, d) = (t.num(i + 2)?, t.num(i + 4)?);
            return valid(y, m, d).then_some((Expr::Day { y: Some(y), m, d }, i + 5));
        }
        return None;
    }
    if t.is(i + 1, "/") && t.is(i + 3, "/") && glued(4) {
        let (a, b, y) = (t.num(i)?, t.num(i + 2)?, t.year(i + 4)?);
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return valid(y, m, d).then_some((Expr::Day { y: Some(y), m, d }, i + 5));
    }
    None
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    chrono::NaiveDate::from_ymd_opt(y, m, d).is_some()
}

/// "2016", "in 1776", "2019-20", "the 1990s", "the '90s", "mid-2000s".
pub fn year_led(t: Toks, i: usize) -> Option<(Expr, usize)> {
    if let Some(r) = decade(t, i + usize::from(t.is(i, "the"))) {
        return Some(r);
    }
    let y = t.year(i)?;
    let before = i.checked_sub(1).map_or("", |p| t.w(p));
    let glued_before = t.glued(i) && t.kind(i - 1) != Some(Kind::Punct);
    if glued_before || en::QUANTITY_BEFORE.contains(before) || t.in_set(i + 1, &en::QUANTITY_AFTER)
    {
        return None;
    }
    let copyright = ["©", "copyright"].contains(&before)
        || (before == ")" && t.is(i.saturating_sub(2), "c") && t.is(i.saturating_sub(3), "("));
    if copyright {
        return None; // "©2019 Capitol Hill Publishing": the page's, not the story's
    }
    if lexicon::unit(t.w(i + 1)).is_some() || product_or_address(t, i) {
        return None;
    }
    if t.any(i + 1, &["-", "–", "/"]) && t.glued(i + 1) && t.glued(i + 2) {
        let second = t.year(i + 2).or_else(|| {
            let n = i32::try_from(t.num(i + 2)?).ok()?;
            (t.w(i + 2).len() == 2).then_some(y / 100 * 100 + n)
        });
        if let Some(y2) = second.filter(|y2| *y2 > y && *y2 - y < 100) {
            let span = Expr::Span(Box::new(Expr::Year(y)), Box::new(Expr::Year(y2)));
            return Some((span, i + 3));
        }
    }
    let named = i > 0
        && t.cap(i - 1)
        && t.kind(i - 1) == Some(Kind::Word)
        && !en::YEAR_PREPOSITIONS.contains(before)
        && !en::YEAR_PHRASE_OPENERS.contains(before)
        && lexicon::month(before).is_none();
    if named {
        return None; // "Windows 2000", "Euro 2020": part of a name
    }
    let common = (1900..=2100).contains(&y);
    let lead = en::YEAR_PREPOSITIONS.contains(before);
    let lower_next = t.kind(i + 1) == Some(Kind::Word) && !t.cap(i + 1);
    let chained = t.glued(i)
        && t.any(i - 1, &["-", "–", "."])
        && t.glued(i - 1)
        && t.kind(i.saturating_sub(2)) == Some(Kind::Num);
    let count = y % 100 == 0 && lower_next && t.w(i + 1).ends_with('s');
    if chained || count {
        return None; // "555-2020", "2000 employees"
    }
    (common || (lead && !lower_next)).then_some((Expr::Year(y), i + 1))
}

/// A number that names a product ("RTX 2060", "1900R") or a house ("1119 Eighth St.").
fn product_or_address(t: Toks, i: usize) -> bool {
    let glued_after = t.glued(i + 1) && t.kind(i + 1) == Some(Kind::Word) && !t.is(i + 1, "s");
    let model = i > 0 && t.0.get(i - 1).is_some_and(|x| x.upper);
    let street = (i + 1..i + 4).any(|k| t.in_set(k, &en::STREET_WORDS) && t.cap(k));
    glued_after || t.is(i + 1, "%") || model || street
}

/// "the 1990s", "1990s", "the '90s".
fn decade(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let mut j = i;
    if t.any(j, &["'", "\u{2019}"]) && t.glued(j + 1) {
        j += 1;
        let n = i32::try_from(t.num(j)?).ok()?;
        let ok = t.w(j).len() == 2 && n % 10 == 0 && t.glued(j + 1) && t.is(j + 1, "s");
        let century = if n <= 20 { 2000 } else { 1900 };
        return ok.then_some((Expr::Decade(century + n), j + 2));
    }
    let y = t.year(j).filter(|y| y % 10 == 0)?;
    if !(t.glued(j + 1) && t.is(j + 1, "s")) {
        return None;
    }
    if y % 100 == 0 && y < 2000 {
        let (a, b) = (Expr::Year(y), Expr::Year(y + 99));
        return Some((Expr::Span(Box::new(a), Box::new(b)), j + 2)); // "the 1800s": a century
    }
    Some((Expr::Decade(y), j + 2))
}

/// "last spring", "in the fall", "summer 2020", "the spring of 2019".
pub fn season_led(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let mut j = i;
    let shift = shift_word(t.w(j)).unwrap_or(Shift::None);
    let mut lead = shift != Shift::None || t.any(j, &["early", "late"]);
    if lead {
        j += 1;
        if shift == Shift::This && t.is(j, "past") {
            j += 1;
        }
    } else if t.is(j, "the") {
        let before = j.checked_sub(1).map_or("", |p| t.w(p));
        lead = ["in", "during", "by", "until", "this", "over", "through"].contains(&before);
        j += 1;
    }
    let m = lexicon::season(t.w(j))?;
    if t.cap(j) && j > 0 && !t.any(j - 1, &["this", "last", "next", "the", "in"]) {
        return None;
    }
    let of = usize::from(t.is(j + 1, "of"));
    if let Some(y) = t.year(j + 1 + of) {
        return Some((
            Expr::Season {
                m,
                y: Some(y),
                shift,
            },
            j + 2 + of,
        ));
    }
    (lead && !t.is(j + 1, "of")).then_some((Expr::Season { m, y: None, shift }, j + 1))
}

/// Tokens looked at on each side for a money word: about a sentence.
const FINANCE_WINDOW: usize = 30;

/// "the third quarter", "the first quarter of 2020", "Q3", "Q1 2020".
pub fn quarter_led(t: Toks, i: usize) -> Option<(Expr, usize)> {
    let (q, e) = if t.is(i, "the") && t.any(i + 2, &["quarter", "-"]) {
        let q = lexicon::ordinal(t.w(i + 1))?;
        let e = if t.is(i + 2, "-") && t.is(i + 3, "quarter") {
            i + 4
        } else {
            i + 3
        };
        (q, e)
    } else {
        let w = t.w(i);
        let q = w.strip_prefix('q').and_then(|n| n.parse::<u32>().ok());
        let q = q.or_else(|| (w == "q" && t.glued(i + 1)).then(|| t.num(i + 1)).flatten());
        let e = if w == "q" { i + 2 } else { i + 1 };
        (q.filter(|q| (1..=4).contains(q) && t.cap(i))?, e)
    };
    if !t.is(e - 1, "quarter") && t.w(i) == "the" {
        return None;
    }
    let of = usize::from(t.is(e, "of"));
    if let Some(y) = t.year(e + of) {
        return Some((Expr::Quarter { q, y: Some(y) }, e + of + 1));
    }
    let window = i.saturating_sub(FINANCE_WINDOW)..e + FINANCE_WINDOW;
    let finance = window.into_iter().any(|k| t.in_set(k, &en::FINANCE_WORDS));
    finance.then_some((Expr::Quarter { q, y: None }, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::token::plain::tokenize;

    fn first(s: &str, f: fn(Toks, usize) -> Option<(Expr, usize)>) -> Option<Expr> {
        let toks = tokenize(s, 0..s.len());
        let t = Toks(&toks);
        (0..toks.len()).find_map(|i| f(t, i)).map(|(e, _)| e)
    }

    #[test]
    fn months_need_context_when_ambiguous() {
        assert_eq!(first("Theresa May said", month_led), None);
        assert_eq!(
            first("in May the agency", month_led),
            Some(Expr::Month {
                y: None,
                m: 5,
                shift: Shift::None
            })
        );
        assert!(matches!(
            first("on Feb. 2-5, 2024", month_led),
            Some(Expr::Span(..))
        ));
    }

    #[test]
    fn years_are_not_quantities() {
        assert_eq!(first("about 2000 people", year_led), None);
        assert_eq!(first("the 2020 budget", year_led), Some(Expr::Year(2020)));
        assert_eq!(first("the 1990s", year_led), Some(Expr::Decade(1990)));
        assert_eq!(first("paid $2019", year_led), None);
        assert_eq!(first("site are ©2019 Capitol", year_led), None);
        assert_eq!(first("Copyright 2019 Hearst", year_led), None);
    }
}
