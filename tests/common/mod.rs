//! The tricky fixture graph shared by the export snapshot tests and the
//! real-reader tests: every kind of text that has broken a graph reader
//! somewhere, built with the public Graph API; and the check that two graphs
//! write the same files.
//!
//! Counts the tests rely on: 8 nodes (one isolated), 10 graph edges (a
//! self-loop; parallel edges between the same two actors with the same
//! relation and with different ones, in both directions), and 13 edges with
//! `multi` (one edge has three evidence items, one has two, one has none).

#![allow(dead_code)] // each test binary uses a different part

use actorgraph::date::PartialDate;
use actorgraph::export::{ExportOptions, Format};
use actorgraph::graph::{DocInfo, Edge, EdgeKey, Evidence, Graph, MentionRef, Node};
use actorgraph::model::{Kind, Relation, Status};
use actorgraph::span::Span;

/// Nodes in the fixture.
pub const NODES: usize = 8;
/// Edges written by default (one per graph edge).
pub const EDGES: usize = 10;
/// Edges written with `multi` (one per evidence item, or one for an edge
/// without evidence).
pub const MULTI_EDGES: usize = 13;

/// A label with every character that needs escaping somewhere, ending in a
/// backslash.
pub const NASTY_LABEL: &str = "Anna \"Ana\" O'Kovač & <Partners> \\";
/// A label with a newline, a tab, a CRLF and a vertical tab (U+000B).
pub const TAB_LABEL: &str = "Line one\nline two\ttab\r\ncarriage\u{B}vt";
/// What XML readers give back for [`TAB_LABEL`] in GraphML data: the same,
/// less the vertical tab that XML 1.0 forbids.
pub const TAB_LABEL_XML: &str = "Line one\nline two\ttab\r\ncarriagevt";
/// What GEXF readers give back for [`TAB_LABEL`] as a node label (an
/// `xsd:token`: whitespace collapsed).
pub const TAB_LABEL_TOKEN: &str = "Line one line two tab carriagevt";
/// The evidence sentence with every awkward character.
pub const NASTY_EVIDENCE: &str =
    "He said \"yes\" & 'no' <maybe> \\ then\nleft\tat\r\nnoon\u{B}. Trailing \\";
/// [`NASTY_EVIDENCE`] as XML readers give it back.
pub const NASTY_EVIDENCE_XML: &str =
    "He said \"yes\" & 'no' <maybe> \\ then\nleft\tat\r\nnoon. Trailing \\";
/// The file id of the node whose actor id is `odd id_\"x"`.
pub const ODD_ID: &str = "odd_20_id_5f__5c__22_x_22_";

/// The 20,000-character evidence sentence.
pub fn long_text() -> String {
    let unit = "Ёлка & <ель> \"quoted\" ";
    let mut s = String::new();
    while s.chars().count() < 20_000 {
        s.push_str(unit);
    }
    s.chars().take(20_000).collect()
}

fn node(id: &str, label: &str, kind: Kind, mentions: u64) -> Node {
    let mut n = Node::new(id, label, kind);
    n.mention_count = mentions;
    for i in 0..mentions.min(2) {
        n.mentions.push(MentionRef {
            doc: "doc-1".into(),
            span: Span::new(i as usize * 10, i as usize * 10 + 4),
            text: label.chars().take(4).collect::<String>().into(),
        });
    }
    n
}

fn ev(doc: &str, at: usize, text: &str, rule: &str) -> Evidence {
    Evidence {
        doc: doc.into(),
        span: Span::new(at, at + text.len()),
        text: text.into(),
        rule: rule.into(),
        initiator: None,
    }
}

fn add(
    g: &mut Graph,
    (s, r, st, t): (&str, Relation, Status, &str),
    date: Option<&str>,
    sentences: u64,
    place: Option<&str>,
    evidence: Vec<Evidence>,
) {
    let key = EdgeKey::new(s, r, st, t, date.and_then(PartialDate::parse));
    let rules = evidence.iter().map(|v| v.rule.clone()).collect();
    let docs: actorgraph::graph::SmallSet<std::sync::Arc<str>> =
        evidence.iter().map(|v| v.doc.clone()).collect();
    let added = g.add_edge(Edge {
        key,
        // Every fixture document tells its own story.
        weight: (docs.len() as u64).max(1),
        sentences,
        places: place.map(|p| (p.into(), sentences)).into_iter().collect(),
        evidence: evidence.into(),
        rules,
        more_docs: None,
        doc_count: docs.len() as u64,
        docs,
    });
    assert!(added, "fixture edge {s} {r} {t} names a missing node");
}

