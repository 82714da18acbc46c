//! Stage 1, parse: the page HTML → a DOM, within limits.
//!
//! Input: the page as a string. Output: [`Page`], the parsed document, and the
//! diagnostics of what was cut. Before parsing, a linear scan rejects what is not HTML
//! (empty, binary, no tag at all); then [`bound`] (a linear tokenizer pass with a model
//! of the parser's stack, see `page/bound.rs`) removes start tags nested deeper than
//! `Limits::max_depth` (with their end tags; text is kept) and attributes beyond
//! `Limits::max_attributes` on a tag, since html5ever's tree builder is quadratic in
//! both. The element count the pass predicts is checked against `Limits::max_elements`.
//! The parser (html5ever via scraper) builds the tree without recursion.

mod bound;
mod depth;
mod tags;

use crate::error::Error;
use crate::model::{Diagnostic, DiagnosticKind};
use crate::options::Limits;
use scraper::node::Element;
use scraper::Html;

/// A parsed page. The parser's types stay inside the crate.
pub struct Page {
    pub(crate) doc: Html,
    /// What the limits removed before parsing (`truncated` diagnostics), for the output.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Parses `html` after checking it against `limits`.
pub fn parse(html: &str, limits: &Limits) -> Result<Page, Error> {
    if html.len() > limits.max_input_bytes {
        return Err(Error::TooLarge {
            bytes: html.len(),
            limit: limits.max_input_bytes,
        });
    }
    check_is_html(html)?;
    let bounded = bound::bound(html, limits.max_depth, limits.max_attributes);
    if bounded.elements > limits.max_elements {
        return Err(Error::TooManyElements {
            limit: limits.max_elements,
        });
    }
    let mut diagnostics = Vec::new();
    if bounded.dropped_tags > 0 {
        diagnostics.push(truncated(format!(
            "{} tags removed: nesting deeper than {} elements, or thousands of tags on a deep stack (their text is kept)",
            bounded.dropped_tags, limits.max_depth
        )));
    }
    if bounded.dropped_attrs > 0 {
        diagnostics.push(truncated(format!(
            "{} attributes removed beyond {} on one tag",
            bounded.dropped_attrs, limits.max_attributes
        )));
    }
    Ok(Page {
        doc: Html::parse_document(&bounded.html),
        diagnostics,
    })
}

/// Attribute lookup by a scan of an element's few attributes, the same answer as
/// scraper's `Element::attr` (a plain attribute: no prefix, no namespace). `attr`
/// interns the name first (a hash, and a lock for names outside html5ever's static
/// set) and binary-searches with whole `QualName` comparisons, about 300 instructions
/// a call; the stages ask every element for its class, id, style, role and more.
pub(crate) trait Attr {
    /// The value of the plain attribute `name` (lowercase), if present.
    fn get_attr(&self, name: &str) -> Option<&str>;
}

impl Attr for Element {
    fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k.prefix.is_none() && k.ns.is_empty() && &*k.local == name)
            .map(|(_, v)| &**v)
    }
}

fn truncated(message: String) -> Diagnostic {
    Diagnostic {
        kind: DiagnosticKind::Truncated,
        message,
    }
}

/// Whether `html` has a tag: `<` followed by an ASCII letter (stops at the first).
fn has_tag(html: &str) -> bool {
    html.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && w[1].is_ascii_alphabetic())
}

/// Rejects empty input, binary data and text without a single tag.
fn check_is_html(html: &str) -> Result<(), Error> {
    if html.trim().is_empty() {
        return Err(Error::NotHtml {
            reason: "the input is empty".into(),
        });
    }
    // Binary data: control characters (other than whitespace) in the first 4 KiB.
    let head: String = html.chars().take(4096).collect();
    let controls = head
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    if controls * 10 > head.chars().count() {
        return Err(Error::NotHtml {
            reason: "the input looks like binary data".into(),
        });
    }
    if !has_tag(html) {
        return Err(Error::NotHtml {
            reason: "the input has no HTML tags".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
