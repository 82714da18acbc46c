//! Roles around a name: a title in front ("spokesman Dmitry Peskov", "his Russian
//! counterpart Vladimir Putin"), an apposition after ("Peskov, the Kremlin
//! spokesman,"), an apposition before ("the then UK Home Secretary, Sajid Javid,"),
//! "as <Country>'s <title>" later in the sentence, and descriptions that stand for a
//! person ("the Ukrainian leader").
//!
//! All functions work on the tokens of one sentence and return token ranges; they
//! scan a bounded number of tokens.

use super::lexicon as lx;
use super::names::is_given_name;
use crate::lex::token::name::Token;
use std::ops::Range;

/// Longest apposition read as a role, in tokens: longer ones are clauses.
const MAX_APPOSITION: usize = 16;
/// Longest title phrase in front of a name, in tokens ("U.S. Secretary of State").
const MAX_TITLE: usize = 12;
/// A title word must appear within this many tokens of an apposition's start.
const TITLE_WITHIN: usize = 7;

/// Whether the word at `k` is a title word that, capitalized, is part of a name ("Fox
/// Host Awards", "Kansas City Star"): one of the lower-only titles, unless a given name
/// follows it ("House Speaker Paul Ryan", "Majority Leader Mitch McConnell").
pub fn title_in_name(toks: &[Token], k: usize) -> bool {
    let given_next = toks.get(k + 1).is_some_and(|t| is_given_name(t.text));
    toks.get(k)
        .is_some_and(|t| lx::is_lower_only_title(&t.lower()) && !given_next)
}

/// Whether the token is a title word, or the tail of a two-word title after a
/// modifier or a capitalized word ("running back", "Pittsburgh center").
fn is_title_at(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let lower = t.lower();
    if lower == "head" {
        return toks.get(k + 1).is_some_and(|n| n.text == "of"); // "head of research"
    }
    if t.is_cap() && title_in_name(toks, k) {
        return false; // "Kansas City Star", "PPL Center"
    }
    if lx::is_title(&lower) {
        return true;
    }
    lx::is_title_tail(&lower)
        && !t.is_cap()
        && k > 0
        && toks
            .get(k - 1)
            .is_some_and(|p| p.is_cap() || lx::is_title_modifier(&p.lower()))
}

/// Whether `r` holds a person's name: a given name or a title before a capitalized
/// word ("Hawaii Rep. Tulsi Gabbard" in a list is not an apposition).
fn names_someone(toks: &[Token], r: Range<usize>) -> bool {
    r.clone().any(|k| {
        let t = &toks[k];
        let Some(n) = toks.get(k + 1) else {
            return false;
        };
        let plain_cap = n.is_cap() && !n.possessive && !lx::is_title(&n.lower());
        t.is_cap()
            && (is_given_name(t.text) && plain_cap
                || lx::is_title(&t.lower()) && is_given_name(n.text))
    })
}

/// The title phrase that ends just before token `end`, if the word before `end` is a
/// title: "his [Russian counterpart] Vladimir Putin", "[China's ambassador to
/// Britain] Liu Xiaming" (with `end` at the first name word).
pub fn before(toks: &[Token], end: usize) -> Option<Range<usize>> {
    if end == 0 || toks[end - 1].possessive {
        return None; // "Bezos's Blue Origin", "the founder's Edition"
    }
    let mut k = end;
    let mut has_title = false;
    let mut complement = false;
    while k > 0 && end - k < MAX_TITLE {
        let t = &toks[k - 1];
        if !t.word {
            break;
        }
        let lower = t.lower();
        if lx::is_honorific(&lower) {
            if k == end {
                return None; // "Mr. Trump": no role
            }
        } else if is_title_at(toks, k - 1) {
            has_title = true;
        } else if matches!(lower.as_ref(), "of" | "to" | "for") {
            let title_before = k >= 2 && is_title_at(toks, k - 2);
            if !(title_before && toks.get(k).is_some_and(Token::is_cap)) {
                break;
            }
            complement = true;
        } else if !(t.is_cap() || lx::is_title_modifier(&lower) || is_year(t.text))
            || (t.is_cap() && lx::is_sentence_starter(&lower))
        {
            break;
        }
        k -= 1;
    }
    let last_ok = is_title_at(toks, end - 1) || complement && toks[end - 1].is_cap();
    (has_title && last_ok && k < end).then_some(trim_front(toks, k..end))
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.chars().all(|c| c.is_ascii_digit())
}

/// Drops leading capitalized words that open the sentence and are not part of a title
/// phrase (kept simple: leading years).
fn trim_front(toks: &[Token], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && is_year(toks[r.start].text) {
        r.start += 1;
    }
    r
}

