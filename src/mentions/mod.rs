//! Stage 5, mentions: sentences → names of people, organizations and places, with roles.
//!
//! STUB: to be written.

use crate::model::ActorKind;
use crate::text::Text;
use std::ops::Range;

/// One occurrence of a name (or a description such as "the Ukrainian leader") in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the name in `Text::text` (without a title in front).
    pub span: Range<usize>,
    pub kind: ActorKind,
    /// The name as it should be shown (possessive "'s" removed, whitespace folded).
    pub name: String,
    /// The role the text gives here ("Russian Foreign Minister"), if any.
    pub role: Option<String>,
    /// Index of the sentence in `Text::sentences`.
    pub sentence: usize,
}

/// Finds every mention in `text`, in text order.
pub fn find(text: &Text) -> Vec<Mention> {
    let _ = text;
    Vec::new()
}
