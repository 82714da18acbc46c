//! Leaf helpers every stage may use: string folding and matching, URL resolution,
//! word sets and hashing. Imports no stage.

pub mod strings;
pub mod url;
pub mod words;

pub(crate) use words::FxBuild;
pub use words::{lower_ascii, WordSet};
