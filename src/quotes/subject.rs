//! Who does a speech verb belong to: the subject to its left ("Zelensky told", "X, the
//! spokesman, said", "Sowers, who said") or to its right ("said Brent Sherwood",
//! "according to X").
//!
//! A subject is a mention (mapped to its actor through the cast), a pronoun (resolved
//! later), an unnamed noun phrase ("a spokesperson", "the letter": nobody), or nothing.
//! Names the mention stage missed are looked up in the cast by surname or alias.

use super::lexicon::{self, Pronoun};
use super::scan::{capitalized, words, Ctx, Word};
use crate::actors::ActorId;

/// What a subject turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// A known actor.
    Actor(ActorId),
    /// A pronoun at this byte, to resolve.
    Pronoun(Pronoun, usize),
    /// A noun phrase naming nobody of the cast, at these bytes: an unnamed source's
    /// description ("a senior official", "two people familiar with the talks").
    Described(usize, usize),
    /// Nobody of the cast, and no description of the source.
    Unnamed,
    /// A capitalized name the cast does not know.
    Unknown,
}

/// A subject and the byte where its phrase starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subject {
    pub who: Who,
    pub start: usize,
}

/// How far back an appositive may reach ("X, a member of … letter, told"): bytes.
const APPOSITIVE_REACH: usize = 160;

/// How far a subject may lie left of its verb, or right of it: bytes (bounds the work
/// on very long sentences).
const REACH: usize = 400;

/// Words skipped right after a verb before a name ("said U.S. Attorney James Kennedy").
const TITLE_WORDS: usize = 4;

/// The subject of the verb starting at `verb`, looking left but not before `bound`.
pub fn left(ctx: &Ctx, verb: usize, bound: usize) -> Option<Subject> {
    let bound = ctx.boundary_after(bound.max(verb.saturating_sub(REACH)));
    let ws = words(&ctx.text.text, bound..verb);
    let mut i = ws.len();
    let mut end = verb;
    while i > 0 {
        let w = ws[i - 1];
        let lower_case = !capitalized(ctx.word(w));
        if !ctx.gap(w.end, end).trim().is_empty()
            || !lower_case
            || !lexicon::skippable(&ctx.lower(w))
        {
            break;
        }
        end = w.start;
        i -= 1;
    }
    let prev = ws.get(i.checked_sub(1)?).copied()?;
    let gap = ctx.gap(prev.end, end).trim();
    if gap.is_empty() || (gap == "." && ctx.mention_ending(prev.end).is_some()) {
        return at_word(ctx, &ws[..i]);
    }
    if gap.ends_with(',') || gap == "\u{2014}" || gap == "\u{2013}" || gap == "-" {
        return appositive(ctx, &ws[..i], bound);
    }
    None
}

/// The subject ending with the last word of `ws`.
fn at_word(ctx: &Ctx, ws: &[Word]) -> Option<Subject> {
    let last = *ws.last()?;
    if let Some(m) = ctx.mention_ending(last.end) {
        return Some(from_mention(ctx, ws, m));
    }
    let lower = ctx.lower(last);
    if let Some(p) = lexicon::pronoun(&lower) {
        return Some(Subject {
            who: Who::Pronoun(p, last.start),
            start: last.start,
        });
    }
    if lexicon::relative(&lower) {
        let before = &ws[..ws.len() - 1];
        let prev = before.last()?;
        let gap = ctx.gap(prev.end, last.start).trim();
        let m = ctx
            .mention_ending(prev.end)
            .filter(|_| gap.is_empty() || gap == ",")?;
        return Some(from_mention(ctx, before, m)).filter(|s| matches!(s.who, Who::Actor(_)));
    }
    if capitalized(ctx.word(last)) {
        return name_run(ctx, ws);
    }
    if lexicon::function_word(&lower) {
        return None; // "the war and said": no subject here
    }
    Some(unnamed(ctx, ws))
}

/// A subject from mention `m`, unless a preposition puts it inside a longer phrase
/// ("China's ambassador to Britain said").
fn from_mention(ctx: &Ctx, ws: &[Word], m: usize) -> Subject {
    let start = ctx.mentions.get(m).map_or(0, |x| x.span.start);
    let before = ws.iter().rev().find(|w| w.end <= start);
    if before.is_some_and(|b| lexicon::preposition(&ctx.lower(*b))) {
        let end = ctx.mentions.get(m).map_or(start, |x| x.span.end);
        return described(ctx, ws, start, end);
    }
    let who = ctx.actor_of(m).map_or(Who::Unnamed, Who::Actor);
    Subject { who, start }
}

