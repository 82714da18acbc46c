//! Stage 5, mentions: sentences → names of people, organizations and places, with roles.
//!
//! Input: the segmented [`Text`]. Output: every [`Mention`] in text order.
//!
//! Algorithm, per sentence: read the name words of its atoms (`lex::token::name`);
//! group capitalized words into runs (`runs`: connectors such as "of" after a title, name particles, a common word
//! opening the sentence dropped, titles of works in quotation marks and credit lines
//! skipped); read each run with lexicons (`classify`: known organizations, head
//! words and acronyms, a gazetteer, a title inside the run, given names); take roles
//! from titles and appositions around person names (`role`); read context cues for
//! names of unknown kind (a verb of saying, an honorific, ", who", an age; "at X",
//! "X, which" for organizations). Descriptions such as "the Ukrainian leader" become
//! mentions with `description: true`; the actors stage ties them to a named person.
//! Then, over the whole article (`link`): a lone word that is the surname (or the
//! unique given name) of a known person becomes that person; a one-word "person"
//! backed only by a verb of saying ("Audi said") becomes an organization unless the
//! article supports it; unknown names without cues are dropped.
//!
//! The approach is the classic rule-based one (gazetteers, trigger words, apposition
//! patterns, document-level name propagation) rather than a statistical tagger, to
//! stay small in WebAssembly. Limits: linear in the text length (runs, title scans and
//! appositions are bounded); lexicons are compact, so an organization with no head
//! word, acronym or cue is missed, and a person with an unlisted given name needs a
//! cue somewhere in the article.

mod acronym;
mod classify;
mod lexicon;
mod link;
mod mention;
mod names;
mod places;
mod role;
mod runs;

use crate::lex::en;
use crate::lex::token::name::{self, Token};
use crate::model::ActorKind;
use crate::text::Text;
use std::collections::HashSet;
use std::ops::Range;

pub use acronym::abbreviates;
pub use link::{compatible, surname};
use mention::Found;
pub use mention::{index_by, Mention, RoleSource};
pub use places::country_of;

/// The head of a role: its last title word ("U.S. Attorney for the Western District"
/// → "attorney"), else its last word; lower case.
pub fn role_head(role: &str) -> Option<String> {
    let words: Vec<String> = role
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '\u{2019}')
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let title = words.iter().rev().find(|w| lexicon::is_title(w));
    title.or(words.last()).cloned()
}

/// Finds every mention in `text`, in text order.
pub fn find(text: &Text) -> Vec<Mention> {
    let lower_words = runs::lower_words(&text.text);
    let mut found = Vec::new();
    for (index, s) in text.sentences.iter().enumerate() {
        let toks = name::tokens(&text.text, text.atoms(s));
        let at = found.len();
        for run in runs::find(&toks, &lower_words) {
            if let Some(f) = read_run(text, &toks, run, index, &lower_words) {
                let word = f.words.first().filter(|_| f.words.len() == 1);
                let shouted = f.kind == Some(ActorKind::Organization)
                    && word.is_some_and(|w| lower_words.contains(w.as_str()))
                    && f.mention.name.chars().all(|c| !c.is_lowercase());
                if !shouted {
                    found.push(f); // "VOTE", "YES": words in capitals, not acronyms
                }
            }
        }
        add_expansions(text, &toks, index, &mut found, at);
        add_descriptions(text, &toks, index, &mut found);
        add_as_roles(text, &toks, &mut found[at..]);
    }
    link::settle(&mut found);
    found.sort_by_key(|f| f.mention.span.start);
    found
        .into_iter()
        .filter_map(|f| {
            let mut m = f.mention;
            m.kind = f.kind?;
            Some(m)
        })
        .collect()
}

