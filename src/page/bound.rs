//! The linear pre-pass that keeps html5ever's tree builder out of its quadratic cases.
//!
//! html5ever walks its stack of open elements for scope checks (so 100,000 nested
//! `<div>` take seconds) and checks each new attribute against the tag's previous ones
//! (so 200,000 attributes on one tag take seconds). This pass tokenizes the page the way
//! the HTML tokenizer does (comments, bogus comments, raw-text elements, quoted and
//! unquoted attribute values), follows the stack with [`Tree`], and removes start tags
//! that would nest deeper than the limit (with their end tags), end tags the parser
//! would ignore, and attributes past the per-tag limit. Text is never removed, except
//! the bodies of style sheets and long scripts, which no stage reads (up to half of a
//! page's bytes, which html5ever would otherwise tokenize one by one). Comments
//! past the first [`MAX_COMMENTS`] are removed too: no stage reads them, and a flood of
//! them costs the parser and every tree walk a node each. The input is copied only when
//! something is removed.

use super::depth::Tree;
use super::tags::Name;
use std::borrow::Cow;

/// Comments kept: pages with server-rendered text separators hold a few thousand.
const MAX_COMMENTS: usize = 10_000;
/// Script bodies up to this size are parsed: `metadata` reads the date a short inline
/// script prints (up to 200 bytes of text; 4 KiB leaves room for any rewriting).
const MAX_KEPT_SCRIPT: usize = 4_096;

/// The bounded page and what was removed.
pub(crate) struct Bounded<'a> {
    /// The page, with the removed tags and attributes cut out.
    pub(crate) html: Cow<'a, str>,
    /// Start and end tags removed (depth limit, or ignored by the parser).
    pub(crate) dropped_tags: usize,
    /// Attributes removed (past the per-tag limit).
    pub(crate) dropped_attrs: usize,
    /// The deepest nesting the model saw (within a few levels of the parser's; tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) deepest: usize,
    /// Elements the parser will create from the bounded page (an estimate from above).
    pub(crate) elements: usize,
}

/// Bounds nesting depth to `max_depth` and attributes to `max_attrs` per tag.
pub(crate) fn bound(html: &str, max_depth: usize, max_attrs: usize) -> Bounded<'_> {
    let mut s = Scan {
        b: html.as_bytes(),
        tree: Tree::new(max_depth),
        out: Out::new(html),
        max_attrs,
        dropped_attrs: 0,
        comments: 0,
        frameset: false,
    };
    s.run();
    Bounded {
        dropped_tags: s.tree.dropped_tags,
        elements: s.tree.elements,
        deepest: s.tree.deepest,
        dropped_attrs: s.dropped_attrs,
        html: s.out.finish(),
    }
}

/// One tag as read: where it ends and what to cut from it.
struct Tag {
    name: Name,
    /// Index just past the closing `>`.
    end: usize,
    self_closing: bool,
    /// Attributes past the limit: the byte range to remove.
    cut: Option<(usize, usize)>,
}

struct Scan<'a> {
    b: &'a [u8],
    tree: Tree,
    out: Out<'a>,
    max_attrs: usize,
    dropped_attrs: usize,
    comments: usize,
    /// A `<frameset>` was seen: the parser then ignores `<script>`/`<style>` start tags
    /// and reads their bodies as markup, so no body is cut.
    frameset: bool,
}

