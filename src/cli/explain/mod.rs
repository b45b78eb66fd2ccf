//! `actorgraph explain FILE`: sentence by sentence, its tokens with their
//! parts of speech, the mentions found, what each resolved to and how, every
//! relation with its status, date, place and rule, and the decisions behind
//! them: the readings dropped and why, the cue of each status, where each
//! date and place came from. `--json` writes the same as JSON Lines, one
//! sentence a line ([`view::SentenceView`]).

mod view;

use super::{error, out, warning};
use actorgraph::ingest::{self, Input};
use actorgraph::pipeline::{Analysis, Pipeline};
use actorgraph::relate::Rules;
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
    /// Write JSON Lines, one sentence a line (schema in the README); the
    /// skipped blocks are not sentences, so not with --skipped.
    #[arg(long, conflicts_with = "skipped")]
    pub json: bool,
    #[command(flatten)]
    pub files: super::FileArgs,
}

pub fn run(args: ExplainArgs) -> ExitCode {
    let pipeline = match args.files.load() {
        Ok((gaz, rules, _)) => Pipeline::new(gaz, rules),
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let replaced = replaced_builtins(&pipeline.rules);
    let opts = args.input.options();
    let mut code = ExitCode::SUCCESS;
    let mut read = false;
    for item in ingest::read_inputs(std::slice::from_ref(&args.file), &opts) {
        match item {
            Input::Article(a) => {
                read = true;
                let (analysis, trace) = pipeline.analyze_traced(a);
                let views = view::views(
                    &analysis,
                    &trace,
                    (&pipeline.rules, &replaced, &pipeline.gazetteer),
                );
                if args.json {
                    let mut s = String::new();
                    for v in &views {
                        // Plain data: serializing it cannot fail.
                        s.push_str(&serde_json::to_string(v).unwrap_or_default());
                        s.push('\n');
                    }
                    out(&s);
                } else {
                    out(&render(&analysis, &views, args.skipped));
                }
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

/// The built-in rules that `rules` replaced (a user's rule with a built-in
/// rule's id): what they would read is shown as dropped.
fn replaced_builtins(rules: &Rules) -> Rules {
    let builtin = Rules::default_rules();
    let replaced: Vec<actorgraph::relate::Rule> = builtin
        .iter()
        .filter(|b| rules.iter().any(|r| r.id == b.id && r.origin != b.origin))
        .cloned()
        .collect();
    let mut out = Rules::empty();
    out.extend(replaced);
    out
}

/// The explanation of one analysed article, as text.
fn render(a: &Analysis, views: &[view::SentenceView], show_skipped: bool) -> String {
    let text = a.article.text.as_str();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "== {} (date: {}{})",
        a.article.id,
        a.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into()),
        views
            .first()
            .and_then(|v| v.doc_date_from)
            .map(|f| format!(", from the {}", f.replace('_', " ")))
            .unwrap_or_default()
    );
    if show_skipped {
        for b in &a.cleaned.blocks {
            if let Some(why) = b.skipped {
                let _ = writeln!(
                    s,
                    "   skipped ({why}) [{}..{}] {}",
                    b.span.start + a.article.offset,
                    b.span.end + a.article.offset,
                    cut(b.span.text(text), 70)
                );
            }
        }
    }
    for v in views {
        let _ = writeln!(s, "\n[{}] {}..{} {}", v.sentence, v.start, v.end, v.text);
        let _ = writeln!(s, "    tokens: {}", v.tokens);
        for m in &v.mentions {
            let _ = writeln!(
                s,
                "    mention {:?} -> {} ({}, {}){}",
                m.text,
                m.actor,
                m.kind,
                m.how,
                if m.discovered { " [discovered]" } else { "" }
            );
        }
        for f in &v.relations {
            let _ = writeln!(
                s,
                "    relation {} {} {} [{}] date={} place={} rule={} trigger={:?}",
                f.subject,
                f.relation,
                f.object,
                f.status,
                f.date.as_deref().unwrap_or("-"),
                f.place.as_deref().unwrap_or("-"),
                f.rule,
                f.trigger,
            );
            let cue = &f.status_cue;
            let _ = match &cue.word {
                Some(w) => writeln!(
                    s,
                    "      status {}: {:?} ({})",
                    f.status,
                    w,
                    cue.test.as_deref().unwrap_or("")
                ),
                None => writeln!(
                    s,
                    "      status {}: {}",
                    f.status,
                    cue.test.as_deref().unwrap_or("")
                ),
            };
            if let Some(d) = &f.date {
                let _ = writeln!(
                    s,
                    "      date {d}: {}",
                    origin_words(&f.date_from, v.sentence)
                );
            }
            if let Some(p) = &f.place {
                let _ = writeln!(
                    s,
                    "      place {p}: {}",
                    origin_words(&f.place_from, v.sentence)
                );
            }
        }
        for d in &v.dropped {
            let pair = match (&d.subject, &d.object) {
                (Some(a), Some(b)) => format!(" {a} {} {b}", d.relation),
                _ => format!(" {}", d.relation),
            };
            let _ = writeln!(
                s,
                "    dropped{pair} (rule {}, trigger {:?}): {}",
                d.rule, d.trigger, d.detail
            );
        }
    }
    s.push('\n');
    s
}

/// "from "in Tokyo" [12..20]", "from sentence 2: "Oct. 3" [..]", or the note.
fn origin_words(o: &view::Origin, this: usize) -> String {
    match (&o.text, o.start, o.end) {
        (Some(t), Some(a), Some(b)) => {
            let at = match o.sentence {
                Some(n) if n != this => format!("sentence {n}, "),
                _ => String::new(),
            };
            format!("from {t:?} [{at}{a}..{b}], {}", o.detail)
        }
        _ => o.detail.clone(),
    }
}

fn cut(s: &str, n: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= n {
        one
    } else {
        format!("{}…", one.chars().take(n).collect::<String>())
    }
}
