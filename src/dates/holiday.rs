//! Named days: fixed ones ("Christmas Day", "Halloween") and US holidays counted by
//! weekday ("Thanksgiving": the fourth Thursday of November), plus Easter (the
//! anonymous Gregorian computus). A holiday names a day of some year; `resolve`
//! picks the year by tense, like a yearless date.

use crate::lex::en;
use crate::lex::token::plain::Toks;
use chrono::{Datelike, NaiveDate, Weekday};
use std::sync::OnceLock;

/// How a holiday falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// The n-th (1-based; 5 = last) weekday of a month, then a day offset.
    Nth(u32, Weekday, u32, i64),
    /// Easter Sunday plus a day offset.
    Easter(i64),
}

/// The holidays of `holidays.txt`: their words and rules, in file order (parsed once;
/// an entry whose rule does not parse is left out, and the unit test catches it).
fn holidays() -> &'static [(Vec<&'static str>, Rule)] {
    static LIST: OnceLock<Vec<(Vec<&'static str>, Rule)>> = OnceLock::new();
    LIST.get_or_init(|| {
        en::HOLIDAYS
            .entries()
            .filter_map(|(name, rule)| Some((name.split(' ').collect(), parse_rule(rule)?)))
            .collect()
    })
}

/// "fixed 12 25", "nth 11 thu 4 0", "easter -2" → the rule.
fn parse_rule(text: &str) -> Option<Rule> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let n = |k: usize| parts.get(k)?.parse::<u32>().ok();
    match parts.first().copied()? {
        "fixed" => Some(Rule::Fixed(n(1)?, n(2)?)),
        "nth" => {
            let wd = parts.get(2)?.parse::<Weekday>().ok()?;
            Some(Rule::Nth(n(1)?, wd, n(3)?, parts.get(4)?.parse().ok()?))
        }
        "easter" => Some(Rule::Easter(parts.get(1)?.parse().ok()?)),
        _ => None,
    }
}

/// The holiday named at token `i` (capitalized words) and the index past it.
pub fn at(t: Toks, i: usize) -> Option<(Rule, usize)> {
    if !t.cap(i) {
        return None; // every name starts with a capitalized word
    }
    let (rule, end) = holidays().iter().find_map(|(words, rule)| {
        let all = words
            .iter()
            .enumerate()
            .all(|(k, w)| t.is(i + k, w) && (t.cap(i + k) || w.starts_with('\'')));
        all.then_some((*rule, i + words.len()))
    })?;
    (!t.in_set(end, &en::HOLIDAY_NOUN_HEADS)).then_some((rule, end))
}

/// The day of `rule` in year `y`.
pub fn day(rule: Rule, y: i32) -> Option<NaiveDate> {
    match rule {
        Rule::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        Rule::Nth(m, wd, n, extra) => {
            let first = NaiveDate::from_ymd_opt(y, m, 1)?;
            let day = if n >= 5 {
                let last = super::calendar::month(y, m)?.1;
                let back =
                    (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
                super::calendar::add_days(last, -i64::from(back))?
            } else {
                let ahead =
                    (7 + wd.num_days_from_monday() - first.weekday().num_days_from_monday()) % 7;
                super::calendar::add_days(first, i64::from(ahead + 7 * (n - 1)))?
            };
            super::calendar::add_days(day, extra)
        }
        Rule::Easter(extra) => super::calendar::add_days(easter(y)?, extra),
    }
}

/// Easter Sunday of year `y` (Gregorian; the anonymous algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn every_listed_holiday_has_a_rule() {
        assert_eq!(holidays().len(), en::HOLIDAYS.entries().count());
        assert_eq!(
            parse_rule("nth 11 thu 4 1"),
            Some(Rule::Nth(11, Weekday::Thu, 4, 1))
        );
        assert_eq!(parse_rule("easter -2"), Some(Rule::Easter(-2)));
    }

    #[test]
    fn computes_holidays() {
        assert_eq!(
            day(Rule::Nth(11, Weekday::Thu, 4, 0), 2019),
            ymd(2019, 11, 28)
        );
        assert_eq!(
            day(Rule::Nth(11, Weekday::Thu, 4, 1), 2019),
            ymd(2019, 11, 29)
        );
        assert_eq!(
            day(Rule::Nth(5, Weekday::Mon, 5, 0), 2019),
            ymd(2019, 5, 27)
        );
        assert_eq!(day(Rule::Nth(9, Weekday::Mon, 1, 0), 2019), ymd(2019, 9, 2));
        assert_eq!(day(Rule::Easter(0), 2025), ymd(2025, 4, 20));
        assert_eq!(day(Rule::Easter(0), 2019), ymd(2019, 4, 21));
    }
}
