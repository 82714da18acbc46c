//! Tests of the parse stage and its bounding pass.

#![allow(clippy::unwrap_used, clippy::panic)]
use super::*;
use ego_tree::iter::Edge;
use scraper::Node;

/// The deepest element nesting of a parsed document (iterative).
fn depth(page: &Page) -> usize {
    let (mut d, mut max) = (0usize, 0usize);
    for edge in page.doc.tree.root().traverse() {
        match edge {
            Edge::Open(n) if n.value().is_element() => {
                d += 1;
                max = max.max(d);
            }
            Edge::Close(n) if n.value().is_element() => d = d.saturating_sub(1),
            _ => {}
        }
    }
    max
}

fn text(page: &Page) -> String {
    page.doc.root_element().text().collect()
}

fn nested(open: &str, close: &str, n: usize) -> String {
    format!("<body>{}x{}</body>", open.repeat(n), close.repeat(n))
}

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

#[test]
fn ordinary_markup_is_not_copied() {
    let html = "<!doctype html><html><head><title>a<b</title><script>if (a<b) x('<div>')</script>\
        </head><body><!-- <div> --><p>One<p>Two<ul><li>a<li>b</ul><table><td>c<tr><td>d</table>\
        <svg><path d=x/><style>.a>b{}</style></svg><a href='>'>l</a></body></html>";
    let b = bound::bound(html, 512, 1000);
    assert_eq!(b.html, html);
    assert!(matches!(b.html, std::borrow::Cow::Borrowed(_)));
    assert_eq!((b.dropped_tags, b.dropped_attrs), (0, 0));
}

#[test]
fn deep_nesting_is_cut_at_the_limit_and_keeps_text() {
    let l = Limits {
        max_depth: 50,
        ..Limits::default()
    };
    for (open, close) in [
        ("<div>", "</div>"),
        ("<span>", "</span>"),
        ("<ul><li>", "</li></ul>"),
        ("<b id=1>", "</b>"),
        ("<table><td>", "</td></table>"),
        ("<p><b>y</p>", ""),
        ("<div><b>y</div>", ""),
        ("<svg><g>", "</g></svg>"),
        ("<svg><div>", ""),
        ("<i><div>", ""),
        ("<a href=h><div>", ""),
    ] {
        let html = nested(open, close, 400);
        let page = parse(&html, &l).unwrap_or_else(|e| panic!("{open}: {e}"));
        assert!(depth(&page) <= 60, "{open}: depth {}", depth(&page));
        let want: String = html.matches('x').collect();
        assert!(text(&page).contains(&want), "{open}");
        assert!(!page.diagnostics.is_empty(), "{open}");
    }
}

#[test]
fn attributes_beyond_the_limit_are_cut() {
    let l = Limits {
        max_attributes: 3,
        ..Limits::default()
    };
    let page =
        parse("<p a=1 b='2' c=\"3\" d e=5 f/>text</p>", &l).unwrap_or_else(|e| panic!("{e}"));
    let sel = scraper::Selector::parse("p").unwrap_or_else(|_| unreachable!());
    let p = page.doc.select(&sel);
    let attrs: Vec<_> = p
        .flat_map(|e| e.value().attrs().map(|(k, _)| k.to_string()))
        .collect();
    assert_eq!(attrs, ["a", "b", "c"]);
    assert!(text(&page).contains("text"));
    assert_eq!(page.diagnostics.len(), 1);
}

#[test]
fn unterminated_markup_does_not_hide_tags() {
    // A comment closed with `--!>` and a raw-text element closed by its end tag.
    let l = Limits {
        max_depth: 20,
        ..Limits::default()
    };
    let html = format!(
        "<!-- a --!><script>x</script >{}",
        nested("<div>", "</div>", 200)
    );
    let page = parse(&html, &l).unwrap_or_else(|e| panic!("{e}"));
    assert!(depth(&page) <= 30, "{}", depth(&page));
}

#[test]
fn model_tracks_ordinary_nesting() {
    // The model's depth stays within a few levels of the parser's (html, head, body are
    // not modelled), so ordinary pages are never cut.
    let html = "<body><div><p><b>x</p><ul><li><a href=h>l<li>m</ul><table><tr><td><i>c\
        <td>d</table><dl><dt>t<dd>u</dl></div></body>";
    let b = bound::bound(html, 512, 1000);
    let real = depth(&parse(html, &Limits::default()).unwrap_or_else(|e| panic!("{e}")));
    assert!(
        b.deepest + 3 >= real && b.deepest <= real + 3,
        "{} {real}",
        b.deepest
    );
}

