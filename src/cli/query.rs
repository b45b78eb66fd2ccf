//! `actorgraph query`: the arguments, the output (an aligned table, `--json`
//! or `--csv`) and the exit codes of the questions answered by
//! [`actorgraph::query`].
//!
//! The library computes rows; this file reads the graph, turns names into
//! actors and flags into a [`Filter`], and prints. Output is built whole and
//! written once, so a closed pipe (`| head`) is one write error, taken quietly.

use actorgraph::date::PartialDate;
use actorgraph::export::{self, Format};
use actorgraph::graph::{Graph, Limits, Node};
use actorgraph::model::{Kind, Relation, Status};
use actorgraph::query::{
    self, Centrality, EvidenceRef, Filter, Hop, LookupError, NeighborRow, PartnerRow, RelationRow,
    TopRow,
};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const EXIT_STATUS: &str = "\
Actors are named by id, label or any alias, ignoring case and accents, with or \
without a title (\"okafor\", \"Amara Okafor\", \"Foreign Minister Okafor\").

Exit status:
  0  answered (also when no row matches)
  1  an actor is unknown (the closest names are suggested), or no path links the two
  2  an error: bad arguments, an ambiguous name (the candidates are listed),
     a graph that cannot be read, a file that cannot be written";

/// Ask the graph: who spoke to whom, when, where, and where it says so.
#[derive(Args, Debug)]
#[command(after_help = EXIT_STATUS)]
pub struct QueryArgs {
    #[command(flatten)]
    common: Common,
    #[command(subcommand)]
    command: QueryCommand,
}

/// Flags every query takes, before or after the subcommand.
#[derive(Args, Debug)]
struct Common {
    /// The graph JSON to read.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        default_value = "output/graph.json"
    )]
    graph: PathBuf,
    /// Build the graph on the fly from these articles instead of reading one.
    /// Repeat the flag for several (`--input a.txt --input news/`): it takes
    /// one path, so the subcommand after it stays the subcommand.
    #[arg(long, global = true, value_name = "PATH", conflicts_with = "graph")]
    input: Vec<PathBuf>,
    /// Print a JSON array of objects instead of a table.
    #[arg(long, global = true, conflicts_with = "csv")]
    json: bool,
    /// Print CSV with a header row instead of a table.
    #[arg(long, global = true)]
    csv: bool,
    /// Do not cut long evidence in the table.
    #[arg(long, global = true)]
    wide: bool,
    /// Only these relations (comma-separated or repeated; `all`): met, called,
    /// spoke_to, canceled, visited, hosted, criticized, holds_office.
    #[arg(long, global = true, value_name = "R", value_delimiter = ',')]
    relation: Vec<String>,
    /// Only these statuses (comma-separated or repeated; `all`): occurred,
    /// planned, canceled, denied, hypothetical.
    #[arg(long, global = true, value_name = "S", value_delimiter = ',')]
    status: Vec<String>,
    /// Only relations dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD);
    /// a relation dated less precisely passes only when it lies wholly in
    /// the range ("2025" is not within --since 2025-10); undated ones are left
    /// out.
    #[arg(long, global = true, value_name = "DATE")]
    since: Option<String>,
    /// Only relations dated on or before DATE, as for --since.
    #[arg(long, global = true, value_name = "DATE")]
    until: Option<String>,
    /// Only actors of these kinds (person, place, organization, office); the
    /// actors named in the query always take part.
    #[arg(long, global = true, value_name = "K", value_delimiter = ',')]
    kind: Vec<String>,
    /// Only relations supported by these documents (ids as in the graph).
    #[arg(long, global = true, value_name = "DOC", value_delimiter = ',')]
    doc: Vec<String>,
}

