//! The byline written in the page, found the way Mozilla Readability finds it.
//!
//! Input: the parsed page. Output: the text of the first visible element, in document
//! order, that is marked as the author (`rel="author"`, an `itemprop` containing
//! "author", or a class/id naming a byline) and holds 1–99 characters; when it holds
//! an `itemprop="name"` element, that element's text. The text is kept as printed
//! ("By Jane Roe"), whitespace folded. Subtrees a reader view drops before looking
//! (hidden elements, dialogs, boxes named like page furniture, furniture roles) are
//! skipped, as are scripts and styles. One iterative pass; stops at the first find.

use crate::page::Attr;
use crate::page::Page;
use crate::util::strings::{hidden_by_style, push_folded, Fragments};
use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

/// Class/id fragments of a byline element.
const BYLINE_HINTS: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];
/// Class/id fragments of boxes dropped before the byline search: Readability's
/// `unlikelyCandidates` except "header", since article headers ("entry-header")
/// are where bylines live.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];
/// Class/id fragments that keep an [`UNLIKELY`] box.
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];
/// The lists above, indexed for a test per element.
static BYLINE_SET: Fragments = Fragments::new(BYLINE_HINTS);
static UNLIKELY_SET: Fragments = Fragments::new(UNLIKELY);
static MAYBE_SET: Fragments = Fragments::new(MAYBE);
/// Roles of boxes dropped before the byline search.
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];
/// A byline is shorter than this (UTF-16 units, as Readability measures).
const MAX_BYLINE_UNITS: usize = 100;
/// Nodes a byline element holds at most (bounds the walk on deep nesting).
const MAX_BYLINE_NODES: usize = 200;
/// Ancestors checked for a `<table>`/`<code>` that protects a box from removal.
const PROTECTING_ANCESTORS: usize = 4;

/// The first byline element's text, if any.
pub(crate) fn find(page: &Page) -> Option<String> {
    let mut skip_until: Option<NodeRef<'_, Node>> = None;
    for edge in page.doc.tree.root().traverse() {
        match edge {
            Edge::Close(n) => {
                if skip_until.is_some_and(|s| s.id() == n.id()) {
                    skip_until = None;
                }
            }
            Edge::Open(n) => {
                if skip_until.is_some() {
                    continue;
                }
                let Node::Element(e) = n.value() else {
                    continue;
                };
                if removed_first(e) {
                    skip_until = Some(n);
                    continue;
                }
                if let Some(b) = byline_of(e, n) {
                    return Some(b);
                }
                if unlikely(e, n) {
                    skip_until = Some(n);
                }
            }
        }
    }
    None
}

/// Dropped before the byline check: invisible, a modal dialog, script or style.
fn removed_first(e: &Element) -> bool {
    if matches!(e.name(), "script" | "style" | "noscript" | "template") {
        return true;
    }
    let invisible = hidden_by_style(e.get_attr("style").unwrap_or(""));
    let aria_hidden = e.get_attr("aria-hidden") == Some("true")
        && !e.get_attr("class").unwrap_or("").contains("fallback-image");
    invisible
        || e.get_attr("hidden").is_some()
        || aria_hidden
        || (e.get_attr("aria-modal") == Some("true") && e.get_attr("role") == Some("dialog"))
}

/// The element is marked as the author or byline.
pub(crate) fn is_marked(e: &Element) -> bool {
    e.get_attr("rel") == Some("author")
        || e.get_attr("itemprop").is_some_and(|p| p.contains("author"))
        || [e.get_attr("class"), e.get_attr("id")]
            .into_iter()
            .flatten()
            .any(|a| BYLINE_SET.in_text(a))
}

/// The byline text if `e` is a byline element.
fn byline_of(e: &Element, n: NodeRef<'_, Node>) -> Option<String> {
    if !is_marked(e) {
        return None;
    }
    let units = raw_text(n).map_or(MAX_BYLINE_UNITS, |t| t.trim().encode_utf16().count());
    if units == 0 || units >= MAX_BYLINE_UNITS {
        return None;
    }
    let name = n.descendants().skip(1).find(|d| {
        matches!(d.value(), Node::Element(x) if x.get_attr("itemprop").is_some_and(|p| p.contains("name")))
    });
    Some(folded_text(name.unwrap_or(n)))
}

/// A box a reader view drops for its class, id or role.
fn unlikely(e: &Element, n: NodeRef<'_, Node>) -> bool {
    if matches!(e.name(), "body" | "a") {
        return false;
    }
    if e.get_attr("role")
        .is_some_and(|r| UNLIKELY_ROLES.contains(&r))
    {
        return true;
    }
    let attrs = [e.get_attr("class"), e.get_attr("id")];
    let any = |list: &Fragments| attrs.iter().flatten().any(|a| list.in_text(a));
    any(&UNLIKELY_SET)
        && !any(&MAYBE_SET)
        && !n
            .ancestors()
            .take(PROTECTING_ANCESTORS)
            .any(|a| matches!(a.value(), Node::Element(x) if matches!(x.name(), "table" | "code")))
}

/// The text content of `n` (scripts and styles excluded), unfolded; `None` as soon
/// as it has too many visible characters to be a byline (bounds the work).
fn raw_text(n: NodeRef<'_, Node>) -> Option<String> {
    let mut out = String::new();
    let mut visible = 0;
    for d in n.descendants().take(MAX_BYLINE_NODES) {
        if let Node::Text(t) = d.value() {
            if !in_script(d) {
                visible += t.chars().filter(|c| !c.is_whitespace()).count();
                if visible >= MAX_BYLINE_UNITS {
                    return None;
                }
                out.push_str(t);
            }
        }
    }
    // A subtree too large to walk is no byline (a short line has few nodes).
    (n.descendants().nth(MAX_BYLINE_NODES).is_none()).then_some(out)
}

/// The text content of `n`, whitespace folded.
fn folded_text(n: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    let mut pending = false;
    for d in n.descendants() {
        if let Node::Text(t) = d.value() {
            if !in_script(d) {
                push_folded(&mut out, t, &mut pending);
            }
        }
    }
    out
}

fn in_script(d: NodeRef<'_, Node>) -> bool {
    d.parent().is_some_and(|p| {
        matches!(p.value(), Node::Element(e) if matches!(e.name(), "script" | "style" | "noscript" | "template"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;

    fn by(html: &str) -> Option<String> {
        crate::page::parse(html, &Limits::default())
            .ok()
            .and_then(|p| find(&p))
    }

    #[test]
    fn finds_the_first_visible_byline() {
        let html = r#"<div class="sidebar"><span class="author">Nav Author</span></div>
            <div hidden><p class="byline">Hidden</p></div>
            <p class="byline">By  Jane
            Roe</p><p class="author">Other</p>"#;
        assert_eq!(by(html).as_deref(), Some("By Jane Roe"));
        let html =
            r#"<div class="author-box"><b>By</b> <span itemprop="name">Ann Lee</span></div>"#;
        assert_eq!(by(html).as_deref(), Some("Ann Lee"));
        assert_eq!(
            by(&format!("<p class='byline'>{}</p>", "x".repeat(120))),
            None
        );
        // Deeply nested byline-classed elements: each walk is bounded.
        let deep = format!(
            "{}Jane{}",
            "<span class='author'>".repeat(5_000),
            "</span>".repeat(5_000)
        );
        assert_eq!(by(&deep).as_deref(), Some("Jane"));
    }
}
