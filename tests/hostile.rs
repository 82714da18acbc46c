#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
//! Hostile input: every case of issue 8 (`tests/hostile/cases.rs`) ends in an analysis
//! or a clear error, never a panic or a hang. The times are printed by
//! `cargo run --release --example hostile_bench`; here each case only has to finish
//! within a generous bound (the machine may be shared), which catches quadratic work.

#[path = "hostile/cases.rs"]
mod cases;

use cases::Want;
use lede::{analyze, Limits, Options};
use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

/// Ten times the 1 s budget: a hang or a quadratic stage is far beyond it.
const HANG: Duration = Duration::from_secs(10);

fn run(html: &str) -> Result<lede::Analysis, lede::Error> {
    analyze(html, &Options::default())
}

#[test]
fn every_hostile_case_ends_in_a_result_or_a_clear_error() {
    let mut slow = Vec::new();
    for case in cases::all() {
        let start = Instant::now();
        let result = run(&case.html);
        let took = start.elapsed();
        match (case.want, &result) {
            (Want::Analysis, Ok(_)) | (Want::Either, _) => {}
            (Want::Error(kind), Err(e)) => assert_eq!(e.kind(), kind, "{}", case.name),
            (want, r) => panic!("{}: wanted {want:?}, got {:?}", case.name, r.as_ref().err()),
        }
        if took > HANG {
            slow.push(format!("{}: {took:?}", case.name));
        }
    }
    assert!(slow.is_empty(), "too slow: {slow:?}");
}

#[test]
fn deep_nesting_keeps_the_text_and_says_so() {
    let html = cases::nested("<div>", "</div>", 100_000);
    let a = run(&html).unwrap();
    assert!(
        a.article.text.contains("Hello there."),
        "{}",
        a.article.text
    );
    let big = cases::nested("<ul><li>", "</li></ul>", 100_000);
    assert!(run(&big).unwrap().article.text.contains("Hello there."));
}

#[test]
fn a_50_mb_page_is_too_large_unless_the_limit_is_raised() {
    let big = "<p>Some words here.</p>".repeat(50 * 1024 * 1024 / 22);
    assert_eq!(run(&big).unwrap_err().kind(), "tooLarge");
    let options = Options {
        limits: Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_elements: 5_000_000,
            ..Limits::default()
        },
        ..Options::default()
    };
    let small = "<p>Some words here.</p>".repeat(200_000);
    assert!(analyze(&small, &options).is_ok());
}

#[test]
fn too_many_elements_is_a_clear_error() {
    let html = format!("<body>{}</body>", "<i></i>".repeat(600_000));
    assert_eq!(run(&html).unwrap_err().kind(), "tooManyElements");
}

/// Runs the CLI on `bytes` written to a temporary file; its exit status and stderr.
fn cli(name: &str, bytes: &[u8]) -> (bool, String, String) {
    let path =
        std::env::temp_dir().join(format!("lede-hostile-{}-{name}.html", std::process::id()));
    std::fs::File::create(&path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .arg("analyze")
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_reads_invalid_utf8_and_mixed_encodings() {
    let body = "<p>Jos\u{e9} Mar\u{ed}a Aznar said: \u{201c}Hola.\u{201d}</p>";
    let latin1: Vec<u8> = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Jos\xe9 said: \"Ol\xe1.\"</p></body></html>".to_vec();
    let mut mixed = format!("<html><head><meta charset=utf-8></head><body>{body}").into_bytes();
    mixed.extend_from_slice(b"<p>Caf\xe9 \xff\xfe broken \xc3 bytes \x80\x81.</p></body></html>");
    let mut utf16 = vec![0xff, 0xfe];
    for u in format!("<html><body>{body}</body></html>").encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let mut junk = b"<html><body><p>".to_vec();
    junk.extend(cases::junk_bytes(100_000, 3));
    for (name, bytes) in [
        ("latin1", latin1),
        ("mixed", mixed),
        ("utf16", utf16),
        ("junk", junk),
        ("empty", Vec::new()),
        ("nul", vec![0u8; 10_000]),
    ] {
        let (ok, stdout, stderr) = cli(name, &bytes);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        if ok {
            let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            assert_eq!(v["schemaVersion"], 1, "{name}");
        } else {
            assert!(!stderr.trim().is_empty(), "{name}: an error says why");
        }
    }
    let (ok, stdout, _) = cli("latin1-text", b"<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Jos\xe9 Aznar said it was time.</p></article></body></html>");
    assert!(ok && stdout.contains("Jos\u{e9}"), "{stdout}");
}
