//! CLI helpers: reading pages in any encoding, and the two output formats.

mod encoding;
mod render;

pub use encoding::read_page;
pub use render::{json, text};
