//! The unresolved temporal expressions the scanner recognizes. A value of [`Expr`]
//! says what the words mean ("a Monday, the one before", "May of an unknown year");
//! `resolve` turns it into calendar days once the reference day and the clause's tense
//! are known.

use super::lexicon::Unit;
use std::ops::Range;

/// An explicit "last", "this" or "next" before a weekday, month, season or unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    None,
    Last,
    This,
    Next,
}

/// Which edge of a period "the end of …" / "the start of …" names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// A recognized expression, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A day of a month: "Feb. 23", "23 February 2025", "2025-02-23".
    Day { y: Option<i32>, m: u32, d: u32 },
    /// A month: "March", "last March", "March 2024".
    Month {
        y: Option<i32>,
        m: u32,
        shift: Shift,
    },
    /// A calendar year: "2016".
    Year(i32),
    /// A decade by its first year: "the 1990s".
    Decade(i32),
    /// A season by its first month: "last spring", "summer 2020".
    Season {
        m: u32,
        y: Option<i32>,
        shift: Shift,
    },
    /// A quarter 1–4: "the third quarter", "Q1 2020".
    Quarter { q: u32, y: Option<i32> },
    /// A named day: "Thanksgiving", "Christmas Eve 2019".
    Holiday {
        rule: super::holiday::Rule,
        y: Option<i32>,
    },
    /// The long weekend around a named day: "Thanksgiving weekend" (Thursday–Sunday).
    HolidayWeekend(Box<Expr>),
    /// A weekday, 0 = Monday: "Sunday", "last Friday".
    Weekday { wd: u32, shift: Shift },
    /// Days from the reference: yesterday (-1), today (0), tomorrow (1).
    Deictic(i64),
    /// "the 23rd": a day of an unnamed month.
    Ordinal(u32),
    /// The calendar week, month or year before (-1), of (0) or after (1) the reference.
    Unit { unit: Unit, shift: i64 },
    /// A Saturday–Sunday weekend.
    Weekend(Shift),
    /// "earlier this year" (false) / "later this month" (true).
    Part { unit: Unit, later: bool },
    /// "two days ago" (-2 days): a day counted from the reference.
    Offset { n: i64, unit: Unit },
    /// "in three weeks": a day ahead if the clause looks forward, else a duration.
    InQuantity { n: u32, unit: Unit },
    /// A length of time: "three years", "the past decade".
    Duration { n: u32, unit: Unit },
    /// Days from the date mentioned just before: "the following day" (1).
    Anchored(i64),
    /// The week, month or year before (-1) or after (1) the period mentioned just
    /// before: "the previous year", "the following week".
    AnchoredUnit { unit: Unit, shift: i64 },
    /// The first or last day of a period: "the end of October".
    Edge(Box<Expr>, Edge),
    /// A range between two expressions: "from March to May", "Feb. 2-5".
    Span(Box<Expr>, Box<Expr>),
}

/// An expression and the tokens it covers (a range of token indices).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub expr: Expr,
    pub toks: Range<usize>,
}
