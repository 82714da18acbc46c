//! The core compiled to WebAssembly, run in node by `wasm-bindgen-test-runner`
//! (`make test-wasm`, i.e. `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`).
//!
//! Main check: on the sample page, the analysis made in WASM and converted to a JS
//! value the way `src/wasm.rs` does it (`serde_wasm_bindgen`'s JSON-compatible
//! serializer), then to JSON by `JSON.stringify`, equals the native CLI's JSON for the
//! same page and URL. The make target writes both inputs before compiling this test,
//! so the comparison is always with the native build of the same commit rather than a
//! golden file that may be stale:
//!   target/wasm-test/page.html    the sample page (tests/fixtures/zelensky-nato/)
//!   target/wasm-test/url.txt      its URL (the `url` of its expected.json)
//!   target/wasm-test/native.json  `lede analyze page.html --url URL`
//!
//! `src/wasm.rs` is a private module, so the exported `analyze()` itself (its
//! `{ ok, analysis | error }` envelope, option parsing, `version()`, re-instantiation)
//! is tested through the generated JS in `tests/e2e/wasm-api.test.mjs`.
//! Natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use js_sys::JSON;
use serde::Serialize;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const PAGE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/target/wasm-test/page.html"
));
const NATIVE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/target/wasm-test/native.json"
));
/// The `--url` the make target passed to the CLI.
const SAMPLE_URL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/target/wasm-test/url.txt"
));

/// A Rust value → JS value (as `src/wasm.rs` does) → JSON text → serde_json value.
fn through_js<T: Serialize>(value: &T) -> serde_json::Value {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js: JsValue = value.serialize(&serializer).unwrap();
    let text: String = JSON::stringify(&js).unwrap().into();
    numbers_as_f64(serde_json::from_str(&text).unwrap())
}

/// JS has one number type: `JSON.stringify` writes the f64 `1.0` as `1`, which
/// serde_json reads as an integer. Compare numbers by value on both sides.
fn numbers_as_f64(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_f64).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, numbers_as_f64(v)))
                .collect(),
        ),
        other => other,
    }
}

#[wasm_bindgen_test]
fn sample_page_matches_native_output() {
    let options = lede::Options {
        url: Some(SAMPLE_URL.into()),
        ..lede::Options::default()
    };
    let analysis = lede::analyze(PAGE, &options).unwrap();
    let wasm = through_js(&analysis);
    let native = numbers_as_f64(serde_json::from_str(NATIVE).unwrap());
    assert_eq!(wasm["schemaVersion"].as_f64(), Some(1.0));
    if wasm != native {
        // Name the first differing top-level key: whole-page diffs are unreadable.
        let keys = native
            .as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>());
        for key in keys.unwrap_or_default() {
            assert_eq!(
                wasm[&key], native[&key],
                "`{key}` differs between WASM and native"
            );
        }
        assert_eq!(wasm, native);
    }
}

#[wasm_bindgen_test]
fn nulls_stay_null_and_lists_stay_arrays() {
    let analysis = lede::analyze("<html><body><p>Hi.</p></body></html>", &Default::default());
    let value = through_js(&analysis.unwrap());
    assert!(value["article"]["title"].is_null());
    assert!(value["actors"].is_array());
    assert!(value["article"].is_object());
}

#[wasm_bindgen_test]
fn options_deserialize_from_a_js_object() {
    let js = JSON::parse(r#"{"url":"https://example.com/a","limits":{"maxActors":3}}"#).unwrap();
    let options: lede::Options = serde_wasm_bindgen::from_value(js).unwrap();
    assert_eq!(options.url.as_deref(), Some("https://example.com/a"));
    assert_eq!(options.limits.max_actors, 3);
    // Unknown fields pass serde-wasm-bindgen silently (it only looks up declared
    // fields); src/wasm.rs checks them itself, tested in tests/e2e/wasm-api.test.mjs.
    let wrong_type = JSON::parse(r#"{"limits":{"maxActors":"many"}}"#).unwrap();
    assert!(serde_wasm_bindgen::from_value::<lede::Options>(wrong_type).is_err());
}

#[wasm_bindgen_test]
fn errors_are_values_in_wasm_too() {
    let options = lede::Options {
        now: Some("yesterday".into()),
        ..lede::Options::default()
    };
    let error = lede::analyze("<p>x</p>", &options).unwrap_err();
    assert_eq!(error.kind(), "invalidOption");
}