impl Scan<'_> {
    fn run(&mut self) {
        let mut i = 0;
        while i < self.b.len() {
            let Some(lt) = find(self.b, i, b'<') else {
                self.tree.text();
                break;
            };
            if lt > i {
                self.tree.text();
            }
            i = self.markup(lt);
        }
    }

    /// Reads the markup at `<` (index `lt`); returns where scanning resumes.
    fn markup(&mut self, lt: usize) -> usize {
        let b = self.b;
        match (b.get(lt + 1), b.get(lt + 2)) {
            (Some(b'!'), _) if b[lt..].starts_with(b"<!--") => {
                self.comment(lt, comment_end(b, lt + 4))
            }
            (Some(b'!'), Some(b'[')) => to_gt(b, lt + 2), // CDATA: text in SVG/MathML
            (Some(b'!'), _) if is_doctype(b, lt) => to_gt(b, lt + 2),
            (Some(b'!' | b'?'), _) => self.comment(lt, to_gt(b, lt + 2)),
            (Some(b'/'), Some(c)) if c.is_ascii_alphabetic() => self.end_tag(lt),
            (Some(b'/'), Some(b'>')) => lt + 3,
            (Some(b'/'), Some(_)) => self.comment(lt, to_gt(b, lt + 2)),
            (Some(b'/'), None) => b.len(),
            (Some(c), _) if c.is_ascii_alphabetic() => self.start_tag(lt),
            _ => {
                self.tree.text();
                lt + 1
            }
        }
    }

    /// A comment from `lt` to `end`: cut past the first [`MAX_COMMENTS`]. Returns `end`.
    fn comment(&mut self, lt: usize, end: usize) -> usize {
        self.comments += 1;
        if self.comments > MAX_COMMENTS {
            self.out.cut(lt, end);
        }
        end
    }

    fn start_tag(&mut self, lt: usize) -> usize {
        let Some(tag) = self.tag(lt + 1) else {
            return self.b.len(); // EOF inside a tag: the parser drops it.
        };
        let html_content = !self.tree.in_foreign();
        self.frameset |= tag.name.is("frameset");
        if !self.tree.start(tag.name, tag.self_closing) {
            self.out.cut(lt, tag.end);
            return tag.end;
        }
        self.cut_attrs(&tag);
        if tag.name.is("plaintext") {
            return self.b.len();
        }
        if tag.name.is_raw_text() && html_content {
            let end = raw_text_end(self.b, tag.end, tag.name.as_bytes());
            if self.unread_body(lt, &tag, end) {
                self.out.cut(tag.end, end);
            }
            return end;
        }
        tag.end
    }

    /// Whether the body of the raw-text element `tag` (start tag at `lt`, body up to
    /// `end`) is one no stage reads, so html5ever need not tokenize it: a style sheet,
    /// or a script of over [`MAX_KEPT_SCRIPT`] bytes whose tag does not say JSON
    /// (JSON-LD is read; short scripts may print the date). A body holding `<!--` is
    /// kept: its script-data escape states can end it later than `raw_text_end` says.
    fn unread_body(&self, lt: usize, tag: &Tag, end: usize) -> bool {
        let body = self.b.get(tag.end..end).unwrap_or_default();
        let start = self.b.get(lt..tag.end).unwrap_or_default();
        let says_json = start.windows(4).any(|w| w.eq_ignore_ascii_case(b"json"));
        let unread = tag.name.is("style")
            || (tag.name.is("script") && body.len() > MAX_KEPT_SCRIPT && !says_json);
        unread && !self.frameset && !body.windows(4).any(|w| w == b"<!--")
    }

    fn end_tag(&mut self, lt: usize) -> usize {
        let Some(tag) = self.tag(lt + 2) else {
            return self.b.len();
        };
        if !self.tree.end(tag.name) {
            self.out.cut(lt, tag.end);
            return tag.end;
        }
        self.cut_attrs(&tag);
        tag.end
    }

    fn cut_attrs(&mut self, tag: &Tag) {
        if let Some((from, to)) = tag.cut {
            self.out.cut(from, to);
        }
    }

    /// Reads a tag from its name (at `at`) to its `>`; `None` at the end of input.
    fn tag(&mut self, at: usize) -> Option<Tag> {
        let b = self.b;
        let mut i = at;
        while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
            i += 1;
        }
        let name = Name::new(&b[at..i]);
        let (mut attrs, mut cut_from, mut self_closing) = (0usize, None, false);
        loop {
            while i < b.len() && (is_space(b[i]) || b[i] == b'/') {
                self_closing = b[i] == b'/' && b.get(i + 1) == Some(&b'>');
                i += 1;
            }
            match b.get(i) {
                None => return None,
                Some(b'>') => break,
                Some(_) => {}
            }
            self_closing = false;
            attrs += 1;
            if attrs > self.max_attrs && cut_from.is_none() {
                cut_from = Some(i);
            }
            i = attribute_end(b, i)?;
        }
        let gt = i;
        let cut = cut_from.map(|from| (from, if self_closing { gt - 1 } else { gt }));
        if cut.is_some() {
            self.dropped_attrs += attrs - self.max_attrs;
        }
        Some(Tag {
            name,
            end: gt + 1,
            self_closing,
            cut,
        })
    }
}

