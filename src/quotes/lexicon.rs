//! Word tables of the quotes stage: speech verbs, pronouns, skippable words.
//!
//! All lookups take a lower-case word. Speech verbs are `lex::speech` (every stage
//! reads them from there).

use crate::lex::en;

/// Whether `w` (lower case) is a speech verb form that is also a noun.
pub fn nounish(w: &str) -> bool {
    en::NOUNISH_SPEECH_VERBS.contains(w)
        || w.strip_suffix('s')
            .is_some_and(|b| en::NOUNISH_SPEECH_VERBS.contains(b))
}

pub use crate::lex::speech::{speech_verb, Verb};

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
    match en::SUBJECT_PRONOUNS.get(w)? {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "thing" => Some(Pronoun::Thing),
        "plural" => Some(Pronoun::Plural),
        "speaker" => Some(Pronoun::Speaker),
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

pub use crate::lex::gender::Gender;

/// Relative pronouns: "Sowers, who said" points back to the name before.
pub fn relative(w: &str) -> bool {
    en::RELATIVE_PRONOUNS.contains(w)
}

/// Determiners that open a noun phrase: a speech verb right after one is a noun.
pub fn determiner(w: &str) -> bool {
    en::DETERMINERS.contains(w)
}

/// Words a noun phrase opens with: a determiner, a number or a quantifier ("the",
/// "two", "several").
pub fn opener(w: &str) -> bool {
    determiner(w) || en::NUMBER_WORDS.get(w).is_some() || en::QUANTIFIERS.contains(w)
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
