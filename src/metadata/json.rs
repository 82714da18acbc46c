//! A minimal JSON reader for JSON-LD blocks.
//!
//! Input: the text of a `<script type="application/ld+json">`. Output: a [`Value`]
//! tree, or `None` when the text is not JSON. Algorithm: a recursive-descent parser
//! whose depth is capped at [`MAX_DEPTH`] (deeper values become `Null`), so hostile
//! input cannot overflow the stack; linear in the input. Lenient where pages are
//! sloppy: trailing commas, raw control characters in strings, and a leading
//! `<!--`/`//<![CDATA[` wrapper are accepted.

/// Nesting cap: JSON-LD in the wild stays under ~10 levels.
const MAX_DEPTH: usize = 48;

/// A parsed JSON value; numbers are kept as their source text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (first match), if any.
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string content, if this is a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Parses `text` as one JSON value (surrounding junk such as HTML comments tolerated).
pub(crate) fn parse(text: &str) -> Option<Value> {
    // A `<![CDATA[` wrapper holds a `[` that is not JSON.
    let skip = match (text.find("<![CDATA["), text.find('{')) {
        (Some(c), Some(b)) if c < b => c + "<![CDATA[".len(),
        (Some(c), None) => c + "<![CDATA[".len(),
        _ => 0,
    };
    let start = skip + text.get(skip..)?.find(['{', '['])?;
    let mut p = Parser {
        s: text.as_bytes(),
        i: start,
    };
    p.value(0)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.ws();
        match self.peek()? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(Value::Str),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            _ => self.number(),
        }
    }

    fn word(&mut self, w: &str, v: Value) -> Option<Value> {
        let end = self.i + w.len();
        (self.s.get(self.i..end)? == w.as_bytes()).then(|| {
            self.i = end;
            v
        })
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E'))
        {
            self.i += 1;
        }
        let t = std::str::from_utf8(self.s.get(start..self.i)?).ok()?;
        (!t.is_empty()).then(|| Value::Num(t.to_string()))
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        self.i += 1;
        let mut members = Vec::new();
        loop {
            self.ws();
            match self.peek()? {
                b'}' => {
                    self.i += 1;
                    break;
                }
                b',' => self.i += 1,
                b'"' => {
                    let k = self.string()?;
                    self.ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.i += 1;
                    let v = self.nested(depth)?;
                    members.push((k, v));
                }
                _ => return None,
            }
        }
        Some(Value::Obj(members))
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.ws();
            match self.peek()? {
                b']' => {
                    self.i += 1;
                    break;
                }
                b',' => self.i += 1,
                _ => items.push(self.nested(depth)?),
            }
        }
        Some(Value::Arr(items))
    }

    /// A member value: parsed if under the depth cap, else skipped as `Null`.
    fn nested(&mut self, depth: usize) -> Option<Value> {
        if depth + 1 < MAX_DEPTH {
            return self.value(depth + 1);
        }
        self.skip()?;
        Some(Value::Null)
    }

    /// Skips one value without building it (iteratively, counting brackets).
    fn skip(&mut self) -> Option<()> {
        let mut level = 0usize;
        loop {
            self.ws();
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    level += 1;
                    self.i += 1;
                }
                b'}' | b']' if level > 0 => {
                    level -= 1;
                    self.i += 1;
                }
                b'}' | b']' | b',' if level == 0 => return Some(()),
                _ => self.i += 1,
            }
            if level == 0 && matches!(self.peek(), Some(b',' | b'}' | b']')) {
                return Some(());
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = self.peek()?;
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => self.escape(&mut out)?,
                _ => out.push(c),
            }
        }
        Some(String::from_utf8_lossy(&out).into_owned())
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Option<()> {
        let c = self.peek()?;
        self.i += 1;
        let ch = match c {
            b'n' => '\n',
            b't' => '\t',
            b'r' => '\r',
            b'b' | b'f' => ' ',
            b'u' => self.unicode()?,
            other => char::from(other),
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        Some(())
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
        let v = u32::from_str_radix(h, 16).ok()?;
        self.i += 4;
        Some(v)
    }

    fn unicode(&mut self) -> Option<char> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.s.get(self.i..self.i + 2) == Some(b"\\u") {
            self.i += 2;
            let lo = self.hex4()?;
            let c = 0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
            return Some(char::from_u32(c).unwrap_or('\u{FFFD}'));
        }
        Some(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_objects_arrays_and_escapes() {
        let v = parse(r#"{"a": [1, "x\u00e9\"", true, null], "b": {"c": "d",},}"#);
        let v = v.unwrap_or(Value::Null);
        assert_eq!(
            v.get("b").and_then(|b| b.get("c")).and_then(Value::as_str),
            Some("d")
        );
        let arr = v.get("a");
        assert!(matches!(arr, Some(Value::Arr(a)) if a.len() == 4));
        assert!(matches!(arr, Some(Value::Arr(a)) if a[1] == Value::Str("xé\"".into())));
    }

    #[test]
    fn deep_nesting_is_capped() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(&deep).is_some());
        assert_eq!(parse("not json"), None);
    }
}
