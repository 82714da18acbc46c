//! Resolution: an [`Expr`] + the reference day + the clause's tense → inclusive days,
//! grain and ISO 8601 duration. Rules (HeidelTime's news mode, with explicit weeks):
//! a weekday, month or day without a year takes the occurrence that fits the tense
//! (`calendar::choose`); "last"/"next" take the one strictly before/after the
//! reference ("next Friday" is the first Friday after it, whatever the week); "this
//! Friday" is the Friday of the reference's Monday–Sunday week; "this week" (and "this
//! Friday") in a forward-looking sentence published on a Sunday is the coming week;
//! "the following day" counts from the day mentioned just before.
use super::calendar::{self, add_days, add_months, choose, strictly, Period};
use super::expr::{Edge, Expr, Shift};
use super::holiday;
use super::lexicon::Unit;
use super::tense::Tense;
use crate::model::Grain;
use chrono::{Datelike, NaiveDate, Weekday};

/// What an expression resolves to.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub period: Option<Period>,
    pub grain: Grain,
    pub duration: Option<String>,
    pub relative: bool,
}

/// What resolution needs besides the expression.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// The reference (publication) day.
    pub r: Option<NaiveDate>,
    /// The tense of the clause.
    pub tense: Tense,
    /// The last day-grain date mentioned before, for "the following day".
    pub anchor: Option<NaiveDate>,
    /// The last period mentioned before, for "the previous year".
    pub anchor_period: Option<Period>,
}

/// Resolves `e`; `None` when it cannot mean a date here (an anchor is missing).
pub fn value(e: &Expr, c: &Ctx) -> Option<Value> {
    let e = match e {
        Expr::InQuantity { n, unit } if c.tense == Tense::Future => Expr::Offset {
            n: i64::from(*n),
            unit: *unit,
        },
        Expr::InQuantity { n, unit } => Expr::Duration { n: *n, unit: *unit },
        other => other.clone(),
    };
    if let Expr::Duration { n, unit } = e {
        return Some(Value {
            period: None,
            grain: Grain::Duration,
            duration: Some(iso(n, unit)),
            relative: false,
        });
    }
    let relative = is_relative(&e);
    let period = match (&e, c.r) {
        (Expr::Anchored(_) | Expr::AnchoredUnit { .. }, _) => Some(period(&e, c)?),
        (_, None) if relative => None,
        _ => Some(period(&e, c)?),
    };
    Some(Value {
        period,
        grain: grain(&e),
        duration: None,
        relative,
    })
}

/// ISO 8601 duration of `n` units.
fn iso(n: u32, unit: Unit) -> String {
    match unit {
        Unit::Second => format!("PT{n}S"),
        Unit::Minute => format!("PT{n}M"),
        Unit::Hour => format!("PT{n}H"),
        Unit::Day => format!("P{n}D"),
        Unit::Week => format!("P{n}W"),
        Unit::Month => format!("P{n}M"),
        Unit::Year => format!("P{n}Y"),
        Unit::Decade => format!("P{}Y", n.saturating_mul(10)),
    }
}

/// Whether the value of `e` depends on the reference day.
pub fn is_relative(e: &Expr) -> bool {
    match e {
        Expr::Day { y, .. } | Expr::Month { y, .. } | Expr::Season { y, .. } => y.is_none(),
        Expr::Holiday { y, .. } => y.is_none(),
        Expr::Quarter { y, .. } => y.is_none(),
        Expr::Year(_) | Expr::Decade(_) | Expr::Duration { .. } => false,
        Expr::Edge(inner, _) | Expr::HolidayWeekend(inner) => is_relative(inner),
        Expr::Span(a, b) => is_relative(a) || is_relative(b),
        _ => true,
    }
}

