//! The cleaning pass: which subtrees inside the article are dropped, which text
//! blocks are kept.
//!
//! Input: a node's [`Stats`] and attributes, or a finished text block. Output: keep or
//! drop. Algorithm: Readability's `_cleanConditionally` on containers (image, list,
//! input, embed and link-density rules), plus link-heavy lists, caption/credit boxes,
//! label-only blocks ("Advertisement"), teaser/CTA lines and lines that repeat the
//! title, byline or date.

use crate::lex::{self, en};
use crate::locate::hints;
use crate::locate::stats::{Info, Stats};
use crate::page::Attr;
use crate::util::strings::{contains_any_ci, contains_ci};
use scraper::node::Element;

/// What rendering knows from the metadata: lines that repeat the title or byline are
/// dropped, and links and images resolve against the base URL.
#[derive(Debug, Clone, Copy, Default)]
pub struct Known<'a> {
    pub title: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub base_url: Option<&'a str>,
}

/// Containers with this many commas are prose, never cleaned (Readability: 10).
const PROSE_COMMAS: u32 = 10;
/// Lists whose text is mostly links are link lists (related stories, tags).
const LIST_LINK_DENSITY: f32 = 0.5;
/// A text block whose text is mostly link text is a teaser or a "Read more" line.
const BLOCK_LINK_DENSITY: f32 = 0.6;
/// Caption/credit boxes longer than this are kept (some sites misname prose boxes).
const MAX_CAPTION_CHARS: u32 = 400;
/// CTA prefixes only condemn short blocks; a long paragraph may start "Support for…".
const MAX_CTA_CHARS: usize = 200;
/// "Follow X on Twitter…" lines are short; a longer "Follow…" sentence is prose.
const MAX_FOLLOW_CHARS: usize = 120;
/// Blocks this short at the top may be the byline or date line.
const MAX_META_LINE_CHARS: usize = 80;

/// Blocks longer than this (in bytes) have more characters than every limit above, so
/// only the whole-block tests apply to them.
const LONG_BLOCK_BYTES: usize = 4 * MAX_CTA_CHARS;

/// Drops a container inside the article (Readability's conditional cleaning).
pub(crate) fn drop_container(e: &Element, st: &Stats, i: usize, has_figure_ancestor: bool) -> bool {
    let name = e.name();
    let n: &Info = &st.info[i];
    if is_caption_box(e) && n.chars <= MAX_CAPTION_CHARS && !has_figure_ancestor {
        return true;
    }
    if !matches!(
        name,
        "div" | "section" | "table" | "ul" | "ol" | "form" | "fieldset" | "dl"
    ) {
        return false;
    }
    let ld = st.link_density(i);
    let is_list = matches!(name, "ul" | "ol" | "dl");
    if is_list && ld > LIST_LINK_DENSITY && n.chars > 0 {
        return true;
    }
    if n.commas >= PROSE_COMMAS {
        return false;
    }
    let weight = hints::class_weight(e);
    // Text split by `<br>` pairs counts as paragraphs (Readability rewrites those first).
    let p = n.paragraphs as f32 + (n.breaks / 2) as f32;
    let (img, li) = (n.images as f32, n.items as f32 - 100.0);
    (img > 1.0 && p / img < 0.5 && !has_figure_ancestor)
        || (!is_list && li > p)
        || (n.inputs as f32 > (p / 3.0).floor())
        || (!is_list && n.chars < 25 && (n.images == 0 || n.images > 2) && !has_figure_ancestor)
        || (!is_list && weight < 25.0 && ld > 0.2 && p <= 1.0)
        || (weight >= 25.0 && ld > 0.5)
        || ((n.embeds == 1 && n.chars < 75) || n.embeds > 1)
}

/// A caption or photo-credit box outside `<figure>` (its text is not the story's).
fn is_caption_box(e: &Element) -> bool {
    if matches!(e.name(), "figure" | "figcaption") {
        return false;
    }
    [e.get_attr("class"), e.get_attr("id")]
        .into_iter()
        .flatten()
        .any(|a| contains_any_ci(a, &["caption", "credit", "photo-source", "image-source"]))
}

/// A leaf block (paragraph, heading, item) made mostly of link text.
pub(crate) fn link_heavy(st: &Stats, i: usize) -> bool {
    st.info[i].chars > 0 && st.link_density(i) >= BLOCK_LINK_DENSITY
}

