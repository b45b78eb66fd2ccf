//! `actorgraph merge`: graph JSON files of parts of a corpus into one.
//!
//! The stories (near-duplicate groups) are counted again over all the
//! documents once every part is in, so the merged graph is the graph one run
//! over all the inputs gives. Documents are keyed by id: a file whose
//! documents the graph already holds adds no counts ([`json::read_into`]).
//! Each file's signatures are read from the file beside it
//! (`part.signatures.jsonl`) when there is one.

use super::error;
use actorgraph::export::{ExportOptions, Format, json, signatures};
use actorgraph::graph::{Graph, Limits};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `actorgraph merge`.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// Graph JSON files written by `actorgraph build --format json`.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The merged graph (`-` for standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// The output format (default: from the extension, else json).
    #[arg(long = "format", short = 'f')]
    pub format: Option<Format>,
    /// Evidence sentences kept per edge from each of its documents (at most 100 documents).
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub max_evidence: usize,
    #[command(flatten)]
    pub memory: super::MemoryArgs,
}

pub fn run(args: MergeArgs) -> ExitCode {
    let limits = Limits {
        max_evidence: args.max_evidence.max(1),
        ..Limits::default()
    };
    let mut g = Graph::with_limits(limits);
    // Each file is read an item at a time, and the relations go to disk past
    // the budget as in a build: memory holds the documents, the actors and
    // the budget, never a whole file.
    let mut spill = args.memory.spill();
    let mut bound = |g: &mut Graph| {
        if let Some(sp) = &spill
            && let Err(d) = sp.bound(g)
        {
            super::warning(d);
            spill = None;
        }
    };
    for p in &args.inputs {
        let shown = p.display().to_string();
        let file = match std::fs::File::open(p) {
            Ok(f) => f,
            Err(e) => {
                error(format!("{shown}: {}", super::io_message(&e)));
                return ExitCode::from(2);
            }
        };
        // The signatures beside the file, when there are: without them its
        // documents are compared by id only (each its own story).
        let signatures = match signatures::read_beside(p) {
            Ok(s) => s.unwrap_or_default(),
            Err(e) => {
                error(e);
                return ExitCode::from(2);
            }
        };
        let reader = std::io::BufReader::with_capacity(1 << 16, file);
        if let Err(e) = json::read_into_signed(reader, &shown, &mut g, &mut bound, signatures) {
            error(e);
            return ExitCode::from(2);
        }
    }
    match args.memory.spill() {
        Some(sp) => {
            if let Err(d) = sp.finish(&mut g) {
                super::warning(d);
            }
        }
        None => g.count_stories(),
    }
    let format = args.format.unwrap_or_else(|| {
        args.output
            .extension()
            .and_then(|e| e.to_str())
            .and_then(|e| e.parse().ok())
            .unwrap_or(Format::Json)
    });
    let written = if args.output.as_os_str() == "-" {
        format
            .render(&g, &ExportOptions::default())
            .map(|bytes| super::out_bytes(&bytes))
    } else {
        format.write_file(&g, &ExportOptions::default(), &args.output)
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error(e);
            ExitCode::from(2)
        }
    }
}
