//! Pronoun speakers: "he said", "it added", "they said", "the agency said", "the
//! doctors stated" → the actor they point back to.
//!
//! Each sentence offers candidate referents: the speakers of its quotes and the
//! subjects of its speech verbs (strong), its subject name as the actors stage read it
//! (weak; a sentence whose first noun phrase is itself a pronoun or a possessive offers
//! none, it points further back), and its other people and organizations (only for a
//! gendered pronoun that fits, or for "the agency"). A person's gender is the actors
//! stage's (a title, a role, the pronouns that follow their name: "Ms", "spokeswoman",
//! "Allen writes that he …"). A pronoun takes, going back sentence by
//! sentence, the first sentence with a candidate of a fitting kind (he/she: a person
//! of no other known gender; it: an organization or place; they: an organization or a
//! person; "the agency": an organization); there, a known fitting gender first, then
//! strong before weak, later before earlier. Limits: at most [`SENTENCES_BACK`]
//! sentences and [`PARAGRAPHS_BACK`] paragraphs back.

use super::lexicon::{Gender, Pronoun};
use super::scan::{words, Ctx};
use super::subject::{self, Who};
use crate::actors::ActorId;
use crate::model::ActorKind;

/// Sentences searched back for a referent (a pronoun's antecedent is near).
const SENTENCES_BACK: usize = 6;
/// Candidates looked at per pronoun (bounds the work on hostile pages).
const MAX_CANDIDATES: usize = 200;

/// Paragraphs searched back for a referent (news paragraphs are often one sentence).
const PARAGRAPHS_BACK: usize = 4;

/// A candidate referent.
#[derive(Debug, Clone, Copy)]
struct Cand {
    pos: usize,
    sentence: usize,
    /// None for a name the cast does not know ("Big Machine have denied …").
    actor: Option<ActorId>,
    /// 2: a quote speaker or speech-verb subject; 1: the first name of its sentence;
    /// 0: another name, a candidate only when its gender fits the pronoun.
    strength: u8,
}

/// Candidate referents of the text, sorted by position.
#[derive(Debug, Default)]
pub struct Referents {
    cands: Vec<Cand>,
}

impl Referents {
    /// Collects the speech-verb subjects and subject names of every sentence.
    pub fn collect(ctx: &Ctx) -> Self {
        let mut cands = Vec::new();
        for (si, s) in ctx.text.sentences.iter().enumerate() {
            let ws = words(&ctx.text.text, s.span.clone());
            if let Some(subject) = ctx.cast.subjects.get(si).copied().flatten() {
                cands.push(Cand {
                    pos: subject.pos,
                    sentence: si,
                    actor: Some(subject.actor),
                    strength: 1,
                });
            }
            cands.extend(other_names(ctx, s.span.clone(), si));
            for (k, w) in ws.iter().enumerate() {
                if ctx.in_quote(w.start) || super::scan::verb_at(ctx, &ws, k).is_none() {
                    continue;
                }
                let Some(subj) = subject::left(ctx, w.start, s.span.start) else {
                    continue;
                };
                let actor = match subj.who {
                    Who::Actor(a) => Some(a),
                    Who::Unknown => None,
                    _ => continue,
                };
                if !ctx.in_quote(subj.start) {
                    cands.push(Cand {
                        pos: w.start,
                        sentence: si,
                        actor,
                        strength: 2,
                    });
                }
            }
        }
        cands.sort_by_key(|c| c.pos);
        Referents { cands }
    }

    /// Records the speaker of a quote at `pos` as a strong candidate.
    pub fn add_speaker(&mut self, ctx: &Ctx, pos: usize, actor: ActorId) {
        let sentence = ctx.text.sentence_at(pos).unwrap_or(0);
        let at = self.cands.partition_point(|c| c.pos <= pos);
        self.cands.insert(
            at,
            Cand {
                pos,
                sentence,
                actor: Some(actor),
                strength: 2,
            },
        );
    }

    /// The actor a pronoun of kind `p` at byte `pos` refers to.
    pub fn resolve(&self, ctx: &Ctx, p: Pronoun, pos: usize) -> Option<ActorId> {
        if p == Pronoun::Speaker {
            return None;
        }
        let here = ctx.text.sentence_at(pos)?;
        let para = ctx.text.paragraph_at(pos);
        let upto = self.cands.partition_point(|c| c.pos < pos);
        let mut best: Option<(Cand, (bool, u8))> = None;
        for c in self.cands[..upto].iter().rev().take(MAX_CANDIDATES) {
            if here.saturating_sub(c.sentence) > SENTENCES_BACK
                || para.saturating_sub(ctx.text.paragraph_at(c.pos)) > PARAGRAPHS_BACK
            {
                break;
            }
            let gender = c.actor.and_then(|a| ctx.cast.get(a)?.gender);
            let known = gender.is_some() && same_gender(gender, p);
            let fit = fits(c.actor.and_then(|a| ctx.kind_of(a)), p) && same_gender(gender, p);
            if !fit || (c.strength == 0 && !known && p != Pronoun::Group) {
                continue;
            }
            let rank = (known, c.strength);
            match best {
                None => best = Some((*c, rank)),
                Some((b, _)) if b.sentence != c.sentence => break,
                Some((_, r)) if rank > r => best = Some((*c, rank)),
                _ => {}
            }
        }
        best.and_then(|(c, _)| c.actor)
    }
}

/// Every person or organization named in a sentence outside quotes: candidates only
/// for a gendered pronoun that fits, or for "the company".
fn other_names(ctx: &Ctx, span: std::ops::Range<usize>, si: usize) -> Vec<Cand> {
    let from = ctx.mentions.partition_point(|m| m.span.start < span.start);
    ctx.mentions[from..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.span.start < span.end)
        .filter(|(_, m)| !ctx.in_quote(m.span.start) && !ctx.possessive_at(m.span.end))
        .filter_map(|(k, m)| {
            let actor = ctx.actor_of(from + k)?;
            (ctx.kind_of(actor) != Some(ActorKind::Place)).then_some(Cand {
                pos: m.span.start,
                sentence: si,
                actor: Some(actor),
                strength: 0,
            })
        })
        .collect()
}

/// Whether a person of `gender` can be "he" or "she".
fn same_gender(gender: Option<Gender>, p: Pronoun) -> bool {
    !matches!(
        (gender, p),
        (Some(Gender::Male), Pronoun::She) | (Some(Gender::Female), Pronoun::He)
    )
}

/// An unknown name (`None`) fits "it" and "they": a named group the cast lacks.
fn fits(k: Option<ActorKind>, p: Pronoun) -> bool {
    matches!(
        (k, p),
        (
            None,
            Pronoun::Thing | Pronoun::Plural | Pronoun::Group | Pronoun::Members
        ) | (
            Some(ActorKind::Person),
            Pronoun::He | Pronoun::She | Pronoun::Plural
        ) | (
            Some(ActorKind::Organization),
            Pronoun::Thing | Pronoun::Plural | Pronoun::Group | Pronoun::Members
        ) | (Some(ActorKind::Place), Pronoun::Thing)
    )
}
