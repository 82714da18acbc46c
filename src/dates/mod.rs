//! Stage 8, dates: the text → temporal expressions resolved to calendar days.
//!
//! STUB: to be written.

use crate::model::Grain;
use crate::text::Text;
use chrono::NaiveDate;
use std::ops::Range;

/// A temporal expression found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Byte range of the expression in `Text::text`.
    pub span: Range<usize>,
    /// Inclusive first and last day, when resolved.
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub grain: Grain,
    /// ISO 8601 duration ("P3Y"), for grain `Duration`.
    pub duration: Option<String>,
    /// Whether the value depends on the reference day.
    pub relative: bool,
    /// Index of the sentence in `Text::sentences`.
    pub sentence: usize,
}

/// Finds the dates of `text`; relative ones resolve against `reference` (the
/// publication day), and stay unresolved without it.
pub fn find(text: &Text, reference: Option<NaiveDate>) -> Vec<Found> {
    let _ = (text, reference);
    Vec::new()
}
