//! One pass over the document collecting the raw facts metadata decisions need.
//!
//! Input: the parsed page. Output: [`Scan`]: meta tags, `<title>`, `<html lang/dir>`,
//! `<base>`, canonical link, JSON-LD blocks, `<h1>`/`<h2>` texts, `<time>` and
//! `itemprop` dates, written dates, inner `dir` attributes. The walk is ego-tree's
//! iterative traversal; every list is capped so hostile pages stay cheap.

use super::json::{self, Value};
use super::textdate;
use super::values::Values;
use crate::page::Attr;
use crate::page::Page;
use crate::util::strings::{contains_ci, unescape, Fragments};
use chrono::NaiveDate;
use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

/// Caps on collected items: the first few of each kind decide.
const MAX_META: usize = 400;
const MAX_LD: usize = 16;
const MAX_TIMES: usize = 8;
/// Inline scripts longer than this are code, not a date printer.
const MAX_SCRIPT_DATE_BYTES: usize = 200;
/// Ancestors checked for a caption around a dated text.
const CAPTION_LEVELS: usize = 6;
/// `<h1>`/`<h2>` texts kept for the title rules.
const MAX_HEADINGS: usize = 64;

/// Class/id fragments of elements that show the publication date.
const DATE_HINTS: &[&str] = &[
    "date", "time", "publish", "posted", "stamp", "dateline", "meta", "info",
];
/// [`DATE_HINTS`], indexed for a test per element.
static DATE_SET: Fragments = Fragments::new(DATE_HINTS);
/// Date-classed elements read at most, and their longest useful text.
const MAX_CLASS_DATES: usize = 6;
const MAX_DATE_TEXT: usize = 200;
/// Nodes a date element holds at most.
const MAX_DATE_NODES: usize = 100;
/// Text nodes searched for a written date when nothing better exists.
const MAX_TEXT_NODES: usize = 3_000;
/// English variants that write day before month.
const DMY_ENGLISH: &[&str] = &[
    "en-gb", "en-au", "en-in", "en-ie", "en-nz", "en-za", "en-ng", "en-ke", "en-pk",
];

/// The headings of a page that the title rules consult.
#[derive(Debug, Default)]
pub(crate) struct Headings {
    /// Trimmed text of every `<h1>` and `<h2>` (capped).
    pub texts: Vec<String>,
    /// Number of `<h1>` elements.
    pub h1_count: usize,
    /// Whitespace-folded text of the first `<h1>`.
    pub first_h1: Option<String>,
}

/// Raw facts of one page.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// (lowercased property/name/itemprop, content), in document order.
    pub metas: Vec<(String, String)>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub base: Option<String>,
    pub canonical: Option<String>,
    pub image_src: Option<String>,
    pub ld: Vec<Value>,
    /// Meta contents keyed as reader views key them.
    pub values: Values,
    pub headings: Headings,
    pub itemprop_published: Option<String>,
    /// The visible text of the `itemprop=datePublished` element.
    pub itemprop_published_text: Option<String>,
    pub itemprop_modified: Option<String>,
    pub times: Vec<String>,
    /// The first `<time datetime>` after the title (the story's, not a header clock).
    pub time_after_title: Option<String>,
    /// Some element below `<html>` carries a `dir` attribute.
    pub inner_dir: bool,
    /// Days written in date-classed elements ("date", "time", "published"…).
    pub class_dates: Vec<NaiveDate>,
    /// Of `class_dates`, those after the first `<h1>` (the story's own, not the
    /// site header's "today").
    pub class_dates_after_title: Vec<NaiveDate>,
    /// The day written in the visible text nearest the first `<h1>` (the last one
    /// before it or the first one after it, whichever is closer in text).
    pub text_date_near_title: Option<NaiveDate>,
    /// Visible text characters seen so far, and where the first `<h1>` starts.
    text_pos: usize,
    title_pos: usize,
    /// The last day written before the title, and where.
    date_before_title: Option<(NaiveDate, usize)>,
    /// The first day printed by a short inline script (`showDate("2020/04/17")`).
    pub script_date: Option<NaiveDate>,
    /// The name of the microdata publisher (`itemprop="publisher"` item's
    /// `<meta itemprop="name">`): the brand, where og:site_name may be a domain.
    pub publisher_name: Option<String>,
    /// The first `<h1>` has been passed.
    after_title: bool,
    /// The first day written anywhere in the visible text.
    pub text_date: Option<NaiveDate>,
    /// Text nodes scanned for `text_date` so far.
    text_nodes: usize,
    /// Read `1/2/2020` as January 2 (English pages outside the Commonwealth).
    mdy: bool,
}

