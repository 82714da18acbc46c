//! The article title as reader views show it.
//!
//! Input: the scan (document title, headings, meta tags) and the JSON-LD article.
//! Output: the title. [`choose`]: JSON-LD (`name`, or `headline` when only it
//! resembles the document title), then meta tags ([`TITLE_KEYS`]), then the
//! document title cut by Mozilla Readability's rules ([`from_document`]): with a
//! separator (` | `, ` - `, ` – `, ` — `, ` \ `, ` / `, ` > `, ` » `) keep what
//! precedes the last one, or, when that leaves under [`MIN_WORDS`] words, what
//! follows the first; with a colon, keep the part after the last colon unless a
//! heading repeats the whole title; a very short or very long title yields to the
//! page's only `<h1>`; a result of at most [`MAX_SHORT_WORDS`] words falls back to
//! the whole title (unless only one hierarchical part was cut). Last, a visible
//! `<h1>` confirmed by another source overrides a differently worded social title.
//! Linear in the title lengths.

/// Similarity above which a JSON-LD headline is taken to be the page's title.
const TITLE_SIMILARITY: f32 = 0.75;

/// Meta keys of the title, in reader-view order.
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];
/// A shorter part (in words) is probably the site, not the story.
const MIN_WORDS: usize = 3;
/// Results this short (in words) usually lost part of the headline.
const MAX_SHORT_WORDS: usize = 4;
/// A part before the colon with more words than this is a headline itself.
const MAX_PREFIX_WORDS: usize = 5;
/// Titles shorter or longer than these (UTF-16 units) are replaced by the only `<h1>`.
const MIN_TITLE_UNITS: usize = 15;
const MAX_TITLE_UNITS: usize = 150;
/// Separator characters between headline and site name (with a space each side).
const SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
/// Separators that mark a hierarchy ("Site > Section > Story").
const HIERARCHICAL: &[char] = &['\\', '/', '>', '»'];

use super::readerld::{similarity, ReaderLd};
use super::scan::{Headings, Scan};
use crate::util::strings::{fold, unescape};

/// Readability's word count: whitespace runs plus one ("" → 1, " a" → 2).
fn word_count(s: &str) -> usize {
    let mut runs = 0;
    let mut in_ws = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_ws {
                runs += 1;
            }
            in_ws = true;
        } else {
            in_ws = false;
        }
    }
    runs + 1
}

/// Byte offsets of the " X " separators of `t` (non-overlapping, left to right).
fn separators(t: &str, set: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != ' ' {
            continue;
        }
        let Some(&(_, s)) = chars.peek() else { break };
        if !set.contains(&s) {
            continue;
        }
        let after = i + 1 + s.len_utf8();
        if t.get(after..).is_some_and(|r| r.starts_with(' ')) {
            out.push(i);
            chars.next();
            chars.next();
        }
    }
    out
}

/// The article title of a document title (see the module header).
pub(crate) fn from_document(orig: &str, h: &Headings) -> String {
    let orig = orig.trim();
    let seps = separators(orig, SEPARATORS);
    let hierarchical = !separators(orig, HIERARCHICAL).is_empty();
    let mut cur = orig.to_string();
    if let Some(&last) = seps.last() {
        cur = orig.get(..last).unwrap_or(orig).to_string();
        if word_count(&cur) < MIN_WORDS {
            let first = orig.find(SEPARATORS).map_or(0, |i| i + 1);
            cur = orig.get(first..).unwrap_or("").to_string();
        }
    } else if orig.contains(": ") {
        if !h.texts.iter().any(|t| t == orig) {
            let last = orig.rfind(':').map_or(0, |i| i + 1);
            cur = orig.get(last..).unwrap_or("").to_string();
            if word_count(&cur) < MIN_WORDS {
                let first = orig.find(':').map_or(0, |i| i + 1);
                cur = orig.get(first..).unwrap_or("").to_string();
            } else if orig
                .find(':')
                .is_some_and(|i| word_count(orig.get(..i).unwrap_or("")) > MAX_PREFIX_WORDS)
            {
                cur = orig.to_string();
            }
        }
    } else {
        let units = orig.encode_utf16().count();
        if !(MIN_TITLE_UNITS..=MAX_TITLE_UNITS).contains(&units) {
            if let (1, Some(h1)) = (h.h1_count, h.first_h1.as_ref()) {
                cur = h1.clone();
            }
        }
    }
    let cur = fold(&cur);
    let n = word_count(&cur);
    let without_seps: String = orig.chars().filter(|c| !SEPARATORS.contains(c)).collect();
    if n <= MAX_SHORT_WORDS && (!hierarchical || n + 1 != word_count(&without_seps)) {
        return orig.to_string();
    }
    cur
}

