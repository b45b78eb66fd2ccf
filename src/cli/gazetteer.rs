//! `actorgraph gazetteer check|stats`.

use super::{error, out, plural, warning};
use actorgraph::diag::Severity;
use actorgraph::gazetteer::{Gazetteer, entry};
use actorgraph::model::Kind;
use std::path::PathBuf;
use std::process::ExitCode;

/// Gazetteer subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum GazetteerCommand {
    /// Validate gazetteer files; report each problem with file, line and what is wrong.
    Check {
        /// Files to check (JSON Lines, or .tsv).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Count entries by kind (the default gazetteer plus any files given).
    Stats {
        /// Extra gazetteer files.
        files: Vec<PathBuf>,
        /// Leave out the embedded default.
        #[arg(long)]
        no_default_gazetteer: bool,
    },
}

pub fn run(cmd: GazetteerCommand) -> ExitCode {
    match cmd {
        GazetteerCommand::Check { files } => {
            let mut problems = 0;
            let mut unreadable = false;
            let mut entries = 0;
            for f in &files {
                let shown = f.display().to_string();
                let text = match std::fs::read_to_string(f) {
                    Ok(t) => t,
                    Err(e) => {
                        error(format!("{shown}: {}", super::io_message(&e)));
                        problems += 1;
                        unreadable = true;
                        continue;
                    }
                };
                let (es, diags) = if shown.ends_with(".tsv") {
                    entry::parse_tsv(&text, &shown)
                } else {
                    entry::parse_jsonl(&text, &shown)
                };
                entries += es.len();
                let mut found = diags;
                found.extend(entry::lint(&es));
                // Linking problems (unknown office titles or places) need the default too.
                let (_, link) = Gazetteer::builder().with_defaults().add_entries(es).build();
                found.extend(link.into_iter().filter(|d| d.source == shown));
                // In file order, whichever check found them.
                found.sort_by_key(|d| d.line);
                for d in found {
                    match d.severity {
                        Severity::Error => error(&d),
                        Severity::Warning => warning(&d),
                    }
                    problems += 1;
                }
            }
            out(&format!(
                "{}, {}\n",
                plural(entries, "entry", "entries"),
                plural(problems, "problem", "problems")
            ));
            if unreadable {
                // As in every command, a file that cannot be read is exit 2.
                ExitCode::from(2)
            } else if problems > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        GazetteerCommand::Stats {
            files,
            no_default_gazetteer,
        } => {
            let mut b = Gazetteer::builder();
            if !no_default_gazetteer {
                b = b.with_defaults();
            }
            for f in &files {
                match b.add_file(f) {
                    Ok(nb) => b = nb,
                    Err(e) => {
                        error(e);
                        return ExitCode::from(2);
                    }
                }
            }
            let t0 = std::time::Instant::now();
            let (g, _) = b.build();
            let ms = t0.elapsed().as_secs_f64() * 1000.0;
            let stats = g.stats();
            let mut s = String::new();
            for k in Kind::ALL {
                s.push_str(&format!(
                    "{:<14}{:>8}\n",
                    k.as_str(),
                    stats.get(&k).copied().unwrap_or(0)
                ));
            }
            s.push_str(&format!("{:<14}{:>8}\n", "total", g.entries().len()));
            s.push_str(&format!("built in {ms:.1} ms\n"));
            out(&s);
            ExitCode::SUCCESS
        }
    }
}