/// The grain of `e`'s value.
fn grain(e: &Expr) -> Grain {
    match e {
        Expr::Month { .. } => Grain::Month,
        Expr::Year(_) => Grain::Year,
        Expr::Decade(_) => Grain::Decade,
        Expr::Quarter { .. } => Grain::Quarter,
        Expr::Season { .. }
        | Expr::Weekend(_)
        | Expr::HolidayWeekend(_)
        | Expr::Part { .. }
        | Expr::Span(..) => Grain::Range,
        Expr::Unit { unit, .. } | Expr::AnchoredUnit { unit, .. } => match unit {
            Unit::Week => Grain::Week,
            Unit::Month => Grain::Month,
            Unit::Decade => Grain::Decade,
            _ => Grain::Year,
        },
        Expr::Duration { .. } | Expr::InQuantity { .. } => Grain::Duration,
        _ => Grain::Day,
    }
}

/// The days `e` covers.
fn period(e: &Expr, c: &Ctx) -> Option<Period> {
    let r = c.r;
    match e {
        Expr::Day { y: Some(y), m, d } => one(NaiveDate::from_ymd_opt(*y, *m, *d)?),
        Expr::Day { y: None, m, d } => yearly(r?, c.tense, |y| NaiveDate::from_ymd_opt(y, *m, *d)),
        Expr::Month { y: Some(y), m, .. } => calendar::month(*y, *m),
        Expr::Month { y: None, m, shift } => {
            let r = r?;
            let cands: Vec<Period> = years_around(r)
                .filter_map(|y| calendar::month(y, *m))
                .collect();
            shifted(&cands, r, *shift, c.tense, |p| p.0.year() == r.year())
        }
        Expr::Year(y) => calendar::year(*y),
        Expr::Decade(y) => Some((calendar::year(*y)?.0, calendar::year(y + 9)?.1)),
        Expr::Season { m, y: Some(y), .. } => calendar::months(*y, *m, 3),
        Expr::Season { m, y: None, shift } => season(*m, r?, *shift, c.tense),
        Expr::Quarter { q, y } => quarter(*q, *y, r, c.tense),
        Expr::Weekday { wd, shift } => weekday(*wd, r?, *shift, c.tense),
        Expr::Holiday { rule, y: Some(y) } => one(holiday::day(*rule, *y)?),
        Expr::Holiday { rule, y: None } => yearly(r?, c.tense, |y| holiday::day(*rule, y)),
        Expr::Deictic(n) => one(add_days(r?, *n)?),
        Expr::Ordinal(d) => ordinal(*d, r?, c.tense),
        _ => relative_period(e, c),
    }
}

/// The days of expressions counted from the reference or from an anchor.
fn relative_period(e: &Expr, c: &Ctx) -> Option<Period> {
    let r = c.r;
    match e {
        Expr::Unit { unit, shift } => unit_period(*unit, *shift, r?, c.tense),
        Expr::Weekend(shift) => weekend(r?, *shift, c.tense),
        Expr::Part { unit, later } => {
            let r = r?;
            let p = unit_period(*unit, 0, r, Tense::Past)?;
            Some(if *later { (r, p.1) } else { (p.0, r) })
        }
        Expr::Offset { n, unit } => one(offset(r?, *n, *unit)?),
        Expr::Anchored(n) => one(add_days(c.anchor?, *n)?),
        Expr::AnchoredUnit { unit, shift } => {
            unit_period(*unit, *shift, c.anchor_period?.0, Tense::Past)
        }
        Expr::Edge(inner, which) => {
            let p = period(inner, c)?;
            let day = if *which == Edge::Start { p.0 } else { p.1 };
            one(day)
        }
        Expr::Span(a, b) => span(a, b, c),
        Expr::HolidayWeekend(inner) => holiday_weekend(period(inner, c)?.0),
        _ => None,
    }
}

/// A day that recurs every year (a date, a holiday), the year chosen by tense.
fn yearly(r: NaiveDate, tense: Tense, day: impl Fn(i32) -> Option<NaiveDate>) -> Option<Period> {
    let cands: Vec<Period> = years_around(r).filter_map(day).map(|d| (d, d)).collect();
    choose(&cands, r, tense)
}

/// "the 23rd": that day of the previous, current or next month.
fn ordinal(d: u32, r: NaiveDate, tense: Tense) -> Option<Period> {
    let cands: Vec<Period> = (-1..=1)
        .filter_map(|k| add_months(r.with_day(1)?, k))
        .filter_map(|m| m.with_day(d))
        .map(|d| (d, d))
        .collect();
    choose(&cands, r, tense)
}

