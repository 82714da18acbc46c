//! What a capitalized run names: an organization, a place, a person (with the title
//! inside the run split off as a role), or nothing known yet.
//!
//! Order of the tests: whole-run lexicons (known organizations, places), organization
//! head words and acronyms, a title inside the run ("Russian Foreign Minister Sergei
//! Lavrov"), leading places and acronyms before a given name ("Britain Liu Xiaming"),
//! then a given name at the front. What is left is `Unknown`, for the context cues of
//! the caller (speech verbs, appositions, a known surname).

use super::lexicon as lx;
use super::names::is_given_name;
use super::places;
use super::role;
use crate::lex::token::name::Token;
use crate::model::ActorKind;
use std::ops::Range;

/// Most words of a person's name (suffixes aside): longer runs are not one name.
const MAX_NAME_WORDS: usize = 4;

/// The reading of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The tokens of the name inside the run.
    pub name: Range<usize>,
    /// `None`: a name-like run of unknown kind.
    pub kind: Option<ActorKind>,
    /// Tokens of a title inside the run, in front of the name.
    pub title: Option<Range<usize>>,
}

/// Reads the run `run` of `toks`.
pub fn read(toks: &[Token], run: Range<usize>) -> Option<Reading> {
    let lower = joined_lower(toks, run.clone());
    let last = toks[run.end - 1].lower();
    if lx::is_known_org(&lower) || is_org_shape(toks, run.clone()) {
        return reading(run, Some(ActorKind::Organization), None);
    }
    if places::is_place(&lower) || run.len() >= 2 && places::is_place_head(&last) {
        return reading(run, Some(ActorKind::Place), None); // "Saudi Arabia", "Rose Garden"
    }
    if run.len() == 1 && places::is_demonym(&lower) {
        return None;
    }
    split_title(toks, run.clone()).or_else(|| read_name(toks, run))
}

/// A reading of `name`.
fn reading(
    name: Range<usize>,
    kind: Option<ActorKind>,
    title: Option<Range<usize>>,
) -> Option<Reading> {
    Some(Reading { name, kind, title })
}

/// A run with no title inside: modifiers in front ("NBA-leading Lakers", "Britain
/// Liu Xiaming"), a given name, or an unknown name-like run.
fn read_name(toks: &[Token], run: Range<usize>) -> Option<Reading> {
    let start = skip_modifiers(toks, run.clone());
    let name = start..run.end;
    let modified = start > run.start;
    if modified && lx::is_known_org(&joined_lower(toks, name.clone())) {
        return reading(name, Some(ActorKind::Organization), None);
    }
    if modified && is_given_name(toks[start].text) && is_name_like(toks, name.clone()) {
        return reading(name, Some(ActorKind::Person), Some(run.start..start));
    }
    let first = &toks[run.start];
    let place_first = places::is_place(&first.text.to_lowercase()); // "Virginia Democrats"
    let given = (is_given_name(first.text) || is_initials(first.text)) && !place_first;
    if run.len() >= 2 && given && is_name_like(toks, run.clone()) {
        return reading(run, Some(ActorKind::Person), None);
    }
    if is_name_like(toks, name.clone()) {
        let inner =
            (name.start + 1..name.end.saturating_sub(1)).find(|&k| is_given_name(toks[k].text));
        let name = inner.map_or(name, |k| k..run.end); // "Vendor Glenn Jones": a name inside
        return reading(name, None, None);
    }
    None
}

/// The run's words in lower case joined by spaces (final periods of short forms kept).
pub fn joined_lower(toks: &[Token], run: Range<usize>) -> String {
    let mut out = String::new();
    for (k, t) in toks[run].iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if t.text.is_ascii() {
            out.extend(t.text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.push_str(&t.text.to_lowercase());
        }
    }
    out
}

/// An organization by its form: a head word at the end ("… Ministry"), "X of Y" with
/// an opener ("Department of …"), an acronym ("NATO"), or inner capitals ("SpaceX").
fn is_org_shape(toks: &[Token], run: Range<usize>) -> bool {
    let Some(last) = toks.get(run.end.wrapping_sub(1)) else {
        return false;
    };
    let first = &toks[run.start];
    let head = last.lower();
    if run.len() >= 2 && lx::is_org_head(&head) {
        let person_pair = run.len() == 2 && is_given_name(first.text);
        return lx::is_strong_org_head(&head) || !person_pair;
    }
    if run.len() >= 3 && lx::is_org_opener(&first.lower()) {
        return toks[run.clone()]
            .iter()
            .any(|t| t.text == "of" || t.text == "for");
    }
    run.len() == 1 && (is_acronym(first.text) || is_camel(first.text))
}

