//! Snapshots of every export of the tricky fixture, and the writer-side
//! invariants: byte-identical output whatever order the graph was built in,
//! no character XML 1.0 forbids, the long evidence kept whole in XML, DOT
//! strings balanced and labels cut.

mod common;

use actorgraph::export::{ExportOptions, Format, json};
use actorgraph::graph::Limits;
use common::*;
use regex::Regex;

fn render(format: Format, multi: bool) -> String {
    let bytes = format
        .render(
            &tricky(),
            &ExportOptions {
                multi,
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("{format}: {e}"));
    String::from_utf8(bytes).unwrap()
}

/// The output with the 20,000-character evidence (in any escaping) replaced
/// by a marker, so that the snapshots stay readable.
fn shorten(s: &str) -> String {
    let unit =
        r#"Ёлка (?:&amp;|&) (?:&lt;|<)ель(?:&gt;|>) (?:&quot;|\\"|")quoted(?:&quot;|\\"|") ?"#;
    let re = Regex::new(&format!("(?:{unit}){{20,}}")).unwrap();
    re.replace_all(s, "[LONG EVIDENCE]").into_owned()
}

#[test]
fn graphml_snapshot() {
    insta::assert_snapshot!(shorten(&render(Format::Graphml, false)));
}

#[test]
fn graphml_multi_snapshot() {
    insta::assert_snapshot!(shorten(&render(Format::Graphml, true)));
}

#[test]
fn gexf_snapshot() {
    insta::assert_snapshot!(shorten(&render(Format::Gexf, false)));
}

#[test]
fn gexf_multi_snapshot() {
    insta::assert_snapshot!(shorten(&render(Format::Gexf, true)));
}

#[test]
fn dot_snapshot() {
    insta::assert_snapshot!(shorten(&render(Format::Dot, false)));
}

#[test]
fn dot_multi_snapshot() {
    insta::assert_snapshot!(shorten(&render(Format::Dot, true)));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!(shorten(&render(Format::Json, false)));
}

#[test]
fn json_ignores_multi() {
    assert_eq!(render(Format::Json, true), render(Format::Json, false));
}

#[test]
fn same_graph_built_in_another_order_gives_the_same_bytes() {
    // The JSON reader adds nodes and edges in id order; the fixture does not.
    let original = tricky();
    let rebuilt = json::from_str(&json::to_string(&original), "g.json", Limits::default()).unwrap();
    assert_same_exports(&original, &rebuilt, "depends on insertion order");
    assert_same_exports(&original, &original, "differs between two renderings");
}

#[test]
fn a_graph_whose_edges_are_on_disk_writes_the_same_bytes() {
    // Every edge on disk: each writer reads them back from the run, one at a
    // time, and must write what it wrote from memory.
    let original = tricky();
    let mut spilled = tricky();
    spilled.spill(&std::env::temp_dir()).unwrap();
    assert!(spilled.has_spilled());
    assert_eq!(spilled.edges().count(), 0);
    assert_same_exports(&original, &spilled, "differs once spilled");
    spilled.compact(&std::env::temp_dir()).unwrap();
    assert_eq!(spilled.edge_count(), EDGES);
    let opts = ExportOptions::default();
    assert_eq!(
        Format::Gexf.render(&spilled, &opts).unwrap(),
        Format::Gexf.render(&original, &opts).unwrap()
    );
}

#[test]
fn no_character_xml_forbids_reaches_the_xml_files() {
    for format in [Format::Graphml, Format::Gexf] {
        for multi in [false, true] {
            let s = render(format, multi);
            let bad: Vec<char> = s
                .chars()
                .filter(|&c| {
                    !(matches!(c, '\t' | '\n' | '\r')
                        || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
                })
                .collect();
            assert!(bad.is_empty(), "{format}: {bad:?}");
        }
    }
}

#[test]
fn the_long_evidence_is_written_whole_to_xml() {
    // Count the repeated unit of the sentence, escaped, against the source.
    let escaped_units = |s: &str, unit: &str| s.matches(unit).count();
    let whole = long_text().matches("Ёлка & <ель> \"quoted\" ").count();
    assert!(whole > 900, "{whole}");
    let graphml = render(Format::Graphml, false);
    assert_eq!(
        escaped_units(&graphml, "Ёлка &amp; &lt;ель&gt; \"quoted\" "),
        whole
    );
    let gexf = render(Format::Gexf, false);
    assert_eq!(
        escaped_units(&gexf, "Ёлка &amp; &lt;ель&gt; &quot;quoted&quot; "),
        whole
    );
    assert_eq!(long_text().chars().count(), 20_000);
}

#[test]
fn dot_strings_are_balanced_and_labels_cut() {
    let label = Regex::new(r#"label="((?:[^"\\]|\\.)*)""#).unwrap();
    let tooltip = Regex::new(r#"tooltip="((?:[^"\\]|\\.)*)""#).unwrap();
    for multi in [false, true] {
        let dot = render(Format::Dot, multi);
        for line in dot.lines() {
            // Take out escaped pairs; what is left must be whole strings.
            let bare = line.replace("\\\\", "").replace("\\\"", "");
            assert_eq!(bare.matches('"').count() % 2, 0, "unbalanced: {line}");
            assert!(
                !line.chars().any(|c| c.is_control()),
                "control char: {line:?}"
            );
            for c in label.captures_iter(line) {
                let unescaped = c[1]
                    .replace("\\\\", "\\")
                    .replace("\\\"", "\"")
                    .replace("\\n", "\n");
                assert!(unescaped.chars().count() <= 60, "label too long: {line}");
            }
            for c in tooltip.captures_iter(line) {
                let unescaped = c[1]
                    .replace("\\\\", "\\")
                    .replace("\\\"", "\"")
                    .replace("\\n", "\n");
                assert!(unescaped.chars().count() <= 300, "tooltip too long: {line}");
            }
        }
        for keyword in ["node", "graph", "strict"] {
            assert!(
                dot.contains(&format!("\n  \"{keyword}\" [label=")),
                "{keyword} unquoted"
            );
        }
        assert!(
            dot.contains("label=\"graph\\\\\""),
            "trailing backslash escaped"
        );
    }
}
