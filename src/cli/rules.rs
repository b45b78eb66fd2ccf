//! `actorgraph rules check`: validate rule files and run their examples.

use super::{error, out, plural, warning};
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
        /// The gazetteer the examples are run with.
        #[command(flatten)]
        gazetteer: super::GazetteerArgs,
    },
}

pub fn run(cmd: RulesCommand) -> ExitCode {
    let RulesCommand::Check { files, gazetteer } = cmd;
    let mut p = match gazetteer.load() {
        Ok(g) => actorgraph::pipeline::Pipeline::new(g, Rules::default_rules()),
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let mut problems = 0;
    let mut replacing = 0;
    let mut unreadable = false;
    if !files.is_empty() {
        let builtin: std::collections::BTreeSet<String> = Rules::default_rules()
            .iter()
            .map(|r| r.id.clone())
            .collect();
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
                    // Legitimate (a better trigger for met.v), but the
                    // built-in rule then finds nothing: a finding of its own.
                    for m in super::replaced_builtins(&builtin, &rs) {
                        warning(m);
                        replacing += 1;
                    }
                    rules.extend(rs);
                }
                Err(e) => {
                    error(format!("{shown}: {}", super::io_message(&e)));
                    problems += 1;
                    unreadable = true;
                }
            }
        }
        for r in rules.unindexed() {
            warning(format!(
                "{}: rule {}: its trigger has no fixed starting words, so it is searched in every sentence (slow on large corpora); begin it with words, as in \\b(?:held|had)\\s+talks",
                r.origin, r.id
            ));
        }
        p.rules = rules;
    }
    let mut failures = p.check_examples();
    let mut examples: usize = p.rules.iter().map(|r| r.examples.len()).sum();
    // The built-in entailments read the built-in rules' frames.
    if files.is_empty() {
        failures.extend(p.check_entailment_examples());
        examples += actorgraph::relate::entail::builtin()
            .iter()
            .map(|e| e.examples.len())
            .sum::<usize>();
    }
    for f in &failures {
        error(f);
    }
    let mut summary = format!(
        "{}, {}, {} failing, {}",
        plural(p.rules.len(), "rule", "rules"),
        plural(examples, "example", "examples"),
        failures.len(),
        plural(problems, "problem", "problems")
    );
    if replacing > 0 {
        summary.push_str(&format!(
            ", {} a built-in rule",
            plural(replacing, "replaces", "replace")
        ));
    }
    out(&format!("{summary}\n"));
    if unreadable {
        // As in every command, a file that cannot be read is exit 2.
        ExitCode::from(2)
    } else if problems + failures.len() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