/// The mention of one run, with its role and context cues.
fn read_run(
    text: &Text,
    toks: &[Token],
    run: Range<usize>,
    sentence: usize,
    lower_words: &HashSet<&str>,
) -> Option<Found> {
    if is_credit(toks, run.start) {
        return None;
    }
    let reading = classify::read(toks, run)?;
    let (start, mut end) = (reading.name.start, reading.name.end);
    let mut kind = reading.kind;
    let noun_after = toks
        .get(end)
        .is_some_and(|t| !t.is_cap() && lexicon::is_org_noun_after_place(&t.lower()));
    if kind == Some(ActorKind::Place) && noun_after {
        kind = Some(ActorKind::Organization); // "Hong Kong police"
        end += 1;
    }
    let mut role = None;
    let mut weak = false;
    if kind.map_or(true, |k| k == ActorKind::Person) {
        let common =
            kind.is_none() && end == start + 1 && is_common_word(&toks[start], lower_words);
        let (r, person, speech_only) = person_evidence(toks, start, end, common);
        if person {
            weak = kind.is_none() && speech_only && end == start + 1;
            kind = Some(ActorKind::Person);
        }
        role = r.map(|(r, source)| (span_text(text, toks, r), source));
    }
    let org_cue = kind.is_none() && has_org_cue(toks, start, end);
    let words = toks[start..end]
        .iter()
        .map(|t| t.lower().into_owned())
        .collect();
    Some(Found {
        mention: Mention {
            span: toks[start].span.start..toks[end - 1].span.end,
            kind: kind.unwrap_or(ActorKind::Person),
            name: span_text(text, toks, start..end),
            role_source: role.as_ref().map(|r| r.1),
            role: role.map(|r| r.0),
            sentence,
            description: false,
        },
        kind,
        words,
        org_cue,
        weak,
    })
}

/// The role around a name, whether the context makes it a person, and whether a
/// verb of saying is all that does; `common`: the name is a common word.
fn person_evidence(
    toks: &[Token],
    start: usize,
    end: usize,
    common: bool,
) -> (Option<(Range<usize>, RoleSource)>, bool, bool) {
    let r = (role::after(toks, end).map(|r| (r, RoleSource::Apposition)))
        .or_else(|| role::before(toks, start).map(|r| (r, RoleSource::Title)))
        .or_else(|| role::before_comma(toks, start, end).map(|r| (r, RoleSource::Title)));
    let cue = person_cue(toks, start, end);
    let person = (r.is_some() && !common) || cue == Cue::Strong || (cue == Cue::Speech && !common);
    let speech_only = r.is_none() && cue == Cue::Speech;
    (r, person, speech_only)
}

/// A one-word name that is a common word: written in lower case elsewhere in the
/// article, or with a noun ending.
fn is_common_word(tok: &Token, lower_words: &HashSet<&str>) -> bool {
    let lower = tok.lower();
    lower_words.contains(lower.as_ref()) || en::NOUN_ENDINGS.words().any(|e| lower.ends_with(e))
}

/// Whether the run at `start` is credited in a byline or credit line: "By X" opening
/// the sentence, "Reporting by X", "(AP Photo/X)".
fn is_credit(toks: &[Token], start: usize) -> bool {
    let lower = |k: usize| toks.get(k).map(Token::lower).unwrap_or_default();
    let prev = start.checked_sub(1).map(lower).unwrap_or_default();
    let before = start.checked_sub(2).map(lower).unwrap_or_default();
    let opens_with_by = prev == "by" && toks[..start - 1].iter().all(|t| !t.word);
    let slash_credit = prev == "/" && matches!(before.as_ref(), "photo" | "photos");
    opens_with_by || prev == "by" && en::CREDIT_WORDS.contains(before.as_ref()) || slash_credit
}

/// How much the context says "person".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    None,
    /// A verb of saying: "X said", "said X." (companies speak too).
    Speech,
    /// An honorific, ", who", an age: "Mr. X", "X, who", "X, 55,".
    Strong,
}

/// The person cue around the name `start..end`.
fn person_cue(toks: &[Token], start: usize, end: usize) -> Cue {
    let lower = |k: usize| toks.get(k).map(Token::lower).unwrap_or_default();
    let prev = start.checked_sub(1).map(lower).unwrap_or_default();
    let closes = toks.get(end).map_or(true, |t| !t.word);
    let comma = toks.get(end).is_some_and(|t| t.is_punct(','));
    let who = comma && lower(end + 1) == "who";
    let age = comma
        && toks
            .get(end + 1)
            .is_some_and(|t| t.text.chars().all(|c| c.is_ascii_digit()))
        && toks.get(end + 2).is_some_and(|t| !t.word);
    if lexicon::is_honorific(&prev) || who || age {
        Cue::Strong
    } else if lexicon::is_speech_verb(&lower(end))
        || en::INVERTED_SPEECH_VERBS.contains(prev.as_ref()) && closes
    {
        Cue::Speech
    } else {
        Cue::None
    }
}

