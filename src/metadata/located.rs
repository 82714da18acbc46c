//! Facts reader views take from the article itself: its text direction and, when the
//! page has no description, its first paragraph.
//!
//! Input: the page. Output: the `dir` attribute nearest the article (the container's
//! parent, the container, then the parent's ancestors, as Readability looks) and the
//! text of the article's first paragraph (a `<p>`, or a `<div>` without block
//! children, outside the byline). The article is located (`extract::locate`) at most once, and only when
//! one of these is asked for, so most pages never pay for it. Linear in the page.

use crate::extract::{self, Located};
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

/// The article's location, computed on first use.
pub(crate) struct Lazy<'a> {
    page: &'a Page,
    located: Option<Option<Located>>,
}

impl<'a> Lazy<'a> {
    pub(crate) fn new(page: &'a Page) -> Self {
        Lazy {
            page,
            located: None,
        }
    }

    fn get(&mut self) -> Option<&Located> {
        let page = self.page;
        self.located
            .get_or_insert_with(|| extract::locate(page))
            .as_ref()
    }

    /// The `dir` attribute nearest the article.
    pub(crate) fn dir(&mut self) -> Option<String> {
        let page = self.page;
        let top = page.doc.tree.get(self.get()?.top)?;
        let parent = top.parent()?;
        std::iter::once(parent)
            .chain(std::iter::once(top))
            .chain(parent.ancestors())
            .find_map(|n| match n.value() {
                Node::Element(e) => e.attr("dir").map(str::to_string),
                _ => None,
            })
    }

    /// The whitespace-folded text of the article's first paragraph.
    pub(crate) fn first_paragraph(&mut self) -> Option<String> {
        let page = self.page;
        let roots = self.get()?.roots.clone();
        roots
            .iter()
            .filter_map(|id| page.doc.tree.get(*id))
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
            Node::Element(e) => extract::is_furniture(e) || super::byline::is_marked(e),
            _ => false,
        })
}
