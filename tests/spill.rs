//! Bounded memory: a build that writes its relations to disk past its
//! budget gives byte for byte the graph of one that kept them in memory, on
//! any number of threads, and leaves no temporary file behind.
//!
//! The corpus is generated here from our own sentences about people in the
//! default gazetteer: many pairs, relations and days, so that nearly every
//! report is an edge of its own and the relations outgrow a small budget.

mod common;

use actorgraph::export::{ExportOptions, Format};
use actorgraph::graph::Graph;
use actorgraph::ingest::InputOptions;
use actorgraph::pipeline::{Pipeline, Spill};
use common::assert_same_exports;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

const PEOPLE: [&str; 8] = [
    "William Ruto",
    "Olaf Scholz",
    "Fumio Kishida",
    "Joko Widodo",
    "Emmanuel Macron",
    "Pedro Sánchez",
    "Cyril Ramaphosa",
    "Anthony Albanese",
];
const CITIES: [&str; 4] = ["Nairobi", "Madrid", "Osaka", "Durban"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A JSON Lines corpus of `n` articles, five reports each: every pair of
/// people, relation and day in turn, so that most reports are new edges;
/// every tenth article repeats the one before it (the same events reported
/// again, merged into edges that may already be on disk).
fn corpus(n: usize) -> String {
    let mut out = String::new();
    let mut body = String::new();
    let mut k = 0usize;
    for i in 0..n {
        if i % 10 != 9 {
            body.clear();
            for _ in 0..5 {
                let a = k % PEOPLE.len();
                let b = (a + 1 + (k / PEOPLE.len()) % (PEOPLE.len() - 1)) % PEOPLE.len();
                let (a, b) = (PEOPLE[a], PEOPLE[b]);
                let day = 1 + (k / 168) % 28;
                let month = MONTHS[(k / (168 * 28)) % 12];
                let city = CITIES[k % CITIES.len()];
                body.push_str(&match (k / 56) % 3 {
                    0 => format!("{a} met {b} in {city} on {month} {day}, 2023. "),
                    1 => format!("{a} called {b} on {month} {day}, 2023, officials said. "),
                    _ => format!("{a} criticized {b} on {month} {day}, 2023. "),
                });
                k += 1;
            }
        }
        let record = serde_json::json!({
            "id": format!("spill-{i:05}"),
            "date": "2023-12-31",
            "title": format!("Diplomatic round-up {i}"),
            "text": body,
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

/// Runs actorgraph with `args` and TMPDIR set to `tmp`; it must succeed.
fn run_in(tmp: &Path, args: impl IntoIterator<Item = std::ffi::OsString>) {
    let status = Command::new(BIN)
        .args(args)
        .env("TMPDIR", tmp)
        .status()
        .unwrap();
    assert!(status.success());
}

fn write_corpus(dir: &Path) -> PathBuf {
    let path = dir.join("corpus.jsonl");
    fs::write(&path, corpus(2000)).unwrap();
    path
}

fn build(path: &Path, budget: Option<usize>) -> Graph {
    let p = Pipeline {
        spill: budget.map(|budget| Spill {
            budget,
            dir: std::env::temp_dir(),
        }),
        ..Pipeline::default()
    };
    p.build_paths(
        &[path.to_path_buf()],
        &InputOptions::default(),
        |_| {},
        |d| panic!("unexpected problem: {d}"),
    )
}

#[test]
fn a_build_over_its_budget_gives_the_graph_of_one_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_corpus(dir.path());
    let kept = build(&path, None);
    let spilled = build(&path, Some(64 << 10));
    assert!(!kept.has_spilled());
    assert!(spilled.has_spilled(), "a 64 KiB budget must spill");
    assert!(kept.edge_count() > 1000, "{} edges", kept.edge_count());
    assert_eq!(spilled.edge_count(), kept.edge_count());
    assert_same_exports(&kept, &spilled, "differs once spilled");
}

#[test]
fn the_command_line_spills_on_any_thread_count_and_cleans_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_corpus(dir.path());
    // The corpus's relations come to more than the 1 MiB budget below, so
    // that budget spills.
    let estimate = build(&path, None).edge_bytes();
    assert!(estimate > 2 << 20, "only {estimate} bytes of relations");
    let tmp = dir.path().join("tmp");
    fs::create_dir(&tmp).unwrap();
    let run = |memory: &str, threads: &str, out: &str| {
        let out = dir.path().join(out);
        // Several formats go into a folder only when it exists (or the
        // path ends with a slash).
        fs::create_dir_all(&out).unwrap();
        let build = ["build", "-q", "--edge-memory", memory, "-j", threads];
        run_in(
            &tmp,
            build.map(Into::into).into_iter().chain([
                path.clone().into(),
                "-o".into(),
                out.clone().into(),
            ]),
        );
        out
    };
    let kept = run("0", "1", "kept");
    for (threads, name) in [("1", "one"), ("2", "two")] {
        let spilled = run("1", threads, name);
        for f in ["json", "graphml", "gexf", "dot"] {
            let file = format!("graph.{f}");
            assert!(
                fs::read(kept.join(&file)).unwrap() == fs::read(spilled.join(&file)).unwrap(),
                "{file} with {threads} threads differs once spilled"
            );
        }
    }
    let left: Vec<_> = fs::read_dir(&tmp).unwrap().collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn a_folder_that_cannot_take_the_runs_is_a_warning_and_the_build_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_corpus(dir.path());
    let missing = dir.path().join("no-such-folder");
    let problems = std::sync::Mutex::new(Vec::new());
    let p = Pipeline {
        spill: Some(Spill {
            budget: 64 << 10,
            dir: missing.clone(),
        }),
        ..Pipeline::default()
    };
    let g = p.build_paths(
        std::slice::from_ref(&path),
        &InputOptions::default(),
        |_| {},
        |d| problems.lock().unwrap().push(d),
    );
    let problems = problems.into_inner().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].source, missing.display().to_string());
    assert!(
        problems[0].message.contains("keeping them in memory"),
        "{}",
        problems[0].message
    );
    assert!(!g.has_spilled());
    let opts = ExportOptions::default();
    assert_eq!(
        Format::Json.render(&g, &opts).unwrap(),
        Format::Json.render(&build(&path, None), &opts).unwrap()
    );
}

#[test]
fn merge_spills_past_its_budget_and_gives_the_graph_it_gives_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_corpus(dir.path());
    // Three parts of the corpus, each built alone.
    let text = fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut parts = Vec::new();
    for (i, chunk) in lines.chunks(lines.len().div_ceil(3)).enumerate() {
        let input = dir.path().join(format!("part{i}.jsonl"));
        fs::write(&input, chunk.join("\n") + "\n").unwrap();
        let out = dir.path().join(format!("part{i}.json"));
        let status = Command::new(BIN)
            .args(["build", "-q", "--edge-memory", "0", "--format", "json"])
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        parts.push(out);
    }
    let tmp = dir.path().join("tmp");
    fs::create_dir(&tmp).unwrap();
    let merge = |memory: &str, out: &str| {
        let out = dir.path().join(out);
        let merge = ["merge", "--edge-memory", memory].map(Into::into);
        run_in(
            &tmp,
            merge
                .into_iter()
                .chain(parts.iter().map(Into::into))
                .chain(["-o".into(), out.clone().into()]),
        );
        fs::read(out).unwrap()
    };
    let kept = merge("0", "kept.json");
    let spilled = merge("1", "spilled.json");
    assert!(kept == spilled, "the merge differs once spilled");
    // The merged graph is the corpus's own.
    let whole = build(&path, None);
    let want = Format::Json
        .render(&whole, &ExportOptions::default())
        .unwrap();
    let merged: serde_json::Value = serde_json::from_slice(&kept).unwrap();
    let want: serde_json::Value = serde_json::from_slice(&want).unwrap();
    assert_eq!(merged["edges"], want["edges"]);
    assert_eq!(merged["nodes"], want["nodes"]);
    let left: Vec<_> = fs::read_dir(&tmp).unwrap().collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}
