//! `newsfacts`: exact money, job and year records from Korean and English news.
//!
//! `main` is a switchboard: it parses the flags, checks paths before any work,
//! and hands over to one module per subcommand.

mod date;
mod dispatch;
mod document;
mod eval;
mod extract;
mod input;
mod output;
mod seen;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turns raw Korean and English news text into exact records of money, jobs and years.
#[derive(Parser)]
#[command(name = "newsfacts", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract documents, sentences and mentions from news text.
    Extract(extract::Args),
    /// Score predicted mentions against gold annotations.
    Eval(eval::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let usage = e.use_stderr();
            let _ = e.print();
            return ExitCode::from(if usage { 2 } else { 0 });
        }
    };
    let code = match cli.command {
        Command::Extract(args) => extract::main(args),
        Command::Eval(args) => eval::main(args),
    };
    ExitCode::from(code)
}
