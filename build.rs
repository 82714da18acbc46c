//! Compiles the lexicon's data files (`src/lex/<lang>/*.txt`) into Rust: each file
//! becomes a static [`Set`] or [`Map`] (see `src/lex/mod.rs`) named after it in upper
//! case (`titles.txt` → `lex::en::TITLES`): its entries checked here and written one
//! per line into one string, hashed into a table on first use.
//!
//! File format: one entry per line, as written (spaces inside are kept: "white house";
//! an entry in double quotes keeps its spaces at the ends too: `"support "`);
//! `#` starts a comment line; blank lines are skipped. A first line `#! map u32` or
//! `#! map str` makes a map whose lines read `key = value`. A repeated entry is an
//! error: every word is written once.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// What a data file compiles to.
enum Kind {
    Set,
    Map(&'static str),
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new("src/lex");
    println!("cargo:rerun-if-changed=src/lex");
    let mut langs: Vec<_> = fs::read_dir(root)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    langs.retain(|p| p.is_dir());
    langs.sort();
    for lang in langs {
        let mut code = String::new();
        let mut files: Vec<_> = fs::read_dir(&lang)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(&file).unwrap_or_default();
            let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            match compile(stem, &text) {
                Ok(item) => code.push_str(&item),
                Err(e) => {
                    println!("cargo:warning={}: {e}", file.display());
                    std::process::exit(1);
                }
            }
        }
        if code.is_empty() {
            continue; // a folder of code (`src/lex/token`), not of word lists
        }
        let name = lang.file_name().and_then(|s| s.to_str()).unwrap_or("");
        let target = Path::new(&out_dir).join(format!("lex_{name}.rs"));
        if fs::write(&target, code).is_err() {
            println!("cargo:warning=cannot write {}", target.display());
            std::process::exit(1);
        }
    }
}

/// The Rust item of one data file.
fn compile(stem: &str, text: &str) -> Result<String, String> {
    let mut lines = text.lines().map(str::trim).peekable();
    let kind = match lines.peek().copied() {
        Some("#! map u32") => Kind::Map("u32"),
        Some("#! map str") => Kind::Map("&str"),
        Some(l) if l.starts_with("#!") => return Err(format!("unknown header {l:?}")),
        _ => Kind::Set,
    };
    let mut keys: Vec<String> = Vec::new();
    let mut values: Vec<String> = Vec::new();
    // The comment block at the top (up to the first blank line) documents the item.
    let mut doc = Vec::new();
    let mut header = true;
    for line in lines {
        if let Some(comment) = line.strip_prefix('#') {
            if header && !comment.starts_with('!') {
                doc.push(comment.trim().to_string());
            }
            continue;
        }
        header = false;
        if line.is_empty() {
            continue;
        }
        let (key, value) = match kind {
            Kind::Set => (unquote(line), ""),
            Kind::Map(_) => line
                .split_once(" =")
                .map(|(k, v)| (k.trim(), v.trim()))
                .ok_or_else(|| format!("{line:?} is not `key = value`"))?,
        };
        if keys.iter().any(|k| k == key) {
            return Err(format!("{key:?} is listed twice"));
        }
        keys.push(key.to_string());
        values.push(value.to_string());
    }
    if keys.len() >= usize::from(u16::MAX) {
        return Err("too many entries".into());
    }
    let name = stem.to_uppercase();
    let mut out = String::new();
    for d in &doc {
        let _ = writeln!(out, "/// {d}");
    }
    // The keys one per line: the table is built on first use (src/lex/mod.rs).
    let keys_arg = format!("{:?}", keys.join("\n"));
    let list = |items: &[String], quote: bool| {
        let parts: Vec<String> = items
            .iter()
            .map(|s| if quote { format!("{s:?}") } else { s.clone() })
            .collect();
        format!("&[{}]", parts.join(", "))
    };
    match kind {
        Kind::Set => {
            let _ = writeln!(
                out,
                "pub static {name}: super::Set = super::Set::new({keys_arg});\n"
            );
        }
        Kind::Map(ty) => {
            let vals = if ty == "u32" {
                for v in &values {
                    v.parse::<u32>()
                        .map_err(|_| format!("{v:?} is not a number"))?;
                }
                list(&values, false)
            } else {
                list(&values, true)
            };
            let _ = writeln!(
                out,
                "pub static {name}: super::Map<{ty}> = super::Map::new({keys_arg}, {vals});\n"
            );
        }
    }
    Ok(out)
}

/// `"text"` → `text` (an entry with spaces at its ends); anything else as it is.
fn unquote(entry: &str) -> &str {
    entry
        .strip_prefix('"')
        .and_then(|e| e.strip_suffix('"'))
        .filter(|e| !e.is_empty())
        .unwrap_or(entry)
}
