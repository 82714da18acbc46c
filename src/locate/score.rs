//! Candidate scoring: which container holds the story, and which siblings join it.
//!
//! Input: the page and its [`Stats`]. Output: [`Selection`], the top container and
//! the sibling nodes merged with it, in document order. Algorithm (Mozilla
//! Readability's grabArticle): each paragraph-like node with enough text scores
//! `1 + commas + min(chars/100, 3)`, credited to its parent in full, its grandparent
//! by half and up to five ancestors by `1/(3·level)`; containers start from a tag
//! prior plus class weight, and end scaled by `1 - link density`. The best container
//! is then promoted to a shared ancestor of other strong candidates, or to a parent
//! that scores higher, and its siblings join when they score close enough.

use super::hints;
use super::stats::Stats;
use crate::page::Attr;
use scraper::{Html, Node};

/// Paragraphs shorter than this (characters) do not vote (Readability: 25).
const MIN_PARAGRAPH_CHARS: u32 = 25;
/// How many ancestors a paragraph credits.
const ANCESTOR_LEVELS: usize = 5;
/// Candidates compared when looking for a shared ancestor (Readability: 5).
const TOP_CANDIDATES: usize = 5;
/// Strong alternatives needed to promote their common ancestor (Readability: 3).
const MIN_ALTERNATIVES: usize = 3;
/// An alternative is strong at this fraction of the top score (Readability: 0.75).
const ALTERNATIVE_RATIO: f32 = 0.75;
/// Siblings need this fraction of the top score (Readability: 0.2), at least 10.
const SIBLING_RATIO: f32 = 0.2;

/// The chosen article nodes.
#[derive(Debug, Clone)]
pub(crate) struct Selection {
    /// Dense indices (see `Stats`) of the merged nodes, in document order.
    pub roots: Vec<usize>,
    /// Dense index of the best container (after promotion).
    pub top: usize,
}

/// Scores every container and picks the article.
pub(crate) fn select(doc: &Html, st: &Stats) -> Option<Selection> {
    let scores = score_all(doc, st);
    let top = scores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?
        .0;
    let top = promote(doc, st, &scores, top);
    Some(Selection {
        roots: siblings(doc, st, &scores, top),
        top,
    })
}

