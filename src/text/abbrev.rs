//! Abbreviations that end in a period but do not end a sentence.

use crate::lex::en;

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
    en::ABBREVIATIONS.contains(&lower) || en::MONTH_ABBREVIATIONS.get(&lower).is_some()
}

#[cfg(test)]
mod tests {
    use super::is_abbreviation;

    #[test]
    fn known_forms() {
        for w in [
            "Mr.", "Sen.", "Sens.", "Reps.", "U.S.", "J.", "a.m.", "Feb.", "Sept.",
        ] {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in ["ready.", "NATO.", "I.", "war."] {
            assert!(!is_abbreviation(w), "{w}");
        }
    }
}
