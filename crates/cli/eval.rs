//! `newsfacts eval`: scores predicted mentions against gold annotations.

/// Flags of `newsfacts eval`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `eval`; returns the exit status.
pub fn main(args: Args) -> u8 {
    let _ = args;
    2
}
