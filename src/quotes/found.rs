//! The quotes stage's output: one [`Found`] per quotation.

use crate::actors::ActorId;
use crate::model::QuoteKind;
use std::ops::Range;

/// A quotation found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range of the quoted words in `Text::text`, without the enclosing marks.
    pub span: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<ActorId>,
    /// Byte range of an unnamed source's description ("a senior official"); only
    /// when `speaker` is none.
    pub source: Option<Range<usize>>,
    /// The speech verb or cue ("told", "said", "according to").
    pub cue: Option<String>,
    pub paragraph: usize,
}
