//! Word scanning for the quotes stage: words with byte positions, and the context
//! ([`Ctx`]) every attribution step reads (text, mentions indexed by their ends,
//! cast, the quoted stretches).

use super::lexicon;
use crate::actors::{ActorId, Cast};
pub use crate::lex::token::words::{words, Word};
use crate::mentions::{self, Mention};
use crate::model::ActorKind;
use crate::text::marks::{self, Marked};
use crate::text::Text;
use crate::util::lower_ascii;
use std::collections::HashMap;

/// Everything the attribution steps read.
pub struct Ctx<'a> {
    pub text: &'a Text,
    pub mentions: &'a [Mention],
    pub cast: &'a Cast,
    /// Mention index by the byte where it ends.
    ends: HashMap<usize, usize>,
    /// Mention index by the byte where it starts.
    starts: HashMap<usize, usize>,
    /// The text's quoted stretches, sorted.
    pub quoted: &'a [Marked],
}

impl<'a> Ctx<'a> {
    /// Indexes `mentions` by their ends and starts (the longest wins).
    pub fn new(
        text: &'a Text,
        quoted: &'a [Marked],
        mentions: &'a [Mention],
        cast: &'a Cast,
    ) -> Self {
        Ctx {
            text,
            mentions,
            cast,
            ends: mentions::index_by(mentions, |m| m.span.end),
            starts: mentions::index_by(mentions, |m| m.span.start),
            quoted,
        }
    }

    /// The text of a word.
    pub fn word(&self, w: Word) -> &'a str {
        self.text.text.get(w.start..w.end).unwrap_or("")
    }

    /// The lower-case text of a word.
    pub fn lower(&self, w: Word) -> String {
        self.word(w).to_lowercase()
    }

    /// The text between two positions.
    pub fn gap(&self, a: usize, b: usize) -> &'a str {
        self.text.text.get(a..b).unwrap_or("")
    }

    /// The first char boundary at or after `pos` (clamped to the text).
    pub fn boundary_after(&self, pos: usize) -> usize {
        self.text.boundary_after(pos)
    }

    /// The mention ending at `end`, if any.
    pub fn mention_ending(&self, end: usize) -> Option<usize> {
        let dot = self.text.text.get(end..end + 1) == Some(".");
        self.ends
            .get(&end)
            .or_else(|| dot.then(|| self.ends.get(&(end + 1))).flatten())
            .copied()
    }

    /// The mention starting at `start`, if any.
    pub fn mention_starting(&self, start: usize) -> Option<usize> {
        self.starts.get(&start).copied()
    }

    /// The actor of mention `i`.
    pub fn actor_of(&self, i: usize) -> Option<ActorId> {
        self.cast.of_mention.get(i).copied().flatten()
    }

    /// The kind of an actor.
    pub fn kind_of(&self, id: ActorId) -> Option<ActorKind> {
        self.cast.get(id).map(|m| m.kind)
    }

    /// Whether `pos` lies inside a kept quote.
    pub fn in_quote(&self, pos: usize) -> bool {
        marks::inside(self.quoted, pos)
    }

    /// The cast member a capitalized name refers to (see [`crate::actors::Names::guess`]).
    pub fn guess(&self, name: &str) -> Option<ActorId> {
        self.cast.names.guess(name)
    }
}

impl Ctx<'_> {
    /// Whether a possessive mark follows byte `end` ("Smith's", "Smiths’").
    pub fn possessive_at(&self, end: usize) -> bool {
        self.text.possessive_at(end)
    }

    /// The cast member a description names (see [`crate::actors::Names::describe`]).
    pub fn by_description(&self, phrase: &str) -> Option<ActorId> {
        self.cast.names.describe(phrase)
    }
}

/// Whether `w` starts with an upper-case letter.
pub fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the word is a speech verb used as a verb here (not after a determiner).
pub fn verb_at(ctx: &Ctx, ws: &[Word], i: usize) -> Option<lexicon::Verb> {
    let w = ws.get(i)?;
    let text = ctx.word(*w);
    if capitalized(text) && i > 0 {
        return None; // "Call of Duty", a name
    }
    let (v, nounish) = lower_ascii(text, |lower| {
        lexicon::speech_verb(lower).map(|v| (v, lexicon::nounish(lower)))
    })?;
    // A determiner right before, or two words before a word that is also a noun
    // ("a blog post", "the final report"), makes it a noun.
    let reach = if nounish { 4 } else { 1 };
    let mut end = w.start;
    for j in (i.saturating_sub(reach)..i).rev() {
        let p = ws.get(j)?;
        if !ctx.gap(p.end, end).trim().is_empty() {
            break;
        }
        if lexicon::determiner(&ctx.lower(*p)) {
            return None;
        }
        end = p.start;
    }
    Some(v)
}
