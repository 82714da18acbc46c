//! The date scanner's questions to the lexicon (`src/lex/en/`): month, weekday, season
//! and unit names, number words. All lookups take the lowercase form of a token.

use crate::lex::en;

/// Month number and abbreviation flag of a word ("sept" → (9, true)).
pub fn month(word: &str) -> Option<(u32, bool)> {
    en::MONTHS
        .get(word)
        .map(|m| (m, false))
        .or_else(|| en::MONTH_ABBREVIATIONS.get(word).map(|m| (m, true)))
}

/// Days from Monday (0–6) of a weekday name.
pub fn weekday(word: &str) -> Option<u32> {
    en::WEEKDAYS.get(word)
}

/// First month of a season name (meteorological, northern hemisphere).
pub fn season(word: &str) -> Option<u32> {
    en::SEASONS.get(word)
}

/// Calendar units of relative expressions and durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// The unit a word names.
pub fn unit(word: &str) -> Option<Unit> {
    Some(match en::UNITS.get(word)? {
        "second" => Unit::Second,
        "minute" => Unit::Minute,
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        _ => return None,
    })
}

/// Value of a number word ("three years", "a year ago").
pub fn number_word(word: &str) -> Option<u32> {
    en::NUMBER_WORDS.get(word)
}

/// Value of an ordinal word of quarters and "the first week of".
pub fn ordinal(word: &str) -> Option<u32> {
    en::QUARTER_ORDINALS.get(word)
}