#[test]
fn extreme_limits_do_not_overflow() {
    let l = Limits {
        max_depth: usize::MAX,
        max_attributes: usize::MAX,
        ..Limits::default()
    };
    assert!(parse("<div a b c><p>x</p></div>", &l).is_ok());
    let l = Limits {
        max_depth: 0,
        max_attributes: 0,
        ..Limits::default()
    };
    let page = parse("<div a b c><p>x</p></div>", &l).unwrap_or_else(|e| panic!("{e}"));
    assert!(text(&page).contains('x'));
}

#[test]
fn a_flood_of_comments_is_cut_past_the_limit_and_keeps_text() {
    let html = format!(
        "<!DOCTYPE html><body><p>{}<![CDATA[y]]></p></body>",
        "x<!--c--><?pi>".repeat(10_000)
    );
    let page = parse(&html, &Limits::default()).unwrap();
    let comments = page
        .doc
        .tree
        .nodes()
        .filter(|n| n.value().is_comment())
        .count();
    // 10,000 kept, and the CDATA section (a comment in HTML content; never cut).
    assert_eq!(comments, 10_001);
    assert_eq!(text(&page).matches('x').count(), 10_000);
    assert!(page.doc.tree.nodes().any(|n| n.value().is_doctype()));
}

#[test]
fn thousands_of_tags_on_a_deep_stack_are_cut() {
    let html = nested("<ol><li>x", "", 50_000);
    let page = parse(&html, &Limits::default()).unwrap();
    assert!(depth(&page) <= Limits::default().max_depth + 2);
    assert_eq!(text(&page).matches('x').count(), 50_001);
    assert!(!page.diagnostics.is_empty());
}

#[test]
fn a_flood_of_stray_paragraph_ends_is_cut() {
    let html = format!("<body>{}x</body>", "</p>".repeat(20_000));
    let page = parse(&html, &Limits::default()).unwrap();
    let ps = page
        .doc
        .tree
        .nodes()
        .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "p"))
        .count();
    assert_eq!(ps, 10_000);
}

#[test]
fn get_attr_answers_like_scraper_attr() {
    let html = r##"<html xml:lang="fr" lang="en"><body><p class="A b" id=x hidden>t</p>
        <svg><use xlink:href="#i" href="h"/></svg><math><mi xml:lang="de"/></math></body></html>"##;
    let page = parse(html, &Limits::default()).unwrap();
    let names = [
        "class",
        "id",
        "hidden",
        "lang",
        "xml:lang",
        "href",
        "xlink:href",
        "style",
    ];
    let mut seen = 0;
    for node in page.doc.tree.root().descendants() {
        if let Node::Element(e) = node.value() {
            for n in names {
                assert_eq!(e.get_attr(n), e.attr(n), "{} {n}", e.name());
                seen += usize::from(e.attr(n).is_some());
            }
        }
    }
    assert!(seen >= 6, "{seen}");
}

#[test]
fn unread_script_and_style_bodies_are_cut_before_the_parser() {
    let long = "x = 1; ".repeat(1000);
    let kept_short = "<script>document.write('May 1, 2020')</script>";
    let html = format!(
        "<html><head><style>p {{ color: red }}</style>\
         <script type=\"application/ld+json\">{{\"a\": \"{long}\"}}</script></head><body>\
         <script>{long}</script>{kept_short}<script>{long}<!-- <script> --></script>\
         <svg><style>{long}</style></svg><p>Text.</p></body></html>"
    );
    let b = bound::bound(&html, 512, 1000);
    let out = b.html.as_ref();
    assert!(out.contains("<style></style>"), "a style sheet is not read");
    assert!(out.contains("ld+json\">{\"a\""), "JSON-LD is kept");
    assert!(out.contains("<script></script>"), "a long script is cut");
    assert!(
        out.contains(kept_short),
        "a short script may print the date"
    );
    assert!(
        out.contains("<!-- <script> -->"),
        "a body with <!-- is kept whole"
    );
    assert!(
        out.contains("<svg><style>x = 1;"),
        "SVG's style is markup, not raw text"
    );
    let page = parse(&html, &Limits::default())
        .map(|p| text(&p))
        .unwrap_or_default();
    assert!(page.contains("Text."));
    let frames = format!("<frameset></frameset><style>{long}</style>");
    assert!(
        bound::bound(&frames, 512, 1000).html.contains(&long),
        "after a frameset: kept"
    );
}
