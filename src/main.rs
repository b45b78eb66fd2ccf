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
    match cli::Cli::try_parse() {
        Ok(args) => cli::run(args),
        Err(e) if !e.use_stderr() => {
            // --help and --version: clap prints them to stdout.
            let _ = e.print();
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(2)
        }
        Err(e) => {
            // One prefix for every error of every command, clap's included.
            let text = e.render().to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            cli::error(text.trim_end());
            ExitCode::from(2)
        }
    }
}
