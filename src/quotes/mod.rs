//! Stage 7, quotes: the text → direct quotations with their speakers.
//!
//! STUB: to be written.

use crate::actors::{ActorId, Cast};
use crate::mentions::Mention;
use crate::model::QuoteKind;
use crate::text::Text;
use std::ops::Range;

/// A quotation found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range of the quoted words in `Text::text`, without the enclosing marks.
    pub span: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<ActorId>,
    /// The speech verb or cue ("told", "said", "according to").
    pub cue: Option<String>,
    pub paragraph: usize,
}

/// Finds the quotations of `text` and attributes them using `mentions` and `cast`.
pub fn find(text: &Text, mentions: &[Mention], cast: &Cast) -> Vec<Found> {
    let _ = (text, mentions, cast);
    Vec::new()
}
