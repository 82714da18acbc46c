//! What the caller may set. Every field documents its default.

use crate::error::Error;
use chrono::NaiveDate;
use serde::Deserialize;

/// Options of one analysis. `Options::default()` is what the CLI and the extension use.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// The page's URL: resolves relative links and is echoed in the output.
    /// Default: none (the canonical URL of the page, if it declares one, is used).
    pub url: Option<String>,
    /// Reference day `YYYY-MM-DD` for relative dates when the page has no publication
    /// date. Default: none (such dates stay unresolved). The core never reads a clock.
    pub now: Option<String>,
    /// Resource limits. Default: [`Limits::default`].
    #[cfg_attr(test, ts(optional, type = "Partial<Limits>"))]
    pub limits: Limits,
}

/// Bounds on work and output, so a hostile page cannot exhaust memory or time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Limits {
    /// Largest input accepted, in bytes. Default: 20 MiB (`Error::TooLarge` above).
    pub max_input_bytes: usize,
    /// Most elements parsed. Default: 500,000 (`Error::TooManyElements` above).
    pub max_elements: usize,
    /// Deepest nesting of elements kept. Default: 256, ten times the deepest of 511
    /// news pages measured (22) and half of Chromium's parser limit (512); the parser's
    /// time on hostile pages grows with it (100k `<li>` at the limit: 115 ms at 256,
    /// 190 ms at 512). Deeper start tags (and their end tags) are removed before
    /// parsing, their text kept (a `truncated` diagnostic).
    pub max_depth: usize,
    /// Most attributes kept on one tag. Default: 1,000 (a `truncated` diagnostic; the
    /// parser's duplicate check is quadratic in this number).
    pub max_attributes: usize,
    /// Longest article text kept, in bytes. Default: 1 MiB (a `truncated` diagnostic).
    pub max_text_bytes: usize,
    /// Most actors kept. Default: 200.
    pub max_actors: usize,
    /// Most quotes kept. Default: 1,000.
    pub max_quotes: usize,
    /// Most dates kept. Default: 1,000.
    pub max_dates: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 20 * 1024 * 1024,
            max_elements: 500_000,
            max_depth: 256,
            max_attributes: 1_000,
            max_text_bytes: 1024 * 1024,
            max_actors: 200,
            max_quotes: 1_000,
            max_dates: 1_000,
        }
    }
}

/// Parses the `now` option (`YYYY-MM-DD`).
pub(crate) fn parse_now(now: Option<&str>) -> Result<Option<NaiveDate>, Error> {
    now.map(|s| {
        iso_day(s.trim()).ok_or_else(|| Error::InvalidOption {
            name: "now",
            reason: format!("{s:?} is not a YYYY-MM-DD day"),
        })
    })
    .transpose()
}

/// "2025-02-23" → that day: four, two and two ASCII digits naming a real day. By hand,
/// as days are printed with `NaiveDate`'s `Display` elsewhere: chrono's
/// `parse_from_str` and `format` bring its strftime machinery into the WASM module
/// (13.5 KB gzipped).
fn iso_day(s: &str) -> Option<NaiveDate> {
    let number = |from: usize, to: usize| -> Option<u32> {
        let part = s.get(from..to)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let dashes = s.get(4..5) == Some("-") && s.get(7..8) == Some("-");
    if s.len() != 10 || !dashes {
        return None;
    }
    let year = i32::try_from(number(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_a_real_yyyy_mm_dd_day() {
        let day = NaiveDate::from_ymd_opt(2025, 2, 23);
        assert_eq!(iso_day("2025-02-23"), day);
        assert_eq!(parse_now(Some(" 2025-02-23\n")).ok().flatten(), day);
        for bad in [
            "2025-2-23",
            "2025-02-30",
            "2025/02/23",
            "+025-02-23",
            "2025-02-2x",
            "２025-02-23",
            "",
        ] {
            assert_eq!(iso_day(bad), None, "{bad}");
        }
    }
}
