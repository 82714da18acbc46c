//! Times `lede::analyze` on each hostile input of issue 8 (`tests/hostile/cases.rs`).
//!
//! `cargo run --release --example hostile_bench` prints one line per case: the time,
//! the input size and the outcome. Budget: under 1 s each, under 100 ms below 1 MB.
//! With `--stages`, the slowest stage of each case too (the stages run as `analyze`
//! runs them), to find which one to blame. An argument other than `--stages` keeps
//! only the cases whose name contains it.

#[path = "../tests/hostile/cases.rs"]
mod cases;

use lede::{actors, dates, extract, mentions, metadata, page, quotes, summary, text};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stages = args.iter().any(|a| a == "--stages");
    let filter = args.iter().find(|a| *a != "--stages");
    let options = lede::Options::default();
    let mut over = 0;
    println!(
        "| case | input | time | outcome |{}",
        if stages { " slowest stage |" } else { "" }
    );
    println!("|---|---:|---:|---|{}", if stages { "---|" } else { "" });
    for case in cases::all() {
        if filter.is_some_and(|f| !case.name.contains(f.as_str())) {
            continue;
        }
        let start = Instant::now();
        let result = lede::analyze(&case.html, &options);
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        let mut outcome = match &result {
            Ok(a) => format!("ok ({} diagnostics)", a.diagnostics.len()),
            Err(e) => format!("error {}", e.kind()),
        };
        let expected = match (case.want, &result) {
            (cases::Want::Analysis, r) => r.is_ok(),
            (cases::Want::Error(kind), r) => r.as_ref().err().map(|e| e.kind()) == Some(kind),
            (cases::Want::Either, _) => true,
        };
        if !expected {
            outcome.push_str(&format!(" UNEXPECTED (wanted {:?})", case.want));
        }
        let budget = if case.html.len() < 1 << 20 {
            100.0
        } else {
            1000.0
        };
        let flag = if ms > budget { " OVER BUDGET" } else { "" };
        over += usize::from(ms > budget);
        let kb = case.html.len() / 1024;
        let slowest = if stages {
            slowest_stage(&case.html, &options)
        } else {
            String::new()
        };
        println!(
            "| {} | {kb} KiB | {ms:.1} ms{flag} | {outcome} |{slowest}",
            case.name
        );
    }
    println!("\n{over} case(s) over budget");
}

/// The stages of `lede::analyze`, timed one by one: the slowest, as a table cell.
fn slowest_stage(html: &str, options: &lede::Options) -> String {
    let mut times: Vec<(&str, f64)> = Vec::new();
    let mut t = Instant::now();
    let mut lap = |name: &'static str, times: &mut Vec<(&str, f64)>| {
        times.push((name, t.elapsed().as_secs_f64() * 1000.0));
        t = Instant::now();
    };
    let Ok(page) = page::parse(html, &options.limits) else {
        return " - |".into();
    };
    lap("page", &mut times);
    let located = extract::locate(&page);
    lap("locate", &mut times);
    let meta = metadata::collect(&page, &located, None);
    lap("metadata", &mut times);
    let body = extract::article(&page, &located, &meta);
    lap("extract", &mut times);
    let text = text::segment(&body.blocks, options.limits.max_text_bytes);
    lap("text", &mut times);
    let found = mentions::find(&text);
    lap("mentions", &mut times);
    let cast = actors::resolve(&text, &found, meta.title.as_deref());
    lap("actors", &mut times);
    let _quotes = quotes::find(&text, &found, &cast);
    lap("quotes", &mut times);
    let _dates = dates::find(&text, meta.published_day);
    lap("dates", &mut times);
    let _summary = summary::build(&text, &found, &cast);
    lap("summary", &mut times);
    times.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top: Vec<String> = times
        .iter()
        .take(2)
        .map(|(n, ms)| format!("{n} {ms:.0} ms"))
        .collect();
    format!(" {} |", top.join(", "))
}
