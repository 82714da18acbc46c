//! Every heuristic word list and pattern of the extractor, in one commented table.
//!
//! Class/id fragments are matched as ASCII case-insensitive substrings of the
//! `class` and `id` attributes. Origins: Mozilla Readability's REGEXPS (unlikely,
//! maybe, positive, negative), trafilatura's boilerplate XPaths, and what news pages
//! commonly name their share bars, newsletter boxes and teasers.

use crate::page::Attr;
use crate::util::strings::{fold_ascii, hidden_by_style, Fragments};
use scraper::node::Element;

/// Tags whose whole subtree is never article text.
pub(crate) const JUNK_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "footer", "button", "input",
    "select", "textarea", "iframe", "svg", "canvas", "object", "embed", "dialog", "menu", "header",
    "head", "title", "meta", "link", "map", "audio", "video", "label",
];

/// ARIA roles of page furniture.
pub(crate) const JUNK_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "search",
    "tablist",
    "toolbar",
    "alert",
    "note",
];

/// Class/id fragments of boxes that are not the story (Readability's unlikely
/// candidates plus share/newsletter/teaser names). Removed unless [`MAYBE`] matches.
pub(crate) const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "adbox",
    "advert",
    "agegate",
    "ai2html",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cookie",
    "consent",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "masthead",
    "modal",
    "newsletter",
    "outbrain",
    "pager",
    "pagination",
    "paid-content",
    "popup",
    "promo",
    "recirc",
    "recommend",
    "related",
    "remark",
    "replies",
    "rss",
    "share",
    "sharing",
    "shoutbox",
    "sidebar",
    "signup",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "supplemental",
    "taboola",
    "toolbar",
    "trending",
    "most-read",
    "mostread",
    "most-popular",
    "yom-remote",
    "more-stories",
    "topics",
    "tag-list",
    "taglist",
    "author-bio",
    "print-only",
    "sr-only",
    "off-screen",
    "offscreen",
    "copyright",
    "visually-hidden",
    "screen-reader",
    "inline-ad",
    "jump-link",
];

/// Class/id fragments that rescue an [`UNLIKELY`] match (the story container often
/// carries a site-wide word too: "article-header" no, but "main-column" yes).
pub(crate) const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story",
];

/// Fragments that raise a container's score (+[`CLASS_WEIGHT`]).
pub(crate) const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "rich-text",
    "richtext",
];

/// Fragments that lower a container's score (-[`CLASS_WEIGHT`]).
pub(crate) const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "caption",
    "credit",
    "byline",
    "dateline",
    "timestamp",
    "newsletter",
    "teaser",
    "card",
];

/// Score added or removed by a positive/negative class or id (Readability's value).
pub(crate) const CLASS_WEIGHT: f32 = 25.0;

/// Short "Follow <brand> on <networks>" lines: a prefix and a word they must contain.
pub(crate) const FOLLOW_CTA: (&str, &str) = ("follow ", " on ");

/// The element is marked up as the story itself (`<article>`, `<main>`, schema.org
/// `articleBody`): an ancestor holding it is never dropped for its class name.
pub(crate) fn is_story_mark(e: &Element) -> bool {
    matches!(e.name(), "article" | "main")
        || e.get_attr("itemprop")
            .is_some_and(|p| p.contains("articleBody"))
}

/// The class/id lists, indexed for a test per element.
static UNLIKELY_SET: Fragments = Fragments::new(UNLIKELY);
static MAYBE_SET: Fragments = Fragments::new(MAYBE);
static POSITIVE_SET: Fragments = Fragments::new(POSITIVE);
static NEGATIVE_SET: Fragments = Fragments::new(NEGATIVE);

/// Class weight of an element: +25 per positive, -25 per negative (class and id).
pub(crate) fn class_weight(e: &Element) -> f32 {
    let mut w = 0.0;
    for attr in [e.get_attr("class"), e.get_attr("id")]
        .into_iter()
        .flatten()
    {
        let lower = fold_ascii(attr);
        if NEGATIVE_SET.in_folded(&lower) {
            w -= CLASS_WEIGHT;
        }
        if POSITIVE_SET.in_folded(&lower) {
            w += CLASS_WEIGHT;
        }
    }
    w
}

/// The element is page furniture by tag, role or visibility (always dropped).
pub(crate) fn is_hard_junk(e: &Element) -> bool {
    let name = e.name();
    if JUNK_TAGS.contains(&name) {
        return true;
    }
    if e.get_attr("hidden").is_some() || e.get_attr("aria-hidden") == Some("true") && name != "img"
    {
        return true;
    }
    if e.get_attr("style").is_some_and(hidden_by_style) {
        return true;
    }
    if e.get_attr("role")
        .is_some_and(|r| JUNK_ROLES.iter().any(|j| r.eq_ignore_ascii_case(j)))
    {
        return true;
    }
    false
}

/// The element's class or id names furniture, or it is a `<form>` (dropped unless it
/// holds the story: ASP.NET pages wrap the whole page in a form).
pub(crate) fn is_soft_junk(e: &Element) -> bool {
    let name = e.name();
    if name == "form" {
        return true;
    }
    if matches!(
        name,
        "body" | "html" | "article" | "main" | "a" | "table" | "tbody" | "tr" | "td" | "p"
    ) {
        return false;
    }
    let (cls, id) = (
        e.get_attr("class").unwrap_or(""),
        e.get_attr("id").unwrap_or(""),
    );
    let junk = |s: &str| {
        let lower = fold_ascii(s);
        UNLIKELY_SET.in_folded(&lower) && !MAYBE_SET.in_folded(&lower)
    };
    junk(cls) || junk(id)
}
