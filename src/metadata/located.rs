//! Facts reader views take from the article itself: its text direction and, when the
//! page has no description, its first paragraph.
//!
//! Input: the page. Output: the `dir` attribute nearest the article (the container's
//! parent, the container, then the parent's ancestors, as Readability looks) and the
//! text of the article's first paragraph (a `<p>`, or a `<div>` without block
//! children, outside the byline). The article is located once (`locate::locate`),
//! before this stage, and rendering reuses it. Linear in the page.

use crate::locate::{self, Located};
use crate::page::Attr;
use crate::page::Page;
use ego_tree::NodeRef;
use scraper::Node;

/// Tags that make a `<div>` a container rather than a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
    "section",
    "article",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// The page and where its article is: what `dir` and the fallback excerpt read.
pub(crate) struct Place<'a> {
    pub(crate) page: &'a Page,
    pub(crate) located: &'a Located,
}

impl Place<'_> {
    /// The `dir` attribute nearest the article.
    pub(crate) fn dir(&self) -> Option<String> {
        let page = self.page;
        let top = page.doc.tree.get(self.located.top()?)?;
        let parent = top.parent()?;
        std::iter::once(parent)
            .chain(std::iter::once(top))
            .chain(parent.ancestors())
            .find_map(|n| match n.value() {
                Node::Element(e) => e.get_attr("dir").map(str::to_string),
                _ => None,
            })
    }

    /// The whitespace-folded text of the article's first paragraph.
    pub(crate) fn first_paragraph(&self) -> Option<String> {
        let page = self.page;
        self.located
            .roots()
            .filter_map(|id| page.doc.tree.get(id))
            .flat_map(|r| r.descendants())
            .find_map(paragraph_text)
    }
}

/// The text of `n` if it is a non-empty paragraph.
fn paragraph_text(n: NodeRef<'_, Node>) -> Option<String> {
    let Node::Element(e) = n.value() else {
        return None;
    };
    let is_p = match e.name() {
        "p" => true,
        "div" => !n
            .children()
            .any(|c| matches!(c.value(), Node::Element(x) if BLOCK_TAGS.contains(&x.name()))),
        _ => false,
    };
    if !is_p || hidden(n) {
        return None;
    }
    let el = scraper::ElementRef::wrap(n)?;
    Some(super::scan::text(el)).filter(|t| !t.is_empty())
}

/// Inside an element hidden from readers, in page furniture, or in the byline
/// (which reader views take out of the article).
fn hidden(n: NodeRef<'_, Node>) -> bool {
    std::iter::once(n)
        .chain(n.ancestors())
        .any(|a| match a.value() {
            Node::Element(e) => locate::is_furniture(e) || super::byline::is_marked(e),
            _ => false,
        })
}
