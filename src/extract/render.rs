//! Rendering the chosen nodes: plain-text blocks and reader HTML in one walk.
//!
//! Input: the page, its [`Stats`], the selected roots and the metadata. Output:
//! [`Rendered`]: the text of every paragraph, heading, list item and quote in order
//! (figure captions excluded), and reader HTML (figures with images and captions kept,
//! URLs absolute, lazy images resolved) for `sanitize::clean`. The walk is an explicit
//! stack (no recursion); dropped subtrees (`clean`) are never entered, and a leaf block
//! whose text `clean::keep_block` rejects is cut from the HTML as well.

use super::clean;
use super::clean::Known;
use super::images;
use crate::locate::stats::Stats;
use crate::page::Attr;
use crate::util::strings::push_folded;
use crate::util::url;
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::{Html, Node};

/// Images declared this small (pixels) are trackers, spacers or icons.
const MIN_IMAGE_SIDE: u32 = 50;

/// Text blocks and reader HTML of the article.
#[derive(Debug, Default)]
pub(crate) struct Rendered {
    pub blocks: Vec<String>,
    pub html: String,
}

enum Step<'a> {
    Open(NodeRef<'a, Node>),
    Close(Closing),
}

/// What to do when an element ends.
#[derive(Default)]
struct Closing {
    tag: Option<&'static str>,
    leaf: Option<(usize, usize)>,
    boundary: bool,
    no_text: bool,
    in_block: bool,
    caption: bool,
    /// An element inside a caption: its edges separate words.
    gap: bool,
}

struct Walker<'a> {
    st: &'a Stats,
    meta: &'a Known<'a>,
    out: Rendered,
    cur: String,
    pending: bool,
    no_text: u32,
    in_block: u32,
    implicit_p: bool,
    pre: u32,
    figures: u32,
    /// Depth inside `<figcaption>`.
    captions: u32,
    /// Caption parts meet here ("A caption." + "Photo: X"): the next text needs a space.
    gap: bool,
}

/// Renders `roots` (dense indices, document order).
pub(crate) fn render(doc: &Html, st: &Stats, roots: &[usize], meta: &Known) -> Rendered {
    let mut w = Walker {
        st,
        meta,
        out: Rendered::default(),
        cur: String::new(),
        pending: false,
        no_text: 0,
        in_block: 0,
        implicit_p: false,
        pre: 0,
        figures: 0,
        captions: 0,
        gap: false,
    };
    for r in roots {
        if let Some(node) = doc.tree.get(st.ids[*r]) {
            w.walk(node);
        }
    }
    w.boundary();
    w.out
}

impl<'a> Walker<'a> {
    fn walk(&mut self, root: NodeRef<'a, Node>) {
        let mut stack = vec![Step::Open(root)];
        let root_id = root.id();
        while let Some(step) = stack.pop() {
            match step {
                Step::Close(c) => self.close(c),
                Step::Open(node) => {
                    let Some(closing) = self.open(node, node.id() == root_id) else {
                        continue;
                    };
                    stack.push(Step::Close(closing));
                    for child in node.children().rev() {
                        stack.push(Step::Open(child));
                    }
                }
            }
        }
    }

    /// Handles an opening node; `None` when its subtree is skipped.
    fn open(&mut self, node: NodeRef<'a, Node>, is_root: bool) -> Option<Closing> {
        match node.value() {
            Node::Text(t) => {
                self.text(t);
                None
            }
            Node::Element(e) => {
                let i = self.st.idx(node.id())?;
                if self.st.info[i].junk {
                    return None;
                }
                if !is_root && clean::drop_container(e, self.st, i, self.figures > 0) {
                    return None;
                }
                self.element(e, i, node)
            }
            _ => None,
        }
    }

    fn element(&mut self, e: &Element, i: usize, node: NodeRef<'a, Node>) -> Option<Closing> {
        let name = e.name();
        let mut c = Closing::default();
        match name {
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "dt" | "dd" | "pre" | "td"
            | "th" => {
                if clean::link_heavy(self.st, i) && name != "td" && name != "th" {
                    return None;
                }
                self.boundary();
                c.leaf = Some((self.out.html.len(), self.out.blocks.len()));
                c.tag = Some(match name {
                    "h1" => "h2",
                    other => static_tag(other),
                });
                c.in_block = true;
                if name == "pre" {
                    self.pre += 1;
                }
            }
            "blockquote" | "ul" | "ol" | "dl" | "table" | "thead" | "tbody" | "tfoot" | "tr" => {
                self.boundary();
                c.tag = Some(static_tag(name));
                c.boundary = true;
                c.in_block = name == "blockquote";
            }
            "figure" => {
                self.boundary();
                c.tag = Some("figure");
                c.boundary = true;
                c.no_text = true;
                self.figures += 1;
            }
            "figcaption" => {
                self.boundary();
                c.tag = Some("figcaption");
                c.no_text = true;
                c.in_block = true;
                c.boundary = true;
                c.caption = true;
                self.captions += 1;
            }
            "img" => {
                self.image(e, node);
                return None;
            }
            "br" => {
                if self.in_block > 0 {
                    self.out.html.push_str("<br>");
                    self.pending = true;
                } else {
                    self.boundary();
                }
                return None;
            }
            "hr" => {
                self.boundary();
                self.out.html.push_str("<hr>");
                return None;
            }
            "a" => {
                let href = e
                    .get_attr("href")
                    .and_then(|h| url::resolve(self.meta.base_url, h));
                if let Some(h) = href.filter(|h| !h.starts_with('#')) {
                    self.ensure_p();
                    self.out.html.push_str("<a href=\"");
                    escape_into(&mut self.out.html, &h, true);
                    self.out.html.push_str("\">");
                    c.tag = Some("a");
                }
            }
            "em" | "strong" | "b" | "i" | "u" | "s" | "sub" | "sup" | "code" => {
                self.ensure_p();
                c.tag = Some(static_tag(name));
            }
            "source" => return None,
            _ if is_block_container(name) => {
                self.boundary();
                c.boundary = true;
            }
            _ => {}
        }
        if self.captions > 0 && is_caption_part(name) {
            self.gap = true;
            c.gap = true;
        }
        if let Some(t) = c.tag.filter(|t| *t != "a") {
            self.out.html.push('<');
            self.out.html.push_str(t);
            self.out.html.push('>');
        }
        if c.no_text {
            self.no_text += 1;
        }
        if c.in_block {
            self.in_block += 1;
        }
        Some(c)
    }

