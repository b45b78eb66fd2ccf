//! The actorgraph command line (work in progress).

mod cli;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Turn news articles into a graph of who did what with whom.
#[derive(Parser)]
#[command(name = "actorgraph", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ask the graph: who spoke to whom, when, where, and where it says so.
    Query(cli::query::QueryArgs),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Query(args) => cli::query::run(args),
    }
}
