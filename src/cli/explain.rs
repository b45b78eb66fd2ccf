//! `actorgraph explain FILE`: sentence by sentence, its tokens with their
//! parts of speech, the mentions found, what each resolved to and how, and
//! every relation with its status, date, place and rule.

use super::{error, out, warning};
use actorgraph::ingest::{self, Input};
use actorgraph::pipeline::Analysis;
use std::fmt::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `actorgraph explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The article file (a JSON Lines file explains every record).
    pub file: PathBuf,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Show the skipped boilerplate blocks too.
    #[arg(long)]
    pub skipped: bool,
    #[command(flatten)]
    pub files: super::FileArgs,
}

pub fn run(args: ExplainArgs) -> ExitCode {
    let pipeline = match args.files.load() {
        Ok((gaz, rules, _)) => actorgraph::pipeline::Pipeline::new(gaz, rules),
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let opts = args.input.options();
    let mut code = ExitCode::SUCCESS;
    let mut read = false;
    for item in ingest::read_inputs(std::slice::from_ref(&args.file), &opts) {
        match item {
            Input::Article(a) => {
                read = true;
                out(&render(&pipeline.analyze(a), args.skipped))
            }
            Input::Problem(d) => {
                if d.severity == actorgraph::diag::Severity::Error {
                    error(&d);
                    code = ExitCode::from(1);
                } else {
                    warning(&d);
                }
            }
        }
    }
    // A file that cannot be read at all is an input error, as in every
    // command (exit 2); 1 is for some records skipped.
    if !read {
        return ExitCode::from(2);
    }
    code
}

/// The explanation of one analysed article, as text.
pub fn render(a: &Analysis, show_skipped: bool) -> String {
    let text = a.article.text.as_str();
    // Offsets in the document as read (a part of a long one starts later).
    let at = a.article.offset;
    let r = &a.resolved;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "== {} (date: {})",
        a.article.id,
        a.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into())
    );
    if show_skipped {
        for b in &a.cleaned.blocks {
            if let Some(why) = b.skipped {
                let _ = writeln!(
                    s,
                    "   skipped ({why}) [{}..{}] {}",
                    b.span.start + at,
                    b.span.end + at,
                    cut(b.span.text(text), 70)
                );
            }
        }
    }
    for (i, sent) in a.sentences.iter().enumerate() {
        let _ = writeln!(
            s,
            "\n[{}] {}..{} {}",
            i + 1,
            sent.start + at,
            sent.end + at,
            sent.text(text)
        );
        let tokens = actorgraph::token::tag_sentence(text, *sent);
        let _ = writeln!(s, "    tokens: {}", tokens.describe(text));
        for m in r.mentions.iter().filter(|m| m.sentence == i) {
            let actor = &r.actors[m.actor];
            let _ = writeln!(
                s,
                "    mention {:?} -> {} ({}, {}){}",
                m.span.text(text),
                actor.label,
                actor.kind,
                m.how.as_str(),
                if actor.discovered {
                    " [discovered]"
                } else {
                    ""
                }
            );
        }
        for f in a.relations.iter().filter(|f| f.sentence == i) {
            let _ = writeln!(
                s,
                "    relation {} {} {} [{}] date={} place={} rule={} trigger={:?}",
                r.actors[f.subject].label,
                f.relation,
                r.actors[f.object].label,
                f.status,
                match (f.date, f.context_date) {
                    (Some(d), _) => d.to_string(),
                    // Shown as the edge will take it, marked as the paragraph's.
                    (None, Some(c)) => format!("{c}(paragraph)"),
                    (None, None) => "-".into(),
                },
                f.place.map(|p| r.actors[p].label.as_str()).unwrap_or("-"),
                f.rule,
                f.trigger.text(text),
            );
        }
    }
    s.push('\n');
    s
}

fn cut(s: &str, n: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= n {
        one
    } else {
        format!("{}…", one.chars().take(n).collect::<String>())
    }
}
