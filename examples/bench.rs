//! Native benchmark: per-stage time of the whole analysis on the corpus pages.
//!
//!     cargo run --release --example bench [-- --runs 3 --json OUT.json CORPUS_DIR...]
//!
//! CORPUS_DIR defaults to the scrapinghub and Mozilla Readability corpora in
//! `../shared/corpus` (folders with `index.jsonl` and gzipped pages). Each page is
//! analyzed `--runs` times and the fastest run counts (the least disturbed by the
//! machine). Prints median, p95 and max per stage, the throughput in MB/s of HTML on
//! one core, and the slowest pages; `--json` also writes these numbers to a file (read
//! by `bench/run.mjs`). A benchmark, not a test: nothing is asserted.

#[path = "shared/corpus.rs"]
mod corpus;

use corpus::Page;
use lede::{analyze_observed, Options, Stage};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Time of each stage of one page, in `Stage::ALL` order.
type StageTimes = [Duration; Stage::ALL.len()];

fn main() {
    let mut runs = 3usize;
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut json_out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(3).max(1),
            "--json" => json_out = args.next().map(PathBuf::from),
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if dirs.is_empty() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        dirs = vec![shared.join("scrapinghub-aeb"), shared.join("readability")];
    }
    let pages: Vec<Page> = dirs.iter().flat_map(|d| corpus::load(d, 1)).collect();
    if pages.is_empty() {
        eprintln!("bench: no pages found in {dirs:?}");
        std::process::exit(1);
    }
    let cpu_before = cpu_seconds();
    let times: Vec<StageTimes> = pages.iter().map(|p| best_of(p, runs)).collect();
    // CPU time is what one core spends whatever the machine's load; wall time is not.
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let cpu_mbs = cpu_before
        .zip(cpu_seconds())
        .map(|(a, b)| (bytes * runs) as f64 / 1e6 / (b - a).max(1e-9));
    report(&pages, &times, runs);
    if let Some(mbs) = cpu_mbs {
        println!("throughput {mbs:.1} MB/s of HTML per CPU second (all runs, process CPU time)");
    }
    if let Some(out) = json_out {
        let mut json = summary(&pages, &times, runs);
        json["mbPerCpuSecond"] = cpu_mbs.into();
        let json = serde_json::to_string_pretty(&json).unwrap_or_default();
        if let Err(e) = std::fs::write(&out, json + "\n") {
            eprintln!("bench: cannot write {}: {e}", out.display());
            std::process::exit(1);
        }
    }
}

/// User + system CPU time of this process in seconds (Linux `/proc/self/stat`, in
/// clock ticks of 1/100 s); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesized command name; utime and stime are fields 14 and 15.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// The numbers of the table as JSON: per-stage and total median/p95/max in ms, MB/s.
fn summary(pages: &[Page], times: &[StageTimes], runs: usize) -> serde_json::Value {
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let row = |(m, p, x): (f64, f64, f64)| serde_json::json!({ "median": m, "p95": p, "max": x });
    let mut stages = serde_json::Map::new();
    for (i, stage) in Stage::ALL.iter().enumerate() {
        let name = format!("{stage:?}").to_lowercase();
        stages.insert(name, row(stats(times.iter().map(|t| t[i]).collect())));
    }
    let totals: Vec<Duration> = times.iter().map(|t| t.iter().sum()).collect();
    let all: Duration = totals.iter().sum();
    serde_json::json!({
        "pages": pages.len(),
        "htmlBytes": bytes,
        "runsPerPage": runs,
        "stagesMs": stages,
        "totalMs": row(stats(totals)),
        "mbPerSecond": bytes as f64 / 1e6 / all.as_secs_f64(),
    })
}

fn best_of(page: &Page, runs: usize) -> StageTimes {
    let options = Options {
        url: page.url.clone(),
        ..Options::default()
    };
    let mut best: Option<StageTimes> = None;
    for _ in 0..runs {
        let mut times = [Duration::ZERO; Stage::ALL.len()];
        let mut last = Instant::now();
        let _ = analyze_observed(&page.html, &options, &mut |stage| {
            let now = Instant::now();
            times[stage as usize] = now - last;
            last = now;
        });
        let total = |t: &StageTimes| t.iter().sum::<Duration>();
        if best.as_ref().map_or(true, |b| total(&times) < total(b)) {
            best = Some(times);
        }
    }
    best.unwrap_or([Duration::ZERO; Stage::ALL.len()])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median, p95 and max of a list of durations, in ms.
fn stats(mut v: Vec<Duration>) -> (f64, f64, f64) {
    v.sort();
    let at = |q: f64| ms(v[((v.len() - 1) as f64 * q).round() as usize]);
    (at(0.5), at(0.95), at(1.0))
}

fn report(pages: &[Page], times: &[StageTimes], runs: usize) {
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    println!(
        "lede native benchmark: {} pages, {:.1} MB of HTML, fastest of {runs} runs per page\n",
        pages.len(),
        bytes as f64 / 1e6
    );
    println!(
        "{:<10} {:>10} {:>10} {:>10}",
        "stage", "median ms", "p95 ms", "max ms"
    );
    for (i, stage) in Stage::ALL.iter().enumerate() {
        let (m, p, x) = stats(times.iter().map(|t| t[i]).collect());
        println!(
            "{:<10} {m:>10.3} {p:>10.3} {x:>10.3}",
            format!("{stage:?}").to_lowercase()
        );
    }
    let totals: Vec<Duration> = times.iter().map(|t| t.iter().sum()).collect();
    let nlp: Vec<Duration> = times
        .iter()
        .map(|t| {
            t[Stage::Text as usize..=Stage::Summary as usize]
                .iter()
                .sum()
        })
        .collect();
    let (m, p, x) = stats(nlp);
    println!("{:<10} {m:>10.3} {p:>10.3} {x:>10.3}", "text..summ");
    let (m, p, x) = stats(totals.clone());
    println!("{:<10} {m:>10.3} {p:>10.3} {x:>10.3}", "total");
    let all: Duration = totals.iter().sum();
    println!(
        "\nthroughput {:.1} MB/s of HTML on one core (whole analysis)",
        bytes as f64 / 1e6 / all.as_secs_f64()
    );
    let mut slow: Vec<(Duration, &Page)> = totals.iter().copied().zip(pages).collect();
    slow.sort_by_key(|s| std::cmp::Reverse(s.0));
    println!("slowest pages:");
    for (d, p) in slow.iter().take(5) {
        println!(
            "  {:>8.2} ms  {:>8} bytes  {}",
            ms(*d),
            p.html.len(),
            p.name
        );
    }
}
