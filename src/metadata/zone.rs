//! The publisher's calendar day of a UTC time: "2020-05-02T02:54Z" from New York
//! was published on May 1.
//!
//! Input: a publication time as written (ISO 8601), the page's host and language
//! tags. Output: whether the time is UTC, and the publisher's local day when it can
//! be told. Algorithm: the publisher's country comes from the host's country-code
//! domain, else the region of `<html lang>`, else the region of `og:locale`; each
//! country spans a range of UTC offsets (its zones, daylight saving included). The
//! UTC time moves to another day only when every offset of that range agrees on it;
//! a country whose zones straddle the day boundary at that hour tells nothing.
//! Limits: a small table of countries; domains used generically (.co, .tv, .io, .me,
//! .fm) are left out; a page without a country keeps the UTC day.

use chrono::{Duration, NaiveDate};

/// Countries (ISO 3166 code = country-code domain, except `uk`/`gb`) → the span of
/// their UTC offsets in minutes, daylight saving included.
const COUNTRIES: &[(&str, i32, i32)] = &[
    // The Americas: every zone west of UTC.
    ("us", -600, -240), // Hawaii to Eastern daylight time
    ("ca", -480, -150), // Pacific to Newfoundland daylight time
    ("mx", -480, -300), // Baja California to Quintana Roo
    ("br", -300, -120), // Acre to Fernando de Noronha
    ("ar", -180, -180),
    ("cl", -360, -180), // Easter Island to Santiago summer time
    ("pe", -300, -300),
    ("ve", -270, -240),
    ("cu", -300, -240),
    ("ec", -360, -300), // Galápagos to the mainland
    ("uy", -180, -180),
    ("py", -240, -180),
    ("bo", -240, -240),
    ("do", -240, -240),
    ("gt", -360, -360),
    ("hn", -360, -360),
    ("sv", -360, -360),
    ("ni", -360, -360),
    ("cr", -360, -360),
    ("pa", -300, -300),
    ("pr", -240, -240),
    // Europe and Africa: within three hours of UTC.
    ("gb", 0, 60),
    ("uk", 0, 60),
    ("ie", 0, 60),
    ("pt", -60, 60), // the Azores to Lisbon summer time
    ("es", 0, 120),  // the Canaries to Madrid summer time
    ("fr", 60, 120),
    ("de", 60, 120),
    ("it", 60, 120),
    ("nl", 60, 120),
    ("be", 60, 120),
    ("ch", 60, 120),
    ("at", 60, 120),
    ("pl", 60, 120),
    ("cz", 60, 120),
    ("sk", 60, 120),
    ("hu", 60, 120),
    ("hr", 60, 120),
    ("rs", 60, 120),
    ("se", 60, 120),
    ("no", 60, 120),
    ("dk", 60, 120),
    ("gr", 120, 180),
    ("ro", 120, 180),
    ("bg", 120, 180),
    ("ua", 120, 180),
    ("fi", 120, 180),
    ("lt", 120, 180),
    ("lv", 120, 180),
    ("ee", 120, 180),
    ("tr", 180, 180),
    ("ru", 120, 720), // Kaliningrad to Kamchatka
    ("ng", 60, 60),
    ("za", 120, 120),
    ("eg", 120, 180),
    ("ke", 180, 180),
    // Asia and Oceania: every zone east of UTC.
    ("il", 120, 180),
    ("lb", 120, 180),
    ("sa", 180, 180),
    ("ae", 240, 240),
    ("ir", 210, 270),
    ("pk", 300, 300),
    ("in", 330, 330),
    ("lk", 330, 330),
    ("np", 345, 345),
    ("bd", 360, 360),
    ("th", 420, 420),
    ("vn", 420, 420),
    ("id", 420, 540), // Jakarta to Papua
    ("cn", 480, 480),
    ("hk", 480, 480),
    ("tw", 480, 480),
    ("sg", 480, 480),
    ("my", 480, 480),
    ("ph", 480, 480),
    ("jp", 540, 540),
    ("kr", 540, 540),
    ("au", 480, 660), // Perth to Sydney summer time
    ("nz", 720, 825), // Auckland to the Chathams summer time
];

/// Where the publisher is, as the page tells it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Hints<'a> {
    /// The page's address (its host's country-code domain).
    pub url: Option<&'a str>,
    /// `<html lang>`.
    pub lang: Option<&'a str>,
    /// `og:locale`.
    pub locale: Option<&'a str>,
}

/// The publisher's day of the UTC time `t` on `utc_day`, when its country tells it
/// and it differs from the UTC day.
pub(crate) fn local_day(t: &str, utc_day: NaiveDate, hints: &Hints<'_>) -> Option<NaiveDate> {
    if !is_explicit_utc(t) {
        return None;
    }
    let minutes = minutes_of_day(t)?;
    let (lo, hi) = country(hints)?;
    let shift = |off: i32| (minutes + off).div_euclid(MINUTES_PER_DAY);
    let days = shift(lo);
    (days != 0 && days == shift(hi)).then(|| utc_day + Duration::days(i64::from(days)))
}