#[derive(Subcommand, Debug)]
enum QueryCommand {
    /// Everyone ACTOR met, called or spoke to: one row per partner and
    /// relation (default: --status occurred).
    #[command(after_help = EXIT_STATUS)]
    SpokeTo {
        /// The actor.
        actor: String,
    },
    /// Every relation between two actors, in date order, undated last
    /// (default: every status).
    #[command(after_help = EXIT_STATUS)]
    Between {
        /// One actor.
        a: String,
        /// The other.
        b: String,
    },
    /// The actors within --depth hops of ACTOR (default: --status occurred).
    #[command(after_help = EXIT_STATUS)]
    Neighbors {
        /// The actor.
        actor: String,
        /// How many hops.
        #[arg(long, default_value_t = 1)]
        depth: usize,
    },
    /// The shortest chain of relations from A to B, with the evidence of each
    /// hop (default: --status occurred).
    #[command(after_help = EXIT_STATUS)]
    Path {
        /// Where the chain starts.
        a: String,
        /// Where it ends.
        b: String,
    },
    /// All of ACTOR's relations, in date order, undated last (default: every
    /// status).
    #[command(after_help = EXIT_STATUS)]
    Timeline {
        /// The actor.
        actor: String,
    },
    /// The most connected actors (default: --status occurred).
    #[command(after_help = EXIT_STATUS)]
    Top {
        /// degree: distinct partners; betweenness: how many shortest chains
        /// between others pass through the actor.
        #[arg(long, default_value = "degree", value_name = "MEASURE")]
        by: String,
        /// How many rows.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// The subgraph around ACTOR as a file Gephi or Graphviz opens (default:
    /// every status).
    #[command(after_help = EXIT_STATUS)]
    Ego {
        /// The actor.
        actor: String,
        /// How many hops.
        #[arg(long, default_value_t = 1)]
        depth: usize,
        /// The file format (default: from the extension of -o, else json).
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        /// Where to write it (default or `-`: standard output).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        draw: super::DrawArgs,
    },
}

/// Why a query stopped: the message for stderr and the exit status.
struct Failure {
    code: u8,
    message: String,
}

fn usage(message: impl Into<String>) -> Failure {
    Failure {
        code: 2,
        message: message.into(),
    }
}

fn not_found(message: impl Into<String>) -> Failure {
    Failure {
        code: 1,
        message: message.into(),
    }
}

/// Runs `actorgraph query ...`, printing the answer to stdout and problems to
/// stderr.
pub fn run(args: QueryArgs) -> ExitCode {
    match answer(args) {
        Ok(Answer::Text(text)) => emit(text.as_bytes()),
        Ok(Answer::Bytes(bytes)) => emit(&bytes),
        Ok(Answer::Note(note)) => {
            eprintln!("actorgraph: {note}");
            ExitCode::SUCCESS
        }
        Err(f) => {
            eprintln!("actorgraph: error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// Writes the answer; a reader that went away (`| head`) is not an error.
fn emit(bytes: &[u8]) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("actorgraph: error: cannot write to standard output: {e}");
            ExitCode::from(2)
        }
    }
}

enum Answer {
    /// Print this to stdout.
    Text(String),
    /// Write these bytes to stdout (a rendered graph).
    Bytes(Vec<u8>),
    /// Nothing for stdout (a table with no rows, a file written): say so on
    /// stderr.
    Note(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Table { wide: bool },
    Json,
    Csv,
}

fn answer(args: QueryArgs) -> Result<Answer, Failure> {
    let c = &args.common;
    let mode = match (c.json, c.csv) {
        (true, _) => Mode::Json,
        (_, true) => Mode::Csv,
        _ => Mode::Table { wide: c.wide },
    };
    let (g, source) = load(c)?;
    let filter = filter(c, &g)?;
    let lookup = |name: &str| find(&g, name, &source);
    match &args.command {
        QueryCommand::SpokeTo { actor } => {
            let a = lookup(actor)?;
            partners(&query::spoke_to(&g, &a.id, &filter), mode)
        }
        QueryCommand::Between { a, b } => {
            let (a, b) = (lookup(a)?, lookup(b)?);
            relations(&query::between(&g, &a.id, &b.id, &filter), mode)
        }
        QueryCommand::Timeline { actor } => {
            let a = lookup(actor)?;
            relations(&query::timeline(&g, &a.id, &filter), mode)
        }
        QueryCommand::Neighbors { actor, depth } => {
            let a = lookup(actor)?;
            neighbors(&query::neighbors(&g, &a.id, *depth, &filter), mode)
        }
        QueryCommand::Path { a, b } => {
            let (a, b) = (lookup(a)?, lookup(b)?);
            match query::path(&g, &a.id, &b.id, &filter) {
                Some(hops) => path(&hops, mode),
                None => Err(not_found(format!(
                    "no path links {} ({}) and {} ({}) with these filters",
                    a.label, a.id, b.label, b.id
                ))),
            }
        }
        QueryCommand::Top { by, limit } => {
            let by: Centrality = by.parse().map_err(usage)?;
            top(&query::top(&g, by, *limit, &filter), by, mode)
        }
        QueryCommand::Ego {
            actor,
            depth,
            format,
            output,
            draw,
        } => {
            let a = lookup(actor)?;
            let format = ego_format(format.as_deref(), output.as_deref())?;
            let sub = query::ego(&g, &a.id, *depth, &filter);
            // --relation and --status already chose the edges (the filter).
            let drawing = draw.drawing(Vec::new(), Vec::new());
            let bytes = render(format, &sub, drawing).map_err(|e| usage(e.to_string()))?;
            match output {
                Some(path) if path.as_os_str() != "-" => {
                    export::write_atomic(path, &bytes).map_err(|e| usage(e.to_string()))?;
                    Ok(Answer::Note(format!(
                        "wrote {} ({}, {})",
                        path.display(),
                        crate::cli::plural(sub.node_count(), "actor", "actors"),
                        crate::cli::plural(sub.edge_count(), "relation", "relations")
                    )))
                }
                _ => Ok(Answer::Bytes(bytes)),
            }
        }
    }
}

/// The one place the ego graph is rendered, so that a change to the export
/// interface (options for GraphML, GEXF and DOT) is a change here only.
fn render(
    format: Format,
    g: &Graph,
    drawing: actorgraph::export::Drawing,
) -> actorgraph::error::Result<Vec<u8>> {
    let opts = actorgraph::export::ExportOptions {
        drawing,
        ..Default::default()
    };
    format.render(g, &opts)
}

fn ego_format(given: Option<&str>, output: Option<&Path>) -> Result<Format, Failure> {
    if let Some(f) = given {
        return f.parse().map_err(usage);
    }
    let ext = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    Ok(Format::ALL
        .into_iter()
        .find(|f| ext.as_deref() == Some(f.extension()))
        .unwrap_or(Format::Json))
}

fn load(c: &Common) -> Result<(Graph, String), Failure> {
    if !c.input.is_empty() {
        let (g, problems) = actorgraph::pipeline::build_graph_from_paths(&c.input);
        for d in &problems {
            crate::cli::warning(d);
        }
        // As in `build`: no article read is an input error, not an empty graph.
        if g.docs().next().is_none() {
            return Err(usage(format!(
                "no article could be read from {}",
                c.input
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        return Ok((g, "--input".to_string()));
    }
    let name = c.graph.display().to_string();
    let text = std::fs::read_to_string(&c.graph).map_err(|e| {
        usage(format!(
            "cannot read graph {name}: {}; build one with `actorgraph build` or pass --graph FILE",
            actorgraph::ingest::io_message(&e)
        ))
    })?;
    let g = actorgraph::export::json::from_str(&text, &name, Limits::default())
        .map_err(|e| usage(e.to_string()))?;
    Ok((g, name))
}

fn find<'g>(g: &'g Graph, name: &str, source: &str) -> Result<&'g Node, Failure> {
    query::find_actor(g, name).map_err(|e| match &e {
        LookupError::Ambiguous { candidates, .. } => {
            let rows: Vec<Vec<String>> = candidates
                .iter()
                .map(|a| vec![a.id.clone(), a.label.clone(), a.kind.to_string()])
                .collect();
            let mut list = String::new();
            for line in table(&["ID", "LABEL", "KIND"], &rows).lines() {
                list.push_str("\n  ");
                list.push_str(line);
            }
            usage(format!("{e}; name one by its id:{list}"))
        }
        LookupError::Unknown { suggestions, .. } => {
            let names: Vec<String> = suggestions
                .iter()
                .map(|a| format!("{} ({})", a.label, a.id))
                .collect();
            match names.len() {
                0 => not_found(format!("{e} in {source}")),
                1 => not_found(format!("{e} in {source}; did you mean {}?", names[0])),
                _ => not_found(format!(
                    "{e} in {source}; did you mean one of: {}?",
                    names.join(", ")
                )),
            }
        }
    })
}

/// Parses a list flag: names, or `all` for every value (no filter).
fn names<T: std::str::FromStr<Err = String> + Ord>(
    given: &[String],
) -> Result<Option<BTreeSet<T>>, Failure> {
    if given.is_empty() || given.iter().any(|s| s.trim().eq_ignore_ascii_case("all")) {
        return Ok(None);
    }
    given
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.parse::<T>().map_err(usage))
        .collect::<Result<BTreeSet<T>, Failure>>()
        .map(Some)
}

fn date(flag: &str, s: &Option<String>) -> Result<Option<PartialDate>, Failure> {
    let Some(s) = s else {
        return Ok(None);
    };
    match PartialDate::parse(s) {
        Some(d) if d.year.is_some() => Ok(Some(d)),
        _ => Err(usage(format!(
            "invalid date '{s}' for {flag}; expected YYYY, YYYY-MM or YYYY-MM-DD"
        ))),
    }
}

fn filter(c: &Common, g: &Graph) -> Result<Filter, Failure> {
    let mut f = Filter {
        relations: names::<Relation>(&c.relation)?,
        statuses: names::<Status>(&c.status)?,
        since: date("--since", &c.since)?,
        until: date("--until", &c.until)?,
        kinds: names::<Kind>(&c.kind)?,
        docs: None,
    };
    // `--status all` must mean all even where a query defaults to fewer.
    if f.statuses.is_none() && !c.status.is_empty() {
        f.statuses = Some(Status::ALL.into_iter().collect());
    }
    if f.relations.is_none() && !c.relation.is_empty() {
        f.relations = Some(Relation::ALL.into_iter().collect());
    }
    if let (Some(s), Some(u)) = (f.since, f.until)
        && query::empty_range(&s, &u)
    {
        return Err(usage(format!("--since {s} is after --until {u}")));
    }
    if !c.doc.is_empty() {
        let known: BTreeSet<&str> = g
            .docs()
            .map(|(id, _)| id)
            .chain(g.edges().flat_map(|e| e.docs.iter().map(|d| &**d)))
            .collect();
        for d in &c.doc {
            if !known.contains(d.as_str()) {
                let some: Vec<&str> = known.iter().copied().take(10).collect();
                let more = if known.len() > 10 { ", ..." } else { "" };
                return Err(usage(format!(
                    "unknown document '{d}'; the graph cites: {}{more}",
                    some.join(", ")
                )));
            }
        }
        f.docs = Some(c.doc.iter().cloned().collect());
    }
    Ok(f)
}

// ---- rendering -------------------------------------------------------------

const EVIDENCE_WIDTH: usize = 72;

/// Columns padded to their display width, two spaces apart, no trailing
/// blanks.
fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    for r in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (i, (cell, w)) in r.iter().zip(&widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            line.extend(std::iter::repeat_n(' ', w.saturating_sub(cell.width())));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn csv(headers: &[&str], rows: &[Vec<String>]) -> Result<String, Failure> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| usage(format!("cannot write CSV: {e}"));
    w.write_record(headers).map_err(fail)?;
    for r in rows {
        w.write_record(r).map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| usage(format!("cannot write CSV: {e}")))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn json<T: Serialize>(rows: &[T]) -> Result<String, Failure> {
    let mut s =
        serde_json::to_string_pretty(rows).map_err(|e| usage(format!("cannot write JSON: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// The table or CSV, or a note when a table would be empty.
fn text(mode: Mode, headers: &[&str], rows: &[Vec<String>]) -> Result<Answer, Failure> {
    match mode {
        Mode::Table { .. } if rows.is_empty() => Ok(Answer::Note("no rows match".into())),
        Mode::Table { .. } => Ok(Answer::Text(table(headers, rows))),
        Mode::Csv => Ok(Answer::Text(csv(headers, rows)?)),
        Mode::Json => unreachable!("JSON is rendered from the rows"),
    }
}

/// Whitespace runs to one space (evidence may span lines), cut to `width`
/// display columns with an ellipsis.
fn cut(s: &str, width: Option<usize>) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(max) = width else {
        return one_line;
    };
    if one_line.width() <= max {
        return one_line;
    }
    let mut out = String::new();
    let mut w = 0;
    for c in one_line.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > max.saturating_sub(1) {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

fn first_evidence(ev: &[EvidenceRef], mode: Mode) -> String {
    let width = match mode {
        Mode::Table { wide: false } => Some(EVIDENCE_WIDTH),
        _ => None,
    };
    ev.first()
        .map(|v| cut(&format!("{}: {}", v.doc, v.text), width))
        .unwrap_or_default()
}

fn or_dash(s: Option<String>) -> String {
    s.filter(|s| !s.is_empty()).unwrap_or_else(|| "-".into())
}

#[derive(Serialize)]
struct EvidenceJson<'a> {
    doc: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    initiator: &'a str,
}

fn evidence_json(ev: &[EvidenceRef]) -> Vec<EvidenceJson<'_>> {
    ev.iter()
        .map(|v| EvidenceJson {
            doc: &v.doc,
            text: &v.text,
            start: v.span.start,
            end: v.span.end,
            initiator: &v.initiator,
        })
        .collect()
}

#[derive(Serialize)]
struct PartnerJson<'a> {
    actor: &'a str,
    actor_id: &'a str,
    initiator: &'a str,
    initiator_id: &'a str,
    kind: Kind,
    relation: Relation,
    status: Status,
    date: Option<String>,
    dates: Vec<String>,
    undated: bool,
    place: Option<&'a str>,
    place_id: Option<&'a str>,
    weight: u64,
    evidence: Vec<EvidenceJson<'a>>,
}

fn partners(rows: &[PartnerRow], mode: Mode) -> Result<Answer, Failure> {
    let dates = |r: &PartnerRow, sep: &str| -> Vec<String> {
        let mut d: Vec<String> = r.dates.iter().map(|d| d.to_string()).collect();
        if r.undated && !d.is_empty() && sep == ", " {
            d.push("undated".into());
        }
        d
    };
    match mode {
        Mode::Json => {
            let rows: Vec<PartnerJson> = rows
                .iter()
                .map(|r| PartnerJson {
                    actor: &r.actor.label,
                    actor_id: &r.actor.id,
                    initiator: &r.initiator.label,
                    initiator_id: &r.initiator.id,
                    kind: r.actor.kind,
                    relation: r.relation,
                    status: r.status,
                    date: r.dates.first().map(|d| d.to_string()),
                    dates: dates(r, ";"),
                    undated: r.undated,
                    place: r.place.as_ref().map(|p| p.label.as_str()),
                    place_id: r.place.as_ref().map(|p| p.id.as_str()),
                    weight: r.weight,
                    evidence: evidence_json(&r.evidence),
                })
                .collect();
            Ok(Answer::Text(json(&rows)?))
        }
        Mode::Csv => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.actor.label.clone(),
                        r.actor.id.clone(),
                        r.relation.to_string(),
                        r.status.to_string(),
                        r.dates.first().map(|d| d.to_string()).unwrap_or_default(),
                        dates(r, ";").join(";"),
                        r.place
                            .as_ref()
                            .map(|p| p.label.clone())
                            .unwrap_or_default(),
                        r.place.as_ref().map(|p| p.id.clone()).unwrap_or_default(),
                        r.weight.to_string(),
                        r.evidence
                            .first()
                            .map(|v| v.doc.clone())
                            .unwrap_or_default(),
                        r.evidence
                            .first()
                            .map(|v| v.text.clone())
                            .unwrap_or_default(),
                        r.initiator.label.clone(),
                        r.initiator.id.clone(),
                    ]
                })
                .collect();
            text(
                mode,
                &[
                    "actor",
                    "actor_id",
                    "relation",
                    "status",
                    "date",
                    "dates",
                    "place",
                    "place_id",
                    "weight",
                    "evidence_doc",
                    "evidence",
                    "initiator",
                    "initiator_id",
                ],
                &cells,
            )
        }
        Mode::Table { .. } => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.initiator.label.clone(),
                        r.actor.label.clone(),
                        r.relation.to_string(),
                        r.status.to_string(),
                        or_dash(Some(dates(r, ", ").join(", "))),
                        or_dash(r.place.as_ref().map(|p| p.label.clone())),
                        r.weight.to_string(),
                        first_evidence(&r.evidence, mode),
                    ]
                })
                .collect();
            text(
                mode,
                &[
                    "INITIATOR",
                    "ACTOR",
                    "RELATION",
                    "STATUS",
                    "DATE",
                    "PLACE",
                    "WEIGHT",
                    "EVIDENCE",
                ],
                &cells,
            )
        }
    }
}

