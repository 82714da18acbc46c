#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
//! Quality gate: the corpora scores may not fall below their floors.
//!
//! Runs `../shared/eval/corpus_score.py` (aeb: article bodies; readability: reader-view
//! metadata and bodies; dates: publication days; snippets: bodies of many kinds of
//! page; quotes: quotes and speakers; entities: people, organizations, places; timex:
//! time expressions, with each document's creation day as `--now`) with `--json` on
//! the `lede` binary
//! and compares every metric named in `tests/corpus_floors.json`. Floors only rise:
//! after an improvement, set them to the new measurements rounded down to three
//! decimals. Skipped, with a message, where the shared corpora or `python3` are
//! missing, and a failure then when `CI=true` (CI sets it), so CI can never pass by
//! skipping. The corpora run in parallel.

use std::path::PathBuf;
use std::process::Command;
use std::thread;

/// The floors file: `{ corpus: { metric: floor } }`; keys starting with `_` are notes.
const FLOORS: &str = include_str!("corpus_floors.json");

/// Runs one corpus and returns the scorer's JSON totals.
fn score(scorer: &PathBuf, corpus: &str) -> serde_json::Value {
    let bin = env!("CARGO_BIN_EXE_lede");
    let now = if corpus == "timex" {
        " --now {now}"
    } else {
        ""
    };
    let cmd = format!("'{bin}' analyze {{html}} --url {{url}}{now}");
    let out = Command::new("python3")
        .arg(scorer)
        .args([corpus, "--json", "--cmd", &cmd])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{corpus}: scorer failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("scorer prints JSON")
}

/// Skips the test with a message, or fails it when `CI=true`.
fn skip(why: &str) {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI=true: {why}"
    );
    eprintln!("skipped: {why}");
}

#[test]
fn corpus_scores_stay_above_floors() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let scorer = shared.join("eval/corpus_score.py");
    if !scorer.exists() || !shared.join("corpus").exists() {
        return skip(&format!("no corpora at {}", shared.display()));
    }
    if Command::new("python3").arg("--version").output().is_err() {
        return skip("python3 not found");
    }
    let floors: serde_json::Value = serde_json::from_str(FLOORS).expect("floors parse");
    let floors = floors.as_object().expect("floors are an object").clone();
    let runs: Vec<_> = floors
        .keys()
        .filter(|k| !k.starts_with('_'))
        .map(|corpus| {
            let (scorer, corpus) = (scorer.clone(), corpus.clone());
            thread::spawn(move || {
                let got = score(&scorer, &corpus);
                (corpus, got)
            })
        })
        .collect();
    let mut failures = Vec::new();
    for run in runs {
        let (corpus, got) = run.join().expect("scorer thread");
        assert_eq!(got["failed"], 0, "{corpus}: pages failed: {got}");
        let wanted = floors[&corpus].as_object().expect("metrics object");
        for (metric, floor) in wanted.iter().filter(|(k, _)| !k.starts_with('_')) {
            let floor = floor.as_f64().expect("numeric floor");
            let value = got[metric].as_f64().unwrap_or(0.0);
            eprintln!("{corpus}.{metric}: {value:.4} (floor {floor:.3})");
            if value + 1e-9 < floor {
                failures.push(format!("{corpus}.{metric} = {value:.4} < floor {floor:.3}"));
            }
        }
    }
    assert!(failures.is_empty(), "below floor: {failures:#?}");
}
