#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
//! Quality gate: the scorer of `../shared/eval` on the annotated pages must meet the
//! floors in `tests/floors.json` (floors only rise). Skipped, with a message, where
//! `../shared` is absent (a clone outside the workplace); a failure when `CI=true`,
//! so CI can never pass by skipping it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// Runs score.py on one gold folder and returns its JSON totals.
fn score(gold: &Path) -> serde_json::Value {
    let cmd = format!(
        "{} analyze {{html}} --url {{url}}",
        env!("CARGO_BIN_EXE_lede")
    );
    let out = Command::new("python3")
        .arg(shared().join("eval/score.py"))
        .arg("--gold")
        .arg(gold)
        .args(["--json", "--cmd", &cmd])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("score.py prints JSON")
}

#[test]
fn accuracy_meets_the_floors() {
    if !shared().join("eval/score.py").is_file() {
        let why = "../shared/eval/score.py not found";
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true: {why}"
        );
        eprintln!("skipped: {why}");
        return;
    }
    let floors: serde_json::Value = serde_json::from_str(include_str!("floors.json")).unwrap();
    let mut failures = Vec::new();
    for (set, metrics) in floors.as_object().unwrap() {
        let Some(metrics) = metrics.as_object() else {
            continue;
        };
        if metrics.is_empty() {
            continue;
        }
        let totals = score(&shared().join(set));
        assert_eq!(totals["failed_pages"], 0, "{set}: pages failed: {totals}");
        for (metric, floor) in metrics {
            let got = totals[metric].as_f64().unwrap_or(0.0);
            let floor = floor.as_f64().unwrap();
            eprintln!("{set:10} {metric:22} {got:.3} (floor {floor:.3})");
            if got + 1e-9 < floor {
                failures.push(format!("{set}: {metric} {got:.3} < floor {floor:.3}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "below the floors:\n{}",
        failures.join("\n")
    );
}