/// Scores of all containers (`None` for nodes no paragraph voted for).
fn score_all(doc: &Html, st: &Stats) -> Vec<Option<f32>> {
    let mut scores: Vec<Option<f32>> = vec![None; st.ids.len()];
    for i in 0..st.ids.len() {
        let n = &st.info[i];
        if n.junk || !is_paragraph(doc, st, i) {
            continue;
        }
        let chars = n.chars;
        if chars < MIN_PARAGRAPH_CHARS {
            continue;
        }
        // Text split by `<br>` pairs votes like that many paragraphs.
        let segments = if n.paragraphs == 0 {
            1.0 + (n.breaks / 2) as f32
        } else {
            1.0
        };
        let content = segments + n.commas as f32 + (chars as f32 / 100.0).min(3.0 * segments);
        // A block holding text directly is the parent of that text (Readability wraps
        // such runs in a <p> first), so it takes the first share itself.
        let mut cur = if own_text_block(doc, st, i) {
            Some(i as u32)
        } else {
            n.parent
        };
        for level in 0..ANCESTOR_LEVELS {
            let Some(a) = cur.map(|a| a as usize) else {
                break;
            };
            if st.info[a].parent.is_none() {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            let base = scores[a].unwrap_or_else(|| prior(doc, st, a));
            scores[a] = Some(base + content / divider);
            cur = st.info[a].parent;
        }
    }
    for (i, s) in scores.iter_mut().enumerate() {
        if let Some(v) = s {
            *v *= 1.0 - st.link_density(i);
        }
    }
    scores
}

/// Tag prior plus class weight of a container (Readability's initializeNode).
fn prior(doc: &Html, st: &Stats, i: usize) -> f32 {
    let Some(Node::Element(e)) = doc.tree.get(st.ids[i]).map(|n| n.value()) else {
        return 0.0;
    };
    let tag = match e.name() {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    tag + hints::class_weight(e)
}

/// Paragraph-like: `p`, `pre`, `td`, or a block holding text directly.
fn is_paragraph(doc: &Html, st: &Stats, i: usize) -> bool {
    let Some(Node::Element(e)) = doc.tree.get(st.ids[i]).map(|n| n.value()) else {
        return false;
    };
    match e.name() {
        "p" | "pre" | "td" => true,
        "div" | "section" | "article" | "main" | "span" | "font" | "center" | "blockquote" => {
            st.info[i].own_chars >= MIN_PARAGRAPH_CHARS
        }
        // A list item of prose (not a link) in a list-based article.
        "li" => {
            let n = &st.info[i];
            n.paragraphs == 0
                && n.own_chars >= MIN_PARAGRAPH_CHARS
                && n.chars.saturating_sub(n.link_chars) >= MIN_PARAGRAPH_CHARS
        }
        _ => false,
    }
}

/// A div-like block voting with its own text (not a `p`, `pre` or `td`).
fn own_text_block(doc: &Html, st: &Stats, i: usize) -> bool {
    matches!(doc.tree.get(st.ids[i]).map(|n| n.value()), Some(Node::Element(e)) if !matches!(e.name(), "p" | "pre" | "td"))
}

/// Moves the top candidate up to a better ancestor (see the module header).
fn promote(doc: &Html, st: &Stats, scores: &[Option<f32>], mut top: usize) -> usize {
    let top_score = scores[top].unwrap_or(0.0);
    let mut ranked: Vec<(usize, f32)> = scores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let alts: Vec<usize> = ranked
        .iter()
        .skip(1)
        .take(TOP_CANDIDATES - 1)
        .filter(|(_, s)| top_score > 0.0 && s / top_score >= ALTERNATIVE_RATIO)
        .map(|(i, _)| *i)
        .collect();
    if alts.len() >= MIN_ALTERNATIVES {
        let mut p = st.info[top].parent.map(|p| p as usize);
        while let Some(a) = p.filter(|a| !is_body(doc, st, *a)) {
            if alts.iter().filter(|x| is_ancestor(st, a, **x)).count() >= MIN_ALTERNATIVES {
                top = a;
                break;
            }
            p = st.info[a].parent.map(|p| p as usize);
        }
    }
    top = climb(doc, st, scores, top);
    single_child_up(doc, st, top)
}

/// Readability's parent walk: a parent scoring higher than the child takes over.
fn climb(doc: &Html, st: &Stats, scores: &[Option<f32>], top: usize) -> usize {
    let mut last = scores[top].unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut p = st.info[top].parent.map(|p| p as usize);
    while let Some(a) = p.filter(|a| !is_body(doc, st, *a)) {
        if let Some(s) = scores[a] {
            if s < threshold {
                break;
            }
            if s > last {
                return a;
            }
            last = s;
        }
        p = st.info[a].parent.map(|p| p as usize);
    }
    top
}

/// While the candidate is its parent's only element child, the parent is the article.
fn single_child_up(doc: &Html, st: &Stats, mut top: usize) -> usize {
    while let Some(p) = st.info[top].parent.map(|p| p as usize) {
        if is_body(doc, st, p) || st.info[p].parent.is_none() {
            break;
        }
        let Some(node) = doc.tree.get(st.ids[p]) else {
            break;
        };
        let elements = node.children().filter(|c| c.value().is_element()).count();
        if elements != 1 {
            break;
        }
        top = p;
    }
    top
}

fn is_body(doc: &Html, st: &Stats, i: usize) -> bool {
    matches!(doc.tree.get(st.ids[i]).map(|n| n.value()), Some(Node::Element(e)) if matches!(e.name(), "body" | "html"))
}

/// `a` is a proper ancestor of `x` (walks `x`'s parents, bounded by depth).
fn is_ancestor(st: &Stats, a: usize, x: usize) -> bool {
    let mut p = st.info[x].parent;
    while let Some(q) = p.map(|q| q as usize) {
        if q == a {
            return true;
        }
        if st.info[q].depth < st.info[a].depth {
            return false;
        }
        p = st.info[q].parent;
    }
    false
}

/// The top candidate and the siblings that join it (Readability's sibling pass).
fn siblings(doc: &Html, st: &Stats, scores: &[Option<f32>], top: usize) -> Vec<usize> {
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = (top_score * SIBLING_RATIO).max(10.0);
    let Some(node) = doc.tree.get(st.ids[top]) else {
        return vec![top];
    };
    let Some(parent) = node.parent() else {
        return vec![top];
    };
    let top_class = match node.value() {
        Node::Element(e) => e.get_attr("class").unwrap_or(""),
        _ => "",
    };
    let mut out = Vec::new();
    for sib in parent.children() {
        let Some(i) = st.idx(sib.id()) else { continue };
        let Node::Element(e) = sib.value() else {
            continue;
        };
        if i == top {
            out.push(i);
            continue;
        }
        if st.info[i].junk {
            continue;
        }
        let bonus = if !top_class.is_empty() && e.get_attr("class") == Some(top_class) {
            top_score * SIBLING_RATIO
        } else {
            0.0
        };
        let joins = match scores[i] {
            Some(s) if s + bonus >= threshold => true,
            _ => e.name() == "p" && paragraph_joins(doc, st, i),
        };
        if joins {
            out.push(i);
        }
    }
    out
}

/// A sibling paragraph joins when it is long and link-poor, or a short clean sentence.
fn paragraph_joins(doc: &Html, st: &Stats, i: usize) -> bool {
    let (len, ld) = (st.info[i].chars, st.link_density(i));
    if len > 80 {
        return ld < 0.25;
    }
    if len == 0 || ld > 0.0 {
        return false;
    }
    let text: String = doc
        .tree
        .get(st.ids[i])
        .map(|n| {
            n.descendants()
                .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let t = text.trim_end();
    t.ends_with('.') || t.contains(". ")
}
