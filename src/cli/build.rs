//! `actorgraph build`: articles in, graph files out.

use super::{PipelineArgs, error, note, plural, warning};
use actorgraph::diag::{Diagnostic, Severity};
use actorgraph::export::{ExportOptions, Format};
use actorgraph::graph::Graph;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Arguments of `actorgraph build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Files and folders to read (`*.txt`, `*.jsonl`), or `-` for standard
    /// input; the embedded sample when none is given.
    pub paths: Vec<PathBuf>,
    /// Output formats, comma-separated, repeatable: json, graphml, gexf, dot, svg.
    /// Default: json, graphml, gexf and dot.
    #[arg(
        long = "format",
        short = 'f',
        value_delimiter = ',',
        value_name = "FORMAT"
    )]
    pub formats: Vec<Format>,
    /// Where to write [default: output/]: a file for one format (`-` for
    /// standard output; with no -f, the file's extension names the format),
    /// a folder for several (an existing folder, or a path ending with `/`).
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// One edge per evidence sentence instead of one per event (GraphML, GEXF, DOT).
    #[arg(long)]
    pub multi: bool,
    /// Draw only these relations (comma-separated): met, called, spoke_to,
    /// canceled, visited, hosted, criticized, holds_office.
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "R",
        help_heading = "Drawing (DOT and SVG)"
    )]
    pub relation: Vec<actorgraph::model::Relation>,
    /// Draw only these statuses (comma-separated): occurred, planned,
    /// canceled, denied, hypothetical.
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "S",
        help_heading = "Drawing (DOT and SVG)"
    )]
    pub status: Vec<actorgraph::model::Status>,
    #[command(flatten)]
    pub draw: super::DrawArgs,
    /// Worker threads (default: one per core). The output is the same whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Do not show a progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

/// The formats `build` writes when none is asked for: every file format
/// (SVG only on request, since it needs Graphviz).
fn default_formats() -> Vec<Format> {
    Format::ALL
        .into_iter()
        .filter(|f| *f != Format::Svg)
        .collect()
}

pub fn run(args: BuildArgs) -> ExitCode {
    if let Some(n) = args.threads
        && let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
    {
        error(format!("cannot start {n} threads: {e}"));
        return ExitCode::from(2);
    }
    // Bad lines in the gazetteer and rule files are warnings of the run.
    let (pipeline, file_warnings) = match args.pipeline.pipeline_counted() {
        Ok(p) => p,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let mut formats = if args.formats.is_empty() {
        default_formats()
    } else {
        args.formats.clone()
    };
    formats.sort();
    formats.dedup();
    let targets = match targets(&formats, args.formats.is_empty(), args.output.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };

    // The bar's position is the bytes of the input files read; with their
    // total known (files and folders, not standard input) it shows the
    // percent done and the time left.
    let bytes = actorgraph::ingest::ByteCount::default();
    let total = if args.paths.is_empty() || args.quiet {
        None
    } else {
        actorgraph::ingest::input_size(&args.paths)
    };
    let articles = Arc::new(AtomicU64::new(0));
    let bar = progress(args.quiet, total, articles.clone());
    let problems: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
    let report = |d: Diagnostic| {
        bar.suspend(|| match d.severity {
            Severity::Error => error(&d),
            Severity::Warning => warning(&d),
        });
        if let Ok(mut p) = problems.lock() {
            p.push(d);
        }
    };
    let articles_read = AtomicU64::new(0);
    let graph: Graph = if args.paths.is_empty() {
        let arts = actorgraph::sample::articles();
        bar.suspend(|| {
            note(format!(
                "no PATH given: building the embedded sample ({})",
                plural(arts.len(), "article", "articles")
            ))
        });
        articles.fetch_add(arts.len() as u64, Ordering::Relaxed);
        articles_read.fetch_add(arts.len() as u64, Ordering::Relaxed);
        pipeline.build(arts)
    } else {
        let mut opts = args.input.options();
        opts.bytes_read = Some(bytes.clone());
        let g = pipeline.build_paths(
            &args.paths,
            &opts,
            |_| {
                articles.fetch_add(1, Ordering::Relaxed);
                articles_read.fetch_add(1, Ordering::Relaxed);
                bar.set_position(bytes.get());
            },
            report,
        );
        // Every file is done with: the count is the input's size.
        bar.set_position(bytes.get());
        g
    };
    bar.finish_and_clear();
    // A run that read no article must not replace the graph of an earlier
    // run with an empty one: when an input could not be read (a misspelt
    // path) nothing is written; when the inputs were only empty (an empty
    // partition on standard input) the empty graph goes only where no file
    // is yet.
    if articles_read.load(Ordering::Relaxed) == 0 {
        let shown = args
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let unreadable = problems
            .lock()
            .map(|p| p.iter().any(|d| d.severity == Severity::Error))
            .unwrap_or(true);
        let existing: Vec<String> = targets
            .iter()
            .filter(|(_, p)| p.as_os_str() != "-" && p.exists())
            .map(|(_, p)| p.display().to_string())
            .collect();
        if unreadable {
            error(format!(
                "no article could be read from {shown}; nothing written"
            ));
            return ExitCode::from(2);
        }
        if !existing.is_empty() {
            error(format!(
                "no article in {shown}; {} not replaced with an empty graph",
                existing.join(", ")
            ));
            return ExitCode::from(2);
        }
    }

    // Each format is written by one thread, so the files are written side by
    // side on the cores the analysis used; each file is the same whichever
    // thread writes it, and errors are reported in the formats' order.
    let opts = ExportOptions {
        multi: args.multi,
        drawing: args
            .draw
            .drawing(args.relation.clone(), args.status.clone()),
    };
    let written: Vec<_> = targets
        .par_iter()
        .map(|(format, path)| {
            if path.as_os_str() == "-" {
                format
                    .render(&graph, &opts)
                    .map(|bytes| super::out_bytes(&bytes))
            } else {
                format.write_file(&graph, &opts, path)
            }
        })
        .collect();
    let mut failed = false;
    for e in written.into_iter().filter_map(Result::err) {
        error(e);
        failed = true;
    }
    if failed {
        return ExitCode::from(2);
    }
    let problems = problems.into_inner().unwrap_or_default();
    let skipped = problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warned = problems.len() - skipped + file_warnings;
    let to_stdout = targets.iter().any(|(_, p)| p.as_os_str() == "-");
    if (!args.quiet && !to_stdout) || skipped > 0 {
        let files: Vec<String> = targets
            .iter()
            .map(|(_, p)| p.display().to_string())
            .collect();
        let docs = graph.docs().count();
        let _ = writeln_stderr(&format!(
            "actorgraph: {} ({}), {}, {} -> {}{}",
            plural(docs, "article", "articles"),
            plural(graph.story_count(), "story", "stories"),
            plural(graph.node_count(), "actor", "actors"),
            plural(graph.edge_count(), "relation", "relations"),
            files.join(", "),
            if skipped + warned > 0 {
                format!(
                    " ({skipped} skipped, {})",
                    plural(warned, "warning", "warnings")
                )
            } else {
                String::new()
            }
        ));
    }
    // The process ends here: freeing a large graph node by node only costs
    // time (a few percent of a run, all of it on one thread), and the OS
    // takes the memory back at exit anyway.
    // (Relations spilled to disk are in anonymous files: they go with the
    // process.)
    std::mem::forget(graph);
    std::mem::forget(pipeline);
    if skipped > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Where each format goes: `-` is standard output, which takes one format;
/// several go into a folder, and a folder is only a path that is an existing
/// folder or ends with `/`, so `-o g.json` never makes a folder `g.json/`.
/// With no `-f`, a file name's extension picks its format (`-o g.gexf`).
fn targets(
    formats: &[Format],
    defaulted: bool,
    output: Option<&Path>,
) -> Result<Vec<(Format, PathBuf)>, String> {
    let in_folder = |dir: &Path| {
        formats
            .iter()
            .map(|&f| (f, dir.join(format!("graph.{}", f.extension()))))
            .collect()
    };
    let Some(out) = output else {
        return Ok(in_folder(Path::new("output")));
    };
    let shown = out.display().to_string();
    if out.is_dir() || shown.ends_with(['/', std::path::MAIN_SEPARATOR]) {
        return Ok(in_folder(out));
    }
    let stdout = shown == "-";
    let from_extension = out
        .extension()
        .and_then(|e| e.to_str())
        .and_then(|e| e.to_ascii_lowercase().parse::<Format>().ok());
    let formats = match from_extension {
        Some(f) if defaulted && !stdout => vec![f],
        _ => formats.to_vec(),
    };
    if let [f] = formats[..] {
        return Ok(vec![(f, out.to_path_buf())]);
    }
    let names = formats
        .iter()
        .map(|f| f.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    if stdout {
        Err(format!(
            "-o - writes one format to standard output, and {} are asked for ({names}); \
             choose one with -f FORMAT, or give a folder (-o DIR/)",
            formats.len()
        ))
    } else {
        Err(format!(
            "-o {shown}: {} formats ({names}) go into a folder, and {shown} is not one; \
             give -o {shown}/ to make it, or one format with -f FORMAT",
            formats.len()
        ))
    }
}

fn writeln_stderr(s: &str) -> std::io::Result<()> {
    use std::io::Write;
    writeln!(std::io::stderr(), "{s}")
}

/// A progress bar on stderr: its position is the bytes of input read, its
/// length the input's size when known (`total`: then the percent done and
/// the time left show), and beside them the articles read (`articles`) and
/// both rates. Hidden when stderr is not a terminal or `--quiet` is given.
fn progress(quiet: bool, total: Option<u64>, articles: Arc<AtomicU64>) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let rates = move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
        let _ = w.write_str(&rates_text(
            articles.load(Ordering::Relaxed),
            state.pos(),
            state.len(),
            state.elapsed().as_secs_f64(),
        ));
    };
    let template = if total.is_some() {
        "{spinner} {percent:>3}% [{bar:24}] {rates} {elapsed}, {eta} left"
    } else {
        "{spinner} {rates} {elapsed}"
    };
    bar.set_style(
        ProgressStyle::with_template(template)
            .map(|s| s.with_key("rates", rates).progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}

/// "12 articles (40/s), 1.2 of 3.0 MB (4.0 MB/s)": what the bar says of
/// `articles` read and `bytes` of `total` after `secs`.
fn rates_text(articles: u64, bytes: u64, total: Option<u64>, secs: f64) -> String {
    let secs = secs.max(1e-3);
    let mb = bytes as f64 / 1e6;
    let of = total.map_or(String::new(), |t| format!(" of {:.1}", t as f64 / 1e6));
    format!(
        "{} ({:.0}/s), {mb:.1}{of} MB ({:.1} MB/s)",
        plural(articles as usize, "article", "articles"),
        articles as f64 / secs,
        mb / secs
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rates_say_how_much_of_the_input_is_read() {
        assert_eq!(
            rates_text(1, 1_500_000, Some(3_000_000), 1.0),
            "1 article (1/s), 1.5 of 3.0 MB (1.5 MB/s)"
        );
        assert_eq!(
            rates_text(4, 2_000_000, None, 2.0),
            "4 articles (2/s), 2.0 MB (1.0 MB/s)"
        );
    }
}
