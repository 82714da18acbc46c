//! The only place that emits HTML for the reader view: an allowlist sanitizer (ammonia).
//!
//! Input: HTML built by `extract` from page content. Output: HTML with only the tags,
//! attributes and URL schemes listed below; everything else (scripts, styles, event
//! handlers, `class`/`id`/`style`, iframes, SVG, forms) is removed. Links get
//! `rel="noopener noreferrer nofollow"`. ammonia parses with html5ever and walks the
//! tree iteratively, so deep nesting is safe.

use std::collections::HashSet;

/// Tags the reader view keeps: text structure, emphasis, figures, tables. `extract`
/// renders only these (others become `span`), so this list is the one source of truth.
pub(crate) const TAGS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "code",
    "pre",
    "br",
    "hr",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "dl",
    "dt",
    "dd",
];

/// Tags removed together with their content (not just unwrapped).
const DROP_WITH_CONTENT: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "svg", "math", "object", "embed",
    "textarea", "select", "button",
];

/// URL schemes allowed in `href`/`src`.
const SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Returns `html` with only allowlisted tags, attributes and URL schemes.
pub fn clean(html: &str) -> String {
    let mut b = ammonia::Builder::empty();
    // `empty()` still allows ammonia's default generic and per-tag attributes (lang,
    // title, align, cite…): clear them so only the attributes below survive.
    b.generic_attributes(HashSet::new())
        .tag_attributes(std::collections::HashMap::new())
        .add_tags(TAGS.iter().copied())
        .clean_content_tags(DROP_WITH_CONTENT.iter().copied().collect::<HashSet<_>>())
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("img", ["src", "alt", "width", "height"])
        .add_tag_attributes("td", ["colspan", "rowspan"])
        .add_tag_attributes("th", ["colspan", "rowspan"])
        .url_schemes(SCHEMES.iter().copied().collect::<HashSet<_>>())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer nofollow"))
        .strip_comments(true);
    b.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_xss_vectors() {
        let cases = [
            "<script>alert(1)</script><p>ok</p>",
            "<img src=x onerror=alert(1)><p>ok</p>",
            "<a href=\"javascript:alert(1)\">ok</a>",
            "<svg onload=alert(1)><circle/></svg><p>ok</p>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p>ok</p>",
            "<p style=\"x:expression(alert(1))\" class=c id=i onclick=alert(1)>ok</p>",
        ];
        for c in cases {
            let out = clean(c).to_ascii_lowercase();
            for bad in [
                "script",
                "onerror",
                "javascript",
                "svg",
                "onload",
                "iframe",
                "srcdoc",
                "style",
                "class",
                "onclick",
                "alert",
            ] {
                assert!(!out.contains(bad), "{c} → {out}");
            }
            assert!(out.contains("ok"), "{c} → {out}");
        }
    }

    #[test]
    fn keeps_figures_and_safe_links() {
        let out = clean("<figure><img src=\"https://x/i.jpg\" alt=\"a\"><figcaption>c</figcaption></figure><a href=\"https://x/\">l</a><h1>t</h1>");
        assert!(out.contains("<img src=\"https://x/i.jpg\" alt=\"a\">"));
        assert!(out.contains("<figcaption>c</figcaption>"));
        assert!(out.contains("rel=\"noopener noreferrer nofollow\""));
        assert!(!out.contains("<h1>"));
    }
}