/// The apposition after a name that ends at `end`: ", the commander of X," → the
/// words after the comma, if they hold a title early on.
pub fn after(toks: &[Token], end: usize) -> Option<Range<usize>> {
    let comma = |k: usize| toks.get(k).is_some_and(|t| t.is_punct(','));
    if !comma(end) {
        return None;
    }
    let age = toks
        .get(end + 1)
        .is_some_and(|t| t.text.chars().all(|c| c.is_ascii_digit()));
    let start = if age && comma(end + 2) {
        end + 3
    } else {
        end + 1
    }; // "X, 55, a teacher,"
    let first = toks.get(start)?;
    let first_lower = first.lower();
    if matches!(
        first_lower.as_ref(),
        "who" | "which" | "that" | "where" | "when" | "and" | "but" | "or" | "said" | "says"
    ) || lx::is_speech_verb(&first_lower)
    {
        return None;
    }
    let mut stop = start;
    while stop < toks.len() && stop - start < MAX_APPOSITION {
        let t = &toks[stop];
        if !t.word && !matches!(t.text, "-" | "/" | "&" | "." | "\u{2019}" | "'") || is_relative(t)
        {
            break;
        }
        stop += 1;
    }
    let closed = toks.get(stop).map_or(true, |t| !t.word || is_relative(t));
    let title = (start..stop.min(start + TITLE_WITHIN)).any(|k| is_title_at(toks, k));
    let start = skip_article(toks, start);
    let named = names_someone(toks, start..stop);
    let company = (start..stop)
        .take_while(|&k| {
            !matches!(
                toks[k].lower().as_ref(),
                "of" | "at" | "for" | "in" | "with" | "to"
            )
        })
        .any(|k| lx::is_company_noun(&toks[k].lower()));
    (closed && title && start < stop && !named && !company).then_some(start..stop)
}

/// A relative pronoun, which ends an apposition ("a scientist who studies trade").
fn is_relative(t: &Token) -> bool {
    t.word && matches!(t.text, "who" | "which" | "that" | "whose" | "where")
}

/// Index after a leading "the" / "a" / "an".
fn skip_article(toks: &[Token], at: usize) -> usize {
    let art = toks
        .get(at)
        .is_some_and(|t| matches!(t.lower().as_ref(), "the" | "a" | "an"));
    if art {
        at + 1
    } else {
        at
    }
}

/// The title phrase before ", Name": "the then UK Home Secretary, Sajid Javid,".
pub fn before_comma(toks: &[Token], name_start: usize, name_end: usize) -> Option<Range<usize>> {
    let comma = name_start.checked_sub(1)?;
    if !toks[comma].is_punct(',') || !toks.get(name_end).is_some_and(|t| !t.word) {
        return None;
    }
    let r = before(toks, comma)?;
    is_title_at(toks, comma - 1).then_some(r)
}

/// A description at `at` ("the Ukrainian leader", "The U.S. president"): the range
/// of the words after the article, ending in a title that no name follows.
pub fn description(toks: &[Token], at: usize) -> Option<Range<usize>> {
    if toks.get(at)?.lower() != "the" {
        return None;
    }
    let mut k = at + 1;
    let mut modifiers = 0;
    while let Some(t) = toks.get(k) {
        let lower = t.lower();
        if lx::is_title(&lower) {
            break;
        }
        if !(t.is_cap() || lx::is_title_modifier(&lower)) || k - at > 4 {
            return None;
        }
        modifiers += 1;
        k += 1;
    }
    let head = toks.get(k)?;
    let named_after = toks.get(k + 1).is_some_and(Token::is_cap);
    let generic = matches!(head.lower().as_ref(), "official" | "officer" | "star")
        || head.is_cap() && lx::is_lower_only_title(&head.lower()); // "The Hollywood Reporter"
    (modifiers > 0 && !named_after && !generic).then_some(at + 1..k + 1)
}

/// "as <Country>'s <title>" from token `at` ("as"): the role words after "as".
pub fn as_role(toks: &[Token], at: usize) -> Option<Range<usize>> {
    if toks.get(at)?.lower() != "as" || at > 0 && toks[at - 1].lower() == "such" {
        return None;
    }
    let start = skip_article(toks, at + 1);
    let mut k = start;
    while let Some(t) = toks.get(k) {
        if is_title_at(toks, k) {
            let named_after = toks.get(k + 1).is_some_and(Token::is_cap);
            return (!named_after).then_some(start..k + 1);
        }
        if !(t.is_cap() || lx::is_title_modifier(&t.lower())) || k - start > 3 {
            return None;
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::token::name::tokenize;

    fn words(s: &str, r: Option<Range<usize>>) -> String {
        let toks = tokenize(s, 0..s.len());
        r.map(|r| {
            let w: Vec<&str> = toks[r].iter().map(|t| t.text).collect();
            w.join(" ")
        })
        .unwrap_or_default()
    }

    fn toks(s: &str) -> Vec<Token<'_>> {
        tokenize(s, 0..s.len())
    }

    #[test]
    fn titles_before_and_after() {
        let s = "meets his Russian counterpart Vladimir Putin";
        assert_eq!(words(s, before(&toks(s), 4)), "Russian counterpart");
        let s = "China's ambassador to Britain Liu Xiaming said";
        assert_eq!(words(s, before(&toks(s), 4)), "China ambassador to Britain");
        let s = "Cheuk Hau-yip, the commander of Kowloon West district, said";
        assert_eq!(
            words(s, after(&toks(s), 2)),
            "commander of Kowloon West district"
        );
        let s = "meet Trump, who said";
        assert_eq!(words(s, after(&toks(s), 2)), "");
    }

    #[test]
    fn descriptions_and_as() {
        let s = "The Ukrainian leader also called";
        assert_eq!(words(s, description(&toks(s), 0)), "Ukrainian leader");
        let s = "ready to quit as Ukraine's president if";
        assert_eq!(words(s, as_role(&toks(s), 3)), "Ukraine president");
    }
}