impl Scan {
    /// The last day written before the title, when the page has a title (`<h1>`).
    pub(crate) fn date_before_title_day(&self) -> Option<NaiveDate> {
        self.date_before_title
            .filter(|_| self.after_title)
            .map(|(d, _)| d)
    }

    /// The first non-empty meta content under any of `keys` (lowercase), in key order.
    pub(crate) fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(n, c)| n == k && !c.trim().is_empty())
                .map(|(_, c)| c.trim())
        })
    }
}

/// Scans `page` once.
pub(crate) fn scan(page: &Page) -> Scan {
    let mut s = Scan::default();
    let root = page.doc.root_element();
    s.lang = root
        .attr("lang")
        .or_else(|| root.attr("xml:lang"))
        .map(str::to_string);
    s.dir = root.attr("dir").map(str::to_string);
    let l = s
        .lang
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase()
        .replace('_', "-");
    s.mdy = l.starts_with("en") && !DMY_ENGLISH.iter().any(|d| l.starts_with(d));
    for node in root.descendants() {
        if let Some(el) = ElementRef::wrap(node) {
            visit(&mut s, el);
        } else if let Node::Text(t) = node.value() {
            text_date(&mut s, t, node);
        }
    }
    s
}

/// Looks for written dates in a visible text node: the first one of the page, the
/// last one before the title and the first one after it; dates in captions and
/// credits belong to photos.
fn text_date(s: &mut Scan, t: &str, node: NodeRef<'_, Node>) {
    if s.text_date_near_title.is_some() || s.text_nodes >= MAX_TEXT_NODES {
        return;
    }
    if let Some(Node::Element(e)) = node.parent().map(|p| p.value()) {
        if matches!(
            e.name(),
            "script" | "style" | "noscript" | "template" | "title" | "option"
        ) {
            return;
        }
    }
    s.text_nodes += 1;
    if !s.after_title && repeats_title(s, t) {
        s.after_title = true;
        s.title_pos = s.text_pos;
    }
    let at = s.text_pos;
    s.text_pos += t.len();
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    let Some(d) = textdate::find(t, s.mdy).filter(|_| !in_caption(node)) else {
        return;
    };
    s.text_date.get_or_insert(d);
    if !s.after_title {
        s.date_before_title = Some((d, s.text_pos));
        return;
    }
    let after = at.saturating_sub(s.title_pos);
    s.text_date_near_title = Some(match s.date_before_title {
        Some((b, end)) if s.title_pos.saturating_sub(end) < after => b,
        _ => d,
    });
}

/// Characters of the document title a text must start with to be the headline.
const TITLE_KEY_CHARS: usize = 20;

/// The text starts like the document title: the page's headline without an `<h1>`.
fn repeats_title(s: &Scan, t: &str) -> bool {
    let Some(title) = s.title.as_deref() else {
        return false;
    };
    let t = t.trim_start();
    let mut key = title
        .split_whitespace()
        .flat_map(|w| w.chars().chain([' ']));
    let mut text = t.split_whitespace().flat_map(|w| w.chars().chain([' ']));
    let mut n = 0;
    while n < TITLE_KEY_CHARS {
        match (key.next(), text.next()) {
            (Some(a), Some(b)) if a.to_lowercase().eq(b.to_lowercase()) => n += 1,
            _ => return false,
        }
    }
    true
}

