//! Stage 1, parse: the page HTML → a DOM, within limits.
//!
//! Input: the page as a string. Output: [`Page`], the parsed document. Before parsing,
//! a linear scan rejects what is not HTML (empty, binary, no tag at all) and bounds the
//! element count (every element starts with `<` and a letter, so counting those is an
//! upper bound that costs one pass and no allocation). The parser (html5ever via
//! scraper) builds the tree without recursion, so deep nesting is safe.

use crate::error::Error;
use crate::options::Limits;
use scraper::Html;

/// A parsed page. The parser's types stay inside the crate.
pub struct Page {
    pub(crate) doc: Html,
}

/// Parses `html` after checking it against `limits`.
pub fn parse(html: &str, limits: &Limits) -> Result<Page, Error> {
    if html.len() > limits.max_input_bytes {
        return Err(Error::TooLarge {
            bytes: html.len(),
            limit: limits.max_input_bytes,
        });
    }
    check_is_html(html)?;
    if count_tags(html) > limits.max_elements {
        return Err(Error::TooManyElements {
            limit: limits.max_elements,
        });
    }
    Ok(Page {
        doc: Html::parse_document(html),
    })
}

/// Upper bound of the element count: `<` followed by an ASCII letter.
fn count_tags(html: &str) -> usize {
    html.as_bytes()
        .windows(2)
        .filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic())
        .count()
}

/// Rejects empty input, binary data and text without a single tag.
fn check_is_html(html: &str) -> Result<(), Error> {
    if html.trim().is_empty() {
        return Err(Error::NotHtml {
            reason: "the input is empty".into(),
        });
    }
    // Binary data: control characters (other than whitespace) in the first 4 KiB.
    let head: String = html.chars().take(4096).collect();
    let controls = head
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    if controls * 10 > head.chars().count() {
        return Err(Error::NotHtml {
            reason: "the input looks like binary data".into(),
        });
    }
    if count_tags(html) == 0 {
        return Err(Error::NotHtml {
            reason: "the input has no HTML tags".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_empty_binary_and_plain_text() {
        let l = Limits::default();
        assert_eq!(parse("  \n", &l).err().map(|e| e.kind()), Some("notHtml"));
        assert_eq!(
            parse("\u{0}\u{1}\u{2}\u{3}<p>", &l).err().map(|e| e.kind()),
            Some("notHtml")
        );
        assert_eq!(
            parse("just words", &l).err().map(|e| e.kind()),
            Some("notHtml")
        );
    }

    #[test]
    fn enforces_size_and_element_limits() {
        let l = Limits {
            max_input_bytes: 10,
            ..Limits::default()
        };
        assert_eq!(
            parse("<p>hello world</p>", &l).err().map(|e| e.kind()),
            Some("tooLarge")
        );
        let l = Limits {
            max_elements: 2,
            ..Limits::default()
        };
        assert_eq!(
            parse("<p>a</p><p>b</p><p>c</p>", &l)
                .err()
                .map(|e| e.kind()),
            Some("tooManyElements")
        );
        assert!(parse("<p>a</p>", &Limits::default()).is_ok());
    }
}
