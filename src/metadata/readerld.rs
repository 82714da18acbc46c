//! JSON-LD read the way Mozilla Readability reads it: the article facts reader views
//! show (title, author names, description, publisher, publication time).
//!
//! Input: the page's parsed JSON-LD blocks, in document order. Output: [`ReaderLd`]
//! of the first block that qualifies, or `None`. A block qualifies when its
//! `@context` is schema.org (a string, or an object's `@vocab`) and it is, holds in
//! its array, or holds in `@graph`, an object whose single string `@type` names an
//! article type; an array `@type` disqualifies the block. Stricter than `jsonld`,
//! which reads any article object for dates and images. Linear in the blocks.

use super::json::Value;

/// Fragments of `@type` that mark an article (Readability's pattern: a type starting
/// with "Article", containing one of these, or ending with "APIReference").
const TYPE_FRAGMENTS: &[&str] = &[
    "AdvertiserContentArticle",
    "NewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
];

/// The article facts of the first qualifying JSON-LD block.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct ReaderLd {
    pub name: Option<String>,
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub excerpt: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
}

/// Reads the first qualifying block of `blocks`.
pub(crate) fn read(blocks: &[Value]) -> Option<ReaderLd> {
    blocks.iter().find_map(article).map(facts)
}

/// The article object of one block, if the block qualifies.
fn article(block: &Value) -> Option<&Value> {
    let top = match block {
        Value::Arr(items) => items.iter().find_map(|it| match it.get("@type") {
            Some(Value::Str(t)) if is_article_type(t) => Some(Ok(it)),
            Some(Value::Arr(_)) => Some(Err(())),
            _ => None,
        })?,
        v => Ok(v),
    }
    .ok()?;
    if !is_schema_org(top.get("@context")) {
        return None;
    }
    let main = match (top.get("@type"), top.get("@graph")) {
        (None, Some(Value::Arr(graph))) => graph.iter().find_map(|it| match it.get("@type") {
            Some(Value::Str(t)) if is_article_type(t) => Some(Ok(it)),
            Some(Value::Arr(_)) => Some(Err(())),
            _ => None,
        })?,
        _ => Ok(top),
    }
    .ok()?;
    match main.get("@type") {
        Some(Value::Str(t)) if is_article_type(t) => Some(main),
        _ => None,
    }
}

fn facts(m: &Value) -> ReaderLd {
    let s = |k: &str| m.get(k).and_then(Value::as_str);
    ReaderLd {
        name: s("name").map(str::to_string),
        headline: s("headline").map(str::to_string),
        byline: byline(m.get("author")),
        excerpt: s("description").map(|d| d.trim().to_string()),
        site_name: m
            .get("publisher")
            .and_then(|p| p.get("name"))
            .and_then(Value::as_str)
            .map(|n| n.trim().to_string()),
        published: s("datePublished").map(|d| d.trim().to_string()),
    }
}

/// `author.name`, or the names of an author array whose first entry has one.
fn byline(author: Option<&Value>) -> Option<String> {
    fn name(v: &Value) -> Option<&str> {
        v.get("name").and_then(Value::as_str).map(str::trim)
    }
    match author? {
        Value::Arr(list) => {
            name(list.first()?)?;
            Some(list.iter().filter_map(name).collect::<Vec<_>>().join(", "))
        }
        a => name(a).map(str::to_string),
    }
}

/// `@context` names schema.org (`http(s)://schema.org`, optional slash).
fn is_schema_org(ctx: Option<&Value>) -> bool {
    let url = match ctx {
        Some(Value::Str(s)) => s.as_str(),
        Some(o @ Value::Obj(_)) => match o.get("@vocab") {
            Some(Value::Str(s)) => s.as_str(),
            _ => return false,
        },
        _ => return false,
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    matches!(rest, Some("schema.org" | "schema.org/"))
}

fn is_article_type(t: &str) -> bool {
    t.starts_with("Article")
        || t.ends_with("APIReference")
        || TYPE_FRAGMENTS.iter().any(|f| t.contains(f))
}

/// Readability's text similarity of `b` to `a`: 1 minus the share of `b`'s word
/// text (ASCII word characters) made of words absent from `a`.
pub(crate) fn similarity(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (ta, tb) = (words(a), words(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let joined_len = |ws: &[&String]| -> usize {
        ws.iter().map(|w| w.len()).sum::<usize>() + ws.len().saturating_sub(1)
    };
    let all: Vec<&String> = tb.iter().collect();
    let uniq: Vec<&String> = tb.iter().filter(|w| !ta.contains(w)).collect();
    1.0 - joined_len(&uniq) as f32 / joined_len(&all).max(1) as f32
}

#[cfg(test)]
mod tests {
    use super::super::json::parse;
    use super::*;

    fn ld(j: &str) -> Option<ReaderLd> {
        read(&[parse(j).unwrap_or(Value::Null)])
    }

    #[test]
    fn reads_only_qualifying_blocks() {
        let j = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},
            {"@type":"NewsArticle","headline":"H","author":[{"name":"A "},{"name":"B"}],
             "publisher":{"name":"P"},"description":"D"}]}"#;
        let r = ld(j).unwrap_or_default();
        assert_eq!(r.headline.as_deref(), Some("H"));
        assert_eq!(r.byline.as_deref(), Some("A, B"));
        assert_eq!(r.site_name.as_deref(), Some("P"));
        assert_eq!(r.excerpt.as_deref(), Some("D"));
        assert_eq!(
            ld(r#"{"@context":"https://example.org","@type":"Article"}"#),
            None
        );
        assert_eq!(
            ld(r#"{"@context":"http://schema.org","@type":["Article"]}"#),
            None
        );
        let s = ld(r#"{"@context":"http://schema.org/","@type":"Article","author":"X"}"#);
        assert_eq!(s.map(|s| s.byline), Some(None));
    }

    #[test]
    fn similarity_counts_new_words() {
        assert!((similarity("a b c", "a b c") - 1.0).abs() < 1e-6);
        assert!(similarity("big news", "small talk") < 0.01);
    }
}
