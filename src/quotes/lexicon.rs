//! Word tables of the quotes stage: speech verbs, pronouns, skippable words.
//!
//! All lookups take a lower-case word. Speech verbs are stored as base forms; inflected
//! forms ("says", "said", "noted", "admitting", "replied", "quipped") are reduced to a
//! base by [`speech_verb`].

use crate::lex::en;
use std::sync::OnceLock;

/// Whether `w` (lower case) is a speech verb form that is also a noun.
pub fn nounish(w: &str) -> bool {
    en::NOUNISH_SPEECH_VERBS.contains(w)
        || w.strip_suffix('s')
            .is_some_and(|b| en::NOUNISH_SPEECH_VERBS.contains(b))
}

/// Strength of a speech verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// Reports speech ("said", "told", "branded").
    Speech,
    /// Reports an opinion ("sees … as").
    Weak,
}

/// Calls `f` with each candidate base of an inflected word: the word itself and its
/// stems (one buffer for the built ones, no allocation per candidate).
fn stems(w: &str, f: &mut impl FnMut(&str)) {
    f(w);
    let mut buf = String::with_capacity(w.len() + 1);
    let mut joined = |a: &str, b: &str, f: &mut dyn FnMut(&str)| {
        buf.clear();
        buf.push_str(a);
        buf.push_str(b);
        f(&buf);
    };
    for suffix in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            f(stem);
            joined(stem, "e", &mut *f);
            // A doubled final letter: "quipped", "admitting" (chars, not bytes).
            let mut tail = stem.char_indices().rev();
            if let (Some((at, last)), Some((_, before))) = (tail.next(), tail.next()) {
                if last == before && stem.chars().count() > 2 {
                    f(stem.get(..at).unwrap_or(stem));
                }
            }
        }
    }
    for (suffix, repl) in [("ied", "y"), ("ies", "y")] {
        if let Some(stem) = w.strip_suffix(suffix) {
            joined(stem, repl, &mut *f);
        }
    }
}

/// Whether some base of `speech_verbs.txt` or `opinion_verbs.txt` starts with the first two
/// bytes of `w` (not a `speech_verb_irregular.txt` form). Every candidate base of `w`
/// (see [`stems`]) long enough to be one of them starts with those bytes, so a word without such a base is no speech verb,
/// told by one bit instead of a dozen set lookups. `true` when a base is shorter
/// than 3 bytes (the argument needs them all longer than a 1-byte stem and an "e").
fn may_have_base(w: &str) -> bool {
    static FIRST_PAIRS: OnceLock<Option<Vec<u64>>> = OnceLock::new();
    let pairs = FIRST_PAIRS.get_or_init(|| {
        let mut bits = vec![0u64; 1024];
        for base in en::SPEECH_VERBS
            .words()
            .iter()
            .chain(en::OPINION_VERBS.words())
        {
            let [a, b, _, ..] = base.as_bytes() else {
                return None;
            };
            let pair = usize::from(*a) << 8 | usize::from(*b);
            bits[pair / 64] |= 1 << (pair % 64);
        }
        Some(bits)
    });
    let (Some(bits), [a, b, ..]) = (pairs, w.as_bytes()) else {
        return true;
    };
    let pair = usize::from(*a) << 8 | usize::from(*b);
    bits.get(pair / 64)
        .is_some_and(|x| x & (1 << (pair % 64)) != 0)
}

/// The kind of speech verb `w` (lower case) is, if any.
pub fn speech_verb(w: &str) -> Option<Verb> {
    if crate::lex::other_speech_verb(w) {
        return Some(Verb::Speech);
    }
    if w.len() < 3 || en::SPEECH_VERB_LOOKALIKES.contains(w) {
        return None;
    }
    let (mut speech, mut weak) = (false, false);
    let mut check = |b: &str| {
        speech = speech || en::SPEECH_VERBS.contains(b);
        weak = weak || en::OPINION_VERBS.contains(b);
    };
    match en::SPEECH_VERB_IRREGULAR.get(w) {
        Some(base) => check(base),
        None if may_have_base(w) => stems(w, &mut check),
        None => {}
    }
    if speech {
        Some(Verb::Speech)
    } else {
        weak.then_some(Verb::Weak)
    }
}

/// Whether `w` (lower case) may stand between a subject and its verb.
pub fn skippable(w: &str) -> bool {
    en::SUBJECT_VERB_FILLERS.contains(w) || (w.len() > 4 && w.ends_with("ly"))
}

/// Whether `w` (lower case) makes a following participle passive.
pub fn passive_aux(w: &str) -> bool {
    en::PASSIVE_AUXILIARIES.contains(w)
}

