//! Common given names across cultures: a capitalized word from this table followed
//! by another capitalized word is read as a person's name.
//!
//! Lower case; a hyphenated given name ("Eva-Marie") is checked on its first part.
//! Words that are mostly something else in news text ("May", "Will", "Grant", "Ford")
//! are left out on purpose.

use crate::lex::en;
use crate::util::lower_ascii;

/// Whether `word` (any case) is a common given name.
pub fn is_given_name(word: &str) -> bool {
    let first = word.split('-').next().unwrap_or(word);
    lower_ascii(first.trim_end_matches('.'), |w| en::GIVEN_NAMES.contains(w))
}