/// The title as reader views show it: structured data, then meta tags, then the
/// `<title>` with the site name cut (see `title`).
pub(crate) fn choose(s: &Scan, rld: &ReaderLd) -> Option<String> {
    let doc_title = || from_document(&fold(s.title.as_deref().unwrap_or("")), &s.headings);
    let from_ld = match (rld.name.as_deref(), rld.headline.as_deref()) {
        (Some(n), Some(h)) if n != h => {
            let t = doc_title();
            let name_ok = similarity(n, &t) > TITLE_SIMILARITY;
            let head_ok = similarity(h, &t) > TITLE_SIMILARITY;
            Some(if head_ok && !name_ok { h } else { n })
        }
        (Some(n), _) => Some(n),
        (None, h) => h,
    };
    let t = from_ld
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .or_else(|| s.values.first(TITLE_KEYS).map(str::to_string))
        .unwrap_or_else(doc_title);
    let t = fold(&unescape(&t));
    visible_headline(s, rld, &t).or(Some(t).filter(|t| !t.is_empty()))
}

/// Words the visible headline has at least (shorter `<h1>`s are logos, sections).
const MIN_HEADLINE_WORDS: usize = 4;

/// The page's one `<h1>`, when it is worded differently from `t` (a social-media
/// title) and another source (the `<title>`, og:title, the JSON-LD headline)
/// repeats it: what readers see wins.
fn visible_headline(s: &Scan, rld: &ReaderLd, t: &str) -> Option<String> {
    let squash = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let confirmed = |h: &String| {
        let h = squash(h);
        [
            s.title.as_deref(),
            s.values.first(&["og:title"]),
            rld.headline.as_deref(),
        ]
        .into_iter()
        .flatten()
        .any(|c| squash(&unescape(c)).contains(&h))
    };
    s.headings
        .first_h1
        .as_ref()
        .filter(|h| s.headings.h1_count == 1 && h.split_whitespace().count() >= MIN_HEADLINE_WORDS)
        .filter(|h| similarity(t, h) < TITLE_SIMILARITY)
        .filter(|h| confirmed(h))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> String {
        from_document(s, &Headings::default())
    }

    #[test]
    fn a_confirmed_visible_headline_beats_a_social_title() {
        let html = r#"<title>Disney+ glitches blamed on demand - Times</title>
            <meta property="og:title" content="'We had some issues,' exec says on Disney+ glitches">
            <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
              "name":"Disney+ glitches blamed on demand","headline":"'We had some issues,' exec says"}</script>
            <h1>‘We had some issues,’ exec says on Disney+ glitches</h1>"#;
        let page = crate::page::parse(html, &crate::options::Limits::default());
        let m = page
            .map(|p| crate::metadata::collect(&p, &crate::locate::locate(&p), None))
            .ok();
        assert_eq!(
            m.and_then(|m| m.title).as_deref(),
            Some("‘We had some issues,’ exec says on Disney+ glitches")
        );
    }

    #[test]
    fn cuts_site_names_like_readability() {
        assert_eq!(
            t("Big news at long last - Daily Planet"),
            "Big news at long last"
        );
        assert_eq!(
            t("Daily Planet | Big news at long last"),
            "Big news at long last"
        );
        assert_eq!(t("Big news at last - Planet"), "Big news at last - Planet");
        assert_eq!(t("Q&A - Planet"), "Q&A - Planet");
        assert_eq!(
            t("Planet: The big news of the day"),
            "The big news of the day"
        );
        assert_eq!(t("Short one | Site"), "Short one | Site");
        let h = Headings {
            texts: vec!["Planet: The big news of the day".into()],
            ..Headings::default()
        };
        assert_eq!(
            from_document("Planet: The big news of the day", &h),
            "Planet: The big news of the day"
        );
        let h = Headings {
            h1_count: 1,
            first_h1: Some("The real headline here".into()),
            ..Headings::default()
        };
        assert_eq!(from_document("Home", &h), "Home");
        assert_eq!(from_document("Hi", &h), "Hi");
    }
}