#[derive(Serialize)]
struct RelationJson<'a> {
    actor: &'a str,
    actor_id: &'a str,
    subject: &'a str,
    subject_id: &'a str,
    relation: Relation,
    object: &'a str,
    object_id: &'a str,
    status: Status,
    date: Option<String>,
    place: Option<&'a str>,
    place_id: Option<&'a str>,
    weight: u64,
    evidence: Vec<EvidenceJson<'a>>,
}

fn relation_json(r: &RelationRow) -> RelationJson<'_> {
    RelationJson {
        actor: &r.actor.label,
        actor_id: &r.actor.id,
        subject: &r.subject.label,
        subject_id: &r.subject.id,
        relation: r.relation,
        object: &r.object.label,
        object_id: &r.object.id,
        status: r.status,
        date: r.date.map(|d| d.to_string()),
        place: r.place.as_ref().map(|p| p.label.as_str()),
        place_id: r.place.as_ref().map(|p| p.id.as_str()),
        weight: r.weight,
        evidence: evidence_json(&r.evidence),
    }
}

const RELATION_CSV: [&str; 14] = [
    "actor",
    "actor_id",
    "subject",
    "subject_id",
    "relation",
    "object",
    "object_id",
    "status",
    "date",
    "place",
    "place_id",
    "weight",
    "evidence_doc",
    "evidence",
];

