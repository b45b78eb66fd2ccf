//! `actorgraph query` end to end: the binary run on a graph written by the
//! library, checking the exact rows of each query in each output format, name
//! lookup, the messages for ambiguous and unknown names, and exit codes.
//!
//! The people and places are invented: Lagosia's foreign minister Amara
//! Okafor, her counterparts Tomás Varga and Petra Lind, the envoy Kwame
//! Asante, and Ines Varga, who shares a surname with Tomás.

use actorgraph::date::PartialDate;
use actorgraph::graph::{DocInfo, Edge, EdgeKey, Evidence, Graph, Node};
use actorgraph::model::{Kind, Relation, Status};
use actorgraph::span::Span;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn node(g: &mut Graph, id: &str, label: &str, kind: Kind, aliases: &[&str]) {
    let mut n = Node::new(id, label, kind);
    n.aliases = aliases.iter().map(|a| a.to_string()).collect();
    g.add_node(n);
}

/// One edge: (source, relation, status, target, date, place, weight,
/// [(doc, start, sentence)]).
type Spec<'a> = (
    &'a str,
    Relation,
    Status,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    u64,
    &'a [(&'a str, usize, &'a str)],
);

fn edge(g: &mut Graph, spec: Spec) {
    let (s, rel, st, t, date, place, weight, ev) = spec;
    let evidence: Vec<Evidence> = ev
        .iter()
        .map(|&(doc, at, text)| Evidence {
            doc: doc.into(),
            span: Span::new(at, at + text.len()),
            text: text.into(),
            rule: format!("{rel}.test"),
        })
        .collect();
    let docs: BTreeSet<String> = evidence.iter().map(|v| v.doc.clone()).collect();
    let places: BTreeMap<String, u64> = place.map(|p| (p.to_string(), weight)).into_iter().collect();
    assert!(g.add_edge(Edge {
        key: EdgeKey::new(s, rel, st, t, date.and_then(PartialDate::parse)),
        weight,
        places,
        evidence,
        rules: [format!("{rel}.test")].into(),
        docs,
    }));
}

fn fixture() -> Graph {
    use Relation::*;
    use Status::*;
    let mut g = Graph::default();
    for (doc, date) in [
        ("lagosia-01.txt", "2025-02-11"),
        ("lagosia-02.txt", "2025-10-14"),
        ("lagosia-03.txt", "2025-10-20"),
        ("lagosia-04.txt", "2025-12-02"),
    ] {
        g.add_doc(
            doc,
            DocInfo {
                date: PartialDate::parse(date),
                ..DocInfo::default()
            },
        );
    }
    node(
        &mut g,
        "amara-okafor",
        "Amara Okafor",
        Kind::Person,
        &["Okafor", "Amara Okafor", "Foreign Minister Okafor"],
    );
    node(&mut g, "tomas-varga", "Tomás Varga", Kind::Person, &["Varga", "Tomas Varga"]);
    node(&mut g, "ines-varga", "Ines Varga", Kind::Person, &["Varga"]);
    node(
        &mut g,
        "petra-lind",
        "Petra Lind",
        Kind::Person,
        &["Lind", "Prime Minister Lind"],
    );
    node(&mut g, "kwame-asante", "Kwame Asante", Kind::Person, &["Asante"]);
    node(&mut g, "lagosia", "Lagosia", Kind::Place, &["Lagosia"]);
    node(&mut g, "port-selin", "Port Selin", Kind::Place, &["Port Selin"]);
    let specs: Vec<Spec> = vec![
        (
            "amara-okafor", Met, Occurred, "tomas-varga", Some("2025-02"), Some("port-selin"), 1,
            &[("lagosia-01.txt", 0, "Okafor met Tomás Varga in Port Selin in February.")],
        ),
        (
            "tomas-varga", Met, Occurred, "amara-okafor", Some("2025-10-13"), Some("port-selin"), 2,
            &[
                ("lagosia-02.txt", 0, "Foreign Minister Okafor met Varga on Monday in Port Selin."),
                ("lagosia-02.txt", 120, "The two ministers met for three hours."),
            ],
        ),
        (
            "amara-okafor", Called, Occurred, "petra-lind", Some("2025-10"), None, 1,
            &[("lagosia-03.txt", 40, "Okafor called Prime Minister Lind to discuss the\nharbour treaty and the fishing quotas that both governments have disputed for years.")],
        ),
        (
            "amara-okafor", SpokeTo, Planned, "kwame-asante", Some("2025-11"), None, 1,
            &[("lagosia-03.txt", 200, "Okafor is expected to speak with Asante next month.")],
        ),
        (
            "kwame-asante", Met, Occurred, "amara-okafor", None, None, 1,
            &[("lagosia-04.txt", 10, "Asante met Okafor at the ministry.")],
        ),
        (
            "petra-lind", Hosted, Occurred, "amara-okafor", Some("2025-09-30"), Some("lagosia"), 1,
            &[("lagosia-03.txt", 0, "Lind hosted Okafor in the capital.")],
        ),
        (
            "amara-okafor", Visited, Occurred, "lagosia", Some("2025"), None, 1,
            &[("lagosia-01.txt", 300, "Okafor returned to Lagosia.")],
        ),
        (
            "kwame-asante", Met, Occurred, "ines-varga", Some("2025-12-01"), None, 1,
            &[("lagosia-04.txt", 60, "Asante met Ines Varga on Monday.")],
        ),
    ];
    for s in specs {
        edge(&mut g, s);
    }
    g
}

struct Fixture {
    _dir: tempfile::TempDir,
    graph: PathBuf,
}

fn setup() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("graph.json");
    std::fs::write(&graph, actorgraph::export::json::to_string(&fixture())).unwrap();
    Fixture { _dir: dir, graph }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn query(f: &Fixture, args: &[&str]) -> Run {
    let mut all = vec!["query", "--graph", f.graph.to_str().unwrap()];
    all.extend_from_slice(args);
    run_in(f.graph.parent().unwrap(), &all)
}

#[test]
fn scratch() {
    let f = setup();
    for args in [
        vec!["spoke-to", "okafor"],
        vec!["spoke-to", "okafor", "--status", "all"],
        vec!["between", "okafor", "lind"],
        vec!["timeline", "okafor"],
        vec!["neighbors", "okafor", "--depth", "2"],
        vec!["path", "tomas varga", "ines varga"],
        vec!["top"],
        vec!["top", "--by", "betweenness", "--kind", "person"],
        vec!["spoke-to", "varga"],
        vec!["spoke-to", "okafr"],
        vec!["spoke-to", "okafor", "--json"],
        vec!["spoke-to", "okafor", "--csv"],
        vec!["ego", "okafor", "--relation", "met"],
    ] {
        let r = query(&f, &args);
        println!("$ {}\n{}{}[{}]", args.join(" "), r.stdout, r.stderr, r.code);
    }
}
