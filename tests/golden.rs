#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
//! Golden tests: the whole JSON analysis of every page under `tests/fixtures/`.
//!
//! Each folder holds `page.html`, optionally `expected.json` (its annotation; its
//! `url` is passed as the page URL) and `analysis.json`, the blessed output. Any
//! change in the output fails the test with the first differing line; after checking
//! that the change is an improvement, bless it with `UPDATE_GOLDEN=1 cargo test
//! --test golden`.

use std::fs;
use std::path::{Path, PathBuf};

fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.retain(|d| d.join("page.html").is_file());
    dirs.sort();
    dirs
}

fn page_url(dir: &Path) -> Option<String> {
    let text = fs::read_to_string(dir.join("expected.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v.get("url")?.as_str().map(String::from)
}

/// Runs the analysis of one fixture folder and returns its pretty JSON.
fn analyze_dir(dir: &Path) -> String {
    let html = fs::read_to_string(dir.join("page.html")).expect("page.html is readable");
    let options = lede::Options {
        url: page_url(dir),
        ..lede::Options::default()
    };
    let analysis = lede::analyze(&html, &options).expect("fixture pages analyze");
    serde_json::to_string_pretty(&analysis).expect("analysis serializes") + "\n"
}

fn first_difference(want: &str, got: &str) -> String {
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    format!(
        "line {}:\n  golden: {}\n  now:    {}",
        line + 1,
        want.lines().nth(line).unwrap_or("<end>"),
        got.lines().nth(line).unwrap_or("<end>")
    )
}

#[test]
fn every_fixture_matches_its_golden_analysis() {
    let dirs = fixture_dirs();
    assert!(!dirs.is_empty(), "no fixtures found under tests/fixtures");
    let bless = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for dir in &dirs {
        let got = analyze_dir(dir);
        let golden = dir.join("analysis.json");
        if bless {
            fs::write(&golden, &got).expect("golden file is writable");
            continue;
        }
        match fs::read_to_string(&golden) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{}: {}",
                dir.display(),
                first_difference(&want, &got)
            )),
            Err(_) => failures.push(format!(
                "{}: no analysis.json (bless with UPDATE_GOLDEN=1)",
                dir.display()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatches:\n{}",
        failures.join("\n")
    );
}

/// The output is deterministic: two runs give the same bytes.
#[test]
fn analysis_is_deterministic() {
    for dir in fixture_dirs() {
        assert_eq!(analyze_dir(&dir), analyze_dir(&dir), "{}", dir.display());
    }
}
