//! Meta tags keyed the way Mozilla Readability keys them, so our title, byline,
//! description and site name agree with what reader views show.
//!
//! Input: one `<meta>`'s `property`, `name` and `content`. Output: entries in
//! [`Values`], a small map where a later tag overrides an earlier one under the same
//! key. Keys: a `property` naming `article|dc|dcterm|og|twitter` `:`
//! `author|creator|description|published_time|title|site_name` anywhere in its
//! (space-separated) list gives that pair ("og:title"); otherwise a `name` that is
//! exactly such a field, optionally prefixed by `dc|dcterm|og|twitter|parsely|
//! weibo:article|weibo:webpage` and `-`, `.` or `:`, gives the name lowercased with
//! dots turned to colons ("dc.title" → "dc:title", "parsely-title"). Linear in the
//! attribute lengths; no allocation beyond the stored key.

/// `property` prefixes that may name an article field.
const PROPERTY_PREFIXES: &[&str] = &["article", "dcterm", "dc", "og", "twitter"];
/// Fields a `property` may name.
const PROPERTY_FIELDS: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
];
/// `name` prefixes (before `-`, `.` or `:`).
const NAME_PREFIXES: &[&str] = &[
    "dcterm",
    "dc",
    "og",
    "twitter",
    "parsely",
    "weibo:article",
    "weibo:webpage",
];
/// Fields a `name` may name.
const NAME_FIELDS: &[&str] = &[
    "author",
    "creator",
    "pub-date",
    "description",
    "title",
    "site_name",
];
/// Entries kept at most (pages rarely have more than a few dozen meta tags).
const MAX_VALUES: usize = 200;

/// Meta contents by Readability key; a later tag replaces an earlier one.
#[derive(Debug, Default)]
pub(crate) struct Values(Vec<(String, String)>);

impl Values {
    /// Records one `<meta>`; `content` must be present (empty content is ignored).
    pub(crate) fn add(&mut self, property: Option<&str>, name: Option<&str>, content: &str) {
        if content.is_empty() || self.0.len() >= MAX_VALUES {
            return;
        }
        let key = property
            .and_then(property_key)
            .or_else(|| name.and_then(name_key));
        if let Some(k) = key {
            let value = content.trim().to_string();
            match self.0.iter_mut().find(|(key, _)| *key == k) {
                Some(slot) => slot.1 = value,
                None => self.0.push((k, value)),
            }
        }
    }

    /// The first non-empty value under `keys`, in key order.
    pub(crate) fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .find(|(key, v)| key == k && !v.is_empty())
                .map(|(_, v)| v.as_str())
        })
    }
}

/// The first `prefix:field` named anywhere in a `property` value.
fn property_key(p: &str) -> Option<String> {
    let lower = p.to_ascii_lowercase();
    let b = lower.as_bytes();
    for start in 0..b.len() {
        let Some(rest) = lower.get(start..) else {
            continue;
        };
        for prefix in PROPERTY_PREFIXES {
            let Some(after) = rest.strip_prefix(prefix) else {
                continue;
            };
            let Some(after) = after.trim_start().strip_prefix(':') else {
                continue;
            };
            let after = after.trim_start();
            if let Some(f) = PROPERTY_FIELDS.iter().find(|f| after.starts_with(**f)) {
                return Some(format!("{prefix}:{f}"));
            }
        }
    }
    None
}

/// The key of a `name` value that names a field exactly.
fn name_key(n: &str) -> Option<String> {
    let t = n.trim().to_ascii_lowercase();
    let field_only = |s: &str| NAME_FIELDS.contains(&s.trim());
    let ok = field_only(&t)
        || NAME_PREFIXES.iter().any(|p| {
            t.strip_prefix(p)
                .map(str::trim_start)
                .and_then(|r| r.strip_prefix(['-', '.', ':']))
                .is_some_and(|r| field_only(r.trim_start()))
        });
    ok.then(|| {
        t.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == '.' { ':' } else { c })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_like_readability() {
        assert_eq!(
            property_key("og:title article:author").as_deref(),
            Some("og:title")
        );
        assert_eq!(
            property_key("dcterm:title").as_deref(),
            Some("dcterm:title")
        );
        assert_eq!(property_key("og:image"), None);
        assert_eq!(name_key("DC.Title").as_deref(), Some("dc:title"));
        assert_eq!(name_key("parsely-title").as_deref(), Some("parsely-title"));
        assert_eq!(name_key("author").as_deref(), Some("author"));
        assert_eq!(name_key("authors"), None);
        let mut v = Values::default();
        v.add(Some("og:description"), None, "a");
        v.add(Some("og:description"), None, " b ");
        v.add(None, Some("description"), "c");
        assert_eq!(v.first(&["dc:description", "og:description"]), Some("b"));
    }
}
