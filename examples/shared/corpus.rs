//! The corpus pages the native benchmarks read (`bench.rs`, `profile.rs`): the rows of a
//! folder's `index.jsonl` and their gzipped pages, decoded as lossy UTF-8.

use flate2::read::GzDecoder;
use std::io::Read;
use std::path::Path;

/// One corpus page.
pub struct Page {
    /// The first 16 characters of its id.
    pub name: String,
    pub url: Option<String>,
    pub html: String,
}

/// Every `step`-th page of one corpus folder (all of them for 1).
pub fn load(dir: &Path, step: usize) -> Vec<Page> {
    let Ok(index) = std::fs::read_to_string(dir.join("index.jsonl")) else {
        eprintln!("skipping {} (no index.jsonl)", dir.display());
        return Vec::new();
    };
    index
        .lines()
        .step_by(step.max(1))
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|row| {
            let file = dir.join(row["html"].as_str()?);
            let mut bytes = Vec::new();
            GzDecoder::new(std::fs::File::open(&file).ok()?)
                .read_to_end(&mut bytes)
                .ok()?;
            Some(Page {
                name: row["id"].as_str().unwrap_or("?").chars().take(16).collect(),
                url: row["url"].as_str().map(String::from),
                html: String::from_utf8_lossy(&bytes).into_owned(),
            })
        })
        .collect()
}