/// An all-caps word of 2–6 letters (digits and "&" allowed) that is not a common
/// abbreviation: "NATO", "D4CC", "AT&T"; dotted "U.N." too.
pub fn is_acronym(word: &str) -> bool {
    // The shape tests first, without building strings: most words fail them.
    let core = || word.chars().filter(|c| *c != '.');
    let caps = core().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&');
    if !caps
        || !(2..=6).contains(&core().count())
        || core().filter(|c| c.is_alphabetic()).count() < 2
    {
        return false;
    }
    let core: String = core().collect();
    !lx::is_not_acronym(&core.to_lowercase()) && !places::is_place(&word.to_lowercase())
}

/// Initials of a given name: "J.", "J.K.", "P.J." (not "U.N.", a place or acronym
/// known as such).
fn is_initials(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
    let dotted = word.ends_with('.')
        && !parts.is_empty()
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    let lower = word.to_lowercase();
    dotted
        && !places::is_place(&lower)
        && !lx::is_not_acronym(&lower.replace('.', ""))
        && lower != "u.n."
}

/// A word in humps of one capital and lower-case letters, at most three, the last
/// possibly a lone capital: "SpaceX", "YouTube", "SoftBank" (not "XPxUJuy", "McCain").
fn is_camel(word: &str) -> bool {
    let mut humps = 0;
    let mut prev_upper = false;
    for (i, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            if prev_upper && i > 0 {
                return false;
            }
            humps += 1;
            prev_upper = true;
        } else if c.is_lowercase() {
            prev_upper = false;
        } else {
            return false;
        }
    }
    let mc = word.starts_with("Mc") || word.starts_with("Mac") || word.starts_with("De");
    (2..=3).contains(&humps) && !mc && word.chars().count() <= 12
}

/// A title inside the run: the name is what follows the last title word. A title word
/// that capitalized is part of names ("Fox Host Awards") counts when a given name
/// follows it ("House Speaker Paul Ryan", "Majority Leader Mitch McConnell").
fn split_title(toks: &[Token], run: Range<usize>) -> Option<Reading> {
    let title_at = |k: usize| lx::is_title(&toks[k].lower()) && !role::title_in_name(toks, k);
    let j = (run.start..run.end - 1).rev().find(|&k| title_at(k))?;
    if j > run.start && is_given_name(toks[run.start].text) {
        return None; // "Martin Luther King Jr.": a title word inside a name
    }
    let mut start = j + 1;
    let complement = toks
        .get(start)
        .is_some_and(|t| matches!(t.text, "of" | "for" | "to"));
    if complement {
        let rest = start + 1..run.end;
        let given = rest.clone().find(|&k| is_given_name(toks[k].text));
        if given.is_none() && rest.len() < 3 {
            return None; // "CEO of Take-Two", "Commissioner for Human Rights": no name
        }
        start = given.unwrap_or_else(|| rest.end.saturating_sub(2).max(rest.start + 1));
        let plain = toks[start..run.end].iter().all(|t| {
            let lower = t.lower();
            !lx::is_org_head(&lower) && !places::is_place(&lower) && !lx::is_known_org(&lower)
        });
        if given.is_none() && !plain {
            return None; // "General Manager of Life Care Solutions Europe"
        }
        start = start.min(run.end - 1);
    }
    start = skip_modifiers(toks, start..run.end);
    let name = start..run.end;
    is_name_like(toks, name.clone()).then_some(Reading {
        name,
        kind: Some(ActorKind::Person),
        title: Some(run.start..start),
    })
}