fn relation_csv(r: &RelationRow) -> Vec<String> {
    vec![
        r.actor.label.clone(),
        r.actor.id.clone(),
        r.subject.label.clone(),
        r.subject.id.clone(),
        r.relation.to_string(),
        r.object.label.clone(),
        r.object.id.clone(),
        r.status.to_string(),
        r.date.map(|d| d.to_string()).unwrap_or_default(),
        r.place
            .as_ref()
            .map(|p| p.label.clone())
            .unwrap_or_default(),
        r.place.as_ref().map(|p| p.id.clone()).unwrap_or_default(),
        r.weight.to_string(),
        r.evidence
            .first()
            .map(|v| v.doc.clone())
            .unwrap_or_default(),
        r.evidence
            .first()
            .map(|v| v.text.clone())
            .unwrap_or_default(),
    ]
}

/// Subject, relation, object, status, date, place, weight, evidence.
fn relation_cells(r: &RelationRow, mode: Mode) -> [String; 8] {
    [
        r.subject.label.clone(),
        r.relation.to_string(),
        r.object.label.clone(),
        r.status.to_string(),
        or_dash(r.date.map(|d| d.to_string())),
        or_dash(r.place.as_ref().map(|p| p.label.clone())),
        r.weight.to_string(),
        first_evidence(&r.evidence, mode),
    ]
}

