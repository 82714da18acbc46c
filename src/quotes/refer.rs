//! Pronoun speakers: "he said", "it added", "they said" → the actor they point back to.
//!
//! Each sentence offers candidate referents: the speakers of its quotes and the
//! subjects of its speech verbs (strong), else its first name outside quotes (weak; a
//! sentence whose first noun phrase is itself a pronoun offers none, it points further
//! back). A pronoun takes, going back sentence by sentence, the first sentence with a
//! candidate of a fitting kind (he/she: a person; it: an organization or place; they:
//! an organization or a person), strong before weak, later before earlier. Limits: at
//! most [`SENTENCES_BACK`] sentences and [`PARAGRAPHS_BACK`] paragraphs back.

use super::lexicon::{self, Pronoun};
use super::scan::{words, Ctx};
use super::subject::{self, Who};
use crate::actors::ActorId;
use crate::model::ActorKind;

/// Sentences searched back for a referent (a pronoun's antecedent is near).
const SENTENCES_BACK: usize = 6;
/// Paragraphs searched back for a referent (news paragraphs are often one sentence).
const PARAGRAPHS_BACK: usize = 4;

/// A candidate referent.
#[derive(Debug, Clone, Copy)]
struct Cand {
    pos: usize,
    sentence: usize,
    /// None for a name the cast does not know ("Big Machine have denied …").
    actor: Option<ActorId>,
    strong: bool,
}

/// Candidate referents of the text, sorted by position.
#[derive(Debug, Default)]
pub struct Referents {
    cands: Vec<Cand>,
}

impl Referents {
    /// Collects the speech-verb subjects and first names of every sentence (quotes
    /// must already be in `ctx.quoted`).
    pub fn collect(ctx: &Ctx) -> Self {
        let mut cands = Vec::new();
        for (si, s) in ctx.text.sentences.iter().enumerate() {
            let ws = words(&ctx.text.text, s.span.clone());
            if let Some(c) = first_name(ctx, &ws, si) {
                cands.push(c);
            }
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
                        strong: true,
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
                strong: true,
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
        let mut best: Option<Cand> = None;
        for c in self.cands[..upto].iter().rev() {
            if here.saturating_sub(c.sentence) > SENTENCES_BACK
                || para.saturating_sub(ctx.text.paragraph_at(c.pos)) > PARAGRAPHS_BACK
            {
                break;
            }
            if !fits(c.actor.and_then(|a| ctx.kind_of(a)), p) {
                continue;
            }
            match best {
                None => best = Some(*c),
                Some(b) if b.sentence != c.sentence => break,
                Some(b) if !b.strong && c.strong => best = Some(*c),
                _ => {}
            }
        }
        best.and_then(|c| c.actor)
    }
}

/// Whether an actor of kind `k` can be what pronoun `p` points to.
/// An unknown name (`None`) fits "it" and "they": a named group the cast lacks.
fn fits(k: Option<ActorKind>, p: Pronoun) -> bool {
    matches!(
        (k, p),
        (None, Pronoun::Thing | Pronoun::Plural)
            | (Some(ActorKind::Person), Pronoun::Person | Pronoun::Plural)
            | (
                Some(ActorKind::Organization),
                Pronoun::Thing | Pronoun::Plural
            )
            | (Some(ActorKind::Place), Pronoun::Thing)
    )
}

/// The sentence's first noun phrase outside quotes when it is a non-possessive name of
/// a person or organization; none when it is a pronoun.
fn first_name(ctx: &Ctx, ws: &[super::scan::Word], si: usize) -> Option<Cand> {
    for w in ws.iter().filter(|w| !ctx.in_quote(w.start)) {
        if lexicon::pronoun(&ctx.lower(*w)).is_some() {
            return None;
        }
        let Some(m) = ctx.mention_starting(w.start) else {
            continue;
        };
        let mention = ctx.mentions.get(m)?;
        let actor = ctx.actor_of(m)?;
        if ctx.possessive_at(mention.span.end) {
            return None; // "Taylor Swift's albums were …": the subject is not her
        }
        if ctx.kind_of(actor) == Some(ActorKind::Place) {
            continue;
        }
        return Some(Cand {
            pos: w.start,
            sentence: si,
            actor: Some(actor),
            strong: false,
        });
    }
    None
}
