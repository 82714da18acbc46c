//! The `lede` command-line tool: `lede analyze FILE... | - [--url URL] [--now DAY]
//! [--format json|text]`.
//!
//! One page prints one JSON object; several print one object per line (JSON Lines).
//! Errors go to stderr, name the file, and make the exit status non-zero; the other
//! files are still analyzed.

mod cli;

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lede",
    version,
    about = "Who, what they said, when: analyze news article pages"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze HTML pages (`-` reads standard input).
    Analyze {
        /// HTML files to analyze; `-` for standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The page's URL (resolves relative links; echoed in the output).
        #[arg(long)]
        url: Option<String>,
        /// Reference day YYYY-MM-DD for relative dates when a page has no date.
        #[arg(long)]
        now: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Schema-v1 JSON: one object, or one per line for several files.
    Json,
    /// A readable terminal view.
    Text,
}

fn main() -> ExitCode {
    let Command::Analyze {
        files,
        url,
        now,
        format,
    } = Cli::parse().command;
    let options = lede::Options {
        url,
        now,
        ..lede::Options::default()
    };
    let pretty = files.len() == 1;
    let mut failed = false;
    let stdout = std::io::stdout();
    for file in &files {
        let result = cli::read_page(file, options.limits.max_input_bytes)
            .and_then(|html| lede::analyze(&html, &options).map_err(|e| e.to_string()));
        match result {
            Ok(analysis) => {
                let out = match format {
                    Format::Json => cli::json(&analysis, pretty),
                    Format::Text => cli::text(&analysis),
                };
                let mut lock = stdout.lock();
                if writeln!(lock, "{out}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(message) => {
                eprintln!("lede: {}: {message}", file.display());
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
