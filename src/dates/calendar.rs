//! Calendar arithmetic on chrono's `NaiveDate`: periods as inclusive day pairs, weeks
//! Monday–Sunday, and the choice among candidate periods by tense (past: the latest
//! that starts on or before the reference; future: the earliest that ends on or after
//! it; otherwise the nearest).

use super::tense::Tense;
use chrono::{Datelike, Days, Months, NaiveDate};

/// An inclusive range of days.
pub type Period = (NaiveDate, NaiveDate);

/// The whole month `m` of year `y`.
pub fn month(y: i32, m: u32) -> Option<Period> {
    let start = NaiveDate::from_ymd_opt(y, m, 1)?;
    let end = start.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((start, end))
}

/// The whole year `y`.
pub fn year(y: i32) -> Option<Period> {
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

/// `months` consecutive months from month `m` of year `y` (it may run into the next
/// year, as winter does).
pub fn months(y: i32, m: u32, months: u32) -> Option<Period> {
    let start = NaiveDate::from_ymd_opt(y, m, 1)?;
    let end = start.checked_add_months(Months::new(months))?.pred_opt()?;
    Some((start, end))
}

/// The Monday–Sunday week holding `d`, moved by `shift` weeks.
pub fn week(d: NaiveDate, shift: i64) -> Option<Period> {
    let back = u64::from(d.weekday().num_days_from_monday());
    let monday = d.checked_sub_days(Days::new(back))?;
    let start = add_days(monday, shift * 7)?;
    Some((start, add_days(start, 6)?))
}

/// `d` moved by `n` days, either way.
pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 {
        d.checked_add_days(days)
    } else {
        d.checked_sub_days(days)
    }
}

/// `d` moved by `n` months, either way.
pub fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let months = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        d.checked_add_months(months)
    } else {
        d.checked_sub_months(months)
    }
}

/// Days between `r` and the period (0 when it holds `r`).
fn distance(p: Period, r: NaiveDate) -> i64 {
    if r < p.0 {
        (p.0 - r).num_days()
    } else if r > p.1 {
        (r - p.1).num_days()
    } else {
        0
    }
}

/// The candidate that fits the tense; `candidates` are in calendar order. Without
/// a tense the nearest wins, but a yearly one (a month, a date) leans to the past: a
/// later one must be more than twice as near, since news more often looks back.
pub fn choose(candidates: &[Period], r: NaiveDate, tense: Tense) -> Option<Period> {
    let past = || candidates.iter().rev().find(|p| p.0 <= r).copied();
    let future = || candidates.iter().find(|p| p.1 >= r).copied();
    let yearly = match candidates {
        [a, b, ..] => (b.0 - a.0).num_days() > YEARLY_GAP_DAYS,
        _ => false,
    };
    match tense {
        Tense::Past => past(),
        Tense::Future => future(),
        Tense::Present | Tense::Unknown | Tense::Unmarked => {
            let (a, b) = (past(), future());
            let weight = if yearly { 2 } else { 1 };
            match (a, b) {
                (Some(a), Some(b)) if weight * distance(b, r) < distance(a, r) => Some(b),
                (Some(a), _) => Some(a),
                (None, b) => b,
            }
        }
    }
}

/// Candidates further apart than this recur yearly (months, dates, seasons).
const YEARLY_GAP_DAYS: i64 = 300;

/// The latest candidate that ends before `r`, or the earliest that starts after it.
pub fn strictly(candidates: &[Period], r: NaiveDate, before: bool) -> Option<Period> {
    if before {
        candidates.iter().rev().find(|p| p.1 < r).copied()
    } else {
        candidates.iter().find(|p| p.0 > r).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn weeks_run_monday_to_sunday() {
        assert_eq!(
            week(day(2025, 2, 23), -1),
            Some((day(2025, 2, 10), day(2025, 2, 16)))
        );
        assert_eq!(month(2020, 2).map(|p| p.1), Some(day(2020, 2, 29)));
    }

    #[test]
    fn chooses_by_tense() {
        let r = day(2019, 11, 19);
        let may: Vec<Period> = (2018..=2020).filter_map(|y| month(y, 5)).collect();
        assert_eq!(
            choose(&may, r, Tense::Past).map(|p| p.0),
            Some(day(2019, 5, 1))
        );
        assert_eq!(
            choose(&may, r, Tense::Future).map(|p| p.0),
            Some(day(2020, 5, 1))
        );
        let feb: Vec<Period> = (2018..=2020).filter_map(|y| month(y, 2)).collect();
        assert_eq!(
            choose(&feb, r, Tense::Unknown).map(|p| p.0),
            Some(day(2020, 2, 1))
        );
    }
}