    fn close(&mut self, c: Closing) {
        if c.leaf.is_some() || c.boundary {
            self.flush();
        }
        if self.implicit_p && (c.leaf.is_some() || c.boundary) {
            self.out.html.push_str("</p>");
            self.implicit_p = false;
        }
        if let Some(t) = c.tag {
            self.out.html.push_str("</");
            self.out.html.push_str(t);
            self.out.html.push('>');
            if t == "pre" {
                self.pre = self.pre.saturating_sub(1);
            }
            if t == "figure" {
                self.figures = self.figures.saturating_sub(1);
            }
        }
        if let Some((html_mark, blocks_mark)) = c.leaf {
            let tail = self.out.html.get(html_mark..).unwrap_or("");
            if self.out.blocks.len() == blocks_mark && !tail.contains("<img") {
                self.out.html.truncate(html_mark);
            }
        }
        if c.no_text {
            self.no_text = self.no_text.saturating_sub(1);
        }
        if c.caption {
            self.captions = self.captions.saturating_sub(1);
        }
        if c.gap {
            self.gap = true;
        }
        if c.in_block {
            self.in_block = self.in_block.saturating_sub(1);
        }
    }

    fn text(&mut self, t: &str) {
        if t.trim().is_empty() && self.pre == 0 {
            if !self.cur.is_empty() {
                self.pending = true;
                self.out.html.push(' ');
            }
            return;
        }
        self.ensure_p();
        if std::mem::take(&mut self.gap)
            && self.captions > 0
            && !t.starts_with(char::is_whitespace)
            && !self.out.html.ends_with(char::is_whitespace)
            && !self.out.html.ends_with("<figcaption>")
        {
            self.out.html.push(' ');
        }
        if self.no_text == 0 {
            push_folded(&mut self.cur, t, &mut self.pending);
        }
        if self.pre > 0 {
            escape_into(&mut self.out.html, t, false);
        } else {
            let mut folded = String::with_capacity(t.len());
            let mut p = t.starts_with(char::is_whitespace);
            if p {
                folded.push(' ');
                p = false;
            }
            push_folded(&mut folded, t, &mut p);
            if t.ends_with(char::is_whitespace) {
                folded.push(' ');
            }
            escape_into(&mut self.out.html, &folded, false);
        }
    }

    fn image(&mut self, e: &Element, node: NodeRef<'a, Node>) {
        let small = |a: &str| {
            e.get_attr(a)
                .and_then(|v| v.trim().parse::<u32>().ok())
                .is_some_and(|v| v < MIN_IMAGE_SIDE)
        };
        if small("width") || small("height") {
            return;
        }
        let Some(src) = images::source(e, node).and_then(|s| url::resolve(self.meta.base_url, &s))
        else {
            return;
        };
        if !src.starts_with("http") {
            return;
        }
        self.ensure_p();
        self.out.html.push_str("<img src=\"");
        escape_into(&mut self.out.html, &src, true);
        self.out.html.push('"');
        if let Some(alt) = e.get_attr("alt").filter(|a| !a.trim().is_empty()) {
            self.out.html.push_str(" alt=\"");
            escape_into(&mut self.out.html, alt.trim(), true);
            self.out.html.push('"');
        }
        self.out.html.push('>');
    }

    /// Opens an implicit paragraph for inline content outside any block.
    fn ensure_p(&mut self) {
        if self.in_block == 0 && !self.implicit_p && self.figures == 0 {
            self.out.html.push_str("<p>");
            self.implicit_p = true;
        }
    }

    /// A block boundary: the current text becomes a block; an implicit `<p>` closes.
    fn boundary(&mut self) {
        self.flush();
        if self.implicit_p {
            self.out.html.push_str("</p>");
            self.implicit_p = false;
        }
    }

    fn flush(&mut self) {
        self.pending = false;
        if self.cur.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.cur);
        let t = text.trim();
        if clean::keep_block(t, self.out.blocks.len(), self.meta) {
            self.out.blocks.push(t.to_string());
        }
    }
}

/// Elements that hold one part of a caption (the text, the credit, a label).
fn is_caption_part(name: &str) -> bool {
    matches!(name, "span" | "div" | "p" | "small" | "cite")
}

/// Block-level elements that are unwrapped but separate blocks.
fn is_block_container(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "center"
            | "address"
            | "details"
            | "summary"
            | "aside"
            | "nav"
            | "footer"
            | "hgroup"
            | "caption"
            | "body"
    )
}

/// The static name of an allowlisted tag (`span` for any other).
fn static_tag(name: &str) -> &'static str {
    crate::sanitize::TAGS
        .iter()
        .copied()
        .find(|t| *t == name)
        .unwrap_or("span")
}

/// Appends `s` HTML-escaped (`attr`: also quotes).
fn escape_into(out: &mut String, s: &str, attr: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}