fn relations(rows: &[RelationRow], mode: Mode) -> Result<Answer, Failure> {
    match mode {
        Mode::Json => Ok(Answer::Text(json(
            &rows.iter().map(relation_json).collect::<Vec<_>>(),
        )?)),
        Mode::Csv => text(
            mode,
            &RELATION_CSV,
            &rows.iter().map(relation_csv).collect::<Vec<_>>(),
        ),
        Mode::Table { .. } => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let [s, rel, o, st, date, place, w, ev] = relation_cells(r, mode);
                    vec![date, s, rel, o, st, place, w, ev]
                })
                .collect();
            text(
                mode,
                &[
                    "DATE", "SUBJECT", "RELATION", "OBJECT", "STATUS", "PLACE", "WEIGHT",
                    "EVIDENCE",
                ],
                &cells,
            )
        }
    }
}

#[derive(Serialize)]
struct HopJson<'a> {
    step: usize,
    from: &'a str,
    from_id: &'a str,
    links: usize,
    #[serde(flatten)]
    link: RelationJson<'a>,
}

fn path(hops: &[Hop], mode: Mode) -> Result<Answer, Failure> {
    match mode {
        Mode::Json => {
            let rows: Vec<HopJson> = hops
                .iter()
                .map(|h| HopJson {
                    step: h.step,
                    from: &h.from.label,
                    from_id: &h.from.id,
                    links: h.links,
                    link: relation_json(&h.link),
                })
                .collect();
            Ok(Answer::Text(json(&rows)?))
        }
        Mode::Csv => {
            let mut headers = vec!["step", "from", "from_id", "links"];
            headers.extend(RELATION_CSV);
            let cells: Vec<Vec<String>> = hops
                .iter()
                .map(|h| {
                    let mut row = vec![
                        h.step.to_string(),
                        h.from.label.clone(),
                        h.from.id.clone(),
                        h.links.to_string(),
                    ];
                    row.extend(relation_csv(&h.link));
                    row
                })
                .collect();
            text(mode, &headers, &cells)
        }
        Mode::Table { .. } => {
            let cells: Vec<Vec<String>> = hops
                .iter()
                .map(|h| {
                    let mut row = vec![h.step.to_string()];
                    row.extend(relation_cells(&h.link, mode));
                    row
                })
                .collect();
            if cells.is_empty() {
                return Ok(Answer::Note("both names are the same actor".into()));
            }
            text(
                mode,
                &[
                    "STEP", "SUBJECT", "RELATION", "OBJECT", "STATUS", "DATE", "PLACE", "WEIGHT",
                    "EVIDENCE",
                ],
                &cells,
            )
        }
    }
}