/// The end of the attribute starting at `i` (name, optional `=` and value).
fn attribute_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1; // The first character belongs to the name, even `=`.
    while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
        i += 1;
    }
    let mut j = skip_space(b, i);
    if b.get(j) != Some(&b'=') {
        return Some(i);
    }
    j = skip_space(b, j + 1);
    match b.get(j) {
        Some(&q @ (b'"' | b'\'')) => find(b, j + 1, q).map(|e| e + 1),
        Some(_) => {
            while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                j += 1;
            }
            Some(j)
        }
        None => None,
    }
}

/// Past the end of a comment whose text starts at `i` (`-->`, `--!>`, or `<!-->`).
fn comment_end(b: &[u8], i: usize) -> usize {
    if b.get(i) == Some(&b'>') {
        return i + 1;
    }
    if b.get(i..i + 2) == Some(b"->") {
        return i + 2;
    }
    let mut j = i;
    while let Some(d) = find(b, j, b'-') {
        if b.get(d..d + 3) == Some(b"-->") {
            return d + 3;
        }
        if b.get(d..d + 4) == Some(b"--!>") {
            return d + 4;
        }
        j = d + 1;
    }
    b.len()
}

/// Past the end tag `</name` that ends a raw-text element's content; the start of that
/// end tag, so the caller reads it as a tag. The end of input if there is none.
fn raw_text_end(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(lt) = find(b, i, b'<') {
        let after = lt + 2 + name.len();
        let named = b.get(lt + 1) == Some(&b'/')
            && b.get(lt + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name));
        if named
            && b.get(after)
                .map_or(true, |c| is_space(*c) || matches!(c, b'/' | b'>'))
        {
            return lt;
        }
        i = lt + 1;
    }
    b.len()
}

/// Whether a doctype starts at `lt` (`<!doctype`, any case).
fn is_doctype(b: &[u8], lt: usize) -> bool {
    b.get(lt + 2..lt + 9)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"doctype"))
}

/// Past the next `>` from `i` (bogus comments, doctypes).
fn to_gt(b: &[u8], i: usize) -> usize {
    find(b, i, b'>').map_or(b.len(), |g| g + 1)
}

/// The first `byte` at or after `from`. Skips 8 bytes at a time while none of them is
/// `byte` (the zero-byte test of a word XORed with the repeated byte): text runs,
/// scripts and attribute values make most of a page, and a byte loop costs 3-4
/// instructions per byte.
fn find(b: &[u8], from: usize, byte: u8) -> Option<usize> {
    const LOW: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let hay = b.get(from..)?;
    let repeated = u64::from_le_bytes([byte; 8]);
    let mut skipped = 0;
    for chunk in hay.chunks_exact(8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ repeated;
        if x.wrapping_sub(LOW) & !x & HIGH != 0 {
            break;
        }
        skipped += 8;
    }
    hay.get(skipped..)?
        .iter()
        .position(|c| *c == byte)
        .map(|p| p + from + skipped)
}

fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    i
}

/// HTML whitespace (the tokenizer sees `\r` as `\n`).
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The output: a copy of the input made only at the first cut.
struct Out<'a> {
    src: &'a str,
    buf: Option<String>,
    copied: usize,
}

impl<'a> Out<'a> {
    fn new(src: &'a str) -> Out<'a> {
        Out {
            src,
            buf: None,
            copied: 0,
        }
    }

    /// Removes `src[from..to]`; cuts come in increasing order, at ASCII bytes.
    fn cut(&mut self, from: usize, to: usize) {
        if from < self.copied || to < from {
            return;
        }
        let src = self.src;
        let buf = self
            .buf
            .get_or_insert_with(|| String::with_capacity(src.len()));
        buf.push_str(src.get(self.copied..from).unwrap_or(""));
        self.copied = to;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.buf {
            None => Cow::Borrowed(self.src),
            Some(mut buf) => {
                buf.push_str(self.src.get(self.copied..).unwrap_or(""));
                Cow::Owned(buf)
            }
        }
    }
}

#[cfg(test)]
mod find_tests {
    use super::find;

    #[test]
    fn finds_across_words_and_tails() {
        let b = b"abcdefghijklmnopq<rs<";
        assert_eq!(find(b, 0, b'<'), Some(17));
        assert_eq!(find(b, 18, b'<'), Some(20));
        assert_eq!(find(b, 21, b'<'), None);
        assert_eq!(find(b, 99, b'<'), None);
        assert_eq!(find("é€<".as_bytes(), 0, b'<'), Some(5));
        assert_eq!(find(&[0x81u8; 20], 0, 0x01), None);
    }
}