const MINUTES_PER_DAY: i32 = 24 * 60;

/// The offset range of the publisher's country: host domain, `lang`, `og:locale`.
fn country(h: &Hints<'_>) -> Option<(i32, i32)> {
    let from_host = h.url.and_then(host).and_then(|h| h.rsplit('.').next());
    let from_lang = h.lang.and_then(region);
    let from_locale = h.locale.and_then(region);
    [from_host, from_lang, from_locale]
        .into_iter()
        .flatten()
        .find_map(offsets)
}

fn offsets(code: &str) -> Option<(i32, i32)> {
    let code = code.to_ascii_lowercase();
    COUNTRIES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|&(_, lo, hi)| (lo, hi))
}

/// The host of an absolute URL, without port.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let auth = rest.split(['/', '?', '#']).next()?;
    let auth = auth.rsplit('@').next()?;
    auth.split(':').next().filter(|h| h.contains('.'))
}

/// The region subtag of a language tag: "fr-CA" → "CA", "en_US" → "US".
fn region(tag: &str) -> Option<&str> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Minutes since midnight of an ISO time ("…T02:54…").
fn minutes_of_day(t: &str) -> Option<i32> {
    let h: i32 = t.get(11..13)?.parse().ok()?;
    let m: i32 = t.get(14..16)?.parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// An ISO time stated in UTC: `Z`, `+00:00`, `+0000`.
fn is_explicit_utc(t: &str) -> bool {
    t.len() > 16
        && (t.ends_with('Z') || t.ends_with("+00:00") || t.ends_with("+0000"))
        && t.get(10..11) == Some("T")
}

/// The time is given in UTC (`Z`, `+00:00`, `GMT`), or without an offset (which
/// may be UTC), not in the publisher's stated local time.
pub(crate) fn is_utc(t: &str) -> bool {
    t.len() > 10
        && (t.ends_with('Z')
            || t.ends_with("+00:00")
            || t.ends_with("+0000")
            || t.contains("GMT")
            || !has_offset(t))
}

/// A time with a zone offset after it ("…T16:35:00+03:00"); a bare time may be UTC.
pub(crate) fn has_offset(t: &str) -> bool {
    t.get(11..)
        .is_some_and(|time| time.contains(['+', '-', 'Z']))
}

/// UTC hours before which a local day one earlier is possible (offsets to -10h).
const EARLIER_DAY_BEFORE_HOUR: u32 = 10;
/// UTC hours from which a local day one later is possible (offsets to +14h).
const LATER_DAY_FROM_HOUR: u32 = 10;

/// A UTC time `t` can fall on the local day `shift` days away (-1 or +1): only
/// near midnight, within the world's offsets.
pub(crate) fn shift_plausible(t: &str, shift: Duration) -> bool {
    let hour = t.get(11..13).and_then(|h| h.parse::<u32>().ok());
    match (shift.num_days(), hour) {
        (-1, Some(h)) => h < EARLIER_DAY_BEFORE_HOUR,
        (1, Some(h)) => h >= LATER_DAY_FROM_HOUR,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn local(t: &str, h: Hints<'_>) -> Option<String> {
        local_day(t, day(t.get(..10).unwrap_or("")), &h).map(|d| d.to_string())
    }

    #[test]
    fn the_country_moves_a_utc_time_to_its_own_day() {
        let ca = Hints {
            url: Some("http://ici.radio-canada.ca/nouvelle/1"),
            ..Hints::default()
        };
        assert_eq!(
            local("2020-08-25T00:23:33.312Z", ca).as_deref(),
            Some("2020-08-24")
        );
        let us = Hints {
            url: Some("https://abc7ny.com/a/"),
            lang: Some("en"),
            locale: Some("en_US"),
        };
        assert_eq!(
            local("2020-05-02T02:54:29.000Z", us).as_deref(),
            Some("2020-05-01")
        );
        let au = Hints {
            lang: Some("en-AU"),
            ..Hints::default()
        };
        assert_eq!(
            local("2020-10-28T22:22:49+00:00", au).as_deref(),
            Some("2020-10-29")
        );
    }

    #[test]
    fn no_move_when_the_country_straddles_midnight_or_is_unknown() {
        let uk = Hints {
            url: Some("https://www.mirror.co.uk/a"),
            ..Hints::default()
        };
        assert_eq!(local("2020-05-09T23:30:00Z", uk), None);
        let none = Hints {
            url: Some("https://example.com/a"),
            lang: Some("en"),
            ..Hints::default()
        };
        assert_eq!(local("2020-05-02T02:54:29Z", none), None);
        let us = Hints {
            lang: Some("en-US"),
            ..Hints::default()
        };
        assert_eq!(local("2020-05-02T12:54:29Z", us), None);
        assert_eq!(local("2020-05-02T02:54:29-04:00", us), None);
    }
}