/// Kinds of referent a pronoun can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he: a person (not known to be a woman).
    He,
    /// she: a person (not known to be a man).
    She,
    /// it: an organization (or place).
    Thing,
    /// they: a group, an organization or a person.
    Plural,
    /// "the company", "the agency": an organization named before.
    Group,
    /// "the doctors", "the members": the people of an organization named before.
    Members,
    /// I, we, you: nobody in the cast.
    Speaker,
}

/// The pronoun kind of `w` (lower case), if it is a subject pronoun.
pub fn pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "it" => Some(Pronoun::Thing),
        "they" => Some(Pronoun::Plural),
        "i" | "we" | "you" => Some(Pronoun::Speaker),
        _ => None,
    }
}

/// Whether `w` (lower case) is the head noun of a phrase that points back to an
/// organization.
pub fn org_noun(w: &str) -> bool {
    en::ORG_REFERENCE_NOUNS.contains(w)
}

/// Whether `w` (lower case) names the people of an organization.
pub fn member_noun(w: &str) -> bool {
    en::MEMBER_NOUNS.contains(w)
}

/// Gender a title or role word gives a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The gender a lexicon entry gives ("male" / "female").
fn gender(value: &str) -> Option<Gender> {
    match value {
        "male" => Some(Gender::Male),
        "female" => Some(Gender::Female),
        _ => None,
    }
}

/// Titles before a name that tell its gender ("Ms Persson", "Mr. Assange").
pub fn title_gender(w: &str) -> Option<Gender> {
    en::GENDERED_TITLES
        .get(w.trim_end_matches('.'))
        .and_then(gender)
}

/// Role words that tell a gender ("spokeswoman", "chairman", "actress").
pub fn role_gender(role: &str) -> Option<Gender> {
    let role = role.to_lowercase();
    let words: Vec<&str> = role.split(|c: char| !c.is_alphabetic()).collect();
    let listed = |w: &str, g: Gender| en::GENDERED_ROLE_WORDS.get(w).and_then(gender) == Some(g);
    let female = words.iter().any(|w| {
        w.ends_with("woman")
            || w.ends_with("women")
            || w.ends_with("ess") && w.len() > 5
            || listed(w, Gender::Female)
    });
    let male = words.iter().any(|w| {
        (w.ends_with("man") && !w.ends_with("woman") && !en::NOT_MALE_MAN_WORDS.contains(w))
            || listed(w, Gender::Male)
    });
    match (male, female) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Relative pronouns: "Sowers, who said" points back to the name before.
pub fn relative(w: &str) -> bool {
    en::RELATIVE_PRONOUNS.contains(w)
}

/// Determiners that open a noun phrase: a speech verb right after one is a noun.
pub fn determiner(w: &str) -> bool {
    en::DETERMINERS.contains(w)
}

/// Small words that stay lower case inside a Title Case name ("Lord of the Rings").
pub fn title_small(w: &str) -> bool {
    en::TITLE_CASE_SMALL_WORDS.contains(w)
}

/// Conjunctions and other function words: never the head of a subject.
pub fn function_word(w: &str) -> bool {
    preposition(w) || en::CONJUNCTIONS.contains(w)
}

/// Prepositions: a name right after one is not a subject ("ambassador to Britain said").
pub fn preposition(w: &str) -> bool {
    en::PREPOSITIONS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        for w in [
            "said",
            "says",
            "saying",
            "told",
            "noted",
            "argued",
            "replied",
            "quipped",
            "admitting",
            "branded",
            "described",
            "hailed",
            "urges",
            "denies",
            "according",
        ] {
            let want = if w == "according" {
                None
            } else {
                Some(Verb::Speech)
            };
            assert_eq!(speech_verb(w), want, "{w}");
        }
        assert_eq!(speech_verb("sees"), Some(Verb::Weak));
        assert_eq!(speech_verb("sailed"), None);
        assert_eq!(speech_verb("states"), None);
    }
}

#[cfg(test)]
mod stem_tests {
    use super::stems;

    fn all(w: &str) -> Vec<String> {
        let mut out = Vec::new();
        stems(w, &mut |b: &str| out.push(b.to_string()));
        out
    }

    /// Found by fuzzing: a 4-byte char whose last two bytes are equal is not a doubled
    /// consonant (slicing a byte off it panicked).
    #[test]
    fn doubled_letters_are_chars_not_bytes() {
        assert!(all("quipped").contains(&"quip".to_string()));
        assert!(all("replied").contains(&"reply".to_string()));
        let _ = all("\u{2e7df}es");
        use super::{speech_verb, Verb};
        assert_eq!(speech_verb("told"), Some(Verb::Speech)); // irregular, other prefix
        assert_eq!(speech_verb("saw"), Some(Verb::Weak));
        assert_eq!(speech_verb("quipped"), Some(Verb::Speech));
        assert_eq!(speech_verb("cried"), Some(Verb::Speech));
        assert_eq!(speech_verb("tables"), None);
        let _ = all("\u{2e7df}\u{2e7df}ed");
    }
}
