//! The `lede` command-line tool: `lede analyze FILE... | - [--url URL] [--now DAY]
//! [--format json|text] [--jobs N]`.
//!
//! One page prints one JSON object; several print one object per line (JSON Lines),
//! in the order of the arguments even when `--jobs N` analyzes N files at a time.
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
        /// Files analyzed in parallel (threads); the output keeps the argument order.
        #[arg(long, short = 'j', default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: u16,
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
        jobs,
    } = Cli::parse().command;
    let options = lede::Options {
        url,
        now,
        ..lede::Options::default()
    };
    let pretty = files.len() == 1;
    let analyze_file = |i: usize| -> Result<String, String> {
        let html = cli::read_page(&files[i], options.limits.max_input_bytes)?;
        let analysis = lede::analyze(&html, &options).map_err(|e| e.to_string())?;
        Ok(match format {
            Format::Json => cli::json(&analysis, pretty),
            Format::Text => cli::text(&analysis),
        })
    };
    let mut failed = false;
    let mut broken_pipe = false;
    let stdout = std::io::stdout();
    cli::run_ordered(usize::from(jobs), files.len(), analyze_file, |i, result| {
        match result {
            Ok(out) => {
                if writeln!(stdout.lock(), "{out}").is_err() {
                    broken_pipe = true;
                    return false;
                }
            }
            Err(message) => {
                eprintln!("lede: {}: {message}", files[i].display());
                failed = true;
            }
        }
        true
    });
    if failed || broken_pipe {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
