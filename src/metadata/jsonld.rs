//! JSON-LD (schema.org) → the article's headline, authors, publisher, dates, image.
//!
//! Input: parsed JSON-LD blocks. Output: [`Ld`]. Algorithm: flatten arrays and
//! `@graph` lists (iteratively, with a node budget), then take the first object
//! whose `@type` is an article type, falling back to a web page with a headline.

use super::json::Value;

/// Objects visited at most: bounds the work on hostile JSON-LD.
const MAX_OBJECTS: usize = 2_000;

/// `@type` values (lowercase) of article-like things, best first.
const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
];

/// What the JSON-LD says about the article.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Ld {
    pub headline: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub website: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub image: Option<String>,
    pub description: Option<String>,
    pub lang: Option<String>,
}

/// Reads the article facts out of all JSON-LD blocks of a page.
pub(crate) fn read(blocks: &[Value]) -> Ld {
    let objects = flatten(blocks);
    let main = objects
        .iter()
        .find(|o| types(o).iter().any(|t| is_article_type(t)))
        .or_else(|| {
            objects
                .iter()
                .find(|o| o.get("headline").is_some() || o.get("datePublished").is_some())
        });
    let mut ld = Ld::default();
    if let Some(m) = main {
        fill(&mut ld, m);
    }
    ld.website = objects
        .iter()
        .find(|o| types(o).iter().any(|t| t.eq_ignore_ascii_case("WebSite")))
        .and_then(|o| text(o.get("name")));
    ld
}

/// Copies the facts of the main object into `ld`.
fn fill(ld: &mut Ld, m: &Value) {
    ld.headline = text(m.get("headline")).or_else(|| text(m.get("name")));
    ld.authors = names(m.get("author").or_else(|| m.get("creator")));
    ld.publisher = m
        .get("publisher")
        .and_then(|p| text(Some(p)).or_else(|| first_name(p)));
    ld.published = text(m.get("datePublished")).or_else(|| text(m.get("dateCreated")));
    ld.modified = text(m.get("dateModified"));
    ld.image = m
        .get("image")
        .or_else(|| m.get("thumbnailUrl"))
        .and_then(image_url);
    ld.description = text(m.get("description"));
    ld.lang = text(m.get("inLanguage"));
}

/// All objects reachable through arrays and `@graph`, in document order.
fn flatten(blocks: &[Value]) -> Vec<&Value> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = blocks.iter().rev().collect();
    while let Some(v) = stack.pop() {
        if out.len() >= MAX_OBJECTS {
            break;
        }
        match v {
            Value::Arr(items) => stack.extend(items.iter().rev()),
            Value::Obj(_) => {
                out.push(v);
                if let Some(g) = v.get("@graph") {
                    stack.push(g);
                }
                if let Some(e) = v.get("mainEntity") {
                    stack.push(e);
                }
            }
            _ => {}
        }
    }
    out
}

/// The `@type` values of an object.
fn types(o: &Value) -> Vec<&str> {
    match o.get("@type") {
        Some(Value::Str(s)) => vec![s.as_str()],
        Some(Value::Arr(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    ARTICLE_TYPES.iter().any(|a| a.eq_ignore_ascii_case(t))
}

/// A trimmed non-empty string (the first one of an array).
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Str(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Arr(a) => a.iter().find_map(|x| text(Some(x))),
        _ => None,
    }
}

/// The `name` of an object (or of the first object of an array).
fn first_name(v: &Value) -> Option<String> {
    match v {
        Value::Obj(_) => text(v.get("name")),
        Value::Arr(a) => a.iter().find_map(first_name),
        _ => None,
    }
}

/// Author names: strings, `{name}` objects (persons or organizations), arrays of them.
fn names(v: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let items: Vec<&Value> = match v {
        Some(Value::Arr(a)) => a.iter().collect(),
        Some(x) => vec![x],
        None => Vec::new(),
    };
    for it in items {
        let n = match it {
            Value::Str(s) => Some(s.trim().to_string()),
            Value::Obj(_) => text(it.get("name")),
            _ => None,
        };
        if let Some(n) = n.filter(|n| !n.is_empty() && !n.contains("://")) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// An image URL: a string, `{url}`/`{contentUrl}`, or the first of an array.
fn image_url(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Obj(_) => text(v.get("url")).or_else(|| text(v.get("contentUrl"))),
        Value::Arr(a) => a.iter().find_map(image_url),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::json::parse;
    use super::*;

    #[test]
    fn reads_graph_and_organization_authors() {
        let j = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},
            {"@type":["NewsArticle"],"headline":"H","datePublished":"2025-02-23T16:35:00+03:00",
             "author":[{"@type":"Organization","name":"AFP"}],"publisher":{"name":"The Times"},
             "image":{"url":"https://x/i.jpg"}}]}"#;
        let ld = read(&[parse(j).unwrap_or(Value::Null)]);
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.authors, vec!["AFP".to_string()]);
        assert_eq!(ld.publisher.as_deref(), Some("The Times"));
        assert_eq!(ld.website.as_deref(), Some("Site"));
        assert_eq!(ld.image.as_deref(), Some("https://x/i.jpg"));
        assert_eq!(ld.published.as_deref(), Some("2025-02-23T16:35:00+03:00"));
    }
}
