//! Command-line structs and dispatch, one file per subcommand.
//!
//! Exit codes: 0 when everything was read and written; 1 when some inputs or
//! records were skipped (each is reported on stderr, and a summary at the end);
//! 2 when the command could not run at all (bad arguments, clap's included;
//! a missing or unreadable input with nothing else to read; an output that
//! cannot be written; an unreadable gazetteer or rules file), the same in
//! every command.

pub mod build;
pub mod explain;
pub mod gazetteer;
pub mod merge;
pub mod query;
pub mod rules;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;

/// Turn news articles into a graph of who did what with whom.
#[derive(Debug, Parser)]
#[command(name = "actorgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the graph of articles (the embedded sample when no PATH is given).
    Build(build::BuildArgs),
    /// Show, sentence by sentence, what was found in one article and why.
    Explain(explain::ExplainArgs),
    /// Check or count gazetteer files.
    #[command(subcommand)]
    Gazetteer(gazetteer::GazetteerCommand),
    /// Check relation rule files and run their examples.
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Merge graph JSON files built from parts of a corpus.
    Merge(merge::MergeArgs),
    /// Ask the graph: who spoke to whom, between, neighbors, path, timeline, top, ego.
    Query(query::QueryArgs),
}

/// Runs the parsed command.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build(a) => build::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Gazetteer(c) => gazetteer::run(c),
        Command::Rules(c) => rules::run(c),
        Command::Merge(a) => merge::run(a),
        Command::Query(a) => query::run(a),
    }
}

/// Prints `actorgraph: error: MSG` on stderr.
pub fn error(msg: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr(), "actorgraph: error: {msg}");
}

/// Prints `actorgraph: warning: MSG` on stderr.
pub fn warning(msg: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr(), "actorgraph: warning: {msg}");
}

/// Prints `actorgraph: MSG` on stderr: what a run did that the user did not
/// spell out (the embedded sample built).
pub fn note(msg: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr(), "actorgraph: {msg}");
}

/// `1 article`, `2 articles`, `0 entries`: a count and its noun (`one`, or
/// `many` for any other count).
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Writes to stdout; a closed pipe ends the program quietly.
pub fn out(s: &str) {
    out_bytes(s.as_bytes())
}

/// Writes bytes (a rendered graph) to stdout; a closed pipe ends the program
/// quietly.
pub fn out_bytes(bytes: &[u8]) {
    let mut o = std::io::stdout().lock();
    if let Err(e) = o.write_all(bytes).and_then(|_| o.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        error(format!("cannot write to stdout: {e}"));
        std::process::exit(2);
    }
}

/// Options shared by the commands that run the pipeline.
#[derive(Debug, clap::Args)]
pub struct PipelineArgs {
    #[command(flatten)]
    pub files: FileArgs,
    /// Evidence sentences kept per edge from each of its documents (at most 100 documents).
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub max_evidence: usize,
    #[command(flatten)]
    pub memory: MemoryArgs,
}

/// How many relations build and merge hold in memory.
#[derive(Debug, clap::Args)]
pub struct MemoryArgs {
    /// MiB of relations held in memory before they are written, sorted,
    /// to temporary files (in TMPDIR) and merged back at the end; 0 holds
    /// them all in memory. The graph is the same either way.
    #[arg(long, default_value_t = 8, value_name = "MiB")]
    pub edge_memory: usize,
}

impl MemoryArgs {
    /// The spill budget these options ask for.
    pub fn spill(&self) -> Option<actorgraph::pipeline::Spill> {
        actorgraph::pipeline::Spill::from_mib(self.edge_memory)
    }
}

impl PipelineArgs {
    /// Loads the gazetteer and rules. Problems in the files are reported as
    /// warnings and the rest loaded; an unreadable file is an error. The
    /// number of warnings printed goes to the summary of the run.
    pub fn pipeline_counted(&self) -> Result<(actorgraph::pipeline::Pipeline, usize), String> {
        let (gaz, rules, warnings) = self.files.load()?;
        let mut p = actorgraph::pipeline::Pipeline::new(gaz, rules);
        p.limits.max_evidence = self.max_evidence.max(1);
        p.spill = self.memory.spill();
        Ok((p, warnings))
    }
}

/// The gazetteer files of the commands that analyse text.
#[derive(Debug, clap::Args)]
pub struct GazetteerArgs {
    /// Add gazetteer entries from FILE (JSON Lines or .tsv); repeatable.
    #[arg(long = "gazetteer", value_name = "FILE")]
    pub gazetteers: Vec<std::path::PathBuf>,
    /// Do not load the embedded default gazetteer.
    #[arg(long)]
    pub no_default_gazetteer: bool,
}

impl GazetteerArgs {
    /// The gazetteer these options ask for, with the problems of its files
    /// (not printed); an unreadable file is an error.
    fn build(
        &self,
    ) -> Result<
        (
            actorgraph::gazetteer::Gazetteer,
            Vec<actorgraph::diag::Diagnostic>,
        ),
        String,
    > {
        let mut b = actorgraph::gazetteer::Gazetteer::builder();
        if !self.no_default_gazetteer {
            b = b.with_defaults();
        }
        for f in &self.gazetteers {
            b = b.add_file(f).map_err(|e| e.to_string())?;
        }
        Ok(b.build())
    }

    /// The gazetteer, each problem in its files printed as a warning.
    pub fn load(&self) -> Result<actorgraph::gazetteer::Gazetteer, String> {
        let (gaz, diags) = self.build()?;
        for d in &diags {
            warning(d);
        }
        Ok(gaz)
    }
}