#[derive(Serialize)]
struct NeighborJson<'a> {
    actor: &'a str,
    actor_id: &'a str,
    kind: Kind,
    depth: usize,
    via: &'a str,
    via_id: &'a str,
    relations: &'a [Relation],
    links: usize,
    weight: u64,
    relation: Relation,
    status: Status,
    date: Option<String>,
    place: Option<&'a str>,
    place_id: Option<&'a str>,
    evidence: Vec<EvidenceJson<'a>>,
}

fn relation_list(rs: &[Relation]) -> String {
    rs.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")
}

fn neighbors(rows: &[NeighborRow], mode: Mode) -> Result<Answer, Failure> {
    match mode {
        Mode::Json => {
            let rows: Vec<NeighborJson> = rows
                .iter()
                .map(|r| NeighborJson {
                    actor: &r.actor.label,
                    actor_id: &r.actor.id,
                    kind: r.actor.kind,
                    depth: r.depth,
                    via: &r.via.label,
                    via_id: &r.via.id,
                    relations: &r.relations,
                    links: r.links,
                    weight: r.weight,
                    relation: r.best.relation,
                    status: r.best.status,
                    date: r.best.date.map(|d| d.to_string()),
                    place: r.best.place.as_ref().map(|p| p.label.as_str()),
                    place_id: r.best.place.as_ref().map(|p| p.id.as_str()),
                    evidence: evidence_json(&r.best.evidence),
                })
                .collect();
            Ok(Answer::Text(json(&rows)?))
        }
        Mode::Csv => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.actor.label.clone(),
                        r.actor.id.clone(),
                        r.actor.kind.to_string(),
                        r.depth.to_string(),
                        r.via.label.clone(),
                        r.via.id.clone(),
                        relation_list(&r.relations),
                        r.links.to_string(),
                        r.weight.to_string(),
                        r.best
                            .evidence
                            .first()
                            .map(|v| v.doc.clone())
                            .unwrap_or_default(),
                        r.best
                            .evidence
                            .first()
                            .map(|v| v.text.clone())
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            text(
                mode,
                &[
                    "actor",
                    "actor_id",
                    "kind",
                    "depth",
                    "via",
                    "via_id",
                    "relations",
                    "links",
                    "weight",
                    "evidence_doc",
                    "evidence",
                ],
                &cells,
            )
        }
        Mode::Table { .. } => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.depth.to_string(),
                        r.actor.label.clone(),
                        r.actor.kind.to_string(),
                        r.via.label.clone(),
                        relation_list(&r.relations),
                        r.weight.to_string(),
                        first_evidence(&r.best.evidence, mode),
                    ]
                })
                .collect();
            text(
                mode,
                &[
                    "DEPTH",
                    "ACTOR",
                    "KIND",
                    "VIA",
                    "RELATIONS",
                    "WEIGHT",
                    "EVIDENCE",
                ],
                &cells,
            )
        }
    }
}

