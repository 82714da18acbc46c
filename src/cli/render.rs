//! The CLI's two output formats: schema-v1 JSON and a readable terminal view.

use lede::model::{Analysis, DateMention, Grain, QuoteKind};
use std::fmt::Write;

/// The analysis as JSON: indented for one page, one line per page for several.
pub fn json(analysis: &Analysis, pretty: bool) -> String {
    let out = if pretty {
        serde_json::to_string_pretty(analysis)
    } else {
        serde_json::to_string(analysis)
    };
    // Serializing plain data with string keys cannot fail; keep a valid line anyway.
    out.unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

/// The analysis as a terminal view: header, actors, quotes, timeline, key sentences.
pub fn text(a: &Analysis) -> String {
    let mut s = String::new();
    header(&mut s, a);
    section(&mut s, "KEY ACTORS");
    for actor in &a.actors {
        let role = actor
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let kind = format!("{:?}", actor.kind).to_lowercase();
        let mentions = count(actor.mentions, "mention");
        let _ = write!(s, "  {}{role}  [{kind}; {mentions}", actor.name);
        if actor.quotes > 0 {
            let _ = write!(s, ", {}", count(actor.quotes, "quote"));
        }
        let _ = writeln!(s, "]");
    }
    section(&mut s, "QUOTES");
    for q in &a.quotes {
        let who = q.speaker.as_deref().unwrap_or("(unattributed)");
        let kind = if q.kind == QuoteKind::Partial {
            " (partial)"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "  \u{201c}{}\u{201d}\n      \u{2014} {who}{kind}",
            q.text
        );
    }
    section(&mut s, "TIMELINE");
    let mut dates: Vec<&DateMention> = a.dates.iter().collect();
    dates.sort_by(|x, y| x.start.cmp(&y.start));
    for d in dates {
        let _ = writeln!(
            s,
            "  {:<23} {:<22} {}",
            when(d),
            d.text,
            clip(&d.sentence, 70)
        );
    }
    section(&mut s, "KEY SENTENCES");
    for k in &a.summary {
        let _ = writeln!(s, "  \u{2022} {}", k.text);
    }
    for d in &a.diagnostics {
        let _ = writeln!(s, "\nnote: {}", d.message);
    }
    s
}

fn header(s: &mut String, a: &Analysis) {
    let art = &a.article;
    let _ = writeln!(s, "{}", art.title.as_deref().unwrap_or("(untitled)"));
    let line: Vec<&str> = [&art.byline, &art.site_name, &art.published]
        .into_iter()
        .filter_map(|x| x.as_deref())
        .collect();
    if !line.is_empty() {
        let _ = writeln!(s, "{}", line.join(" \u{00b7} "));
    }
    let _ = writeln!(
        s,
        "{} words, {} min read",
        art.word_count, art.reading_minutes
    );
}

fn section(s: &mut String, name: &str) {
    let _ = writeln!(s, "\n{name}");
}

/// The resolved value of a date in plain words.
fn when(d: &DateMention) -> String {
    match (&d.start, &d.end, d.grain) {
        (_, _, Grain::Duration) => d.duration.clone().unwrap_or_else(|| "duration".into()),
        (Some(a), Some(b), _) if a == b => a.clone(),
        (Some(a), Some(b), _) => format!("{a}..{b}"),
        _ => "(unresolved)".into(),
    }
}

/// "1 quote", "3 quotes".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}\u{2026}", cut.trim_end())
}
