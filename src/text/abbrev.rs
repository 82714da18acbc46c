//! Abbreviations that end in a period but do not end a sentence.

/// Titles, honorifics, months, and other short forms seen before a capitalized word.
const ABBREVIATIONS: &[&str] = &[
    // honorifics and titles
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "sen", "rep", "gov", "gen", "col", "lt",
    "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det",
    "atty", "amb", "messrs", "mme", "mlle", // months and weekdays
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    // places and organizations
    "mt", "ft", "ave", "blvd", "rd", "corp", "inc", "co", "ltd", "dept", "univ", "assn",
    // misc
    "no", "nos", "vs", "v", "etc", "approx", "est", "fig", "vol", "pp", "ca",
];

/// Whether `word` (with its final period) is an abbreviation: a listed short form, a
/// single initial ("J."), or dotted initials ("U.S.", "U.N.", "a.m.").
pub fn is_abbreviation(word: &str) -> bool {
    let core = word.trim_end_matches('.');
    if core.is_empty() {
        return false;
    }
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && core.chars().count() == 1 {
        // "I." ends sentences ("than I."); other capitals are initials.
        return core != "I" && core.chars().all(|c| c.is_uppercase());
    }
    if core.contains('.') {
        return core.split('.').all(|p| p.chars().count() == 1);
    }
    let lower = core.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::is_abbreviation;

    #[test]
    fn known_forms() {
        for w in ["Mr.", "Sen.", "U.S.", "J.", "a.m.", "Feb."] {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in ["ready.", "NATO.", "I.", "war."] {
            assert!(!is_abbreviation(w), "{w}");
        }
    }
}
