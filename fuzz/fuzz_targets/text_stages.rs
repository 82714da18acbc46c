//! The text stages alone on arbitrary text (one block per line): segmentation,
//! mentions, actors, quotes, dates and the summary must return, never panic, and every
//! span they report must lie on char boundaries of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lede::{actors, dates, mentions, quotes, summary, text};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let blocks: Vec<String> = s.split('\n').map(str::to_string).collect();
    let text = text::segment(&blocks, 1 << 20);
    let found = mentions::find(&text);
    let mut cast = actors::resolve(&text, &found, blocks.first().map(String::as_str));
    let quoted = quotes::find(&text, &found, &cast);
    let speakers: Vec<_> = quoted.iter().map(|q| q.speaker).collect();
    actors::credit_quotes(&mut cast, &speakers);
    let day = chrono::NaiveDate::from_ymd_opt(2025, 2, 23);
    let when = dates::find(&text, day);
    let _ = summary::build(&text, &found, &cast);
    for d in &when {
        assert!(text.text.get(d.span.clone()).is_some(), "date span {:?}", d.span);
    }
});