fn one(d: NaiveDate) -> Option<Period> {
    Some((d, d))
}

/// The years around the reference, where a yearless date may fall.
fn years_around(r: NaiveDate) -> impl Iterator<Item = i32> {
    r.year() - 1..=r.year() + 1
}

/// Picks among `cands` by an explicit shift, or by tense; `this` says which one
/// "this …" names.
fn shifted(
    cands: &[Period],
    r: NaiveDate,
    shift: Shift,
    tense: Tense,
    this: impl Fn(&Period) -> bool,
) -> Option<Period> {
    match shift {
        Shift::Last => strictly(cands, r, true),
        Shift::Next => strictly(cands, r, false),
        Shift::This => cands.iter().find(|p| this(p)).copied(),
        Shift::None => choose(cands, r, tense),
    }
}

fn season(m: u32, r: NaiveDate, shift: Shift, tense: Tense) -> Option<Period> {
    let cands: Vec<Period> = (r.year() - 2..=r.year() + 1)
        .filter_map(|y| calendar::months(y, m, 3))
        .collect();
    let this = |p: &Period| {
        (p.0 <= r && r <= p.1) || (p.0.year() == r.year() && !(m == 12 && r.month() <= 2))
    };
    shifted(&cands, r, shift, tense, this)
}

fn quarter(q: u32, y: Option<i32>, r: Option<NaiveDate>, tense: Tense) -> Option<Period> {
    let m = q * 3 - 2;
    if let Some(y) = y {
        return calendar::months(y, m, 3);
    }
    let r = r?;
    let cands: Vec<Period> = years_around(r)
        .filter_map(|y| calendar::months(y, m, 3))
        .collect();
    match tense {
        Tense::Future => choose(&cands, r, tense),
        _ => strictly(&cands, r, true),
    }
}

/// A weekday: "last"/"next" the one strictly before/after the reference; "this" the
/// one of the reference's Monday–Sunday week (of the coming week in a forward-looking
/// sentence published on a Sunday, as "this week"); bare, the one the tense points to.
fn weekday(wd: u32, r: NaiveDate, shift: Shift, tense: Tense) -> Option<Period> {
    if shift == Shift::This {
        let sunday_ahead = tense == Tense::Future && r.weekday() == Weekday::Sun;
        let monday = calendar::week(r, i64::from(sunday_ahead))?.0;
        return one(add_days(monday, i64::from(wd))?);
    }
    let cands: Vec<Period> = (-14..=14)
        .filter_map(|n| add_days(r, n))
        .filter(|d| d.weekday().num_days_from_monday() == wd)
        .map(|d| (d, d))
        .collect();
    let recent = choose(&cands, r, Tense::Past).filter(|p| (r - p.0).num_days() <= RECENT_DAYS);
    let tense = match (shift, tense) {
        (Shift::None, Tense::Unmarked) if recent.is_some() => return recent,
        (_, Tense::Present | Tense::Unmarked) => Tense::Future,
        _ => tense,
    };
    shifted(&cands, r, shift, tense, |_| false).or_else(|| choose(&cands, r, tense))
}

/// A weekday without any tense cue is the one just past if it was at most this many
/// days ago ("Russia beat Croatia on Monday", read on Tuesday), else the coming one.
const RECENT_DAYS: i64 = 2;

fn weekend(r: NaiveDate, shift: Shift, tense: Tense) -> Option<Period> {
    let cands: Vec<Period> = (-14..=14)
        .filter_map(|n| add_days(r, n))
        .filter(|d| d.weekday() == Weekday::Sat)
        .filter_map(|d| Some((d, add_days(d, 1)?)))
        .collect();
    let tense = if matches!(tense, Tense::Present | Tense::Unmarked) {
        Tense::Future
    } else {
        tense
    };
    let shift = if shift == Shift::This {
        Shift::None
    } else {
        shift
    };
    shifted(&cands, r, shift, tense, |_| false)
}

