//! The hostile inputs of issue 8, shared by `tests/hostile.rs` and
//! `examples/hostile_bench.rs`. Each case is a name, the page, and what must come out.

/// What a case must end in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// An analysis.
    Analysis,
    /// An error of this kind.
    Error(&'static str),
    /// Either an analysis or an error (junk that may or may not look like HTML).
    Either,
}

/// One hostile input.
pub struct Case {
    pub name: &'static str,
    pub html: String,
    pub want: Want,
}

/// `open` repeated `n` times, then text, then `close` repeated `n` times, in a body.
pub fn nested(open: &str, close: &str, n: usize) -> String {
    let mut s = String::with_capacity(n * (open.len() + close.len()) + 200);
    s.push_str("<html><body>");
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str("<p>President Joe Biden said on Monday: \"Hello there.\"</p>");
    for _ in 0..n {
        s.push_str(close);
    }
    s.push_str("</body></html>");
    s
}

fn article(body: &str) -> String {
    format!("<html><head><title>T</title></head><body><article>{body}</article></body></html>")
}

/// Deterministic pseudo-random bytes (xorshift), for junk inputs.
pub fn junk_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

/// A plausible article of about `bytes` bytes: names, quotes, dates, links.
pub fn big_article(bytes: usize) -> String {
    let para = "<p>On Monday, Secretary of State Antony Blinken met Ukrainian President \
        Volodymyr Zelensky in Kyiv. \u{201c}We stand with Ukraine,\u{201d} Blinken said, \
        adding that the <a href=\"https://example.com/x\">aid package</a> announced on \
        Feb. 24, 2025 would arrive next week. NATO officials said talks would resume in \
        March.</p>\n";
    article(&para.repeat(bytes / para.len() + 1))
}

/// Every case of issue 8 (and a few more the page stage's bounds were built for).
pub fn all() -> Vec<Case> {
    let a = Want::Analysis;
    let mut v = vec![
        case("deep div 100k", nested("<div>", "</div>", 100_000), a),
        case("deep b 100k", nested("<b>", "</b>", 100_000), a),
        case("deep table 100k", nested("<table>", "</table>", 100_000), a),
        case("deep table cells 100k", nested("<table><tr><td>", "</td></tr></table>", 100_000), a),
        case("deep ul 100k", nested("<ul>", "</ul>", 100_000), a),
        case("deep ul>li 100k", nested("<ul><li>", "</li></ul>", 100_000), a),
        case("deep ol>li unclosed 100k", nested("<ol><li>x", "", 100_000), a),
        case("deep span 100k", nested("<span>", "</span>", 100_000), a),
        case("deep b distinct attrs 100k", distinct_b(100_000), a),
        case("reopened formatting <p><b>x</p> 100k", nested("<p><b>x</p>y", "", 100_000), a),
        case("svg breakout <svg><div> 100k", nested("<svg><div>", "", 100_000), a),
        case("end-tag flood at depth 500", end_flood(), a),
        case("1M attributes on one element", many_attrs(1_000_000), a),
        case("100k stray </p>", format!("<body>{}</body>", "</p>".repeat(100_000)), a),
        case("1M comments between text", article(&"x<!---->".repeat(1_000_000)), a),
        case("unclosed comment", format!("<p>a</p><!--{}", "<div>".repeat(100_000)), a),
        case("unclosed script", format!("<p>a</p><script>{}", "<div>".repeat(100_000)), a),
        case("50 MB page", "<p>x</p>".repeat(50 * 1024 * 1024 / 8), Want::Error("tooLarge")),
        case("binary junk", String::from_utf8_lossy(&junk_bytes(1 << 20, 7)).into_owned(), Want::Either),
        case("control characters", (0..5000u32).filter_map(|i| char::from_u32(i % 32)).collect(), Want::Error("notHtml")),
        case("empty", String::new(), Want::Error("notHtml")),
        case("whitespace only", " \n\t ".repeat(1000), Want::Error("notHtml")),
        case("plain text", "no markup at all. ".repeat(1000), Want::Error("notHtml")),
        case("no body", "<html><head><title>T</title></head></html>".into(), a),
        case("frameset", "<frameset cols=\"50%,50%\"><frame src=a.html><frame src=b.html><noframes><p>Old browser.</p></noframes></frameset>".into(), a),
        case("SVG-heavy", article(&"<svg viewBox=\"0 0 10 10\"><g><path d=\"M0 0L10 10\"/><text>Monday</text><foreignObject><p>\u{201c}Hi,\u{201d} he said.</p></foreignObject></g></svg><p>Text.</p>".repeat(10_000)), a),
        case("MathML-heavy", article(&"<math><mrow><mi>x</mi><mo>=</mo><mfrac><mn>1</mn><mtext>Tuesday</mtext></mfrac></mrow></math><p>Text.</p>".repeat(10_000)), a),
        case("10k unbalanced quote marks", article(&format!("<p>{}</p>", "\u{201c}a \" b \u{2018}c ".repeat(10_000))), a),
        case("100k capitalized words", article(&format!("<p>{}.</p>", "Alpha Beta Gamma Delta ".repeat(25_000))), a),
        case("100k capitalized words in sentences", article(&"<p>Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa.</p>".repeat(10_000)), a),
        case("pathological dates", article(&format!("<p>{}</p>", "Monday 2025-99-99 Feb. 31, 0000 the 99th 12/13/14/15 last last next week 1 1 1 1 in 9999999999 years ".repeat(2_000))), a),
        case("date-like digits", article(&format!("<p>{}</p>", "12/12/12/12/12-12-12-12 1999-2000-2001 ".repeat(10_000))), a),
        case("100k numbers 1 2 3 ...", article(&format!("<p>{}</p>", counting(100_000))), a),
        case("Monday Monday ... 100k", article(&format!("<p>{}</p>", "Monday ".repeat(100_000))), a),
        case("March March ... 100k", article(&format!("<p>{}</p>", "March ".repeat(100_000))), a),
        case("2020-2020-2020... 100k", article(&format!("<p>{}</p>", "2020-".repeat(100_000))), a),
        case("1 MB article", big_article(1 << 20), a),
        case("100 KB article", big_article(100 << 10), a),
    ];
    v.push(case(
        "unclosed quote spanning 1 MB",
        article(&format!(
            "<p>\u{201c}{}</p>",
            "He said that it was fine. ".repeat(40_000)
        )),
        a,
    ));
    v
}

fn case(name: &'static str, html: String, want: Want) -> Case {
    Case { name, html, want }
}

/// "1 2 3 ... n": numbers that each could be a day, a month or a year.
fn counting(n: usize) -> String {
    (1..=n).map(|i| i.to_string()).collect::<Vec<_>>().join(" ")
}

fn distinct_b(n: usize) -> String {
    let open: String = (0..n).map(|i| format!("<b id=b{i}>")).collect();
    format!("<body>{open}text</body>")
}

fn many_attrs(n: usize) -> String {
    let attrs: String = (0..n).map(|i| format!(" a{i}=x")).collect();
    format!("<body><div{attrs}><p>Text here.</p></div></body>")
}

fn end_flood() -> String {
    format!(
        "<body>{}<p>x</p>{}</body>",
        "<span>".repeat(500),
        "</div>".repeat(1_000_000)
    )
}
