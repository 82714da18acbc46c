//! Capitalized runs: maximal sequences of capitalized words in one sentence, joined
//! by a few connectors ("Secretary of State", "Ludwig van Beethoven",
//! "Health and Human Services"), cut after a possessive.
//!
//! The first word of a sentence (or of a quotation) is dropped from its run when it
//! is a function word or appears in lower case elsewhere in the article ("Despite",
//! "Police"), unless it is a given name.

use super::lexicon as lx;
use super::names::is_given_name;
use crate::lex::token::name::Token;
use std::collections::HashSet;
use std::ops::Range;

/// Most words in one run: longer runs are headlines or lists, cut here.
const MAX_RUN: usize = 12;

/// The runs of `toks` as token index ranges; `lower_words` holds every word of the
/// article that is written in lower case somewhere.
pub fn find(toks: &[Token], lower_words: &HashSet<&str>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let first_word = toks.iter().position(|t| t.word).unwrap_or(0);
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_cap() {
            i += 1;
            continue;
        }
        let end = run_end(toks, i);
        let mut start = i;
        while start < end && is_dropped_opener(toks, start, first_word, lower_words) {
            start += 1;
        }
        let handle = start > 0
            && toks
                .get(start - 1)
                .is_some_and(|t| matches!(t.text, "@" | "#" | "/"));
        if start < end && !handle && !is_quoted_title(toks, start..end) {
            out.push(start..end);
        }
        i = end.max(i + 1);
    }
    out
}

/// End (exclusive) of the run that starts at `start`.
fn run_end(toks: &[Token], start: usize) -> usize {
    let mut end = start + 1;
    if toks[start].possessive {
        return possessive_end(toks, start);
    }
    while end < toks.len() && end - start < MAX_RUN {
        let t = &toks[end];
        if t.is_cap() {
            if t.possessive {
                return possessive_end(toks, end);
            }
            end += 1;
            continue;
        }
        match connector_len(toks, end) {
            Some(n) => end += n,
            None => break,
        }
    }
    end
}

/// End of a run whose word at `at` is possessive: "Attorney's Office" goes on to an
/// organization head word, anything else stops.
fn possessive_end(toks: &[Token], at: usize) -> usize {
    let head = toks
        .get(at + 1)
        .is_some_and(|t| t.is_cap() && lx::is_org_head(&t.lower()));
    if head {
        at + 2
    } else {
        at + 1
    }
}

/// Length of a connector at `at` that joins the words around it, if any.
fn connector_len(toks: &[Token], at: usize) -> Option<usize> {
    let prev = toks.get(at.checked_sub(1)?)?;
    let t = toks.get(at)?;
    let next_cap = |k: usize| toks.get(k).is_some_and(Token::is_cap);
    if prev.possessive || !prev.is_cap() {
        return None;
    }
    let lower = t.lower();
    let prev_lower = prev.lower();
    let opener =
        lx::is_title(&prev_lower) || lx::is_org_opener(&prev_lower) || lx::is_org_head(&prev_lower);
    match lower.as_ref() {
        "of" | "for" if opener => {
            let the = toks.get(at + 1).is_some_and(|x| x.text == "the");
            let skip = if the { 2 } else { 1 };
            next_cap(at + skip).then_some(skip)
        }
        "and" | "&" if next_cap(at + 1) && joins_org(toks, at) => Some(1),
        _ if t.word && lx::is_name_particle(&lower) && next_cap(at + 1) => Some(1),
        _ if t.word && lx::is_particle_compound(t.text) => Some(1), // "Bashar al-Assad"
        _ => None,
    }
}

/// Whether "and" at `at` sits inside one organization name ("Health and Human
/// Services"): one plain word before it, two or more after it ending in a head word.
fn joins_org(toks: &[Token], at: usize) -> bool {
    let plain = |t: &Token| {
        t.is_cap() && !t.possessive && !lx::is_known_org(&t.lower()) && !is_given_name(t.text)
    };
    let left = (0..at)
        .rev()
        .take(4)
        .take_while(|&k| toks.get(k).is_some_and(Token::is_cap))
        .count();
    let left_one = (1..=3).contains(&left) && (at - left..at).all(|k| plain(&toks[k]));
    let mut k = at + 1;
    while toks.get(k).is_some_and(plain) && k - at <= MAX_RUN {
        k += 1;
    }
    left_one && k >= at + 3 && toks.get(k - 1).is_some_and(|t| lx::is_org_head(&t.lower()))
}

/// Whether the word at `i` opens a sentence or quotation and is a common word.
fn is_dropped_opener(
    toks: &[Token],
    i: usize,
    first_word: usize,
    lower_words: &HashSet<&str>,
) -> bool {
    let opens = i == first_word;
    let after_quote = i > 0 && toks.get(i - 1).is_some_and(|t| is_opening_mark(t.text));
    if !(opens || after_quote) {
        return false;
    }
    let lower = toks[i].lower();
    if lx::is_sentence_starter(&lower) {
        return true;
    }
    if lower.ends_with("ly")
        && !is_given_name(&lower)
        && !toks.get(i + 1).is_some_and(Token::is_cap)
    {
        return true; // "Surely", "Finally"
    }
    !is_given_name(toks[i].text) && lower_words.contains(lower.as_ref()) && !lx::is_title(&lower)
}

/// A run that fills a pair of quotation marks is the title of a work ("“Star Wars,”").
fn is_quoted_title(toks: &[Token], run: Range<usize>) -> bool {
    let opened = run.start > 0
        && toks
            .get(run.start - 1)
            .is_some_and(|t| matches!(t.text, "\"" | "\u{201c}" | "\u{2018}"));
    let mut k = run.end;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.text, "," | "." | "!" | "?"))
    {
        k += 1;
    }
    let closed = toks
        .get(k)
        .is_some_and(|t| matches!(t.text, "\"" | "\u{201d}" | "\u{2019}"));
    opened && closed
}

fn is_opening_mark(s: &str) -> bool {
    matches!(
        s,
        "\"" | "\u{201c}" | "\u{2018}" | "'" | "(" | "\u{2014}" | "\u{2013}"
    )
}

/// The article's words that start in lower case, as written (borrowed from the text).
pub fn lower_words(text: &str) -> HashSet<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::token::name::tokenize;

    fn runs(s: &str) -> Vec<String> {
        let toks = tokenize(s, 0..s.len());
        let lw = lower_words(s);
        find(&toks, &lw)
            .into_iter()
            .map(|r| {
                let t: Vec<&str> = toks[r].iter().map(|t| t.text).collect();
                t.join(" ")
            })
            .collect()
    }

    #[test]
    fn joins_connectors_and_drops_openers() {
        assert_eq!(
            runs("Despite Zelensky's push, U.S. Secretary of State Marco Rubio met Trump."),
            ["Zelensky", "U.S. Secretary of State Marco Rubio", "Trump"]
        );
        assert_eq!(
            runs("The Department of Health and Human Services and Ludwig van Beethoven"),
            [
                "Department of Health and Human Services",
                "Ludwig van Beethoven"
            ]
        );
    }
}
