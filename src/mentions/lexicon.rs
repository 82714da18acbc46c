//! The mentions stage's questions to the lexicon: titles, cue words, organization
//! heads (the words are in `src/lex/en/`).
//!
//! All entries are lower case without a final period; lookups go through
//! [`Token::lower`](crate::lex::token::name::Token::lower).

use crate::lex::en;

/// An honorific ("Mr", "Dr.").
pub fn is_honorific(lower: &str) -> bool {
    en::HONORIFICS.contains(lower)
}

/// A title or job word ("minister", "coach", "DL").
pub fn is_title(lower: &str) -> bool {
    en::TITLES.contains(lower) || en::HONORIFICS.contains(lower)
}

/// A title word that is a title only in lower case.
pub fn is_lower_only_title(lower: &str) -> bool {
    en::LOWER_ONLY_TITLES.contains(lower)
}

/// A second word of a two-word title ("running back").
pub fn is_title_tail(lower: &str) -> bool {
    en::TITLE_TAILS.contains(lower)
}

/// An adjective that may sit inside a title.
pub fn is_title_modifier(lower: &str) -> bool {
    en::TITLE_MODIFIERS.contains(lower)
}

/// A word that cannot start a name at the start of a sentence.
pub fn is_sentence_starter(lower: &str) -> bool {
    en::SENTENCE_STARTERS.contains(lower)
}

/// A verb of saying.
pub fn is_speech_verb(lower: &str) -> bool {
    en::SPEECH_VERB_FORMS.contains(lower)
}

/// A last word of organization names.
pub fn is_org_head(lower: &str) -> bool {
    let last = lower.rsplit('-').next().unwrap_or(lower); // "France-Presse"
    en::ORG_HEADS.contains(lower) || en::ORG_HEADS.contains(last)
}

/// A head word that makes an organization even after a given name.
pub fn is_strong_org_head(lower: &str) -> bool {
    en::STRONG_ORG_HEADS.contains(lower)
}

/// A noun that describes an organization.
pub fn is_company_noun(lower: &str) -> bool {
    en::COMPANY_NOUNS.contains(lower)
}

/// A first word of "X of Y" organization names.
pub fn is_org_opener(lower: &str) -> bool {
    en::ORG_OPENERS.contains(lower)
}

/// A lower-case noun that turns a place before it into an organization.
pub fn is_org_noun_after_place(lower: &str) -> bool {
    en::ORG_NOUNS_AFTER_PLACE.contains(lower)
}

/// A known institution, company, medium or team (the whole name, lower case).
pub fn is_known_org(lower: &str) -> bool {
    en::INSTITUTIONS.contains(lower) || en::COMPANIES.contains(lower) || en::TEAMS.contains(lower)
}

/// An all-caps word that is not an organization.
pub fn is_not_acronym(lower: &str) -> bool {
    en::NOT_ACRONYMS.contains(lower)
}

/// A hyphenated modifier such as "Australian-born".
pub fn is_affixed_modifier(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, end)| en::MODIFIER_ENDS.contains(&end.to_lowercase()))
}

/// A month, weekday or holiday.
pub fn is_calendar(lower: &str) -> bool {
    en::CALENDAR_WORDS.contains(lower)
}

/// A lower-case particle inside a name.
pub fn is_name_particle(lower: &str) -> bool {
    en::NAME_PARTICLES.contains(lower)
}

/// A lower-case particle joined to a capitalized name: "al-Assad", "bin-Salman".
pub fn is_particle_compound(word: &str) -> bool {
    word.split_once('-').is_some_and(|(p, rest)| {
        is_name_particle(p) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// "Jr.", "III".
pub fn is_name_suffix(lower: &str) -> bool {
    en::NAME_SUFFIXES.contains(lower)
}
