//! Stage 3, extract: the DOM → the reader-mode article body.
//!
//! Input: the parsed page and its metadata. Output: [`Body`]: text blocks, sanitized
//! reader HTML and diagnostics. Algorithm, in the spirit of Mozilla Readability with
//! trafilatura-style cleaning:
//! 1. `stats`: one pre-order pass marks page furniture (`hints`: tags, roles,
//!    class/id words, hidden elements) and sums text, link text, commas and element
//!    counts per subtree;
//! 2. `score`: paragraphs vote for their ancestors, the best container is promoted
//!    and merged with strong siblings;
//! 3. `render` + `clean`: one walk emits text blocks and HTML, dropping link lists,
//!    captions, labels, teasers and lines repeating the title, byline or date;
//! 4. a cheap "is this an article?" check adds `notAnArticle` (still best effort).
//!
//! Limits: every pass is linear in the node count and iterative (no recursion), so
//! 100k-deep nesting and 1 MB pages are safe.

mod clean;
mod images;
mod render;

pub use clean::Known;

use crate::locate::{stats, Located};
use crate::model::{Diagnostic, DiagnosticKind};
use crate::page::Page;

/// An article shorter than this (characters) is probably a listing or a stub.
const MIN_ARTICLE_CHARS: usize = 500;
/// When the whole page is this link-heavy, it is a home page or a listing.
const LISTING_LINK_DENSITY: f32 = 0.5;
/// A page whose article is this small next to the page's text is mostly not article.
const MIN_ARTICLE_SHARE: f32 = 0.1;

/// The article body as the reader sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Body {
    /// Plain text of each block (paragraph, heading, list item, quote), in order.
    pub blocks: Vec<String>,
    /// Sanitized reader-mode HTML of the body (see `crate::sanitize`).
    pub html: String,
    /// Partial problems (e.g. `notAnArticle`).
    pub diagnostics: Vec<Diagnostic>,
}

/// Renders the article body `located` found in `page`.
pub fn article(page: &Page, located: &Located, meta: &Known) -> Body {
    let st = &located.stats;
    let r = render::render(&page.doc, st, &located.pick.roots, meta);
    let mut diagnostics = Vec::new();
    let chars: usize = r.blocks.iter().map(|b| b.chars().count()).sum();
    if r.blocks.is_empty() {
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::EmptyArticle,
            message: "no article text could be extracted".into(),
        });
    }
    if let Some(why) = not_an_article(st, chars) {
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::NotAnArticle,
            message: why,
        });
    }
    Body {
        blocks: r.blocks,
        html: crate::sanitize::clean(&r.html),
        diagnostics,
    }
}

/// Why the page does not look like an article, if it does not.
fn not_an_article(st: &stats::Stats, article_chars: usize) -> Option<String> {
    let root = st.info.first()?;
    let page_chars = root.chars as usize;
    if article_chars < MIN_ARTICLE_CHARS {
        return Some(format!("only {article_chars} characters of article text"));
    }
    let share = article_chars as f32 / page_chars.max(1) as f32;
    if st.link_density(0) > LISTING_LINK_DENSITY && share < 3.0 * MIN_ARTICLE_SHARE {
        return Some("the page is mostly links (a home page or a listing)".into());
    }
    if share < MIN_ARTICLE_SHARE {
        return Some("the article is a small part of the page".into());
    }
    if root.inputs > 10 && article_chars < 2 * MIN_ARTICLE_CHARS {
        return Some("the page is mostly a form".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;

    fn body_of(html: &str) -> Body {
        match crate::page::parse(html, &Limits::default()) {
            Ok(p) => {
                let located = crate::locate::locate(&p);
                let known = Known {
                    base_url: Some("https://ex.com/a/"),
                    ..Known::default()
                };
                article(&p, &located, &known)
            }
            Err(_) => Body::default(),
        }
    }

    const PROSE: &str = "The minister said on Sunday, after a long meeting, that the talks would continue, and that both sides had agreed to meet again.";

    #[test]
    fn picks_the_story_and_drops_furniture() {
        let html = format!(
            "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>\
             <div class='story'><h1>Big News</h1><p>{PROSE}</p><p>Advertisement</p>\
             <figure><img src='/i.jpg'><figcaption>A caption, credit AFP</figcaption></figure>\
             <p>{PROSE}</p><ul class='x'><li><a href='/1'>Related one</a></li><li><a href='/2'>Related two</a></li></ul></div>\
             <footer>All rights reserved</footer></body></html>"
        );
        let b = body_of(&html);
        assert_eq!(b.blocks.len(), 3, "{:?}", b.blocks);
        assert_eq!(b.blocks[1], PROSE);
        assert!(
            b.html.contains("<img src=\"https://ex.com/i.jpg\">"),
            "{}",
            b.html
        );
        assert!(b.html.contains("<figcaption>"));
        assert!(!b.html.contains("Related"));
    }

    #[test]
    fn hover_cards_in_prose_and_caption_parts() {
        let card = "<span class='card'><img src='/p.jpg'><a href='/p'>Jane Roe</a>\
            <a href='/1'>An older story about the senator and her long campaign</a>\
            <a href='/2'>Another story about the senator and the budget</a><a href='/more'>MORE</a></span>";
        let html = format!(
            "<div class='story'><p>Rep. <span><a href='/p'>Jane Roe</a>{card}</span> said on Sunday, \
             after a long meeting, that the talks would continue.</p><p>{PROSE}</p>\
             <figure><img src='/i.jpg'><figcaption><span>Smoke over the city.</span><span>Photo: AFP</span></figcaption></figure>\
             <p>{PROSE}</p></div>"
        );
        let b = body_of(&html);
        assert!(
            b.blocks[0].starts_with("Rep. Jane Roe said on Sunday"),
            "{:?}",
            b.blocks
        );
        assert!(!b.blocks[0].contains("older story"));
        assert!(
            b.html.contains("Smoke over the city. Photo: AFP"),
            "{}",
            b.html
        );
    }

    #[test]
    fn list_based_articles_vote_with_their_items() {
        let item = "We have landed a fix that keeps the browser from starting an update while \
            another instance runs, which was the cause of an error page.";
        let items = format!("<li>{item}</li>").repeat(8);
        let html = format!(
            "<div class='entry'><h3>Highlights</h3><ul>{items}</ul></div>\
             <div class='discussion'><p>{PROSE}</p></div>"
        );
        let b = body_of(&html);
        assert!(
            b.blocks.iter().filter(|x| x.as_str() == item).count() == 8,
            "{:?}",
            b.blocks
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // Inline tags: html5ever parses nested block tags in quadratic time.
        let html = format!(
            "{}<p>{PROSE}</p>{}",
            "<b>".repeat(100_000),
            "</b>".repeat(100_000)
        );
        let b = body_of(&html);
        assert!(b.blocks.len() <= 1);
        let html = format!(
            "{}<p>{PROSE}</p>{}",
            "<div>".repeat(3_000),
            "</div>".repeat(3_000)
        );
        assert_eq!(body_of(&html).blocks.len(), 1);
    }

    #[test]
    fn empty_page_is_diagnosed() {
        let b = body_of("<html><body><nav><a href='/'>Home</a></nav></body></html>");
        assert!(b.blocks.is_empty());
        assert!(b
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::EmptyArticle));
        assert!(b
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::NotAnArticle));
    }
}
