//! Lazy-loaded images: the real source of an `<img>`.
//!
//! Input: an `<img>` element and its node. Output: the URL as written (resolved by
//! the caller). Order: a real `src`; lazy-loading attributes (`data-src`, …); the
//! largest `srcset`/`data-srcset` candidate; an `<img src>` inside a following
//! `<noscript>` (parsed as text by the HTML parser, so scanned by hand).

use crate::page::Attr;
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

/// Attributes lazy loaders keep the real URL in, most common first.
const LAZY_ATTRS: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-lazy",
    "data-echo",
    "data-img-src",
];

/// `src` values that are placeholders, not the picture.
const PLACEHOLDERS: &[&str] = &[
    "data:",
    "blank.",
    "spacer",
    "pixel.",
    "placeholder",
    "1x1",
    "transparent",
    "lazy-load",
    "grey.gif",
    "loading",
];

/// The best source of an image.
pub(crate) fn source(e: &Element, node: NodeRef<'_, Node>) -> Option<String> {
    let real = |v: &&str| {
        let l = v.trim().to_ascii_lowercase();
        !l.is_empty() && !PLACEHOLDERS.iter().any(|p| l.contains(p))
    };
    if let Some(s) = e.get_attr("src").filter(real) {
        return Some(s.trim().to_string());
    }
    if let Some(s) = LAZY_ATTRS.iter().find_map(|a| e.get_attr(a).filter(real)) {
        return Some(s.trim().to_string());
    }
    for a in ["srcset", "data-srcset", "data-lazy-srcset"] {
        if let Some(s) = e.get_attr(a).and_then(largest) {
            return Some(s);
        }
    }
    noscript_src(node)
}

/// The widest candidate of a `srcset` ("a.jpg 320w, b.jpg 1024w" → "b.jpg").
pub(crate) fn largest(srcset: &str) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for cand in srcset.split(", ") {
        let mut parts = cand.split_whitespace();
        let Some(u) = parts.next() else { continue };
        let w = parts
            .next()
            .and_then(|d| descriptor_number(d.trim_end_matches(['w', 'x'])))
            .unwrap_or(1.0);
        if best.map_or(true, |(bw, _)| w > bw) && !u.starts_with("data:") {
            best = Some((w, u));
        }
    }
    best.map(|(_, u)| u.to_string())
}

/// A srcset descriptor's number ("800", "1.5"): ASCII digits with at most one point.
/// By hand: `str::parse::<f32>` would bring Rust's float parser and its tables into the
/// WASM module (15 KB gzipped) for this one use.
fn descriptor_number(s: &str) -> Option<f64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    let frac = frac.get(..9).unwrap_or(frac); // finer than any width or density
    let digits = |p: &str| {
        p.bytes().try_fold(0f64, |n, b| {
            b.is_ascii_digit().then(|| n * 10.0 + f64::from(b - b'0'))
        })
    };
    let scale = (0..frac.len()).fold(1f64, |x, _| x * 10.0);
    Some(digits(whole)? + digits(frac)? / scale)
}

/// `src` of an `<img>` written inside the next sibling `<noscript>`.
fn noscript_src(node: NodeRef<'_, Node>) -> Option<String> {
    let sib = node.next_siblings().find(|s| s.value().is_element())?;
    match sib.value() {
        Node::Element(e) if e.name() == "noscript" => {}
        _ => return None,
    }
    let raw: String = sib
        .children()
        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
        .collect();
    let at = raw.find("src=")?;
    let rest = raw.get(at + 4..)?;
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = rest.get(1..)?;
    let end = inner.find(quote)?;
    Some(inner.get(..end)?.replace("&amp;", "&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_widest_srcset_candidate() {
        assert_eq!(
            largest("a.jpg 320w, b.jpg 1024w, c.jpg 640w").as_deref(),
            Some("b.jpg")
        );
        assert_eq!(largest("a.jpg").as_deref(), Some("a.jpg"));
    }
}
