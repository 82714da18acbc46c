//! Publication dates as pages write them → an ISO 8601 string and its calendar day.
//!
//! Input: a date string from a meta tag, JSON-LD, `<time datetime>`, visible text or
//! the URL path. Output: the string as published when it is already ISO 8601 (the
//! publisher's offset kept: "2025-02-23T16:35:00+03:00"), else the bare day
//! ("2025-02-23"), and the day itself. The day is always the local date part: a time
//! is never converted to UTC. Accepted: `YYYY-MM-DD[Thh:mm…]`, `YYYY/MM/DD`,
//! `YYYYMMDD`, `DD.MM.YYYY`, "February 23, 2025", "23 Feb 2025", RFC 2822.

use crate::lex;
use chrono::NaiveDate;

/// Years outside this window are typos or placeholders, not publication dates.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// A parsed publication date.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Published {
    /// ISO 8601 as published, or the bare day.
    pub text: String,
    pub day: NaiveDate,
}

/// Parses a machine date string (meta, JSON-LD, `datetime`) or a short visible one.
pub(crate) fn parse(s: &str) -> Option<Published> {
    let s = s.trim();
    if let Some(p) = iso(s) {
        return Some(p);
    }
    let day = numeric_dmy(s)
        .or_else(|| textual(s))
        .or_else(|| super::textdate::find(s, false))?;
    Some(Published {
        text: day.to_string(),
        day,
    })
}

/// A day from a URL path: `/2025/02/23/`, `/2025-02-23`, `/20250223`.
pub(crate) fn from_url(url: &str) -> Option<Published> {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.get(path.find('/')?..)?;
    let path = path.split(['?', '#']).next().unwrap_or(path);
    for (i, c) in path.bytes().enumerate() {
        if c != b'/' && c != b'-' && c != b'_' {
            continue;
        }
        let rest = path.get(i + 1..).unwrap_or("");
        if let Some(d) = ymd_with_seps(rest, &['/', '-', '_']).or_else(|| compact(rest)) {
            return Some(Published {
                text: d.to_string(),
                day: d,
            });
        }
    }
    None
}

/// `YYYY-MM-DD` (or `/`, `.` separated) with an optional time; keeps the string.
fn iso(s: &str) -> Option<Published> {
    let day = ymd_with_seps(s, &['-', '/', '.']).or_else(|| compact(s))?;
    let b = s.as_bytes();
    let head = if b.get(4) == Some(&b'-') || b.get(4) == Some(&b'/') || b.get(4) == Some(&b'.') {
        10
    } else {
        8
    };
    let tail = s.get(head..).unwrap_or("");
    let text = match tail.as_bytes().first() {
        Some(b'T') if s.get(4..5) == Some("-") => s.to_string(),
        Some(b'T') if is_time(tail.get(1..).unwrap_or("")) => {
            format!("{day}{tail}")
        }
        Some(b' ') if is_time(tail.trim_start()) && s.get(4..5) == Some("-") => {
            format!("{day}T{}", tail.trim_start())
        }
        _ => day.to_string(),
    };
    Some(Published { text, day })
}

/// `hh:mm` at the start of `s`.
fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 5 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b':'
}

/// `YYYY<sep>MM<sep>DD` at the start of `s`.
fn ymd_with_seps(s: &str, seps: &[char]) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 || !seps.contains(&char::from(b[4])) || b[7] != b[4] {
        return None;
    }
    if b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    day(num(s, 0, 4)?, num(s, 5, 2)?, num(s, 8, 2)?)
}

/// `YYYYMMDD` at the start of `s`, not followed by another digit.
fn compact(s: &str) -> Option<NaiveDate> {
    if s.as_bytes().get(8).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    day(num(s, 0, 4)?, num(s, 4, 2)?, num(s, 6, 2)?)
}

/// `DD.MM.YYYY` or `DD/MM/YYYY` at the start of `s`.
fn numeric_dmy(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10 || !matches!(b[2], b'.' | b'/') || b[5] != b[2] {
        return None;
    }
    day(num(s, 6, 4)?, num(s, 3, 2)?, num(s, 0, 2)?)
}

/// "February 23, 2025", "23 Feb 2025", "Sun, 23 Feb 2025 16:35:00 GMT".
fn textual(s: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    let mi = words.iter().position(|w| month_of(w).is_some())?;
    let month = month_of(words.get(mi)?)?;
    let num_at = |i: usize| words.get(i).and_then(|w| leading_num(w));
    let year = words.iter().skip(mi + 1).find_map(|w| {
        let n = leading_num(w)?;
        (w.len() == 4).then_some(n)
    })?;
    let d = num_at(mi + 1)
        .filter(|d| *d <= 31)
        .or_else(|| mi.checked_sub(1).and_then(num_at))?;
    day(year, month, d)
}

/// Month number of an English month word ("Feb", "february").
fn month_of(w: &str) -> Option<u32> {
    let lower = w.get(..3)?.to_ascii_lowercase();
    let m = lex::month_stems().find(|(stem, _)| *stem == lower)?.1;
    (w.len() == 3 || w.chars().all(|c| c.is_ascii_alphabetic())).then_some(m)
}

/// The digits at the start of `w` ("23rd" → 23).
fn leading_num(w: &str) -> Option<u32> {
    let end = w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len());
    w.get(..end)
        .filter(|d| !d.is_empty() && d.len() <= 4)?
        .parse()
        .ok()
}

/// The `len` ASCII digits of `s` at `at`.
fn num(s: &str, at: usize, len: usize) -> Option<u32> {
    let t = s.get(at..at + len)?;
    t.bytes()
        .all(|c| c.is_ascii_digit())
        .then(|| t.parse().ok())?
}

/// A valid calendar day within [`YEARS`].
fn day(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    let y = i32::try_from(y).ok()?;
    YEARS
        .contains(&y)
        .then(|| NaiveDate::from_ymd_opt(y, m, d))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<String> {
        parse(s).map(|p| p.text)
    }

    #[test]
    fn keeps_iso_and_normalizes_others() {
        let t = "2025-02-23T16:35:00+03:00";
        assert_eq!(text(t).as_deref(), Some(t));
        assert_eq!(
            text("2025-02-23 23:10:00").as_deref(),
            Some("2025-02-23T23:10:00")
        );
        assert_eq!(text("2025/02/23").as_deref(), Some("2025-02-23"));
        assert_eq!(text("20250223").as_deref(), Some("2025-02-23"));
        assert_eq!(text("23.02.2025").as_deref(), Some("2025-02-23"));
        assert_eq!(text("February 23, 2025").as_deref(), Some("2025-02-23"));
        assert_eq!(
            text("Sun, 23 Feb 2025 16:35:00 GMT").as_deref(),
            Some("2025-02-23")
        );
        assert_eq!(text("yesterday"), None);
    }

    #[test]
    fn day_is_local_not_utc() {
        let p = parse("2025-02-23T23:59:00-08:00");
        assert_eq!(p.map(|p| p.day), NaiveDate::from_ymd_opt(2025, 2, 23));
    }

    #[test]
    fn reads_url_paths() {
        let d = |u: &str| from_url(u).map(|p| p.text);
        assert_eq!(
            d("https://x.com/2025/02/23/story").as_deref(),
            Some("2025-02-23")
        );
        assert_eq!(
            d("https://x.com/news/2025-02-23-story").as_deref(),
            Some("2025-02-23")
        );
        assert_eq!(
            d("https://x.com/a/20250223/b").as_deref(),
            Some("2025-02-23")
        );
        assert_eq!(d("https://x.com/a/12345678901"), None);
    }
}
