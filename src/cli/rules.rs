//! `actorgraph rules check`: validate rule files and run their examples.

use super::{PipelineArgs, error, out};
use actorgraph::relate::Rules;
use std::path::PathBuf;
use std::process::ExitCode;

/// Rules subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum RulesCommand {
    /// Validate rule files and run every example through the pipeline.
    Check {
        /// Rule files (JSON Lines); with none, the embedded default.
        files: Vec<PathBuf>,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
}

pub fn run(cmd: RulesCommand) -> ExitCode {
    let RulesCommand::Check { files, pipeline } = cmd;
    let mut p = match pipeline.pipeline() {
        Ok(p) => p,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let mut problems = 0;
    if !files.is_empty() {
        let mut rules = Rules::empty();
        for f in &files {
            let shown = f.display().to_string();
            match std::fs::read_to_string(f) {
                Ok(text) => {
                    let (rs, diags) = Rules::parse(&text, &shown);
                    for d in diags {
                        error(d);
                        problems += 1;
                    }
                    rules.extend(rs);
                }
                Err(e) => {
                    error(format!("{shown}: {e}"));
                    problems += 1;
                }
            }
        }
        p.rules = rules;
    }
    let failures = p.check_examples();
    for f in &failures {
        error(f);
    }
    let examples: usize = p.rules.iter().map(|r| r.examples.len()).sum();
    out(&format!(
        "{} rules, {} examples, {} failing, {} problems\n",
        p.rules.len(),
        examples,
        failures.len(),
        problems
    ));
    if problems + failures.len() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