/// The fixture graph.
pub fn tricky() -> Graph {
    let mut g = Graph::default();
    g.add_doc(
        "doc-1",
        DocInfo {
            date: PartialDate::parse("2025-08-20"),
            title: Some("Talks & <tensions>".into()),
            url: Some("https://example.org/a?b=1&c=2".into()),
            ..DocInfo::default()
        },
    );
    g.add_doc("doc-2 \"quoted\"", DocInfo::default());

    let mut anna = node("anna-kovac", NASTY_LABEL, Kind::Person, 7);
    anna.aliases.insert("Ana Kovač".into());
    anna.aliases.insert("A. K. 'the judge' <AK>".into());
    anna.ids.insert("wikidata".into(), "Q4115189".into());
    anna.ids.insert("cameo code".into(), "EUR&GOV".into());
    g.add_node(anna);

    let mut petr = node("u41f451", "Пётр Иванов", Kind::Person, 3);
    petr.aliases.insert("Pyotr Ivanov".into());
    petr.aliases.insert("Петр".into());
    petr.ids.insert("wikidata".into(), "Q2".into());
    petr.discovered = true;
    g.add_node(petr);

    // Graphviz keywords as ids and labels.
    g.add_node(node("node", "node", Kind::Organization, 2));
    g.add_node(node("graph", "graph\\", Kind::Office, 1));
    g.add_node(node(
        "strict",
        "strict digraph subgraph edge",
        Kind::Place,
        1,
    ));
    g.add_node(node("zurich", "Zürich, Genève & Ærø", Kind::Place, 4));
    // An id no file format takes as it is.
    g.add_node(node("odd id_\\\"x\"", TAB_LABEL, Kind::Organization, 1));
    // Isolated: no edge touches it.
    g.add_node(node("island", "Île isolée", Kind::Place, 1));

    // Parallel edges, same relation (met twice: August, and a planned
    // September meeting), in both argument orders (symmetric: stored once).
    add(
        &mut g,
        ("u41f451", Relation::Met, Status::Occurred, "anna-kovac"),
        Some("2025-08"),
        3,
        Some("zurich"),
        vec![
            ev("doc-1", 0, NASTY_EVIDENCE, "met.v"),
            ev("doc-1", 200, "Они встретились в Цюрихе.", "met.v"),
            ev("doc-2 \"quoted\"", 5, "They met in Zürich.", "met.noun"),
        ],
    );
    add(
        &mut g,
        ("anna-kovac", Relation::Met, Status::Planned, "u41f451"),
        Some("2025-09-14"),
        1,
        None,
        vec![ev(
            "doc-1",
            400,
            "They will meet again on Sept. 14.",
            "met.plan",
        )],
    );
    // Parallel edges, different relations, opposite directions.
    add(
        &mut g,
        (
            "anna-kovac",
            Relation::Criticized,
            Status::Occurred,
            "u41f451",
        ),
        Some("2025"),
        2,
        None,
        vec![
            ev("doc-1", 600, &long_text(), "criticized.v"),
            ev(
                "doc-2 \"quoted\"",
                90,
                "She called him a liar.",
                "criticized.called",
            ),
        ],
    );
    add(
        &mut g,
        ("u41f451", Relation::Hosted, Status::Occurred, "anna-kovac"),
        None,
        1,
        Some("zurich"),
        vec![ev("doc-1", 800, "Пётр hosted her.", "hosted.v")],
    );
    // A self-loop.
    add(
        &mut g,
        ("graph", Relation::Criticized, Status::Hypothetical, "graph"),
        None,
        1,
        None,
        vec![ev(
            "doc-1",
            900,
            "The office might criticize itself.",
            "criticized.v",
        )],
    );
    add(
        &mut g,
        ("node", Relation::Called, Status::Canceled, "graph"),
        Some("2025-10-02"),
        1,
        None,
        vec![ev(
            "doc-1",
            1000,
            "The call was called off.\\",
            "called.off",
        )],
    );
    add(
        &mut g,
        ("anna-kovac", Relation::Visited, Status::Denied, "zurich"),
        Some("--10-13"),
        1,
        Some("zurich"),
        vec![ev(
            "doc-1",
            1100,
            "She denied visiting Zürich.",
            "visited.v",
        )],
    );
    add(
        &mut g,
        ("u41f451", Relation::HoldsOffice, Status::Occurred, "graph"),
        None,
        1,
        None,
        vec![ev(
            "doc-1",
            1200,
            "Pyotr, the graph minister,",
            "office.appos",
        )],
    );
    // No evidence at all (possible through the API): still one edge.
    add(
        &mut g,
        ("strict", Relation::SpokeTo, Status::Occurred, "node"),
        None,
        2,
        None,
        vec![],
    );
    add(
        &mut g,
        (
            "odd id_\\\"x\"",
            Relation::Canceled,
            Status::Occurred,
            "node",
        ),
        Some("2025-11-30"),
        1,
        None,
        vec![ev("doc-1", 1300, TAB_LABEL, "canceled.v")],
    );
    assert_eq!(g.node_count(), NODES);
    assert_eq!(g.edge_count(), EDGES);
    g
}

/// Asserts that `a` and `b` give the same bytes in every file format, with
/// and without `multi`; `what` says what a difference would mean.
pub fn assert_same_exports(a: &Graph, b: &Graph, what: &str) {
    for format in [Format::Json, Format::Graphml, Format::Gexf, Format::Dot] {
        for multi in [false, true] {
            let opts = ExportOptions {
                multi,
                ..Default::default()
            };
            let x = format.render(a, &opts).unwrap();
            let y = format.render(b, &opts).unwrap();
            assert!(x == y, "{format} multi={multi}: {what}");
        }
    }
}

/// The Python that has the graph readers and PySpark: `PYTHON` if set, else
/// the project's `.venv-readers/` made by `.ci/install-readers.sh`, else
/// `python3`.
pub fn python() -> String {
    if let Ok(p) = std::env::var("PYTHON") {
        return p;
    }
    let venv = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-readers/bin/python");
    if venv.is_file() {
        return venv.to_string_lossy().into_owned();
    }
    "python3".into()
}
