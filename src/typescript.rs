//! The TypeScript declarations of the WASM API, generated from the Rust types.
//!
//! `src/types.ts` is what `wasm.rs` hands wasm-bindgen for `pkg/lede.d.ts`. It is
//! written from `model.rs`, `options.rs` and `error.rs` by ts-rs (a dev-dependency:
//! nothing of it reaches the build), and this test fails when the file and the types
//! differ. `LEDE_UPDATE_TYPES=1 cargo test --lib typescript` rewrites it.

use crate::error::Error;
use crate::model::*;
use crate::options::{Limits, Options};
use ts_rs::{Config, TS};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/types.ts");

/// One exported declaration with its doc comment.
fn export<T: TS>(cfg: &Config) -> String {
    let docs = T::docs().unwrap_or_default();
    format!("{docs}export {}\n", T::decl(cfg))
}

/// The declarations file, in the order a reader meets the types.
fn declarations() -> String {
    let cfg = Config::default();
    let mut out = String::from(
        "// Generated from src/model.rs, src/options.rs and src/error.rs by \
         src/typescript.rs:\n// do not edit (`LEDE_UPDATE_TYPES=1 cargo test --lib typescript`).\n",
    );
    for decl in [
        export::<Options>(&cfg),
        export::<Limits>(&cfg),
        export::<Analysis>(&cfg),
        export::<Reference>(&cfg),
        export::<ReferenceFrom>(&cfg),
        export::<Article>(&cfg),
        export::<Dir>(&cfg),
        export::<SummarySentence>(&cfg),
        export::<Actor>(&cfg),
        export::<ActorKind>(&cfg),
        export::<Quote>(&cfg),
        export::<QuoteKind>(&cfg),
        export::<DateMention>(&cfg),
        export::<Grain>(&cfg),
        export::<Span>(&cfg),
        export::<Diagnostic>(&cfg),
        export::<DiagnosticKind>(&cfg),
    ] {
        out.push_str(&decl);
    }
    let kinds: Vec<String> = Error::KINDS.iter().map(|k| format!("\"{k}\"")).collect();
    out.push_str(&format!(
        "/** Why an analysis could not be made (`internal`: a bug; the module was reset). */\n\
         export type AnalyzeError = {{ kind: {} | \"internal\", message: string, }};\n\
         /** What `analyze` returns: never throws for an expected failure. */\n\
         export type AnalyzeResult = {{ ok: true, analysis: Analysis, }} | {{ ok: false, error: AnalyzeError, }};\n",
        kinds.join(" | ")
    ));
    out
}

#[test]
fn typescript_types_match_the_rust_types() {
    let want = declarations();
    if std::env::var("LEDE_UPDATE_TYPES").as_deref() == Ok("1") {
        std::fs::write(PATH, &want).expect("write src/types.ts");
    }
    let have = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        have == want,
        "src/types.ts is not what the Rust types give: run \
         `LEDE_UPDATE_TYPES=1 cargo test --lib typescript` and commit it"
    );
}
