#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
//! Golden tests: the whole JSON analysis of every page under `tests/fixtures/`, and
//! the partial expectations of every page under `tests/regression/`.
//!
//! Each fixture folder holds `page.html`, optionally `expected.json` (its annotation;
//! its `url` is passed as the page URL) and `analysis.json`, the blessed output. Any
//! change in the output fails the test with the first differing line; after checking
//! that the change is an improvement, bless it with `UPDATE_GOLDEN=1 cargo test
//! --test golden`.
//!
//! Each regression folder is named after a fixed bug and holds `page.html` and
//! `expect.json`: `{ "bug": "…", "options": {…}, "expect": {…}, "absent": {…} }`.
//! `options` are the analysis options (as the WASM API takes them); `expect` is a
//! partial analysis: an object matches when each of its keys matches, an array when
//! its elements match distinct elements of the output in order (others may sit
//! between), a value when it is equal. `absent` lists, per top-level array, elements
//! that no output element may match. Every page of both folders is also checked for
//! self-consistency (ids, spans).

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn fixture_dirs() -> Vec<PathBuf> {
    page_dirs("tests/fixtures")
}

/// The folders of `under` that hold a `page.html`, sorted.
fn page_dirs(under: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(under);
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

/// Whether `got` matches the partial expectation `want` (see the module docs).
fn matches(want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => w
            .iter()
            .all(|(k, v)| g.get(k).is_some_and(|x| matches(v, x))),
        (Value::Array(w), Value::Array(g)) => {
            let mut rest = g.iter();
            w.iter().all(|v| rest.any(|x| matches(v, x)))
        }
        _ => want == got,
    }
}

/// What is wrong with `analysis` as a self-consistent output: a `speakerId` that names
/// no actor, a quote with both a speaker and an unnamed source, a span outside the text or off its order, a date ending before it starts.
fn inconsistencies(analysis: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let ids: Vec<&str> = analysis["actors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["id"].as_str())
        .collect();
    let text_len = analysis["article"]["text"]
        .as_str()
        .map_or(0, |t| t.encode_utf16().count() as u64);
    for q in analysis["quotes"].as_array().into_iter().flatten() {
        if let Some(id) = q["speakerId"].as_str() {
            if !ids.contains(&id) {
                out.push(format!("quote speakerId {id} names no actor"));
            }
        }
        if q["speakerId"].is_string() && q["speaker"].is_null() {
            out.push(format!("quote with an id but no speaker: {q}"));
        }
        if q["source"].is_string() && !q["speaker"].is_null() {
            out.push(format!(
                "quote with both a speaker and an unnamed source: {q}"
            ));
        }
    }
    for list in ["quotes", "dates"] {
        for x in analysis[list].as_array().into_iter().flatten() {
            let (s, e) = (x["span"]["start"].as_u64(), x["span"]["end"].as_u64());
            if !matches!((s, e), (Some(s), Some(e)) if s <= e && e <= text_len) {
                out.push(format!("{list} span {} outside the text", x["span"]));
            }
        }
    }
    for d in analysis["dates"].as_array().into_iter().flatten() {
        if let (Some(s), Some(e)) = (d["start"].as_str(), d["end"].as_str()) {
            if s > e {
                out.push(format!("date {} ends before it starts", d["text"]));
            }
        }
    }
    out
}

/// The analysis of a regression folder, with the options its `expect.json` gives.
fn analyze_regression(dir: &Path, spec: &Value) -> Value {
    let html = fs::read_to_string(dir.join("page.html")).expect("page.html is readable");
    let options: lede::Options = match &spec["options"] {
        Value::Null => lede::Options::default(),
        o => serde_json::from_value(o.clone())
            .unwrap_or_else(|e| panic!("{}: bad options: {e}", dir.display())),
    };
    let analysis = lede::analyze(&html, &options)
        .unwrap_or_else(|e| panic!("{}: analysis failed: {e}", dir.display()));
    serde_json::to_value(&analysis).expect("analysis serializes")
}

#[test]
fn every_regression_page_meets_its_expectation() {
    let dirs = page_dirs("tests/regression");
    assert!(!dirs.is_empty(), "no pages under tests/regression");
    let mut failures = Vec::new();
    for dir in &dirs {
        let text = fs::read_to_string(dir.join("expect.json")).expect("expect.json is readable");
        let spec: Value = serde_json::from_str(&text).expect("expect.json parses");
        assert!(
            spec["bug"].is_string(),
            "{}: no bug description",
            dir.display()
        );
        let got = analyze_regression(dir, &spec);
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        if !matches(&spec["expect"], &got) {
            failures.push(format!("{name}: expected {}\n  got {got}", spec["expect"]));
        }
        for (list, items) in spec["absent"].as_object().into_iter().flatten() {
            for item in items.as_array().into_iter().flatten() {
                let output = got[list].as_array().into_iter().flatten();
                if let Some(hit) = output.into_iter().find(|x| matches(item, x)) {
                    failures.push(format!("{name}: {list} has {hit}, which should be absent"));
                }
            }
        }
        failures.extend(
            inconsistencies(&got)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fixture_analyses_are_self_consistent() {
    for dir in fixture_dirs() {
        let got: Value = serde_json::from_str(&analyze_dir(&dir)).expect("JSON");
        let problems = inconsistencies(&got);
        assert!(problems.is_empty(), "{}: {problems:?}", dir.display());
    }
}

#[test]
fn partial_expectations_match_as_documented() {
    let got = serde_json::json!({"a": [1, {"b": 2, "c": 3}, 4], "d": null});
    assert!(matches(&serde_json::json!({"a": [{"b": 2}, 4]}), &got));
    assert!(matches(&serde_json::json!({"d": null}), &got));
    assert!(
        !matches(&serde_json::json!({"a": [4, 1]}), &got),
        "order counts"
    );
    assert!(
        !matches(&serde_json::json!({"a": [1, 1]}), &got),
        "elements are distinct"
    );
    assert!(
        !matches(&serde_json::json!({"e": null}), &got),
        "a missing key is no null"
    );
}