/// Context that makes an unknown name an organization: "at X", "<title> of X",
/// "X, which".
fn has_org_cue(toks: &[Token], start: usize, end: usize) -> bool {
    let lower = |k: usize| toks.get(k).map(Token::lower).unwrap_or_default();
    let prev = start.checked_sub(1).map(lower).unwrap_or_default();
    let title_of =
        start >= 2 && matches!(prev.as_ref(), "of" | "for") && lexicon::is_title(&lower(start - 2));
    let which = toks.get(end).is_some_and(|t| t.is_punct(',')) && lower(end + 1) == "which";
    prev == "at" || title_of || which
}

/// Most acronym definitions read per sentence (each one scans the sentence's names).
const MAX_EXPANSIONS: usize = 8;

/// Organizations defined with an acronym ("Doctors for Camp Closure, D4CC,"); they
/// replace the runs of the sentence (from `at` in `found`) that they overlap, unless
/// one of those is a person.
fn add_expansions(text: &Text, toks: &[Token], sentence: usize, found: &mut Vec<Found>, at: usize) {
    for r in acronym::find(toks).into_iter().take(MAX_EXPANSIONS) {
        let span = toks[r.start].span.start..toks[r.end - 1].span.end;
        let overlaps =
            |f: &Found| f.mention.span.start < span.end && span.start < f.mention.span.end;
        if found[at..]
            .iter()
            .any(|f| overlaps(f) && f.kind == Some(ActorKind::Person))
        {
            continue;
        }
        let mut k = at;
        while k < found.len() {
            if overlaps(&found[k]) {
                found.remove(k);
            } else {
                k += 1;
            }
        }
        found.push(Found {
            mention: Mention {
                span,
                kind: ActorKind::Organization,
                name: span_text(text, toks, r.clone()),
                role: None,
                role_source: None,
                sentence,
                description: false,
            },
            kind: Some(ActorKind::Organization),
            words: toks[r].iter().map(|t| t.lower().into_owned()).collect(),
            org_cue: false,
            weak: false,
        });
    }
}

/// Descriptions ("the Ukrainian leader") of the sentence.
fn add_descriptions(text: &Text, toks: &[Token], sentence: usize, found: &mut Vec<Found>) {
    for at in 0..toks.len() {
        let Some(r) = role::description(toks, at) else {
            continue;
        };
        let role = span_text(text, toks, r.clone());
        found.push(Found {
            mention: Mention {
                span: toks[at].span.start..toks[r.end - 1].span.end,
                kind: ActorKind::Person,
                name: format!("the {role}"),
                role: Some(role),
                role_source: Some(RoleSource::Description),
                sentence,
                description: true,
            },
            kind: Some(ActorKind::Person),
            words: Vec::new(),
            org_cue: false,
            weak: false,
        });
    }
}

/// "X … as Ukraine's president": the role goes to the first person-like name of the
/// sentence before "as", if it has none.
fn add_as_roles(text: &Text, toks: &[Token], found: &mut [Found]) {
    let subject = found
        .iter_mut()
        .find(|f| !f.mention.description && f.kind.map_or(true, |k| k == ActorKind::Person));
    let Some(f) = subject.filter(|f| f.mention.role.is_none()) else {
        return;
    };
    let after = toks.partition_point(|t| t.span.start < f.mention.span.end);
    let role = (after..toks.len()).find_map(|at| role::as_role(toks, at));
    if let Some(r) = role {
        f.mention.role = Some(span_text(text, toks, r));
        f.mention.role_source = Some(RoleSource::As);
    }
}

/// The text from the first to the last token of `r`, whitespace folded.
fn span_text(text: &Text, toks: &[Token], r: Range<usize>) -> String {
    let (Some(a), Some(b)) = (
        toks.get(r.start),
        r.end.checked_sub(1).and_then(|e| toks.get(e)),
    ) else {
        return String::new();
    };
    let s = text.slice(&(a.span.start..b.span.end));
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
