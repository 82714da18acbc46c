//! Stage 9, summary: sentences → a few key sentences, verbatim, in article order.
//!
//! STUB: to be written.

use crate::actors::Cast;
use crate::mentions::Mention;
use crate::text::Text;

/// Indices into `text.sentences` of the key sentences, in article order.
pub fn build(text: &Text, mentions: &[Mention], cast: &Cast) -> Vec<usize> {
    let _ = (mentions, cast);
    (0..text.sentences.len().min(3)).collect()
}
