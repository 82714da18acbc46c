//! The text stages alone on arbitrary text (one block per line): segmentation,
//! mentions, actors, quotes, dates and the summary (the pipeline's own wiring) must
//! return, never panic, every span they report must lie on char boundaries of the
//! text, and every speaker must be an actor of the cast.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lede::{pipeline, text};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let blocks: Vec<String> = s.split('\n').map(str::to_string).collect();
    let text = text::segment(&blocks, 1 << 20);
    let day = chrono::NaiveDate::from_ymd_opt(2025, 2, 23);
    let title = blocks.first().map(String::as_str);
    let reading = pipeline::read_text(&text, title, day, &mut |_| {});
    for d in &reading.dates {
        assert!(text.text.get(d.span.clone()).is_some(), "date span {:?}", d.span);
    }
    for q in &reading.quotes {
        assert!(text.text.get(q.span.clone()).is_some(), "quote span {:?}", q.span);
        assert!(q.speaker.is_none_or(|id| reading.cast.get(id).is_some()), "speaker {q:?}");
    }
    for m in &reading.mentions {
        assert!(text.text.get(m.span.clone()).is_some(), "mention span {:?}", m.span);
    }
});