#[derive(Serialize)]
struct TopJson<'a> {
    rank: usize,
    actor: &'a str,
    actor_id: &'a str,
    kind: Kind,
    degree: usize,
    relations: usize,
    weight: u64,
    betweenness: Option<f64>,
}

/// Betweenness to six decimals: enough to rank, and stable across platforms.
fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

fn top(rows: &[TopRow], by: Centrality, mode: Mode) -> Result<Answer, Failure> {
    let between = by == Centrality::Betweenness;
    match mode {
        Mode::Json => {
            let rows: Vec<TopJson> = rows
                .iter()
                .map(|r| TopJson {
                    rank: r.rank,
                    actor: &r.actor.label,
                    actor_id: &r.actor.id,
                    kind: r.actor.kind,
                    degree: r.degree,
                    relations: r.relations,
                    weight: r.weight,
                    betweenness: r.betweenness.map(round6),
                })
                .collect();
            Ok(Answer::Text(json(&rows)?))
        }
        Mode::Csv | Mode::Table { .. } => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mut row = vec![r.rank.to_string(), r.actor.label.clone()];
                    if mode == Mode::Csv {
                        row.push(r.actor.id.clone());
                    }
                    row.extend([
                        r.actor.kind.to_string(),
                        r.degree.to_string(),
                        r.relations.to_string(),
                        r.weight.to_string(),
                    ]);
                    if between {
                        row.push(format!("{:.3}", r.betweenness.unwrap_or(0.0)));
                    }
                    row
                })
                .collect();
            let mut headers: Vec<&str> = if mode == Mode::Csv {
                vec![
                    "rank",
                    "actor",
                    "actor_id",
                    "kind",
                    "degree",
                    "relations",
                    "weight",
                ]
            } else {
                vec!["RANK", "ACTOR", "KIND", "DEGREE", "RELATIONS", "WEIGHT"]
            };
            if between {
                headers.push(if mode == Mode::Csv {
                    "betweenness"
                } else {
                    "BETWEENNESS"
                });
            }
            text(mode, &headers, &cells)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_aligns_by_display_width() {
        let rows = vec![
            vec!["Erdoğan".to_string(), "1".to_string()],
            vec!["習近平".to_string(), "22".to_string()],
        ];
        assert_eq!(
            table(&["NAME", "N"], &rows),
            "NAME     N\nErdoğan  1\n習近平   22\n"
        );
    }

    #[test]
    fn cut_keeps_one_line_within_the_width() {
        assert_eq!(cut("a\n  b", Some(10)), "a b");
        assert_eq!(cut("abcdefghij", Some(5)), "abcd…");
        assert_eq!(cut("習近平習近平", Some(5)), "習近…");
        assert_eq!(cut("abcdefghij", None), "abcdefghij");
    }
}
