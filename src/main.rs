//! The actorgraph command line: glue over the library. This is the only place
//! that prints, reads the environment or exits.

mod cli;

use clap::Parser;
use std::process::ExitCode;

/// The pipeline allocates many short-lived strings and vectors per article on
/// every worker thread; mimalloc's thread-local free lists serve them faster
/// than the system allocator (figures in the README's performance section).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
