//! The graph JSON's own tests: reading, writing, round trips, errors.

use super::*;

#[test]
fn a_bad_item_is_an_error_naming_its_line_and_a_good_file_reads_into_a_graph() {
    let text = to_string(&sample());
    let mut g = Graph::default();
    let mut edges = 0;
    read_into(text.as_bytes(), "g.json", &mut g, &mut |_| edges += 1).unwrap();
    assert_eq!(edges, 1);
    assert_eq!(to_string(&g), text);
    // An edge naming an actor the file does not hold, on the line it is on.
    let line = text.lines().position(|l| l.contains("\"source\"")).unwrap() + 1;
    let bad = text.replacen("\"source\": \"ana\"", "\"source\": \"nobody\"", 1);
    assert_ne!(bad, text);
    let e = from_str(&bad, "g.json", Limits::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("names a node that is not in the file"), "{e}");
    let at: usize = e.split(':').nth(1).unwrap().parse().unwrap();
    assert!(
        (line..line + 30).contains(&at),
        "{e} (source on line {line})"
    );
    let e = from_str(
        r#"{"format_version": 2, "nodes": []}"#,
        "g.json",
        Limits::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("missing field `edges`"), "{e}");
}

fn sample() -> Graph {
    let mut g = Graph::default();
    g.add_doc(
        "a.txt",
        DocInfo {
            date: PartialDate::parse("2025-11-18"),
            ..DocInfo::default()
        },
    );
    for (id, kind) in [
        ("ana", Kind::Person),
        ("bo", Kind::Person),
        ("oslo", Kind::Place),
    ] {
        let mut n = Node::new(id, id.to_uppercase(), kind);
        n.mentions.push(MentionRef {
            doc: "a.txt".into(),
            span: Span::new(0, 3),
            text: "Ana".into(),
        });
        n.mention_count = 1;
        g.add_node(n);
    }
    g.add_edge(Edge {
        key: EdgeKey::new(
            "bo",
            Relation::Met,
            Status::Occurred,
            "ana",
            PartialDate::parse("2025-08"),
        ),
        weight: 1,
        sentences: 2,
        places: [("oslo".into(), 2)].into(),
        evidence: smallvec::smallvec![Evidence {
            doc: "a.txt".into(),
            span: Span::new(0, 9),
            text: "Ana met B".into(),
            rule: "met.v".into(),
            initiator: None,
        }],
        rules: ["met.v".into()].into(),
        docs: ["a.txt".into()].into(),
        more_docs: None,
        doc_count: 1,
    });
    g
}

#[test]
fn round_trips_byte_for_byte() {
    let s = to_string(&sample());
    let back = from_str(&s, "g.json", Limits::default()).unwrap();
    assert_eq!(to_string(&back), s);
    assert!(
        s.contains("\"source\": \"ana\""),
        "symmetric edge stored in id order"
    );
    assert!(s.contains("\"place\": \"oslo\""));
}

/// The graph through one `serde_json` pretty printer, as it was written
/// before the writer went parallel.
fn one_printer(g: &Graph) -> String {
    let mut s = serde_json::to_string_pretty(&GraphOut(g)).unwrap();
    s.push('\n');
    s
}

#[test]
fn the_parallel_writer_writes_the_bytes_of_one_printer() {
    assert_eq!(to_string(&sample()), one_printer(&sample()));
    let empty = Graph::with_limits(Limits::default());
    assert_eq!(to_string(&empty), one_printer(&empty));
    // More items than a window and a chunk, so that the commas between
    // windows and tasks are checked too.
    let mut big = sample();
    for i in 0..(WINDOW + CHUNK + 7) {
        big.add_doc(
            &format!("doc-{i:05}"),
            DocInfo {
                title: Some(format!("Title \"{i}\"\nwith a newline").into()),
                ..DocInfo::default()
            },
        );
    }
    assert_eq!(to_string(&big), one_printer(&big));
}

#[test]
fn errors_name_the_file_and_line() {
    let err = from_str("{\n\"nodes\": 3}", "bad.json", Limits::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("bad.json:2: not a graph JSON file"),
        "{err}"
    );
}
