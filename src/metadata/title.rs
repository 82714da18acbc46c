//! Title cleanup: "Headline | Site Name" → "Headline".
//!
//! Input: a raw title (meta tag or `<title>`) and the site name. Output: the headline.
//! Algorithm: drop a leading or trailing part that names the site; for `<title>`,
//! also Readability's rule (keep the part before the last separator when it has at
//! least [`MIN_WORDS`] words) and a preference for an `<h1>` that the title contains.

use super::strings::fold;

/// Separators between a headline and a site name, longest first.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " / ", " : ",
];

/// A headline part shorter than this (in words) is likely the site, not the story.
const MIN_WORDS: usize = 3;

/// Removes a site-name prefix or suffix ("X | Site", "Site - X").
pub(crate) fn strip_site(t: &str, site: Option<&str>) -> String {
    let Some(site) = site
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
    else {
        return t.to_string();
    };
    for sep in SEPARATORS {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            if names_site(tail, &site) && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = t.split_once(sep) {
            if names_site(head, &site) && !tail.trim().is_empty() {
                return tail.trim().to_string();
            }
        }
    }
    t.to_string()
}

/// `part` names the site (`site` is lowercase).
fn names_site(part: &str, site: &str) -> bool {
    let p = part.trim().to_lowercase();
    !p.is_empty() && (p == site || site.contains(&p) || p.contains(site))
}

/// Words a visible headline has at least (shorter `<h1>`s are logos, section names).
const MIN_HEADLINE_WORDS: usize = 4;
/// Words a visible headline has at most (longer ones are paragraphs in an `<h1>`).
const MAX_HEADLINE_WORDS: usize = 40;

/// The page's one `<h1>` that reads like a headline: what readers see, often
/// different from the social-media title in the meta tags.
pub(crate) fn visible_headline(h1: &[String]) -> Option<String> {
    let mut good = h1.iter().map(|h| fold(h)).filter(|h| {
        let n = h.split_whitespace().count();
        (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&n)
    });
    let first = good.next()?;
    good.next().is_none().then_some(first)
}

/// The headline of a `<title>`: site part removed; an `<h1>` it contains preferred.
pub(crate) fn from_title_tag(raw: &str, site: Option<&str>, h1: &[String]) -> String {
    let t = strip_site(raw, site);
    if let Some(h) = h1
        .iter()
        .map(|h| fold(h))
        .find(|h| h.split_whitespace().count() >= MIN_WORDS && t.contains(h.as_str()))
    {
        return h;
    }
    for sep in SEPARATORS {
        if let Some((head, _)) = t.rsplit_once(sep) {
            if head.split_whitespace().count() >= MIN_WORDS {
                return head.trim().to_string();
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_site_names() {
        assert_eq!(
            strip_site("Big news today | The Site", Some("The Site")),
            "Big news today"
        );
        assert_eq!(
            strip_site("BBC News - Big news", Some("BBC News")),
            "Big news"
        );
        assert_eq!(strip_site("A - B", None), "A - B");
        assert_eq!(
            from_title_tag("Big news at last - Daily Planet", None, &[]),
            "Big news at last"
        );
        assert_eq!(from_title_tag("Q&A - Planet", None, &[]), "Q&A - Planet");
    }
}
