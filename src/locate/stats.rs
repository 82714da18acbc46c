//! Per-node statistics of the whole document in two linear passes, no recursion.
//!
//! Input: the parsed page. Output: [`Stats`]: the nodes in document order with their
//! parent, a junk flag (furniture per `hints`, inherited), and subtree sums of text
//! characters, link characters, commas and counts of paragraphs, images, list items,
//! inputs and embeds. The first pass is pre-order (ego-tree's iterative traversal);
//! the sums are accumulated by walking that order backwards (children before parents).

use super::hints;
use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{Html, Node};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// An element inside a paragraph holding at least this many links, almost only
/// link text, is an embedded card (hover card, "related" box), not prose.
const CARD_MIN_LINKS: u32 = 3;
/// Link share of a card's text.
const CARD_LINK_DENSITY: f32 = 0.9;
/// Link characters of a card: it lists headlines, not a few names.
const CARD_MIN_LINK_CHARS: u32 = 80;

/// Direct text that makes a div count as a paragraph (Readability turns every div
/// without block children into one, however short).
const MIN_OWN_PARAGRAPH_CHARS: u32 = 1;

/// Sums over a node's subtree (junk subtrees excluded).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Info {
    pub parent: Option<u32>,
    pub depth: u32,
    pub junk: bool,
    pub in_link: bool,
    /// Inside a `<p>` (cards nested in prose are looked for there).
    pub in_p: bool,
    /// `<a>` elements in the subtree.
    pub links: u32,
    pub chars: u32,
    pub link_chars: u32,
    pub commas: u32,
    pub paragraphs: u32,
    pub images: u32,
    pub items: u32,
    pub inputs: u32,
    pub embeds: u32,
    /// `<br>` elements (text split by line breaks instead of paragraphs).
    pub breaks: u32,
    /// Characters of the direct text children (for divs used as paragraphs).
    pub own_chars: u32,
}

/// Node statistics in document order, addressable by `NodeId`.
pub(crate) struct Stats {
    pub ids: Vec<NodeId>,
    pub info: Vec<Info>,
    index: HashMap<NodeId, u32, BuildHasherDefault<IdHasher>>,
}

impl Stats {
    /// The dense index of `id`.
    pub(crate) fn idx(&self, id: NodeId) -> Option<usize> {
        self.index.get(&id).map(|i| *i as usize)
    }

    /// Link density of node `i`: link characters over all characters.
    pub(crate) fn link_density(&self, i: usize) -> f32 {
        let n = &self.info[i];
        if n.chars == 0 {
            0.0
        } else {
            n.link_chars as f32 / n.chars as f32
        }
    }
}

/// Hashes a `NodeId` (an arena index) as itself.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self
                .0
                .wrapping_mul(0x100_0000_01b3)
                .wrapping_add(u64::from(*b));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Computes the statistics of `doc`; `by_class`: drop boxes whose class/id names
/// furniture (off for the retry when that left too little text).
pub(crate) fn compute(doc: &Html, by_class: bool) -> Stats {
    let mut ids = Vec::new();
    let mut info: Vec<Info> = Vec::new();
    let mut stack: Vec<u32> = Vec::new();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let i = ids.len() as u32;
                let parent = stack.last().copied();
                let p = parent
                    .and_then(|p| info.get(p as usize))
                    .copied()
                    .unwrap_or_default();
                let (junk, link, in_p) = match node.value() {
                    Node::Element(e) => (
                        p.junk || hints::is_hard_junk(e),
                        p.in_link || e.name() == "a",
                        p.in_p || e.name() == "p",
                    ),
                    _ => (p.junk, p.in_link, p.in_p),
                };
                ids.push(node.id());
                info.push(Info {
                    parent,
                    depth: stack.len() as u32,
                    junk,
                    in_link: link,
                    in_p,
                    ..Info::default()
                });
                stack.push(i);
            }
            Edge::Close(_) => {
                stack.pop();
            }
        }
    }
    if by_class {
        soft_junk(doc, &ids, &mut info);
    }
    accumulate(doc, &ids, &mut info);
    if drop_cards(doc, &ids, &mut info) {
        for n in info.iter_mut() {
            *n = Info {
                parent: n.parent,
                depth: n.depth,
                junk: n.junk,
                in_link: n.in_link,
                in_p: n.in_p,
                ..Info::default()
            };
        }
        accumulate(doc, &ids, &mut info);
    }
    let index = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i as u32))
        .collect();
    Stats { ids, info, index }
}

/// Marks boxes named like furniture (`hints::is_soft_junk`) as junk, unless they hold
/// a story mark: a bottom-up pass finds the holders, a top-down pass inherits.
fn soft_junk(doc: &Html, ids: &[NodeId], info: &mut [Info]) {
    let mut holds = vec![false; ids.len()];
    for i in (0..ids.len()).rev() {
        let mark = matches!(doc.tree.get(ids[i]).map(|n| n.value()), Some(Node::Element(e)) if hints::is_story_mark(e));
        holds[i] |= mark;
        if let Some(p) = info[i].parent.map(|p| p as usize) {
            holds[p] |= holds[i];
        }
    }
    for i in 0..ids.len() {
        let parent_junk = info[i].parent.is_some_and(|p| info[p as usize].junk);
        let own = !holds[i]
            && matches!(doc.tree.get(ids[i]).map(|n| n.value()), Some(Node::Element(e)) if hints::is_soft_junk(e));
        info[i].junk |= parent_junk || own;
    }
}