/// Commas looked back through in an appositive ("X, Senior VP of Sales for Y, Inc.,
/// says").
const APPOSITIVE_COMMAS: usize = 3;

/// Longest noun phrase, in words, matched against the cast's roles.
const PHRASE_WORDS: usize = 7;

/// A phrase around a name ("China’s ambassador to Britain"): the cast member whose
/// role or alias it is, else nobody.
fn described(ctx: &Ctx, ws: &[Word], start: usize, end: usize) -> Subject {
    let inside = ws.partition_point(|w| w.start < start);
    let mut first = inside;
    while first > 0 && inside - first < PHRASE_WORDS {
        // The word after `first - 1`: the name itself when the words end before it.
        let next = ws.get(first).map_or(start, |n| n.start);
        if !ctx.gap(ws[first - 1].end, next).trim().is_empty() {
            break;
        }
        first -= 1;
    }
    let found = (first..inside).find_map(|k| {
        let a = ctx.by_description(ctx.gap(ws[k].start, end))?;
        Some(Subject {
            who: Who::Actor(a),
            start: ws[k].start,
        })
    });
    found.unwrap_or(Subject {
        who: Who::Unnamed,
        start,
    })
}

/// A run of capitalized words the mention stage did not catch: a cast lookup.
fn name_run(ctx: &Ctx, ws: &[Word]) -> Option<Subject> {
    let mut first = ws.len();
    while first > 0
        && ws.len() - first < 4
        && capitalized(ctx.word(ws[first - 1]))
        && tight(ctx, ws, first - 1)
    {
        first -= 1;
    }
    let start = ws.get(first)?.start;
    let end = ws.last()?.end;
    let who = ctx
        .guess(ctx.gap(start, end))
        .map_or(Who::Unknown, Who::Actor);
    Some(Subject { who, start })
}

/// Prepositional links a description may hold ("a spokesman for the ministry",
/// "two people familiar with the talks").
const DESCRIPTION_LINKS: usize = 2;

/// A common noun phrase ("the physicians", "one reader", "a spokesman for the
/// ministry"): starts at its determiner.
fn unnamed(ctx: &Ctx, ws: &[Word]) -> Subject {
    let first = phrase_first(ctx, ws);
    let start = ws.get(first).map_or(0, |w| w.start);
    let end = ws.last().map_or(start, |w| w.end);
    let head = ws.last().map(|w| ctx.lower(*w)).unwrap_or_default();
    // Only a bare "the agency" points back; "the French foreign ministry" is its own.
    let the = first + 2 == ws.len() && ws.get(first).is_some_and(|w| ctx.lower(*w) == "the");
    let who = match ctx.by_description(ctx.gap(start, end)) {
        Some(a) => Who::Actor(a),
        None if the && lexicon::org_noun(&head) => Who::Pronoun(Pronoun::Group, start),
        None if the && lexicon::member_noun(&head) => Who::Pronoun(Pronoun::Members, start),
        None => description(ctx, ws, first),
    };
    Subject { who, start }
}

/// The source description ending `ws` whose own noun phrase starts at `first`, through
/// the prepositional phrases before it ("a spokesman for the ministry"), if it reads as
/// one; else nobody.
fn description(ctx: &Ctx, ws: &[Word], first: usize) -> Who {
    let mut first = first;
    for _ in 0..DESCRIPTION_LINKS {
        let Some(p) = first.checked_sub(1).filter(|&p| p > 0) else {
            break;
        };
        let linked = lexicon::preposition(&ctx.lower(ws[p]))
            && lexicon::opener(&ctx.lower(ws[first]))
            && tight(ctx, ws, p - 1)
            && tight(ctx, ws, p)
            && !lexicon::function_word(&ctx.lower(ws[p - 1]));
        if !linked {
            break;
        }
        first = phrase_first(ctx, &ws[..p]);
    }
    match (ws.get(first), ws.last()) {
        (Some(a), Some(b)) if is_description(ctx, ws, first) => Who::Described(a.start, b.end),
        _ => Who::Unnamed,
    }
}

/// Longest bare plural description, in words ("senior administration officials").
const BARE_PLURAL_WORDS: usize = 3;

/// Shortest head of a bare plural description ("aides", not "ces").
const BARE_PLURAL_HEAD: usize = 5;

