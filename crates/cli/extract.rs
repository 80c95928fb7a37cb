//! `newsfacts extract`: documents, sentences and mentions from news text.

/// Flags of `newsfacts extract`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `extract`; returns the exit status.
pub fn main(args: Args) -> u8 {
    let _ = args;
    2
}
