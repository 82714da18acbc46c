//! Stage 7, quotes: the text → direct quotations with their speakers.
//!
//! Input: the [`Text`] (paragraphs, sentence hints), its quoted stretches
//! ([`Marked`], paired by `text::marks`), the mentions and the cast. Output:
//! one [`Found`] per quotation, in text order: the quoted words (span without marks),
//! full or partial, the speaker (an actor of the cast, or none for unnamed sources)
//! and the cue as written ("told", "said", "according to").
//!
//! Algorithm:
//! 1. the quoted stretches, from `text::marks` (every style of quotation mark; the
//!    actors and dates read the same ones).
//! 2. `attribute`: cue and subject from the quote's sentence (leader verb, trailer
//!    attribution, a previous quote of the sentence), else the previous sentence, else
//!    the previous quote for continuations; `subject` reads "X said", "said X",
//!    "X, the spokesman, said", "according to X", role phrases and descriptions;
//!    `refer` resolves he/she/it/they, "the agency" and "the doctors"; the cast's
//!    `Names` (built by the actors stage) look names the mentions missed and
//!    descriptions up.
//! 3. `kind`: full or partial; drops titles, names and scare quotes without a cue.
//! 4. `pull`: a lone short quoted paragraph (a pull quote, a crosshead) takes the
//!    speaker of the quote that holds its words.
//!
//! Speakers come only from mentions (through `Cast::of_mention`) or cast names; an
//! unnamed source ("a spokesperson said") gives no speaker but its description.
//! Limits: a quote never crosses a paragraph; work is linear in the text (windows are
//! single sentences).

mod attribute;
mod found;
mod kind;
mod lexicon;
mod pull;
mod refer;
mod scan;
mod subject;

use crate::actors::{ActorId, Cast};
use crate::mentions::Mention;
use crate::text::marks::Marked;
use crate::text::Text;
use attribute::Prev;
use subject::Who;

pub use found::Found;

/// Finds the quotations of `text` among its `marked` stretches and attributes them
/// using `mentions` and `cast`.
pub fn find(text: &Text, marked: &[Marked], mentions: &[Mention], cast: &Cast) -> Vec<Found> {
    let ctx = scan::Ctx::new(text, marked, mentions, cast);
    let mut referents = refer::Referents::collect(&ctx);
    let mut out = Vec::new();
    let mut prev: Option<Prev> = None;
    let mut members: Option<ActorId> = None; // what "the doctors" last stood for
    let mut lone: Vec<(Found, bool)> = Vec::new(); // lone quoted paragraphs, kept or not
    for (i, m) in marked.iter().enumerate() {
        let win = attribute::windows(&ctx, marked, i);
        let a = attribute::attribute(&ctx, m, &win, prev.as_ref());
        let speaker = speaker_of(&ctx, &referents, &mut members, a.who);
        let source = match a.who {
            Some(Who::Described(s, e)) => Some(s..e), // never a speaker
            _ => None,
        };
        let kind = kind::classify(&ctx, m, &win, &a);
        let keep = kind::accept(&ctx, m, &win, kind, &a, speaker);
        let found = Found {
            span: m.inner.clone(),
            kind,
            speaker,
            source: source.clone(),
            cue: a.cue.clone(),
            paragraph: m.paragraph,
        };
        if a.how == attribute::How::Nothing
            && text.paragraphs.get(m.paragraph) == Some(&m.outer)
            && pull::short(text, &found)
        {
            lone.push((found, keep));
            continue;
        }
        if !keep {
            continue;
        }
        if let Some(id) = speaker {
            referents.add_speaker(&ctx, m.inner.start, id);
        }
        prev = Some(Prev {
            outer: m.outer.clone(),
            paragraph: m.paragraph,
            speaker,
            source,
            cue: a.cue.clone(),
        });
        out.push(found);
    }
    pull::attach(text, lone, &mut out);
    out
}

/// The actor a subject stands for: itself, or what its pronoun points back to.
fn speaker_of(
    ctx: &scan::Ctx,
    referents: &refer::Referents,
    members: &mut Option<ActorId>,
    who: Option<Who>,
) -> Option<ActorId> {
    match who? {
        Who::Actor(id) => Some(id),
        Who::Pronoun(lexicon::Pronoun::Members, pos) => {
            // An article's "doctors" stay the same group once known.
            *members = members.or_else(|| referents.resolve(ctx, lexicon::Pronoun::Members, pos));
            *members
        }
        Who::Pronoun(p, pos) => referents.resolve(ctx, p, pos),
        Who::Described(..) | Who::Unnamed | Who::Unknown => None,
    }
}

#[cfg(test)]
mod tests;