/// Whether `ws[first..]` reads as the description of a source: it opens with a
/// determiner, number or quantifier ("a senior official", "two people"), or is a short
/// bare plural ("officials"); it ends in a lower-case word that is not a function
/// word; and it is not the object of a preposition ("on the eve of …").
fn is_description(ctx: &Ctx, ws: &[Word], first: usize) -> bool {
    let (Some(open), Some(head)) = (ws.get(first), ws.last()) else {
        return false;
    };
    let head_lower = ctx.lower(*head);
    let head_ok = ctx.word(*head).chars().all(|c| c.is_ascii_lowercase())
        && head_lower.len() > 2
        && !lexicon::function_word(&head_lower)
        && !lexicon::opener(&head_lower)
        && lexicon::pronoun(&head_lower).is_none();
    let opens = lexicon::opener(&ctx.lower(*open))
        || (ws.len() - first <= BARE_PLURAL_WORDS
            && head_lower.len() >= BARE_PLURAL_HEAD
            && head_lower.ends_with('s')
            && !head_lower.ends_with("ss"));
    let object = first
        .checked_sub(1)
        .is_some_and(|p| tight(ctx, ws, p) && lexicon::preposition(&ctx.lower(ws[p])));
    head_ok && opens && !object
}

/// Whether no text but spaces separates `ws[k]` from the word after it.
fn tight(ctx: &Ctx, ws: &[Word], k: usize) -> bool {
    ws.get(k + 1)
        .map_or(true, |n| ctx.gap(ws[k].end, n.start).trim().is_empty())
}

/// The first word of the noun phrase that ends `ws` (at most four words, back to its
/// determiner or number).
fn phrase_first(ctx: &Ctx, ws: &[Word]) -> usize {
    let mut first = ws.len().saturating_sub(1);
    for k in (ws.len().saturating_sub(4)..ws.len()).rev() {
        let lower = ctx.lower(ws[k]);
        if !tight(ctx, ws, k) || (k < first && lexicon::function_word(&lower)) {
            break;
        }
        first = k;
        if lexicon::opener(&lower) {
            break;
        }
    }
    first
}

/// "X, the spokesman, said" / "The company, Dick Clark Productions, denies": the
/// subject around the comma pair before the verb.
fn appositive(ctx: &Ctx, ws: &[Word], bound: usize) -> Option<Subject> {
    let last = *ws.last()?;
    let reach = last.end.saturating_sub(APPOSITIVE_REACH).max(bound);
    let commas: Vec<usize> = (0..ws.len().saturating_sub(1))
        .rev()
        .filter(|&k| {
            ws[k].start >= reach
                && ctx
                    .gap(ws[k].end, ws[k + 1].start)
                    .contains([',', '\u{2014}', '\u{2013}'])
        })
        .take(APPOSITIVE_COMMAS)
        .collect();
    let Some(&nearest) = commas.first() else {
        return at_word(ctx, ws); // "Heyward, said": a lone comma
    };
    if let Some(m) = ctx.mention_starting(ws[nearest + 1].start) {
        if ctx.mentions.get(m).is_some_and(|x| x.span.end == last.end) {
            return Some(from_mention(ctx, ws, m)); // the segment is the name
        }
    }
    // A name right before one of the commas: the nearest person (an employer or a
    // place may sit inside the description), else the nearest actor.
    let mut actor = None;
    for &k in &commas {
        let Some(s) = at_word(ctx, &ws[..=k]) else {
            continue;
        };
        if let Who::Actor(a) = s.who {
            if ctx.kind_of(a) == Some(crate::model::ActorKind::Person) {
                return Some(s);
            }
            actor = actor.or(Some(s));
        }
    }
    actor.or_else(|| at_word(ctx, &ws[..=nearest]))
}