/// The gazetteer and rule files of the commands that analyse text.
#[derive(Debug, clap::Args)]
pub struct FileArgs {
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Add relation rules from FILE (JSON Lines); repeatable. A rule with
    /// the id of a built-in rule replaces it (a warning says so).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<std::path::PathBuf>,
}

impl FileArgs {
    /// Loads the gazetteer and the rules, printing each problem in the files
    /// as a warning; returns them with the number of warnings printed.
    pub fn load(
        &self,
    ) -> Result<
        (
            actorgraph::gazetteer::Gazetteer,
            actorgraph::relate::Rules,
            usize,
        ),
        String,
    > {
        use actorgraph::relate::Rules;
        // The gazetteer and the rules (most of a run's start: regexes to
        // compile, tries to build) are made side by side; warnings are
        // printed in the same order either way.
        let gazetteer = || self.gazetteer.build();
        let rules = || -> Result<_, String> {
            let mut rules = Rules::default_rules();
            let builtin: std::collections::BTreeSet<String> =
                rules.iter().map(|r| r.id.clone()).collect();
            let mut warnings = Vec::new();
            for f in &self.rules {
                let text = std::fs::read_to_string(f)
                    .map_err(|e| format!("{}: {}", f.display(), io_message(&e)))?;
                let (rs, diags) = Rules::parse(&text, &f.display().to_string());
                warnings.extend(diags.iter().map(ToString::to_string));
                warnings.extend(replaced_builtins(&builtin, &rs));
                rules.extend(rs);
            }
            Ok((rules, warnings))
        };
        let (gaz, rules) = rayon::join(gazetteer, rules);
        let (gaz, gaz_diags) = gaz?;
        let (rules, rule_diags) = rules?;
        for d in &gaz_diags {
            warning(d);
        }
        for d in &rule_diags {
            warning(d);
        }
        Ok((gaz, rules, gaz_diags.len() + rule_diags.len()))
    }
}

/// One message for each rule in `rules` whose id is a built-in rule's: the
/// user's rule replaces the built-in one, which then finds nothing.
pub fn replaced_builtins(
    builtin: &std::collections::BTreeSet<String>,
    rules: &[actorgraph::relate::Rule],
) -> Vec<String> {
    rules
        .iter()
        .filter(|r| builtin.contains(&r.id))
        .map(|r| {
            format!(
                "{}: rule '{}' replaces the built-in rule of that id (rename it to add a rule instead)",
                r.origin, r.id
            )
        })
        .collect()
}

/// An I/O error as people say it: "no such file or directory", not
/// "No such file or directory (os error 2)".
pub use actorgraph::ingest::io_message;

/// How inputs are read, shared by the commands that read articles.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// The publication date of articles that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<jiff::civil::Date>,
    /// JSON Lines field with the article text (dotted for nested fields: article.body).
    #[arg(long, default_value = "text", value_name = "FIELD")]
    pub text_field: String,
    /// JSON Lines field with the document id.
    #[arg(long, default_value = "id", value_name = "FIELD")]
    pub id_field: String,
    /// JSON Lines field with the publication date.
    #[arg(long, default_value = "date", value_name = "FIELD")]
    pub date_field: String,
    /// JSON Lines field with the source URL.
    #[arg(long, default_value = "url", value_name = "FIELD")]
    pub url_field: String,
    /// JSON Lines field with the title.
    #[arg(long, default_value = "title", value_name = "FIELD")]
    pub title_field: String,
    /// How to read standard input: text, jsonl or html (default: guessed from its first byte).
    #[arg(long, value_name = "FORMAT", value_parser = ["text", "jsonl", "html"])]
    pub stdin_format: Option<String>,
}

impl InputArgs {
    /// The library's reading options.
    pub fn options(&self) -> actorgraph::ingest::InputOptions {
        use actorgraph::ingest::{Format, InputOptions};
        InputOptions {
            text_field: self.text_field.clone(),
            id_field: self.id_field.clone(),
            date_field: self.date_field.clone(),
            url_field: self.url_field.clone(),
            title_field: self.title_field.clone(),
            date: self.date,
            stdin_format: self.stdin_format.as_deref().map(|f| match f {
                "jsonl" => Format::Jsonl,
                "html" => Format::Html,
                _ => Format::Text,
            }),
            ..InputOptions::default()
        }
    }
}

/// What the DOT and SVG pictures show (`build` and `query ego`); the data
/// formats always hold the whole graph.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Drawing (DOT and SVG)")]
pub struct DrawArgs {
    /// Leave the legend out of the picture.
    #[arg(long)]
    pub no_legend: bool,
    /// Leave out actors that no drawn relation touches.
    #[arg(long)]
    pub drop_isolated: bool,
    /// How offices are drawn: `edges` (holds_office edges to office nodes) or
    /// `label` (each holder's offices listed under the name).
    #[arg(long, value_name = "HOW", default_value = "edges")]
    pub offices: actorgraph::export::Offices,
}

impl DrawArgs {
    /// The drawing these flags ask for, drawing only `relations` and
    /// `statuses` (empty: all).
    pub fn drawing(
        &self,
        relations: Vec<actorgraph::model::Relation>,
        statuses: Vec<actorgraph::model::Status>,
    ) -> actorgraph::export::Drawing {
        actorgraph::export::Drawing {
            no_legend: self.no_legend,
            relations,
            statuses,
            drop_isolated: self.drop_isolated,
            offices: self.offices,
        }
    }
}
