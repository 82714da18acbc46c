//! Small string helpers shared by metadata and extract (no allocation where possible).

/// Appends `s` to `out` with whitespace runs folded to one space; `pending` carries a
/// pending space across calls so text split over nodes folds the same way.
pub(crate) fn push_folded(out: &mut String, s: &str, pending: &mut bool) {
    for c in s.chars() {
        if c.is_whitespace() {
            *pending = true;
        } else {
            if *pending && !out.is_empty() {
                out.push(' ');
            }
            *pending = false;
            out.push(c);
        }
    }
}

/// `s` with whitespace folded and trimmed.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    push_folded(&mut out, s, &mut pending);
    out
}

/// ASCII case-insensitive substring test (`needle` must be lowercase).
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return true;
    }
    if h.len() < n.len() {
        return false;
    }
    h.windows(n.len())
        .any(|w| w.iter().zip(n).all(|(a, b)| a.to_ascii_lowercase() == *b))
}

/// Longest entity looked at ("&#x" and a long run of digits, which decodes to U+FFFD).
const MAX_ENTITY_CHARS: usize = 32;

/// Decodes the few HTML entities that survive in double-escaped attribute values.
pub(crate) fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let tail = rest.get(i..).unwrap_or("");
        let end = tail.find(';').filter(|e| *e <= MAX_ENTITY_CHARS);
        let decoded = end.and_then(|e| entity(tail.get(1..e).unwrap_or("")));
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = tail.get(e + 1..).unwrap_or("");
            }
            _ => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of one entity name (`amp`, `#39`, `#x27`).
fn entity(name: &str) -> Option<char> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let num = name.strip_prefix('#')?;
            let digits = num.strip_prefix(['x', 'X']);
            let radix = if digits.is_some() { 16 } else { 10 };
            let digits = digits.unwrap_or(num);
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            // Out of range (too many digits) decodes to U+FFFD like any invalid one.
            let v = u32::from_str_radix(digits, radix).unwrap_or(u32::MAX);
            // Invalid code points and NUL decode to U+FFFD, as in browsers.
            return Some(
                char::from_u32(v)
                    .filter(|c| *c != '\0')
                    .unwrap_or('\u{FFFD}'),
            );
        }
    };
    Some(c)
}

/// Removes a leading "By"/"by:"/"Von" from a byline.
pub(crate) fn strip_by(s: &str) -> &str {
    let t = s.trim();
    for p in ["by:", "by ", "by\u{a0}", "von ", "par "] {
        if t.len() > p.len() && t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)) {
            return t.get(p.len()..).unwrap_or(t).trim_start();
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_unescapes_and_strips() {
        assert_eq!(fold("  a \n\t b  "), "a b");
        assert!(contains_ci("Article-Body", "article-body"));
        assert!(!contains_ci("ab", "abc"));
        assert_eq!(
            unescape("Tom &amp; Jerry&#39;s &x; &#x41;"),
            "Tom & Jerry's &x; A"
        );
        assert_eq!(
            unescape("&#xg; &#xFFFFFFFFFF; &#0;"),
            "&#xg; \u{FFFD} \u{FFFD}"
        );
        assert_eq!(strip_by("By Jane Doe"), "Jane Doe");
        assert_eq!(strip_by("Byron Smith"), "Byron Smith");
    }
}
