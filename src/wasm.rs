//! The WebAssembly boundary: the only file that touches wasm-bindgen, js-sys, web-sys.
//!
//! Input: the page HTML (a JS string) and an options object (or `undefined`/`null`).
//! Output: a plain JS object, `{ ok: true, analysis }` or
//! `{ ok: false, error: { kind, message } }`. Expected failures (too large, not HTML,
//! a bad option) are data, never exceptions; only a bug traps, after the panic hook has
//! logged its message with `console.error`, and the caller then re-instantiates the
//! module. The exports hold no state, so a trap cannot leave anything half-borrowed.
//!
//! The analysis is serialized with `serde_wasm_bindgen`'s JSON-compatible serializer
//! (`None` → `null`, maps → objects), so the JS object equals the CLI's JSON.
//! The boundary is cheap (node, the 311 corpus pages, 57 MB of HTML): copying the HTML in
//! takes 28.5 ms in all (1.1% of the analysis time), building the result object 21.7 ms
//! (0.8%). A JSON string parsed in JS would take 46.9 ms (serde_json 14.4 ms, the string's
//! decoding and `JSON.parse` 32.5 ms) and add serde_json's 5 KB to the module.
//! TypeScript declarations come from `src/types.ts` (generated from the Rust types, see
//! `src/typescript.rs`) and the `unchecked_*_type` attributes: wasm-bindgen writes them
//! into `pkg/lede.d.ts`.

use js_sys::{Object, Reflect};
use serde::de::{Deserialize, Deserializer, Visitor};
use serde::Serialize;
use std::sync::Once;
use wasm_bindgen::prelude::*;

/// The declarations of `Options`, `Analysis` and the result, generated from the Rust
/// types by `src/typescript.rs` (a test fails when they drift).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.ts");

/// Analyzes one page. Never throws for expected failures: the result is
/// `{ ok: true, analysis }` or `{ ok: false, error: { kind, message } }`.
/// `options` may be `undefined` or `null` (the defaults).
#[wasm_bindgen(unchecked_return_type = "AnalyzeResult")]
pub fn analyze(
    html: &str,
    #[wasm_bindgen(unchecked_param_type = "Options | null | undefined")] options: JsValue,
) -> JsValue {
    install_panic_hook();
    let options = match parse_options(options) {
        Ok(o) => o,
        Err(message) => return failure("invalidOption", &message),
    };
    match crate::analyze(html, &options) {
        Ok(analysis) => {
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            match analysis.serialize(&serializer) {
                Ok(value) => envelope(true, "analysis", &value),
                Err(e) => failure("internal", &format!("cannot serialize the analysis: {e}")),
            }
        }
        Err(e) => failure(e.kind(), &e.to_string()),
    }
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: the clock of a window, a worker and node alike, in ms.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// The milliseconds each pipeline stage takes on this page, `{ Parse, Locate, …,
/// Output, ToJs }` (`ToJs`: the result's conversion to a JS object), for the benchmark's
/// split of [`analyze`] in the browser. A page that cannot be analyzed gives the stages
/// done before the failure; bad options give `{}`.
#[wasm_bindgen(js_name = analyzeStages, unchecked_return_type = "Record<string, number>")]
pub fn analyze_stages(
    html: &str,
    #[wasm_bindgen(unchecked_param_type = "Options | null | undefined")] options: JsValue,
) -> JsValue {
    install_panic_hook();
    let times = Object::new();
    let Ok(options) = parse_options(options) else {
        return times.into();
    };
    let mut last = performance_now();
    let mut lap = |name: &str| {
        let now = performance_now();
        set(&times, name, &JsValue::from_f64(now - last));
        last = now;
    };
    let analysis = crate::analyze_observed(html, &options, &mut |stage| lap(&format!("{stage:?}")));
    if let Ok(analysis) = analysis {
        let _ = analysis.serialize(&serde_wasm_bindgen::Serializer::json_compatible());
        lap("ToJs");
    }
    times.into()
}

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// `undefined`/`null` → defaults; anything else must deserialize into `Options`
/// (camelCase, unknown fields rejected).
fn parse_options(options: JsValue) -> Result<crate::Options, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(crate::Options::default());
    }
    if let Some(unknown) = unknown_option(&options) {
        return Err(format!("options: unknown field `{unknown}`"));
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| format!("options: {e}"))
}

/// The first key of `options` (or of `options.limits`) that `Options` does not have.
/// Needed because serde-wasm-bindgen reads a struct by looking up its declared fields
/// only, so `deny_unknown_fields` never sees the others; the field names come from
/// the serde derive itself (see `fields`), so this cannot drift from `Options`.
fn unknown_option(options: &JsValue) -> Option<String> {
    let first_unknown = |object: &JsValue, known: &[&str], prefix: &str| {
        let object: &Object = object.dyn_ref()?;
        Object::keys(object)
            .iter()
            .filter_map(|key| key.as_string())
            .find(|key| !known.contains(&key.as_str()))
            .map(|key| format!("{prefix}{key}"))
    };
    first_unknown(options, fields::<crate::Options>(), "").or_else(|| {
        let limits = Reflect::get(options, &JsValue::from_str("limits")).ok()?;
        first_unknown(&limits, fields::<crate::Limits>(), "limits.")
    })
}

/// The serialized field names of a struct, as its serde derive declares them.
fn fields<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    match T::deserialize(FieldNames) {
        Err(FieldList(names)) => names,
        Ok(_) => &[],
    }
}

/// A deserializer that only records the field list a derived struct asks for.
struct FieldNames;

/// The "error" that carries the recorded field list out of `T::deserialize`.
#[derive(Debug)]
struct FieldList(&'static [&'static str]);

impl std::fmt::Display for FieldList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "fields {:?}", self.0)
    }
}

impl std::error::Error for FieldList {}

impl serde::de::Error for FieldList {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        FieldList(&[])
    }
}

impl<'de> Deserializer<'de> for FieldNames {
    type Error = FieldList;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, FieldList> {
        Err(FieldList(&[]))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, FieldList> {
        Err(FieldList(fields))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
        identifier ignored_any
    }
}

/// `{ ok: false, error: { kind, message } }`.
fn failure(kind: &str, message: &str) -> JsValue {
    let error = Object::new();
    set(&error, "kind", &JsValue::from_str(kind));
    set(&error, "message", &JsValue::from_str(message));
    envelope(false, "error", &error)
}

/// `{ ok, [key]: value }` as a plain object.
fn envelope(ok: bool, key: &str, value: &JsValue) -> JsValue {
    let object = Object::new();
    set(&object, "ok", &JsValue::from_bool(ok));
    set(&object, key, value);
    object.into()
}

/// Sets a property of a fresh plain object (cannot fail: no setters, not frozen).
fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

/// Logs a panic's message with `console.error` before the module traps, so a bug
/// is visible in the service worker's console instead of a bare "unreachable".
fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = format!("lede panicked: {info}");
            web_sys::console::error_1(&JsValue::from_str(&message));
        }));
    });
}
