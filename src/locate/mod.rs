//! Stage 2, locate: where the article sits in the page, computed once.
//!
//! Input: the parsed page. Output: [`Located`]: per-node statistics (`stats`: text,
//! links, commas, furniture per `hints`) and the chosen containers (`score`: Mozilla
//! Readability's candidate scoring). Metadata reads the article's `dir` and first
//! paragraph from it; extract renders its blocks. When the class/id furniture rule
//! leaves too little text, scoring is retried without it, as Readability does.
//! Linear in the node count, iterative.

pub(crate) mod hints;
mod score;
pub(crate) mod stats;

use crate::page::Page;
use ego_tree::NodeId;
use scraper::Node;

/// Below this much text, the class/id furniture rule probably hid the story: retry
/// without it (Readability retries the same way, at 500).
const RETRY_BELOW_CHARS: usize = 250;
/// The retry wins only with this many times more text (a short post plus its
/// comments must not lose to the comments).
const RETRY_GAIN: usize = 4;

/// The element is hidden or page furniture by tag or role (never article text).
pub(crate) fn is_furniture(e: &scraper::node::Element) -> bool {
    hints::is_hard_junk(e)
}

/// Where the article sits in the page: computed once, before metadata (which takes
/// the text direction and a fallback excerpt from it) and rendering.
pub struct Located {
    pub(crate) stats: stats::Stats,
    pub(crate) pick: Pick,
}

impl Located {
    /// The best-scoring container, if scoring found one.
    pub(crate) fn top(&self) -> Option<NodeId> {
        self.pick.top.map(|t| self.stats.ids[t])
    }

    /// The container and the siblings merged with it, in document order.
    pub(crate) fn roots(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.pick.roots.iter().map(|r| self.stats.ids[*r])
    }
}

/// Locates the article of `page` (statistics and candidate scoring) without
/// rendering it.
pub fn locate(page: &Page) -> Located {
    let (stats, pick) = pick(page);
    Located { stats, pick }
}

/// The chosen nodes: dense indices of the roots and of the top container.
pub(crate) struct Pick {
    pub(crate) roots: Vec<usize>,
    top: Option<usize>,
}

/// Statistics and selection, retried without the class/id furniture rule when that
/// rule left too little text.
fn pick(page: &Page) -> (stats::Stats, Pick) {
    let (st, p) = choose(page, true);
    if text_chars(&st, &p.roots) >= RETRY_BELOW_CHARS {
        return (st, p);
    }
    let (st2, p2) = choose(page, false);
    if text_chars(&st2, &p2.roots) > RETRY_GAIN * text_chars(&st, &p.roots) {
        (st2, p2)
    } else {
        (st, p)
    }
}

/// Statistics and the selected roots, with or without the class/id furniture rule.
fn choose(page: &Page, by_class: bool) -> (stats::Stats, Pick) {
    let st = stats::compute(&page.doc, by_class);
    let pick = match score::select(&page.doc, &st) {
        Some(sel) => Pick {
            roots: sel.roots,
            top: Some(sel.top),
        },
        None => Pick {
            roots: body_index(page, &st).into_iter().collect(),
            top: None,
        },
    };
    (st, pick)
}

/// Non-junk text characters under `roots`.
fn text_chars(st: &stats::Stats, roots: &[usize]) -> usize {
    roots.iter().map(|r| st.info[*r].chars as usize).sum()
}

/// The dense index of `<body>` (or of the root element).
fn body_index(page: &Page, st: &stats::Stats) -> Option<usize> {
    let body = page
        .doc
        .root_element()
        .children()
        .find(|c| matches!(c.value(), Node::Element(e) if e.name() == "body"))
        .map(|b| b.id())
        .unwrap_or_else(|| page.doc.root_element().id());
    st.idx(body)
}