/// The subject right after the verb ending at `end`, before `bound`.
pub fn right(ctx: &Ctx, end: usize, bound: usize) -> Option<Subject> {
    let bound = ctx.boundary_after(bound.min(end.saturating_add(REACH)));
    let ws = words(&ctx.text.text, end..bound);
    let first = *ws.first()?;
    if !ctx.gap(end, first.start).trim().is_empty() {
        return None;
    }
    let lower = ctx.lower(first);
    if let Some(p) = lexicon::pronoun(&lower) {
        return Some(Subject {
            who: Who::Pronoun(p, first.start),
            start: first.start,
        });
    }
    let (np, hit) = phrase_after(ctx, &ws);
    if let Some(who) = hit {
        return Some(Subject {
            who,
            start: first.start,
        });
    }
    let appositive = ws.get(np.len()).filter(|w| {
        let prev = np.last().map_or(first.end, |p| p.end);
        ctx.gap(prev, w.start).trim() == ","
    });
    if let Some(m) = appositive.and_then(|w| ctx.mention_starting(w.start)) {
        let who = ctx.actor_of(m).map_or(Who::Unnamed, Who::Actor); // "his aunt, Jane Starner"
        return Some(Subject {
            who,
            start: first.start,
        });
    }
    if capitalized(ctx.word(first)) && !lexicon::determiner(&lower) {
        return Some(caps_guess(ctx, &ws));
    }
    let np = match np.iter().position(|w| lexicon::relative(&ctx.lower(*w))) {
        Some(k) => &np[..k], // "said a senior official who spoke"
        None => &np[..],
    };
    let mut s = unnamed(ctx, np);
    if let Who::Described(start, end) = s.who {
        s.who = Who::Described(start, linked_end(ctx, &ws, np.len(), end));
    }
    Some(s)
}

/// "said two people familiar with the talks": the end of a description after verb,
/// through at most [`DESCRIPTION_LINKS`] prepositional phrases that open with a
/// determiner; `k` is the index of the word after the phrase so far, ending at `end`.
fn linked_end(ctx: &Ctx, ws: &[Word], k: usize, end: usize) -> usize {
    let mut k = k;
    let mut end = end;
    for _ in 0..DESCRIPTION_LINKS {
        let (Some(prep), Some(det)) = (ws.get(k), ws.get(k + 1)) else {
            break;
        };
        let linked = k > 0
            && tight(ctx, ws, k - 1)
            && tight(ctx, ws, k)
            && lexicon::preposition(&ctx.lower(*prep))
            && lexicon::opener(&ctx.lower(*det));
        if !linked {
            break;
        }
        let mut j = k + 1;
        while j + 1 < ws.len()
            && j - k < 4
            && tight(ctx, ws, j)
            && !lexicon::function_word(&ctx.lower(ws[j + 1]))
            && !lexicon::relative(&ctx.lower(ws[j + 1]))
        {
            j += 1;
        }
        let head = ctx.lower(ws[j]);
        if lexicon::opener(&head) || !ctx.word(ws[j]).chars().all(char::is_alphabetic) {
            break; // "the authors of the 2016 report": no head word
        }
        end = ws[j].end;
        k = j + 1;
    }
    end
}

/// The noun phrase right after a verb (tight words, no function word, at most
/// [`TITLE_WORDS`] + 2) and the actor of a mention inside it ("said veteran analyst Ken
/// Doctor"); a possessive name only modifies ("said Smith's spokesman").
fn phrase_after(ctx: &Ctx, ws: &[Word]) -> (Vec<Word>, Option<Who>) {
    let mut np: Vec<Word> = Vec::new();
    for (k, w) in ws.iter().enumerate().take(TITLE_WORDS + 2) {
        let tight = k == 0 || {
            let gap = ctx.gap(ws[k - 1].end, w.start).trim();
            let prev = ctx.word(ws[k - 1]);
            gap.is_empty() || (gap == "." && capitalized(prev) && prev.len() <= 4)
            // "Rep."
        };
        if !tight || lexicon::function_word(&ctx.lower(*w)) {
            break;
        }
        if let Some(m) = ctx.mention_starting(w.start) {
            let end = ctx.mentions.get(m).map_or(w.end, |x| x.span.end);
            if !ctx.possessive_at(end) {
                return (np, Some(ctx.actor_of(m).map_or(Who::Unnamed, Who::Actor)));
            }
        }
        np.push(*w);
    }
    (np, None)
}

/// A run of capitalized words right after a verb the mentions missed: a cast lookup.
fn caps_guess(ctx: &Ctx, ws: &[Word]) -> Subject {
    let caps: Vec<Word> = ws
        .iter()
        .take_while(|w| capitalized(ctx.word(**w)))
        .take(TITLE_WORDS + 1)
        .copied()
        .collect();
    let who = (1..=caps.len())
        .rev()
        .find_map(|n| {
            let a = caps.get(caps.len() - n)?.start;
            ctx.guess(ctx.gap(a, caps.last()?.end))
        })
        .map_or(Who::Unknown, Who::Actor);
    Subject {
        who,
        start: ws.first().map_or(0, |w| w.start),
    }
}
