//! Tag names and the HTML tree-construction sets the bounding pass needs
//! (WHATWG HTML §13.2.4.2 "special" elements, scopes, §13.2.4.3 formatting elements).

/// A lowercase ASCII tag name, truncated to 16 bytes: every name of the sets below
/// fits, and longer (custom) names only ever need "is it one of these?" answers.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) struct Name {
    bytes: [u8; 16],
    len: u8,
}

impl Name {
    /// The name of `raw` (as written in the tag), lowercased.
    pub(super) fn new(raw: &[u8]) -> Name {
        let mut bytes = [0u8; 16];
        let len = raw.len().min(16);
        for (d, s) in bytes.iter_mut().zip(raw.iter()) {
            *d = s.to_ascii_lowercase();
        }
        // Longer names get a distinct length so they never equal a 16-byte known name.
        let len = if raw.len() > 16 { 17 } else { len as u8 };
        Name { bytes, len }
    }

    /// The (lowercase) bytes.
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len.min(16))]
    }

    fn is_in(&self, set: &[&str]) -> bool {
        self.len <= 16 && set.iter().any(|s| s.as_bytes() == self.as_bytes())
    }

    /// Never pushed on the stack of open elements (void, or merged into the root ones).
    pub(super) fn is_void(&self) -> bool {
        self.is_in(VOID)
    }

    /// Content is raw text up to the matching end tag (in HTML content).
    pub(super) fn is_raw_text(&self) -> bool {
        self.is_in(RAW_TEXT)
    }

    /// Reopened by "reconstruct the active formatting elements".
    pub(super) fn is_formatting(&self) -> bool {
        self.is_in(FORMATTING)
    }

    /// Stops "any other end tag" and the `li`/`dd`/`dt` walks.
    pub(super) fn is_special(&self) -> bool {
        self.is_in(SPECIAL)
    }

    /// Bounds of "has an element in scope" (default scope, with table cells).
    pub(super) fn is_scope_boundary(&self) -> bool {
        self.is_in(SCOPE)
    }

    /// Bounds of "has an element in table scope".
    pub(super) fn is_table_boundary(&self) -> bool {
        self.is_in(&["html", "table", "template"])
    }

    /// Pushes a marker on the list of active formatting elements.
    pub(super) fn is_marker(&self) -> bool {
        self.is_in(&[
            "td", "th", "caption", "applet", "object", "marquee", "template",
        ])
    }

    /// A start tag that closes an open `p` in button scope.
    pub(super) fn closes_p(&self) -> bool {
        self.is_in(CLOSES_P)
    }

    /// Foreign-content roots (self-closing tags are real inside them).
    pub(super) fn is_foreign_root(&self) -> bool {
        self.is_in(&["svg", "math"])
    }

    /// A table row, cell or section tag.
    pub(super) fn is_table_part(&self) -> bool {
        self.is_in(&[
            "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup",
        ])
    }

    /// An end tag whose element is closed when in (default) scope.
    pub(super) fn is_block_end(&self) -> bool {
        self.is_in(CLOSES_P) || self.is_in(&["li", "dd", "dt", "p", "applet", "marquee", "object"])
    }

    /// An HTML tag that leaves SVG/MathML content (HTML §13.2.6.5).
    pub(super) fn is_breakout(&self) -> bool {
        self.is_in(BREAKOUT)
    }

    /// Is this exactly `s`?
    pub(super) fn is(&self, s: &str) -> bool {
        self.len <= 16 && self.as_bytes() == s.as_bytes()
    }
}

/// Void elements and the root elements (html, head, body, frameset are merged, never
/// nested); `image` becomes `img`.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "html", "head", "body",
    "frameset",
];

/// Raw-text and RCDATA elements (scripting enabled, as html5ever parses by default).
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Formatting elements (reopened after a block closes them).
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Default-scope boundaries (HTML and the MathML/SVG integration points).
const SCOPE: &[&str] = &[
    "applet",
    "caption",
    "html",
    "table",
    "td",
    "th",
    "marquee",
    "object",
    "template",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
    "foreignobject",
    "desc",
];

/// Start tags that first close an open `p` (block containers and headings).
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "search",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "table",
];

/// The "special" category of the HTML parser.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
    "foreignobject",
    "desc",
];

/// Start tags that end foreign content and open an HTML element.
const BREAKOUT: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
    "font",
];
