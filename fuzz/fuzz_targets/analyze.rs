//! `lede::analyze` on arbitrary (UTF-8, lossily decoded) input: it must return, never
//! panic, and its reader HTML must hold no script-capable element, no event-handler
//! attribute and no URL outside http(s)/mailto.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Elements that can run script or load a document, whatever their attributes.
const ACTIVE: &[&str] = &[
    "script", "iframe", "frame", "object", "embed", "svg", "math", "style", "link", "meta",
    "base", "form", "template", "noscript",
];

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let options = lede::Options {
        now: Some("2025-02-23".into()),
        ..lede::Options::default()
    };
    let Ok(analysis) = lede::analyze(&html, &options) else {
        return;
    };
    let reader = scraper::Html::parse_fragment(&analysis.article.html);
    for node in reader.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        assert!(!ACTIVE.contains(&el.name()), "<{}> in reader HTML", el.name());
        for (name, value) in el.attrs() {
            assert!(!name.starts_with("on"), "{name} in reader HTML");
            if matches!(name, "href" | "src" | "cite" | "action" | "srcset") {
                let v = value.trim().to_ascii_lowercase();
                let ok = ["http://", "https://", "mailto:"].iter().any(|s| v.starts_with(s));
                assert!(ok, "{name}={value:?} in reader HTML");
            }
        }
    }
});
