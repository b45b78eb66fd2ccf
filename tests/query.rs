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


/// The table `spoke-to` prints for Okafor by default.
const OKAFOR_SPOKE_TO: &str = "\
ACTOR         RELATION  STATUS    DATE                 PLACE       WEIGHT  EVIDENCE
Tomás Varga   met       occurred  2025-02, 2025-10-13  Port Selin  3       lagosia-01.txt: Okafor met Tomás Varga in Port Selin in February.
Petra Lind    called    occurred  2025-10              -           1       lagosia-03.txt: Okafor called Prime Minister Lind to discuss the harbou…
Kwame Asante  met       occurred  -                    -           1       lagosia-04.txt: Asante met Okafor at the ministry.
";

#[test]
fn spoke_to_lists_partners_that_occurred_by_date() {
    let f = setup();
    let r = query(&f, &["spoke-to", "okafor"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout, OKAFOR_SPOKE_TO);
}

#[test]
fn spoke_to_status_widens_the_rows() {
    let f = setup();
    let planned = "Kwame Asante  spoke_to  planned   2025-11              -           1       lagosia-03.txt: Okafor is expected to speak with Asante next month.\n";
    for status in ["all", "occurred,planned", "planned,occurred"] {
        let r = query(&f, &["spoke-to", "okafor", "--status", status]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let mut want: Vec<&str> = OKAFOR_SPOKE_TO.lines().collect();
        want.insert(3, planned.trim_end());
        assert_eq!(r.stdout.lines().collect::<Vec<_>>(), want, "--status {status}");
    }
    let r = query(&f, &["spoke-to", "okafor", "--status", "planned"]);
    assert_eq!(
        r.stdout.lines().collect::<Vec<_>>(),
        [
            "ACTOR         RELATION  STATUS   DATE     PLACE  WEIGHT  EVIDENCE",
            "Kwame Asante  spoke_to  planned  2025-11  -      1       lagosia-03.txt: Okafor is expected to speak with Asante next month.",
        ]
    );
}

#[test]
fn spoke_to_json_has_the_contract_fields() {
    let f = setup();
    let r = query(&f, &["spoke-to", "okafor", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let got: Vec<String> = rows
        .iter()
        .map(|o| {
            let ev: Vec<String> = o["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| format!("{}@{}", e["doc"].as_str().unwrap(), e["start"]))
                .collect();
            format!(
                "{} {} {} {} {} {} {}",
                o["actor"], o["relation"], o["status"], o["date"], o["place"], o["weight"], ev.join(",")
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            r#""Tomás Varga" "met" "occurred" "2025-02" "Port Selin" 3 lagosia-01.txt@0,lagosia-02.txt@0,lagosia-02.txt@120"#,
            r#""Petra Lind" "called" "occurred" "2025-10" null 1 lagosia-03.txt@40"#,
            r#""Kwame Asante" "met" "occurred" null null 1 lagosia-04.txt@10"#,
        ]
    );
    assert_eq!(rows[0]["dates"], serde_json::json!(["2025-02", "2025-10-13"]));
    assert_eq!(rows[0]["actor_id"], "tomas-varga");
    assert_eq!(
        rows[1]["evidence"][0]["text"],
        "Okafor called Prime Minister Lind to discuss the\nharbour treaty and the fishing quotas that both governments have disputed for years."
    );
}

#[test]
fn spoke_to_csv_quotes_what_needs_quoting() {
    let f = setup();
    let r = query(&f, &["spoke-to", "okafor", "--csv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "\
actor,actor_id,relation,status,date,dates,place,place_id,weight,evidence_doc,evidence
Tomás Varga,tomas-varga,met,occurred,2025-02,2025-02;2025-10-13,Port Selin,port-selin,3,lagosia-01.txt,Okafor met Tomás Varga in Port Selin in February.
Petra Lind,petra-lind,called,occurred,2025-10,2025-10,,,1,lagosia-03.txt,\"Okafor called Prime Minister Lind to discuss the
harbour treaty and the fishing quotas that both governments have disputed for years.\"
Kwame Asante,kwame-asante,met,occurred,,,,,1,lagosia-04.txt,Asante met Okafor at the ministry.
"
    );
}

#[test]
fn between_lists_every_relation_in_date_order() {
    let f = setup();
    let r = query(&f, &["between", "okafor", "lind"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "\
DATE        SUBJECT       RELATION  OBJECT        STATUS    PLACE    WEIGHT  EVIDENCE
2025-09-30  Petra Lind    hosted    Amara Okafor  occurred  Lagosia  1       lagosia-03.txt: Lind hosted Okafor in the capital.
2025-10     Amara Okafor  called    Petra Lind    occurred  -        1       lagosia-03.txt: Okafor called Prime Minister Lind to discuss the harbou…
"
    );
    // Undated relations come last; every status is shown.
    let r = query(&f, &["between", "asante", "okafor", "--csv"]);
    assert_eq!(
        r.stdout,
        "\
actor,actor_id,subject,subject_id,relation,object,object_id,status,date,place,place_id,weight,evidence_doc,evidence
Amara Okafor,amara-okafor,Kwame Asante,kwame-asante,spoke_to,Amara Okafor,amara-okafor,planned,2025-11,,,1,lagosia-03.txt,Okafor is expected to speak with Asante next month.
Amara Okafor,amara-okafor,Kwame Asante,kwame-asante,met,Amara Okafor,amara-okafor,occurred,,,,1,lagosia-04.txt,Asante met Okafor at the ministry.
"
    );
}

const OKAFOR_TIMELINE: &str = "\
DATE        SUBJECT       RELATION  OBJECT        STATUS    PLACE       WEIGHT  EVIDENCE
2025        Amara Okafor  visited   Lagosia       occurred  -           1       lagosia-01.txt: Okafor returned to Lagosia.
2025-02     Amara Okafor  met       Tomás Varga   occurred  Port Selin  1       lagosia-01.txt: Okafor met Tomás Varga in Port Selin in February.
2025-09-30  Petra Lind    hosted    Amara Okafor  occurred  Lagosia     1       lagosia-03.txt: Lind hosted Okafor in the capital.
2025-10     Amara Okafor  called    Petra Lind    occurred  -           1       lagosia-03.txt: Okafor called Prime Minister Lind to discuss the harbou…
2025-10-13  Amara Okafor  met       Tomás Varga   occurred  Port Selin  2       lagosia-02.txt: Foreign Minister Okafor met Varga on Monday in Port Sel…
2025-11     Amara Okafor  spoke_to  Kwame Asante  planned   -           1       lagosia-03.txt: Okafor is expected to speak with Asante next month.
-           Amara Okafor  met       Kwame Asante  occurred  -           1       lagosia-04.txt: Asante met Okafor at the ministry.
";

/// The rows of a table, without the header, with the padding squeezed (the
/// column widths depend on the rows shown).
fn rows(table: &str) -> Vec<String> {
    table
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn timeline_lists_all_relations_by_date_undated_last() {
    let f = setup();
    let r = query(&f, &["timeline", "amara-okafor"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, OKAFOR_TIMELINE);
    let r = query(&f, &["timeline", "amara-okafor", "--wide"]);
    assert!(r.stdout.contains(
        "Okafor called Prime Minister Lind to discuss the harbour treaty and the fishing quotas that both governments have disputed for years.\n"
    ));
}

#[test]
fn since_and_until_read_dates_at_the_precision_given() {
    let f = setup();
    let all = rows(OKAFOR_TIMELINE);
    // October: the year-only visit and the undated meeting are not known to
    // be in October.
    let r = query(&f, &["timeline", "okafor", "--since", "2025-10", "--until", "2025-10"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(rows(&r.stdout), [all[3].clone(), all[4].clone()]);
    let r = query(&f, &["timeline", "okafor", "--since", "2025-09-30", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let dates: Vec<&str> = v.iter().map(|o| o["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2025-09-30", "2025-10", "2025-10-13", "2025-11"]);
    let r = query(&f, &["timeline", "okafor", "--until", "2025", "--csv"]);
    let dates: Vec<String> = csv::Reader::from_reader(r.stdout.as_bytes())
        .records()
        .map(|rec| rec.unwrap()[8].to_string())
        .collect();
    assert_eq!(dates, ["2025", "2025-02", "2025-09-30", "2025-10", "2025-10-13", "2025-11"]);
    let r = query(&f, &["timeline", "okafor", "--since", "2025-11", "--until", "2025-10"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "actorgraph: error: --since 2025-11 is after --until 2025-10\n");
    let r = query(&f, &["timeline", "okafor", "--since", "October"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "actorgraph: error: invalid date 'October' for --since; expected YYYY, YYYY-MM or YYYY-MM-DD\n"
    );
}
