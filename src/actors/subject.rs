//! The subject name of each sentence: its first noun phrase outside quotes, when that
//! is a name of a person or organization not followed by a possessive ("Taylor Swift's
//! albums were …" is not about her); a sentence that opens with a pronoun has none (it
//! points further back). A name with a person right after it ("the company's chief,
//! Ann Lee") stands for that person. The quotes stage takes these as referents of
//! pronouns; the actors stage counts the pronouns that follow them for genders.

use super::cast::{ActorId, Cast, Subject};
use crate::lex::en;
use crate::lex::gender::{pronoun_gender, Gender};
use crate::lex::token::words::{words, Word};
use crate::mentions::{self, Mention};
use crate::model::ActorKind;
use crate::text::marks::{self, Marked};
use crate::text::Text;
use crate::util::lower_ascii;
use std::collections::HashMap;

/// Words between a name and the person it introduces ("Acme chief executive Ann Lee").
const QUALIFIER_WORDS: usize = 5;

/// Bytes looked at after a name for the person it introduces.
const QUALIFIER_REACH: usize = 80;

/// What the scan reads: the text, its quoted stretches and the mentions by start.
struct Scan<'a> {
    text: &'a Text,
    quoted: &'a [Marked],
    mentions: &'a [Mention],
    starts: HashMap<usize, usize>,
    cast: &'a Cast,
}

impl Scan<'_> {
    fn in_quote(&self, pos: usize) -> bool {
        marks::inside(self.quoted, pos)
    }

    fn kind(&self, a: ActorId) -> Option<ActorKind> {
        self.cast.get(a).map(|m| m.kind)
    }

    /// The mention starting at byte `pos` and its actor.
    fn actor_starting(&self, pos: usize) -> Option<(usize, Option<ActorId>)> {
        let m = *self.starts.get(&pos)?;
        Some((m, self.cast.of_mention.get(m).copied().flatten()))
    }
}

/// How often the gendered pronouns after a member's subject mentions are male and
/// female ("Allen writes that he …").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pronouns {
    pub male: u32,
    pub female: u32,
}

/// The subject of every sentence of `text` (one entry per sentence), reading the
/// mentions' actors in `cast`, and the pronouns after each member's subjects.
pub fn find(
    text: &Text,
    marked: &[Marked],
    mentions: &[Mention],
    cast: &Cast,
) -> (Vec<Option<Subject>>, Vec<Pronouns>) {
    let scan = Scan {
        text,
        quoted: marked,
        mentions,
        starts: mentions::index_by(mentions, |m| m.span.start),
        cast,
    };
    let mut usage = vec![Pronouns::default(); cast.members.len()];
    let mut subjects = Vec::with_capacity(text.sentences.len());
    for s in &text.sentences {
        let ws = words(&text.text, s.span.clone());
        let subject = first_name(&scan, &ws);
        if let Some(u) = subject.and_then(|s| usage.get_mut(s.actor.0 as usize)) {
            count_pronouns(&scan, &ws, subject.map_or(0, |s| s.pos), u);
        }
        subjects.push(subject);
    }
    (subjects, usage)
}

/// Counts the gendered pronouns after byte `from` among `ws`, outside quotes.
fn count_pronouns(scan: &Scan, ws: &[Word], from: usize, usage: &mut Pronouns) {
    for w in ws
        .iter()
        .filter(|w| w.start > from && !scan.in_quote(w.start))
    {
        match lower_ascii(scan.text.slice(&(w.start..w.end)), pronoun_gender) {
            Some(Gender::Male) => usage.male += 1,
            Some(Gender::Female) => usage.female += 1,
            None => {}
        }
    }
}

/// The first name of a sentence's words `ws` outside quotes (see the module doc).
fn first_name(scan: &Scan, ws: &[Word]) -> Option<Subject> {
    for w in ws.iter().filter(|w| !scan.in_quote(w.start)) {
        let pronoun = |l: &str| en::SUBJECT_PRONOUNS.get(l).is_some();
        if lower_ascii(scan.text.slice(&(w.start..w.end)), pronoun) {
            return None;
        }
        let Some((m, actor)) = scan.actor_starting(w.start) else {
            continue;
        };
        let mention = scan.mentions.get(m)?;
        let actor = actor?;
        if scan.text.possessive_at(mention.span.end) {
            return None;
        }
        if scan.kind(actor) == Some(ActorKind::Place) {
            continue;
        }
        let actor = head_person(scan, mention.span.end).unwrap_or(actor);
        return Some(Subject {
            pos: w.start,
            actor,
        });
    }
    None
}

/// The person named right after byte `end` within a few words ("Acme chief Ann Lee").
fn head_person(scan: &Scan, end: usize) -> Option<ActorId> {
    let reach = scan.text.boundary_after(end + QUALIFIER_REACH);
    let ws = words(&scan.text.text, end..reach);
    let mut prev = end;
    for w in ws.iter().take(QUALIFIER_WORDS + 1) {
        if !scan.text.slice(&(prev..w.start)).trim().is_empty() {
            return None;
        }
        if let Some((_, actor)) = scan.actor_starting(w.start) {
            let a = actor?;
            return (scan.kind(a) == Some(ActorKind::Person)).then_some(a);
        }
        prev = w.end;
    }
    None
}
