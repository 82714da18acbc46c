//! The gender a title ("Ms", "Mr."), a role word ("spokeswoman", "chairman") or a
//! pronoun ("she") gives a person: read by the actors stage, which gives each person
//! one.

use crate::lex::en;

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

/// The gender a pronoun tells ("he", "her").
pub fn pronoun_gender(w: &str) -> Option<Gender> {
    en::GENDERED_PRONOUNS.get(w).and_then(gender)
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
