//! Stage 3, extract: the DOM → the reader-mode article body.
//!
//! STUB: to be written (Readability-style candidate scoring).

use crate::metadata::Metadata;
use crate::model::Diagnostic;
use crate::page::Page;

/// The article body as the reader sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Body {
    /// Plain text of each block (paragraph, heading, list item, quote), in order.
    pub blocks: Vec<String>,
    /// Sanitized reader-mode HTML of the body (see `crate::sanitize`).
    pub html: String,
    /// Partial problems (e.g. `notAnArticle`).
    pub diagnostics: Vec<Diagnostic>,
}

/// Finds the article body of `page`; `meta` helps drop the title and byline from it.
pub fn article(page: &Page, meta: &Metadata) -> Body {
    let _ = (page, meta);
    Body::default()
}