/// Marks cards nested in paragraphs (see [`CARD_MIN_LINKS`]) as junk: the deepest
/// elements that look like one, so the link a card hangs on stays. Returns whether
/// any was found (the sums must then be recomputed).
fn drop_cards(doc: &Html, ids: &[NodeId], info: &mut [Info]) -> bool {
    let looks_like_card = |i: usize| {
        let n = &info[i];
        n.in_p
            && !n.junk
            && n.links >= CARD_MIN_LINKS
            && n.link_chars >= CARD_MIN_LINK_CHARS
            && n.link_chars as f32 >= CARD_LINK_DENSITY * n.chars as f32
            && matches!(doc.tree.get(ids[i]).map(|x| x.value()), Some(Node::Element(e)) if matches!(e.name(), "span" | "div"))
    };
    let cards: Vec<bool> = (0..ids.len()).map(looks_like_card).collect();
    let mut has_card_child = vec![false; ids.len()];
    for (i, c) in cards.iter().enumerate() {
        if let (true, Some(p)) = (*c, info[i].parent) {
            has_card_child[p as usize] = true;
        }
    }
    let mut any = false;
    for i in 0..ids.len() {
        let parent_junk = info[i].parent.is_some_and(|p| info[p as usize].junk);
        if cards[i] && !has_card_child[i] {
            info[i].junk = true;
            any = true;
        }
        info[i].junk |= parent_junk;
    }
    any
}

/// Own counts of each node, then sums into parents, last node first.
fn accumulate(doc: &Html, ids: &[NodeId], info: &mut [Info]) {
    for i in (0..ids.len()).rev() {
        let Some(node) = doc.tree.get(ids[i]) else {
            continue;
        };
        let n = info[i];
        if !n.junk {
            own_counts(node.value(), &mut info[i]);
        }
        let Some(p) = n.parent.map(|p| p as usize) else {
            continue;
        };
        let c = info[i];
        if let Some(t) = info.get_mut(p) {
            t.chars += c.chars;
            t.link_chars += c.link_chars;
            t.commas += c.commas;
            t.paragraphs += c.paragraphs;
            t.images += c.images;
            t.items += c.items;
            t.inputs += c.inputs;
            t.embeds += c.embeds;
            t.breaks += c.breaks;
            t.links += c.links;
            if is_inline(node.value()) {
                t.own_chars += c.chars;
            }
        }
    }
}

/// Text or phrasing content: its characters are its parent's own text.
fn is_inline(v: &Node) -> bool {
    match v {
        Node::Text(_) => true,
        Node::Element(e) => matches!(
            e.name(),
            "span"
                | "a"
                | "em"
                | "strong"
                | "b"
                | "i"
                | "u"
                | "s"
                | "font"
                | "small"
                | "big"
                | "sup"
                | "sub"
                | "mark"
                | "abbr"
                | "cite"
                | "q"
                | "time"
                | "code"
                | "kbd"
                | "var"
                | "dfn"
                | "bdi"
                | "bdo"
                | "ins"
                | "del"
                | "tt"
                | "strike"
        ),
        _ => false,
    }
}

/// What one node contributes by itself.
fn own_counts(v: &Node, n: &mut Info) {
    match v {
        Node::Text(t) => {
            let (chars, commas) = count_text(t);
            n.chars += chars;
            n.commas += commas;
            if n.in_link {
                n.link_chars += chars;
            }
        }
        Node::Element(e) => match e.name() {
            "p" => n.paragraphs += 1,
            // A div holding text directly is a paragraph too (Readability turns it into one).
            "div" | "section" if n.own_chars >= MIN_OWN_PARAGRAPH_CHARS => n.paragraphs += 1,
            "img" | "picture" => n.images += 1,
            "li" => n.items += 1,
            "br" => n.breaks += 1,
            "a" => n.links += 1,
            "input" | "select" | "textarea" | "button" => n.inputs += 1,
            "embed" | "object" | "iframe" | "video" => n.embeds += 1,
            _ => {}
        },
        _ => {}
    }
}

/// Characters (whitespace runs counted once) and commas of a text.
pub(crate) fn count_text(t: &str) -> (u32, u32) {
    let (mut chars, mut commas, mut ws) = (0u32, 0u32, true);
    for c in t.chars() {
        if c.is_whitespace() {
            if !ws {
                chars += 1;
            }
            ws = true;
        } else {
            ws = false;
            chars += 1;
            if matches!(
                c,
                ',' | '，' | '、' | '،' | '﹐' | '︐' | '︑' | '⹁' | '⸴' | '⸲'
            ) {
                commas += 1;
            }
        }
    }
    (chars, commas)
}