/// Inside a `<figcaption>` or a caption/credit-classed element (a few levels up),
/// or written right after an image (`<img><br>FILE PHOTO: …, January 16, 2020`).
fn in_caption(node: NodeRef<'_, Node>) -> bool {
    follows_image(node)
        || node
            .ancestors()
            .take(CAPTION_LEVELS)
            .any(|a| match a.value() {
                Node::Element(e) => {
                    e.name() == "figcaption"
                        || [e.get_attr("class"), e.get_attr("id")]
                            .into_iter()
                            .flatten()
                            .any(|v| contains_ci(v, "caption") || contains_ci(v, "credit"))
                }
                _ => false,
            })
}

/// The text node comes right after an image, only line breaks between them.
fn follows_image(node: NodeRef<'_, Node>) -> bool {
    node.prev_siblings()
        .find(|n| match n.value() {
            Node::Text(t) => !t.trim().is_empty(),
            Node::Element(e) => e.name() != "br",
            _ => false,
        })
        .is_some_and(
            |n| matches!(n.value(), Node::Element(e) if matches!(e.name(), "img" | "picture")),
        )
}

/// Days in elements whose class/id says they show a date.
fn class_date(s: &mut Scan, el: ElementRef<'_>) {
    let e = el.value();
    if s.class_dates.len() >= MAX_CLASS_DATES
        || matches!(e.name(), "body" | "html" | "script" | "style")
    {
        return;
    }
    let cls = e.get_attr("class").unwrap_or("");
    let id = e.get_attr("id").unwrap_or("");
    if !(DATE_SET.in_text(cls) || DATE_SET.in_text(id)) {
        return;
    }
    if let Some(t) = short_text(el) {
        if let Some(d) = textdate::find(&t, s.mdy) {
            s.class_dates.push(d);
            if s.after_title {
                s.class_dates_after_title.push(d);
            }
        }
    }
}

/// Records what one element contributes.
fn visit(s: &mut Scan, el: ElementRef<'_>) {
    let e = el.value();
    match e.name() {
        "meta" => meta(s, el),
        "title" if s.title.is_none() && !in_svg(el) => s.title = Some(text(el)),
        "base" if s.base.is_none() => s.base = e.get_attr("href").map(str::to_string),
        "link" => link(s, el),
        "script" => {
            let ty = e.get_attr("type").unwrap_or("");
            if contains_ci(ty, "ld+json") && s.ld.len() < MAX_LD {
                let raw: String = el.text().collect();
                if let Some(v) = json::parse(&raw) {
                    s.ld.push(v);
                }
            } else if s.script_date.is_none() && e.get_attr("src").is_none() {
                s.script_date = script_date(el, s.mdy);
            }
            return;
        }
        "h1" | "h2" => {
            heading(s, el);
            if e.name() == "h1" && !s.after_title {
                s.after_title = true;
                s.title_pos = s.text_pos;
            }
        }
        "time" if s.times.len() < MAX_TIMES => {
            if let Some(d) = e.get_attr("datetime") {
                s.times.push(d.to_string());
                if s.after_title && s.time_after_title.is_none() {
                    s.time_after_title = Some(d.to_string());
                }
            }
        }
        _ => {}
    }
    if e.name() != "html" && e.get_attr("dir").is_some() {
        s.inner_dir = true;
    }
    itemprops(s, el);
    class_date(s, el);
}

/// A day printed by a short inline script in the body (`document.write`, a
/// `showDate("…")` helper): pages that render their date with script.
fn script_date(el: ElementRef<'_>, mdy: bool) -> Option<NaiveDate> {
    let in_body = el
        .ancestors()
        .any(|a| matches!(a.value(), Node::Element(e) if e.name() == "body"));
    if !in_body {
        return None;
    }
    let raw: String = el.text().collect();
    (raw.len() <= MAX_SCRIPT_DATE_BYTES)
        .then(|| textdate::find(&raw, mdy))
        .flatten()
}

/// Records an `<h1>`/`<h2>` for the title rules.
fn heading(s: &mut Scan, el: ElementRef<'_>) {
    let h1 = el.value().name() == "h1";
    if h1 {
        s.headings.h1_count += 1;
        if s.headings.first_h1.is_none() {
            s.headings.first_h1 = Some(text(el));
        }
    }
    if s.headings.texts.len() < MAX_HEADINGS {
        let raw: String = el.text().collect();
        s.headings.texts.push(raw.trim().to_string());
    }
}

