//! Tag names and the HTML tree-construction sets the bounding pass needs
//! (WHATWG HTML §13.2.4.2 "special" elements, scopes, §13.2.4.3 formatting elements).

use crate::util::FxBuild;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A lowercase ASCII tag name, truncated to 16 bytes: every name of the sets below
/// fits, and longer (custom) names only ever need "is it one of these?" answers. The
/// sets a name belongs to are looked up once, when it is read, as bits of `class`: the
/// stack walks of the model then test a bit per entry.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) struct Name {
    bytes: [u8; 16],
    len: u8,
    class: u16,
}

/// The bit of each set in `Name::class`.
const VOID_BIT: u16 = 1;
const RAW_TEXT_BIT: u16 = 1 << 1;
const FORMATTING_BIT: u16 = 1 << 2;
const SPECIAL_BIT: u16 = 1 << 3;
const SCOPE_BIT: u16 = 1 << 4;
const TABLE_SCOPE_BIT: u16 = 1 << 5;
const MARKER_BIT: u16 = 1 << 6;
const CLOSES_P_BIT: u16 = 1 << 7;
const FOREIGN_ROOT_BIT: u16 = 1 << 8;
const TABLE_PART_BIT: u16 = 1 << 9;
const BLOCK_END_BIT: u16 = 1 << 10;
const BREAKOUT_BIT: u16 = 1 << 11;
const HEADING_BIT: u16 = 1 << 12;

/// Every set with its bit.
const SETS: &[(&[&str], u16)] = &[
    (VOID, VOID_BIT),
    (RAW_TEXT, RAW_TEXT_BIT),
    (FORMATTING, FORMATTING_BIT),
    (SPECIAL, SPECIAL_BIT),
    (SCOPE, SCOPE_BIT),
    (TABLE_SCOPE, TABLE_SCOPE_BIT),
    (MARKER, MARKER_BIT),
    (CLOSES_P, CLOSES_P_BIT | BLOCK_END_BIT),
    (FOREIGN_ROOT, FOREIGN_ROOT_BIT),
    (TABLE_PART, TABLE_PART_BIT),
    (BLOCK_END, BLOCK_END_BIT),
    (BREAKOUT, BREAKOUT_BIT),
    (HEADING, HEADING_BIT),
];

/// The class bits of every known name (built once from [`SETS`]; looked up for every
/// tag of the page, hence the Fx hash).
fn classes() -> &'static HashMap<[u8; 16], u16, FxBuild> {
    static TABLE: OnceLock<HashMap<[u8; 16], u16, FxBuild>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for (set, bit) in SETS {
            for name in *set {
                let mut key = [0u8; 16];
                for (d, s) in key.iter_mut().zip(name.bytes()) {
                    *d = s;
                }
                *map.entry(key).or_insert(0) |= *bit;
            }
        }
        map
    })
}

impl Name {
    /// The name of `raw` (as written in the tag), lowercased.
    pub(super) fn new(raw: &[u8]) -> Name {
        let mut bytes = [0u8; 16];
        for (d, s) in bytes.iter_mut().zip(raw.iter()) {
            *d = s.to_ascii_lowercase();
        }
        // Longer names get a distinct length so they never equal a 16-byte known name.
        if raw.len() > 16 {
            return Name {
                bytes,
                len: 17,
                class: 0,
            };
        }
        // A NUL byte would make a short name look like a known one in the table.
        let class = if raw.contains(&0) {
            0
        } else {
            classes().get(&bytes).copied().unwrap_or(0)
        };
        Name {
            bytes,
            len: raw.len() as u8,
            class,
        }
    }

    /// The (lowercase) bytes.
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len.min(16))]
    }

    fn has(&self, bit: u16) -> bool {
        self.class & bit != 0
    }

    /// Never pushed on the stack of open elements (void, or merged into the root ones).
    pub(super) fn is_void(&self) -> bool {
        self.has(VOID_BIT)
    }

    /// Content is raw text up to the matching end tag (in HTML content).
    pub(super) fn is_raw_text(&self) -> bool {
        self.has(RAW_TEXT_BIT)
    }

    /// Reopened by "reconstruct the active formatting elements".
    pub(super) fn is_formatting(&self) -> bool {
        self.has(FORMATTING_BIT)
    }

    /// Stops "any other end tag" and the `li`/`dd`/`dt` walks.
    pub(super) fn is_special(&self) -> bool {
        self.has(SPECIAL_BIT)
    }

    /// Bounds of "has an element in scope" (default scope, with table cells).
    pub(super) fn is_scope_boundary(&self) -> bool {
        self.has(SCOPE_BIT)
    }

    /// Bounds of "has an element in table scope".
    pub(super) fn is_table_boundary(&self) -> bool {
        self.has(TABLE_SCOPE_BIT)
    }

    /// Pushes a marker on the list of active formatting elements.
    pub(super) fn is_marker(&self) -> bool {
        self.has(MARKER_BIT)
    }

    /// A start tag that closes an open `p` in button scope.
    pub(super) fn closes_p(&self) -> bool {
        self.has(CLOSES_P_BIT)
    }

    /// Foreign-content roots (self-closing tags are real inside them).
    pub(super) fn is_foreign_root(&self) -> bool {
        self.has(FOREIGN_ROOT_BIT)
    }

    /// A table row, cell or section tag.
    pub(super) fn is_table_part(&self) -> bool {
        self.has(TABLE_PART_BIT)
    }

    /// An end tag whose element is closed when in (default) scope.
    pub(super) fn is_block_end(&self) -> bool {
        self.has(BLOCK_END_BIT)
    }

    /// An HTML tag that leaves SVG/MathML content (HTML §13.2.6.5).
    pub(super) fn is_breakout(&self) -> bool {
        self.has(BREAKOUT_BIT)
    }

    /// `h1` to `h6`.
    pub(super) fn is_heading(&self) -> bool {
        self.has(HEADING_BIT)
    }

    /// Is this exactly `s`?
    pub(super) fn is(&self, s: &str) -> bool {
        self.len <= 16 && self.as_bytes() == s.as_bytes()
    }
}

/// Bounds of "has an element in table scope".
const TABLE_SCOPE: &[&str] = &["html", "table", "template"];

/// Elements that push a marker on the list of active formatting elements.
const MARKER: &[&str] = &[
    "td", "th", "caption", "applet", "object", "marquee", "template",
];

/// Foreign-content roots.
const FOREIGN_ROOT: &[&str] = &["svg", "math"];

/// Table rows, cells and sections.
const TABLE_PART: &[&str] = &[
    "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup",
];

/// End tags closed when in default scope, besides those of [`CLOSES_P`].
const BLOCK_END: &[&str] = &["li", "dd", "dt", "p", "applet", "marquee", "object"];

/// Headings (an end tag of one closes any).
const HEADING: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

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