/// The weekend around day `d`, stretched to hold it: the Saturday within three days
/// of `d` and the Sunday after it ("Labor Day weekend" Saturday–Monday, "Thanksgiving
/// weekend" Thursday–Sunday).
fn holiday_weekend(d: NaiveDate) -> Option<Period> {
    let saturday = (-3..=3)
        .filter_map(|n| add_days(d, n))
        .find(|x| x.weekday() == Weekday::Sat)?;
    let sunday = add_days(saturday, 1)?;
    Some((d.min(saturday), d.max(sunday)))
}

/// The calendar week, month, year or decade of `r`, moved by `shift`.
fn unit_period(unit: Unit, shift: i64, r: NaiveDate, tense: Tense) -> Option<Period> {
    match unit {
        Unit::Week => {
            let sunday_ahead = shift == 0 && tense == Tense::Future && r.weekday() == Weekday::Sun;
            calendar::week(r, if sunday_ahead { 1 } else { shift })
        }
        Unit::Month => {
            let d = add_months(r.with_day(1)?, shift)?;
            calendar::month(d.year(), d.month())
        }
        Unit::Year => calendar::year(r.year() + i32::try_from(shift).ok()?),
        Unit::Decade => {
            let y = r.year() - r.year().rem_euclid(10) + 10 * i32::try_from(shift).ok()?;
            Some((calendar::year(y)?.0, calendar::year(y + 9)?.1))
        }
        _ => None,
    }
}

/// `r` moved by `n` units; units under a day leave it.
fn offset(r: NaiveDate, n: i64, unit: Unit) -> Option<NaiveDate> {
    match unit {
        Unit::Day => add_days(r, n),
        Unit::Week => add_days(r, n * 7),
        Unit::Month => add_months(r, n),
        Unit::Year => add_months(r, n * 12),
        Unit::Decade => add_months(r, n * 120),
        _ => Some(r),
    }
}

/// "A to B": A's start to B's end; a yearless B takes A's year (or the next).
fn span(a: &Expr, b: &Expr, c: &Ctx) -> Option<Period> {
    let pa = period(a, c)?;
    let b = match b {
        Expr::Day { y: None, m, d } => Expr::Day {
            y: Some(pa.0.year()),
            m: *m,
            d: *d,
        },
        Expr::Month { y: None, m, .. } => Expr::Month {
            y: Some(pa.0.year()),
            m: *m,
            shift: Shift::None,
        },
        other => other.clone(),
    };
    let mut pb = period(&b, c)?;
    if pb.1 < pa.0 {
        pb = (add_months(pb.0, 12)?, add_months(pb.1, 12)?);
    }
    (pa.0 <= pb.1).then_some((pa.0, pb.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn at(e: Expr, r: NaiveDate, tense: Tense) -> Option<Period> {
        let c = Ctx {
            r: Some(r),
            tense,
            anchor: None,
            anchor_period: None,
        };
        value(&e, &c).and_then(|v| v.period)
    }

    #[test]
    fn weekdays_follow_the_tense() {
        let sun = day(2025, 2, 23);
        let e = Expr::Weekday {
            wd: 6,
            shift: Shift::None,
        };
        assert_eq!(at(e.clone(), sun, Tense::Past), Some((sun, sun)));
        let tue = day(2019, 11, 19);
        assert_eq!(
            at(e.clone(), tue, Tense::Future).map(|p| p.0),
            Some(day(2019, 11, 24))
        );
        let last = Expr::Weekday {
            wd: 1,
            shift: Shift::Last,
        };
        assert_eq!(
            at(last, tue, Tense::Past).map(|p| p.0),
            Some(day(2019, 11, 12))
        );
    }

    #[test]
    fn weeks_and_years() {
        let sun = day(2025, 2, 23);
        let this = Expr::Unit {
            unit: Unit::Week,
            shift: 0,
        };
        assert_eq!(
            at(this, sun, Tense::Future),
            Some((day(2025, 2, 24), day(2025, 3, 2)))
        );
        let part = Expr::Part {
            unit: Unit::Year,
            later: false,
        };
        assert_eq!(at(part, sun, Tense::Past), Some((day(2025, 1, 1), sun)));
        let ago = Expr::Offset {
            n: -1,
            unit: Unit::Year,
        };
        assert_eq!(
            at(ago, sun, Tense::Past),
            Some((day(2024, 2, 23), day(2024, 2, 23)))
        );
    }
}