/// First index after leading places, demonyms, acronyms and known organizations, as
/// long as at least one word is left.
fn skip_modifiers(toks: &[Token], run: Range<usize>) -> usize {
    let mut k = run.start;
    while k + 1 < run.end {
        let lower = toks[k].lower();
        let modifier = places::is_place(&toks[k].text.to_lowercase())
            || places::is_demonym(&lower)
            || is_acronym(toks[k].text) && !toks[k].text.contains('.')
            || lx::is_known_org(&lower)
            || lx::is_affixed_modifier(toks[k].text)
            || toks[k].possessive;
        if !modifier || is_given_name(toks[k].text) {
            break;
        }
        k += 1;
    }
    k
}

/// Whether `name` can be a person's name: 1–4 capitalized words (plus particles,
/// initials and suffixes), no organization head at the end, not a place.
pub fn is_name_like(toks: &[Token], name: Range<usize>) -> bool {
    let words = &toks[name.clone()];
    let core = words
        .iter()
        .filter(|t| !lx::is_name_suffix(&t.lower()))
        .count();
    if core == 0 || core > MAX_NAME_WORDS {
        return false;
    }
    let given = words.first().is_some_and(|t| is_given_name(t.text));
    if words.len() == 1 && words.iter().all(|t| t.text.chars().count() == 1) {
        return false; // "I"
    }
    let all_ok = words.iter().all(|t| {
        let lower = t.lower();
        // Ends in an apostrophe and "ve", "re", …: split so no string is built per pair.
        let contraction = ["ve", "re", "ll", "d", "m", "t"].iter().any(|e| {
            lower
                .strip_suffix(e)
                .is_some_and(|p| p.ends_with(['\u{2019}', '\'']))
        });
        (t.is_cap() || lx::is_name_particle(&lower) || lx::is_particle_compound(t.text))
            && (given || !lx::is_title(&lower))
            && !places::is_demonym(&lower)
            && !lx::is_calendar(&lower)
            && !lx::is_affixed_modifier(t.text)
            && !contraction
            && (!is_acronym(t.text) || t.text.contains('.'))
            && t.text.chars().any(char::is_alphabetic)
    });
    let last = words.last().map(Token::lower).unwrap_or_default();
    all_ok && !lx::is_org_head(&last) && !places::is_place(&joined_lower(toks, name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::token::name::tokenize;

    fn read_all(s: &str) -> (Option<ActorKind>, String, String) {
        let toks = tokenize(s, 0..s.len());
        let r = read(&toks, 0..toks.len()).unwrap_or(Reading {
            name: 0..0,
            kind: None,
            title: None,
        });
        let words = |r: Range<usize>| joined_lower(&toks, r);
        (
            r.kind,
            words(r.name),
            r.title.map(words).unwrap_or_default(),
        )
    }

    #[test]
    fn splits_titles_from_names() {
        let (k, n, t) = read_all("Russian Foreign Minister Sergei Lavrov");
        assert_eq!((k, n.as_str()), (Some(ActorKind::Person), "sergei lavrov"));
        assert_eq!(t, "russian foreign minister");
        let (_, n, t) = read_all("U.S. Secretary of State Marco Rubio");
        assert_eq!(
            (n.as_str(), t.as_str()),
            ("marco rubio", "u.s. secretary of state")
        );
        let (_, n, _) = read_all("Martin Luther King Jr.");
        assert_eq!(n, "martin luther king jr.");
        let (k, n, _) = read_all("J.K. Rowling");
        assert_eq!((k, n.as_str()), (Some(ActorKind::Person), "j.k. rowling"));
        assert_eq!(read_all("U.N. Rowling").0, None);
        let (_, n, t) = read_all("Britain Liu Xiaming");
        assert_eq!((n.as_str(), t.as_str()), ("liu xiaming", "britain"));
    }

    #[test]
    fn organizations_and_places() {
        assert_eq!(read_all("NATO").0, Some(ActorKind::Organization));
        assert_eq!(
            read_all("Swedish Prosecution Authority").0,
            Some(ActorKind::Organization)
        );
        assert_eq!(
            read_all("Department of Homeland Security").0,
            Some(ActorKind::Organization)
        );
        assert_eq!(read_all("Saudi Arabia").0, Some(ActorKind::Place));
        assert_eq!(read_all("Kremlin").0, Some(ActorKind::Organization));
        assert_eq!(read_all("Walt Disney Co.").0, Some(ActorKind::Organization));
        assert_eq!(read_all("Russian").0, None);
        assert_eq!(read_all("Peskov").0, None);
    }
}
