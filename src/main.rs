//! The actorgraph command line: glue over the library. This is the only place
//! that prints, reads the environment or exits.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