/// Keeps a finished text block? `index` is its position among the kept blocks.
pub(crate) fn keep_block(text: &str, index: usize, meta: &Known) -> bool {
    if text.len() > LONG_BLOCK_BYTES {
        return keep_long_block(text, index, meta);
    }
    let lower = text.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != ':');
    if bare.is_empty() || en::BOILERPLATE_BLOCKS.contains(bare) {
        return false;
    }
    if text.chars().count() <= MAX_CTA_CHARS
        && en::BOILERPLATE_PREFIXES
            .words()
            .any(|p| lower.starts_with(p))
    {
        return false;
    }
    let (follow, on) = hints::FOLLOW_CTA;
    if text.chars().count() <= MAX_FOLLOW_CHARS && lower.starts_with(follow) && lower.contains(on) {
        return false;
    }
    !(index < 4 && repeats_meta(text, &lower, meta))
}

/// [`keep_block`] for a block longer than every short-line test: no lower-case copy of
/// it (a paragraph of a megabyte costs one pass, not three).
fn keep_long_block(text: &str, index: usize, meta: &Known) -> bool {
    let bare = text.trim_matches(|c: char| !c.is_alphanumeric() && c != ':');
    if bare.is_empty() {
        return false;
    }
    // Boilerplate entries are short; a longer bare text is none of them.
    if bare.len() <= LONG_BLOCK_BYTES && en::BOILERPLATE_BLOCKS.contains(&bare.to_lowercase()) {
        return false;
    }
    let title = meta.title;
    !(index < 4 && title.is_some_and(|t| same_text(text, t) || headline_of(text, t)))
}

/// The block repeats the title, the byline or the date line.
fn repeats_meta(text: &str, lower: &str, meta: &Known) -> bool {
    if let Some(t) = meta.title {
        if same_text(text, t) || headline_of(text, t) {
            return true;
        }
    }
    if text.chars().count() > MAX_META_LINE_CHARS {
        return false;
    }
    if let Some(b) = meta.byline {
        let by = crate::util::strings::strip_by(text);
        if same_text(by, crate::util::strings::strip_by(b))
            || (lower.starts_with("by ") && contains_ci(text, &b.to_lowercase()))
        {
            return true;
        }
    }
    lower.starts_with("by ") || is_date_line(lower)
}

/// A title with the site appended ("Headline | Site") starts with the headline.
fn headline_of(block: &str, title: &str) -> bool {
    let t: String = folded(title).collect();
    // The block's letters must start the title's: stop at the first that does not.
    let mut rest = t.chars();
    let mut b_len = 0;
    for c in folded(block) {
        if rest.next() != Some(c) {
            return false;
        }
        b_len += c.len_utf8();
    }
    // The headline is most of the title: a site name is short.
    b_len > 0 && b_len * 3 >= t.len() * 2
}

/// The letters and digits of `s`, lower-cased.
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// Equal ignoring case, spacing and punctuation.
fn same_text(a: &str, b: &str) -> bool {
    // Compared as streams: a long block differs from a title within a few characters.
    folded(a).next().is_some() && folded(a).eq(folded(b))
}

/// A short line that only states a date/time ("Published 23 Feb 2025, 16:35").
fn is_date_line(lower: &str) -> bool {
    let words = lower.split_whitespace().count();
    let has_year = lower
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    let has_month = lex::month_stems().any(|(stem, _)| lower.contains(stem));
    let starts_cue = [
        "published",
        "updated",
        "posted",
        "last updated",
        "first published",
    ]
    .iter()
    .any(|c| lower.starts_with(c));
    words <= 10 && has_year && (has_month || starts_cue || lower.contains(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_labels_ctas_and_meta_lines() {
        let meta = Known {
            title: Some("Big News"),
            byline: Some("Jane Roe"),
            ..Known::default()
        };
        assert!(!keep_block("Advertisement", 5, &meta));
        assert!(!keep_block("Read more: other story", 5, &meta));
        assert!(!keep_block("Big news", 0, &meta));
        let long = Known {
            title: Some("Big news from the capital today | Site"),
            ..Known::default()
        };
        assert!(!keep_block("Big news from the capital today", 0, &long));
        assert!(keep_block("Big news", 0, &long));
        assert!(!keep_block("By Jane Roe", 1, &meta));
        assert!(!keep_block("February 23, 2025 16:35", 2, &meta));
        assert!(keep_block(
            "The minister said on Sunday that talks would continue.",
            0,
            &meta
        ));
    }
}