fn meta(s: &mut Scan, el: ElementRef<'_>) {
    let e = el.value();
    let Some(content) = e.get_attr("content") else {
        return;
    };
    s.values
        .add(e.get_attr("property"), e.get_attr("name"), content);
    if s.publisher_name.is_none()
        && e.get_attr("itemprop") == Some("name")
        && item_of(el).is_some_and(|p| p.split_whitespace().any(|w| w == "publisher"))
    {
        s.publisher_name = Some(unescape(content.trim())).filter(|n| !n.is_empty());
    }
    if s.metas.len() >= MAX_META {
        return;
    }
    for key in ["property", "name", "itemprop", "http-equiv"] {
        if let Some(k) = e.get_attr(key) {
            // `property` may hold several space-separated names.
            for name in k.split_whitespace() {
                s.metas
                    .push((name.to_ascii_lowercase(), unescape(content.trim())));
            }
        }
    }
}

/// The `itemprop` of the microdata item `el` belongs to: its nearest `itemscope`
/// ancestor's.
fn item_of(el: ElementRef<'_>) -> Option<&str> {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().get_attr("itemscope").is_some())
        .and_then(|a| a.value().get_attr("itemprop"))
}

fn link(s: &mut Scan, el: ElementRef<'_>) {
    let e = el.value();
    let rel = e.get_attr("rel").unwrap_or("");
    let href = e.get_attr("href");
    if s.canonical.is_none()
        && rel
            .split_whitespace()
            .any(|r| r.eq_ignore_ascii_case("canonical"))
    {
        s.canonical = href.map(str::to_string);
    }
    if s.image_src.is_none() && rel.eq_ignore_ascii_case("image_src") {
        s.image_src = href.map(str::to_string);
    }
}

/// `itemprop` author and dates on any element.
fn itemprops(s: &mut Scan, el: ElementRef<'_>) {
    let e = el.value();
    let Some(prop) = e.get_attr("itemprop") else {
        return;
    };
    let value = || {
        e.get_attr("content")
            .or_else(|| e.get_attr("datetime"))
            .map(str::to_string)
            .unwrap_or_else(|| text(el))
    };
    if prop == "datePublished" && s.itemprop_published.is_none() {
        s.itemprop_published = Some(value());
        s.itemprop_published_text = Some(text(el)).filter(|t| !t.is_empty());
    } else if prop == "dateModified" && s.itemprop_modified.is_none() {
        s.itemprop_modified = Some(value());
    }
}

/// The folded text of a small element: `None` when it holds more than
/// [`MAX_DATE_TEXT`] bytes or [`MAX_DATE_NODES`] nodes (bounds the work when such
/// elements nest deeply).
fn short_text(el: ElementRef<'_>) -> Option<String> {
    let mut out = String::new();
    let mut pending = false;
    for (i, node) in el.descendants().enumerate() {
        if i >= MAX_DATE_NODES || out.len() > MAX_DATE_TEXT {
            return None;
        }
        let code = node.parent().is_some_and(
            |p| matches!(p.value(), Node::Element(e) if matches!(e.name(), "script" | "style")),
        );
        if let (Node::Text(t), false) = (node.value(), code) {
            crate::util::strings::push_folded(&mut out, t, &mut pending);
        }
    }
    (out.len() <= MAX_DATE_TEXT).then_some(out)
}

/// Whitespace-folded text of an element (script and style content excluded).
pub(crate) fn text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut pending = false;
    for node in el.descendants() {
        let Node::Text(t) = node.value() else {
            continue;
        };
        let hidden = node.parent().is_some_and(|p| {
            matches!(p.value(), Node::Element(e) if matches!(e.name(), "script" | "style" | "noscript" | "template"))
        });
        if !hidden {
            crate::util::strings::push_folded(&mut out, t, &mut pending);
        }
    }
    out
}

fn in_svg(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .any(|a| matches!(a.value(), Node::Element(e) if e.name() == "svg"))
}
