//! Issue 28, "Who called whom is lost": a symmetric relation is stored once,
//! from the smaller id to the larger, but every evidence item records who
//! the text says initiated it, every export carries it, and the queries and
//! the DOT picture put the initiator first.
//!
//! The sentences are our own, about people in the default gazetteer.

use std::fs;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

const MACRON: (&str, &str) = ("Emmanuel Macron", "emmanuel-macron");
const SCHOLZ: (&str, &str) = ("Olaf Scholz", "olaf-scholz");

/// (relation, sentence with `{a}` and `{b}`).
const CASES: [(&str, &str); 3] = [
    ("called", "{a} called {b} on Monday, officials said."),
    ("met", "{a} met {b} in Rome on Monday."),
    (
        "spoke_to",
        "{a} spoke with {b} on Monday about farm subsidies.",
    ),
];

fn run(args: &[&str]) -> String {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Builds the one sentence into `dir/out` in every default format.
fn build(dir: &Path, sentence: &str) -> std::path::PathBuf {
    let input = dir.join("article.txt");
    fs::write(&input, format!("{sentence}\n")).unwrap();
    let out = dir.join("out");
    let out_arg = format!("{}/", out.display());
    run(&[
        "build",
        "-q",
        "--date",
        "2024-05-14",
        "-o",
        &out_arg,
        input.to_str().unwrap(),
    ]);
    out
}

#[test]
fn who_called_whom_is_kept_in_every_export_and_query_for_both_orders() {
    for (relation, template) in CASES {
        for (a, b) in [(MACRON, SCHOLZ), (SCHOLZ, MACRON)] {
            let sentence = template.replace("{a}", a.0).replace("{b}", b.0);
            let dir = tempfile::tempdir().unwrap();
            let out = build(dir.path(), &sentence);
            let what = format!("{relation}: {sentence}");

            // JSON: the edge in id order, the initiator on its evidence.
            let g: serde_json::Value =
                serde_json::from_str(&fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
            let edges: Vec<&serde_json::Value> = g["edges"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["relation"] == relation)
                .collect();
            assert_eq!(edges.len(), 1, "{what}: {edges:?}");
            let e = edges[0];
            assert_eq!(
                (e["source"].as_str(), e["target"].as_str()),
                (Some(MACRON.1), Some(SCHOLZ.1)),
                "{what}"
            );
            assert_eq!(e["evidence"][0]["initiator"], a.1, "{what}");

            // GraphML and GEXF carry it as an attribute.
            let graphml = fs::read_to_string(out.join("graph.graphml")).unwrap();
            assert!(
                graphml.contains("<key id=\"e_initiator\" for=\"edge\" attr.name=\"initiator\""),
                "{what}"
            );
            assert!(
                graphml.contains(&format!("<data key=\"e_initiator\">{}</data>", a.1)),
                "{what}"
            );
            let gexf = fs::read_to_string(out.join("graph.gexf")).unwrap();
            assert!(
                gexf.contains(&format!("<attvalue for=\"initiator\" value=\"{}\"/>", a.1)),
                "{what}"
            );

            // DOT draws it from the initiator.
            let dot = fs::read_to_string(out.join("graph.dot")).unwrap();
            let line = dot
                .lines()
                .find(|l| l.contains(&format!("label=\"{relation} ")))
                .unwrap_or_else(|| panic!("{what}: no edge in\n{dot}"));
            assert!(
                line.trim_start()
                    .starts_with(&format!("\"{}\" -> \"{}\"", a.1, b.1)),
                "{what}: {line}"
            );

            // Queries name the initiator first, whoever is asked about.
            let graph = out.join("graph.json");
            let graph = graph.to_str().unwrap();
            for asked in [a, b] {
                let rows: serde_json::Value = serde_json::from_str(&run(&[
                    "query", "--graph", graph, "--json", "spoke-to", asked.1,
                ]))
                .unwrap();
                let row = rows
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["relation"] == relation)
                    .unwrap_or_else(|| panic!("{what}: {rows}"));
                assert_eq!(row["initiator_id"], a.1, "{what}, asked about {}", asked.0);
                assert_eq!(row["evidence"][0]["initiator"], a.1, "{what}");
                let other = if asked == a { b } else { a };
                let between = run(&["query", "--graph", graph, "between", asked.1, other.1]);
                let row = between
                    .lines()
                    .find(|l| l.contains(relation))
                    .unwrap_or_else(|| panic!("{what}: {between}"));
                let (first, second) = (row.find(a.0), row.find(b.0));
                assert!(
                    first.is_some() && second.is_some() && first < second,
                    "{what}, asked about {}: {row}",
                    asked.0
                );
            }
        }
    }
}
