//! CLI helpers: reading pages in any encoding, the two output formats, and ordered
//! parallel work over files (`--jobs`).

mod encoding;
mod jobs;
mod render;

pub use encoding::read_page;
pub use jobs::run_ordered;
pub use render::{json, text};
