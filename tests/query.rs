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
            rule: format!("{rel}.test").into(),
            // The spec names the text's subject first.
            initiator: Some(s.into()),
        })
        .collect();
    let docs: actorgraph::graph::SmallSet<std::sync::Arc<str>> =
        evidence.iter().map(|v| v.doc.clone()).collect();
    let places: actorgraph::graph::SmallMap<std::sync::Arc<str>, u64> =
        place.map(|p| (p.into(), weight)).into_iter().collect();
    assert!(g.add_edge(Edge {
        key: EdgeKey::new(s, rel, st, t, date.and_then(PartialDate::parse)),
        weight,
        sentences: weight,
        places,
        evidence: evidence.into(),
        rules: [format!("{rel}.test").into()].into(),
        more_docs: None,
        doc_count: docs.len() as u64,
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
    node(
        &mut g,
        "tomas-varga",
        "Tomás Varga",
        Kind::Person,
        &["Varga", "Tomas Varga"],
    );
    node(&mut g, "ines-varga", "Ines Varga", Kind::Person, &["Varga"]);
    node(
        &mut g,
        "petra-lind",
        "Petra Lind",
        Kind::Person,
        &["Lind", "Prime Minister Lind"],
    );
    node(
        &mut g,
        "kwame-asante",
        "Kwame Asante",
        Kind::Person,
        &["Asante"],
    );
    node(&mut g, "lagosia", "Lagosia", Kind::Place, &["Lagosia"]);
    node(
        &mut g,
        "port-selin",
        "Port Selin",
        Kind::Place,
        &["Port Selin"],
    );
    let specs: Vec<Spec> = vec![
        (
            "amara-okafor",
            Met,
            Occurred,
            "tomas-varga",
            Some("2025-02"),
            Some("port-selin"),
            1,
            &[(
                "lagosia-01.txt",
                0,
                "Okafor met Tomás Varga in Port Selin in February.",
            )],
        ),
        (
            "amara-okafor",
            Met,
            Occurred,
            "tomas-varga",
            Some("2025-10-13"),
            Some("port-selin"),
            2,
            &[
                (
                    "lagosia-02.txt",
                    0,
                    "Foreign Minister Okafor met Varga on Monday in Port Selin.",
                ),
                (
                    "lagosia-02.txt",
                    120,
                    "The two ministers met for three hours.",
                ),
            ],
        ),
        (
            "amara-okafor",
            Called,
            Occurred,
            "petra-lind",
            Some("2025-10"),
            None,
            1,
            &[(
                "lagosia-03.txt",
                40,
                "Okafor called Prime Minister Lind to discuss the\nharbour treaty and the fishing quotas that both governments have disputed for years.",
            )],
        ),
        (
            "amara-okafor",
            SpokeTo,
            Planned,
            "kwame-asante",
            Some("2025-11"),
            None,
            1,
            &[(
                "lagosia-03.txt",
                200,
                "Okafor is expected to speak with Asante next month.",
            )],
        ),
        (
            "kwame-asante",
            Met,
            Occurred,
            "amara-okafor",
            None,
            None,
            1,
            &[("lagosia-04.txt", 10, "Asante met Okafor at the ministry.")],
        ),
        (
            "petra-lind",
            Hosted,
            Occurred,
            "amara-okafor",
            Some("2025-09-30"),
            Some("lagosia"),
            1,
            &[("lagosia-03.txt", 0, "Lind hosted Okafor in the capital.")],
        ),
        (
            "amara-okafor",
            Visited,
            Occurred,
            "lagosia",
            Some("2025"),
            None,
            1,
            &[("lagosia-01.txt", 300, "Okafor returned to Lagosia.")],
        ),
        (
            "kwame-asante",
            Met,
            Occurred,
            "ines-varga",
            Some("2025-12-01"),
            None,
            1,
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
INITIATOR     ACTOR         RELATION  STATUS    DATE                 PLACE       WEIGHT  EVIDENCE
Amara Okafor  Tomás Varga   met       occurred  2025-02, 2025-10-13  Port Selin  3       lagosia-01.txt: Okafor met Tomás Varga in Port Selin in February.
Amara Okafor  Petra Lind    called    occurred  2025-10              -           1       lagosia-03.txt: Okafor called Prime Minister Lind to discuss the harbou…
Kwame Asante  Kwame Asante  met       occurred  -                    -           1       lagosia-04.txt: Asante met Okafor at the ministry.
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
    let planned = "Amara Okafor  Kwame Asante  spoke_to  planned   2025-11              -           1       lagosia-03.txt: Okafor is expected to speak with Asante next month.\n";
    for status in ["all", "occurred,planned", "planned,occurred"] {
        let r = query(&f, &["spoke-to", "okafor", "--status", status]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let mut want: Vec<&str> = OKAFOR_SPOKE_TO.lines().collect();
        want.insert(3, planned.trim_end());
        assert_eq!(
            r.stdout.lines().collect::<Vec<_>>(),
            want,
            "--status {status}"
        );
    }
    let r = query(&f, &["spoke-to", "okafor", "--status", "planned"]);
    assert_eq!(
        r.stdout.lines().collect::<Vec<_>>(),
        [
            "INITIATOR     ACTOR         RELATION  STATUS   DATE     PLACE  WEIGHT  EVIDENCE",
            "Amara Okafor  Kwame Asante  spoke_to  planned  2025-11  -      1       lagosia-03.txt: Okafor is expected to speak with Asante next month.",
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
                o["actor"],
                o["relation"],
                o["status"],
                o["date"],
                o["place"],
                o["weight"],
                ev.join(",")
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
    assert_eq!(
        rows[0]["dates"],
        serde_json::json!(["2025-02", "2025-10-13"])
    );
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
actor,actor_id,relation,status,date,dates,place,place_id,weight,evidence_doc,evidence,initiator,initiator_id
Tomás Varga,tomas-varga,met,occurred,2025-02,2025-02;2025-10-13,Port Selin,port-selin,3,lagosia-01.txt,Okafor met Tomás Varga in Port Selin in February.,Amara Okafor,amara-okafor
Petra Lind,petra-lind,called,occurred,2025-10,2025-10,,,1,lagosia-03.txt,\"Okafor called Prime Minister Lind to discuss the
harbour treaty and the fishing quotas that both governments have disputed for years.\",Amara Okafor,amara-okafor
Kwame Asante,kwame-asante,met,occurred,,,,,1,lagosia-04.txt,Asante met Okafor at the ministry.,Kwame Asante,kwame-asante
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
Amara Okafor,amara-okafor,Amara Okafor,amara-okafor,spoke_to,Kwame Asante,kwame-asante,planned,2025-11,,,1,lagosia-03.txt,Okafor is expected to speak with Asante next month.
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
-           Kwame Asante  met       Amara Okafor  occurred  -           1       lagosia-04.txt: Asante met Okafor at the ministry.
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
    let r = query(
        &f,
        &[
            "timeline", "okafor", "--since", "2025-10", "--until", "2025-10",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(rows(&r.stdout), [all[3].clone(), all[4].clone()]);
    let r = query(
        &f,
        &["timeline", "okafor", "--since", "2025-09-30", "--json"],
    );
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let dates: Vec<&str> = v.iter().map(|o| o["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2025-09-30", "2025-10", "2025-10-13", "2025-11"]);
    let r = query(&f, &["timeline", "okafor", "--until", "2025", "--csv"]);
    let dates: Vec<String> = csv::Reader::from_reader(r.stdout.as_bytes())
        .records()
        .map(|rec| rec.unwrap()[8].to_string())
        .collect();
    assert_eq!(
        dates,
        [
            "2025",
            "2025-02",
            "2025-09-30",
            "2025-10",
            "2025-10-13",
            "2025-11"
        ]
    );
    let r = query(
        &f,
        &[
            "timeline", "okafor", "--since", "2025-11", "--until", "2025-10",
        ],
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "actorgraph: error: --since 2025-11 is after --until 2025-10\n"
    );
    let r = query(&f, &["timeline", "okafor", "--since", "October"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "actorgraph: error: invalid date 'October' for --since; expected YYYY, YYYY-MM or YYYY-MM-DD\n"
    );
}

#[test]
fn neighbors_by_depth_then_weight() {
    let f = setup();
    let r = query(&f, &["neighbors", "okafor", "--depth", "2"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "\
DEPTH  ACTOR         KIND    VIA           RELATIONS      WEIGHT  EVIDENCE
1      Tomás Varga   person  Amara Okafor  met            3       lagosia-02.txt: Foreign Minister Okafor met Varga on Monday in Port Sel…
1      Petra Lind    person  Amara Okafor  called,hosted  2       lagosia-03.txt: Lind hosted Okafor in the capital.
1      Kwame Asante  person  Amara Okafor  met            1       lagosia-04.txt: Asante met Okafor at the ministry.
1      Lagosia       place   Amara Okafor  visited        1       lagosia-01.txt: Okafor returned to Lagosia.
2      Ines Varga    person  Kwame Asante  met            1       lagosia-04.txt: Asante met Ines Varga on Monday.
"
    );
    // --relation and --kind cut the graph the search walks.
    let r = query(
        &f,
        &[
            "neighbors",
            "okafor",
            "--relation",
            "called,hosted",
            "--depth",
            "3",
        ],
    );
    assert_eq!(
        rows(&r.stdout),
        [
            "1 Petra Lind person Amara Okafor called,hosted 2 lagosia-03.txt: Lind hosted Okafor in the capital."
        ]
    );
    let r = query(&f, &["neighbors", "okafor", "--kind", "place", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(
        (
            &v[0]["actor"],
            &v[0]["relation"],
            &v[0]["date"],
            &v[0]["weight"],
            &v[0]["via_id"]
        ),
        (
            &"Lagosia".into(),
            &"visited".into(),
            &"2025".into(),
            &1.into(),
            &"amara-okafor".into()
        )
    );
}

#[test]
fn path_gives_the_shortest_chain_with_evidence() {
    let f = setup();
    let r = query(&f, &["path", "Tomas Varga", "Ines Varga"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "\
STEP  SUBJECT       RELATION  OBJECT        STATUS    DATE        PLACE       WEIGHT  EVIDENCE
1     Amara Okafor  met       Tomás Varga   occurred  2025-10-13  Port Selin  2       lagosia-02.txt: Foreign Minister Okafor met Varga on Monday in Port Sel…
2     Kwame Asante  met       Amara Okafor  occurred  -           -           1       lagosia-04.txt: Asante met Okafor at the ministry.
3     Kwame Asante  met       Ines Varga    occurred  2025-12-01  -           1       lagosia-04.txt: Asante met Ines Varga on Monday.
"
    );
    let r = query(&f, &["path", "tomas-varga", "ines-varga", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let hops: Vec<String> = v
        .iter()
        .map(|h| {
            format!(
                "{} {}->{} {} links={}",
                h["step"], h["from_id"], h["actor_id"], h["relation"], h["links"]
            )
        })
        .collect();
    assert_eq!(
        hops,
        [
            "1 \"tomas-varga\"->\"amara-okafor\" \"met\" links=2",
            "2 \"amara-okafor\"->\"kwame-asante\" \"met\" links=1",
            "3 \"kwame-asante\"->\"ines-varga\" \"met\" links=1",
        ]
    );
    // Only calls: no chain; that is "not found", exit 1.
    let r = query(
        &f,
        &["path", "tomas-varga", "ines-varga", "--relation", "called"],
    );
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "actorgraph: error: no path links Tomás Varga (tomas-varga) and Ines Varga (ines-varga) with these filters\n"
    );
}

#[test]
fn top_ranks_by_degree_or_betweenness() {
    let f = setup();
    let r = query(&f, &["top"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "\
RANK  ACTOR         KIND    DEGREE  RELATIONS  WEIGHT
1     Amara Okafor  person  4       6          7
2     Kwame Asante  person  2       2          2
3     Tomás Varga   person  1       2          3
4     Petra Lind    person  1       2          2
5     Ines Varga    person  1       1          1
6     Lagosia       place   1       1          1
"
    );
    // Among people only, Okafor lies on 5 of the shortest chains between
    // the others and Asante on 3 (every chain to Ines Varga).
    let r = query(
        &f,
        &[
            "top",
            "--by",
            "betweenness",
            "--kind",
            "person",
            "--limit",
            "3",
            "--csv",
        ],
    );
    assert_eq!(
        r.stdout,
        "\
rank,actor,actor_id,kind,degree,relations,weight,betweenness
1,Amara Okafor,amara-okafor,person,3,5,6,5.000
2,Kwame Asante,kwame-asante,person,2,2,2,3.000
3,Tomás Varga,tomas-varga,person,1,2,3,0.000
"
    );
    let r = query(&f, &["top", "--by", "closeness"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "actorgraph: error: unknown measure 'closeness'; expected one of: degree, betweenness\n"
    );
}

#[test]
fn ego_writes_the_subgraph_as_a_graph_file() {
    let f = setup();
    let out = f.graph.parent().unwrap().join("ego/okafor.json");
    let r = query(
        &f,
        &[
            "ego",
            "okafor",
            "--relation",
            "met",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "actorgraph: wrote {} (3 actors, 3 relations)\n",
            out.display()
        )
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let g = actorgraph::export::json::from_str(&text, "okafor.json", Default::default()).unwrap();
    let ids: Vec<&str> = g.nodes().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["amara-okafor", "kwame-asante", "tomas-varga"]);
    let docs: Vec<&str> = g.docs().map(|(d, _)| d).collect();
    assert_eq!(docs, ["lagosia-01.txt", "lagosia-02.txt", "lagosia-04.txt"]);
    // To stdout, the same bytes.
    let r = query(
        &f,
        &["ego", "okafor", "--relation", "met", "--format", "json"],
    );
    assert_eq!(r.stdout, text);
    let r = query(&f, &["ego", "okafor", "--format", "xml"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("actorgraph: error: unknown format 'xml'; expected one of: json"),
        "{}",
        r.stderr
    );
}

#[test]
fn actors_are_found_by_any_alias_title_or_case() {
    let f = setup();
    let want = query(&f, &["spoke-to", "amara-okafor"]).stdout;
    assert_eq!(want, OKAFOR_SPOKE_TO);
    for name in [
        "okafor",
        "OKAFOR",
        "Amara Okafor",
        "amara okafor",
        "Foreign Minister Okafor",
        "foreign minister amara okafor",
        "Mr. Okafor",
    ] {
        let r = query(&f, &["spoke-to", name]);
        assert_eq!((r.code, &r.stdout), (0, &want), "{name}: {}", r.stderr);
    }
    // Accents need not be typed, and a surname alone finds the one Lind.
    let r = query(&f, &["between", "TOMAS VARGA", "lind"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "actorgraph: no rows match\n");
    let r = query(
        &f,
        &["between", "Tomás Varga", "Prime Minister Lind", "--json"],
    );
    assert_eq!(r.stdout, "[]\n");
}

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    let f = setup();
    let r = query(&f, &["timeline", "Varga"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "\
actorgraph: error: 'Varga' is ambiguous: it names 2 actors; name one by its id:
  ID           LABEL        KIND
  ines-varga   Ines Varga   person
  tomas-varga  Tomás Varga  person
"
    );
}

#[test]
fn an_unknown_name_suggests_the_closest() {
    let f = setup();
    let graph = f.graph.display().to_string();
    let r = query(&f, &["spoke-to", "Okafr"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "actorgraph: error: no actor named 'Okafr' in {graph}; did you mean Amara Okafor (amara-okafor)?\n"
        )
    );
    let r = query(&f, &["path", "okafor", "Varg"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        format!(
            "actorgraph: error: no actor named 'Varg' in {graph}; did you mean one of: Ines Varga (ines-varga), Tomás Varga (tomas-varga)?\n"
        )
    );
    let r = query(&f, &["timeline", "Zebulon Quist"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        format!("actorgraph: error: no actor named 'Zebulon Quist' in {graph}\n")
    );
}

#[test]
fn doc_and_kind_filters() {
    let f = setup();
    let r = query(&f, &["timeline", "okafor", "--doc", "lagosia-02.txt"]);
    assert_eq!(
        rows(&r.stdout),
        [
            "2025-10-13 Amara Okafor met Tomás Varga occurred Port Selin 2 lagosia-02.txt: Foreign Minister Okafor met Varga on Monday in Port Sel…"
        ]
    );
    // Evidence is limited to the documents asked for.
    let r = query(
        &f,
        &["spoke-to", "okafor", "--doc", "lagosia-01.txt", "--json"],
    );
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["evidence"].as_array().unwrap().len(), 1);
    let r = query(&f, &["timeline", "okafor", "--kind", "place"]);
    assert_eq!(
        rows(&r.stdout),
        [
            "2025 Amara Okafor visited Lagosia occurred - 1 lagosia-01.txt: Okafor returned to Lagosia."
        ]
    );
    let r = query(&f, &["timeline", "okafor", "--doc", "lagosia-09.txt"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "actorgraph: error: unknown document 'lagosia-09.txt'; the graph cites: lagosia-01.txt, lagosia-02.txt, lagosia-03.txt, lagosia-04.txt\n"
    );
}

#[test]
fn no_rows_is_an_answer_not_an_error() {
    let f = setup();
    // Ines Varga met only Asante, and that is not in October.
    let base = [
        "spoke-to",
        "ines varga",
        "--since",
        "2025-10",
        "--until",
        "2025-10",
    ];
    let r = query(&f, &base);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "actorgraph: no rows match\n")
    );
    let r = query(&f, &[&base[..], &["--json"]].concat());
    assert_eq!((r.code, r.stdout.as_str()), (0, "[]\n"));
    let r = query(&f, &[&base[..], &["--csv"]].concat());
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (
            0,
            "actor,actor_id,relation,status,date,dates,place,place_id,weight,evidence_doc,evidence,initiator,initiator_id\n"
        )
    );
}

#[test]
fn bad_arguments_exit_2_with_the_valid_choices() {
    let f = setup();
    for (args, message) in [
        (
            vec!["spoke-to", "okafor", "--status", "done"],
            "unknown status 'done'; expected one of: occurred, planned, canceled, denied, hypothetical",
        ),
        (
            vec!["timeline", "okafor", "--relation", "phoned"],
            "unknown relation 'phoned'; expected one of: met, called, spoke_to, canceled, visited, hosted, criticized, holds_office",
        ),
        (
            vec!["top", "--kind", "people"],
            "unknown kind 'people'; expected one of: person, place, organization, office",
        ),
    ] {
        let r = query(&f, &args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stderr, format!("actorgraph: error: {message}\n"));
    }
    // clap's own usage errors exit 2 as well.
    let r = query(&f, &["spoke-to", "okafor", "--json", "--csv"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--csv"), "{}", r.stderr);
}

#[test]
fn a_missing_or_malformed_graph_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(dir.path(), &["query", "top"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("actorgraph: error: cannot read graph output/graph.json: "),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .ends_with("build one with `actorgraph build` or pass --graph FILE\n")
    );
    std::fs::write(dir.path().join("bad.json"), "{\n\"nodes\": 3}").unwrap();
    let r = run_in(dir.path(), &["query", "--graph", "bad.json", "top"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("actorgraph: error: bad.json:2: not a graph JSON file"),
        "{}",
        r.stderr
    );
}

#[test]
fn input_builds_the_graph_from_articles_on_the_fly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Kenyan President William Ruto met Brazilian President Luiz In\u{e1}cio Lula da Silva in Nairobi.\n",
    )
    .unwrap();
    let r = run_in(
        dir.path(),
        &["query", "spoke-to", "Ruto", "--json", "--input", "a.txt"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{}", r.stdout);
    assert_eq!(rows[0]["actor"], "Luiz In\u{e1}cio Lula da Silva");
    assert_eq!(rows[0]["relation"], "met");
    assert_eq!(rows[0]["evidence"][0]["doc"], "a.txt");
}

#[test]
fn a_closed_pipe_exits_quietly() {
    // A hub with enough relations that the output outgrows any pipe buffer,
    // so the write must meet the closed pipe.
    let mut g = Graph::default();
    node(&mut g, "hub", "Hub", Kind::Person, &[]);
    let long = "word ".repeat(40);
    for i in 0..3000 {
        let id = format!("p{i:04}");
        node(&mut g, &id, &id, Kind::Person, &[]);
        let text = format!("Hub met {id}. {long}");
        edge(
            &mut g,
            (
                "hub",
                Relation::Met,
                Status::Occurred,
                &id,
                Some("2025-01"),
                None,
                1,
                &[("d.txt", i * 300, &text)],
            ),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    std::fs::write(&graph, actorgraph::export::json::to_string(&g)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args([
            "query",
            "--graph",
            graph.to_str().unwrap(),
            "timeline",
            "hub",
            "--json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
