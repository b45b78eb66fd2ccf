//! Real-reader tests: the tricky fixture written in every format and opened by
//! the programs our users open it with: xmllint against the GraphML 1.0 and
//! 1.1 schemas and the GEXF 1.3 RELAX NG schema, NetworkX, python-igraph
//! (warnings as errors), graphology under Node, and Graphviz. Each check
//! asserts counts, labels and attributes, not only that parsing succeeded.
//!
//! The readers are installed by `.ci/install-readers.sh`. A missing reader
//! fails the test with that advice; `ACTORGRAPH_SKIP_READERS=1` skips them
//! explicitly. The schemas live in `../shared/schemas` beside the repository;
//! without that folder the schema checks say so and return.

mod common;

use actorgraph::export::{ExportOptions, Format};
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skipping() -> bool {
    std::env::var("ACTORGRAPH_SKIP_READERS").is_ok_and(|v| v == "1")
}

/// Runs a reader; `None` (skip) only when the readers are skipped on purpose.
fn run(program: &str, args: &[&str], env: &[(&str, &Path)]) -> Option<Output> {
    if skipping() {
        eprintln!("ACTORGRAPH_SKIP_READERS=1: not running {program}");
        return None;
    }
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(root());
    for (k, v) in env {
        cmd.env(k, v);
    }
    match cmd.output() {
        Ok(out) => Some(out),
        Err(e) => panic!(
            "cannot run {program} ({e}); install the graph readers with .ci/install-readers.sh \
             (or set ACTORGRAPH_SKIP_READERS=1 to skip these tests)"
        ),
    }
}

/// The schemas folder, or `None` with a message when it is not beside the repo.
fn schemas() -> Option<PathBuf> {
    let dir = root().join("../shared/schemas");
    if dir.join("catalog.xml").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "schema checks skipped: {} not found (the repository expects shared/ beside it)",
            dir.display()
        );
        None
    }
}

/// The fixture written in `format` into a fresh temporary folder.
fn write(format: Format, multi: bool) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("fixture.{}", format.extension()));
    let bytes = format
        .render(
            &tricky(),
            &ExportOptions {
                multi,
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("{format}: {e}"));
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn ok(out: &Output, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{what} failed (if a module is missing, run .ci/install-readers.sh): {stderr}"
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn xmllint_schema(file: &Path, schema_flag: &str, schema: &Path, catalog: &Path) {
    let Some(out) = run(
        "xmllint",
        &[
            "--nonet",
            "--noout",
            schema_flag,
            schema.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        &[("XML_CATALOG_FILES", catalog)],
    ) else {
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.trim_end().ends_with("validates"),
        "{} does not validate against {}:\n{stderr}",
        file.display(),
        schema.display()
    );
}

#[test]
fn graphml_validates_against_graphml_1_0_and_1_1() {
    let Some(dir) = schemas() else { return };
    for multi in [false, true] {
        let (_tmp, file) = write(Format::Graphml, multi);
        for version in ["1.0", "1.1"] {
            let xsd = dir.join(format!("graphml/{version}/graphml.xsd"));
            xmllint_schema(&file, "--schema", &xsd, &dir.join("catalog.xml"));
        }
    }
}

#[test]
fn gexf_validates_against_gexf_1_3_relaxng() {
    let Some(dir) = schemas() else { return };
    for multi in [false, true] {
        let (_tmp, file) = write(Format::Gexf, multi);
        let rng = dir.join("gexf/1.3/gexf.rng");
        xmllint_schema(&file, "--relaxng", &rng, &dir.join("catalog.xml"));
    }
}

/// What one reader made of one file, as printed by the scripts in
/// `tests/readers/`.
struct Read {
    what: String,
    v: Value,
}

impl Read {
    fn nodes(&self) -> &serde_json::Map<String, Value> {
        self.v["nodes"].as_object().unwrap()
    }

    fn edges(&self) -> &Vec<Value> {
        self.v["edges"].as_array().unwrap()
    }

    fn node(&self, id: &str) -> &Value {
        self.nodes()
            .get(id)
            .unwrap_or_else(|| panic!("{}: node {id} missing", self.what))
    }

    /// Edges from `source` to `target` with `relation` and `status`.
    fn find(&self, source: &str, target: &str, relation: &str, status: &str) -> Vec<&Value> {
        self.edges()
            .iter()
            .filter(|e| {
                e["source"] == source
                    && e["target"] == target
                    && text(&e["relation"]) == relation
                    && text(&e["status"]) == status
            })
            .collect()
    }
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// A number, whichever way the reader typed it.
fn num(v: &Value) -> f64 {
    match v {
        Value::Number(n) => n.as_f64().unwrap(),
        Value::String(s) => s.parse().unwrap_or(f64::NAN),
        _ => f64::NAN,
    }
}

/// A boolean, whichever way the reader typed it.
fn boolean(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s == "true" || s == "True" => Some(true),
        Value::String(s) if s == "false" || s == "False" => Some(false),
        Value::Number(n) => n.as_f64().map(|x| x != 0.0),
        _ => None,
    }
}

fn read(program: &str, args: &[&str], what: String) -> Option<Read> {
    let out = run(program, args, &[])?;
    let stdout = ok(&out, &what);
    let v: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{what}: reader printed no JSON ({e}): {stdout}"));
    eprintln!("{what}: read by {}", v["reader"]);
    Some(Read { what, v })
}

/// The checks every reader must pass on the fixture.
fn check(r: &Read, format: Format, multi: bool) {
    let w = &r.what;
    assert_eq!(r.v["directed"], true, "{w}: graph is not directed");
    assert_eq!(r.nodes().len(), NODES, "{w}: node count");
    let want_edges = if multi { MULTI_EDGES } else { EDGES };
    assert_eq!(r.edges().len(), want_edges, "{w}: edge count");

    // Labels survive escaping exactly (GEXF labels are tokens: collapsed).
    assert_eq!(text(&r.node("anna-kovac")["label"]), NASTY_LABEL, "{w}");
    assert_eq!(text(&r.node("u41f451")["label"]), "Пётр Иванов", "{w}");
    assert_eq!(text(&r.node("graph")["label"]), "graph\\", "{w}");
    assert_eq!(
        text(&r.node("zurich")["label"]),
        "Zürich, Genève & Ærø",
        "{w}"
    );
    let odd = if format == Format::Gexf {
        TAB_LABEL_TOKEN
    } else {
        TAB_LABEL_XML
    };
    assert_eq!(text(&r.node(ODD_ID)["label"]), odd, "{w}");
    assert_eq!(text(&r.node("island")["label"]), "Île isolée", "{w}");

    let anna = r.node("anna-kovac");
    assert_eq!(text(&anna["kind"]), "person", "{w}");
    assert_eq!(num(&anna["mention_count"]), 7.0, "{w}");
    assert_eq!(text(&anna["id_wikidata"]), "Q4115189", "{w}");
    assert_eq!(text(&anna["id_cameo_20_code"]), "EUR&GOV", "{w}");
    assert_eq!(
        text(&anna["aliases"]),
        "A. K. 'the judge' <AK>; Ana Kovač",
        "{w}"
    );
    assert_eq!(boolean(&r.node("u41f451")["discovered"]), Some(true), "{w}");

    // The August meeting: symmetric, stored once from the smaller id.
    let met = r.find("anna-kovac", "u41f451", "met", "occurred");
    assert_eq!(met.len(), if multi { 3 } else { 1 }, "{w}: met edges");
    let first = met
        .iter()
        .find(|e| num(&e["evidence_start"]) == 0.0)
        .unwrap_or_else(|| panic!("{w}: no met edge with the first evidence: {met:?}"));
    assert_eq!(text(&first["evidence"]), NASTY_EVIDENCE_XML, "{w}");
    assert_eq!(text(&first["evidence_doc"]), "doc-1", "{w}");
    assert_eq!(text(&first["date"]), "2025-08", "{w}");
    assert_eq!(text(&first["place"]), "zurich", "{w}");
    assert_eq!(boolean(&first["symmetric"]), Some(true), "{w}");
    // Three sentences in two documents: weight 2 (distinct stories); with
    // `multi`, one edge of weight 1 and 1 sentence per evidence item.
    let weights: f64 = met.iter().map(|e| num(&e["weight"])).sum();
    assert_eq!(weights, if multi { 3.0 } else { 2.0 }, "{w}: met weight");
    let sentences: f64 = met.iter().map(|e| num(&e["sentences"])).sum();
    assert_eq!(sentences, 3.0, "{w}: met sentences");
    if multi && r.edges().iter().all(|e| e.get("id").is_some()) {
        let ids: std::collections::BTreeSet<String> = r
            .edges()
            .iter()
            .map(|e| e["id"].as_str().unwrap_or_default().to_string())
            .collect();
        assert_eq!(ids.len(), MULTI_EDGES, "{w}: edge ids are not unique");
    }

    // Same pair, other relations and statuses: not merged away.
    assert_eq!(
        r.find("anna-kovac", "u41f451", "met", "planned").len(),
        1,
        "{w}"
    );
    assert_eq!(
        r.find("u41f451", "anna-kovac", "hosted", "occurred").len(),
        1,
        "{w}"
    );
    let crit = r.find("anna-kovac", "u41f451", "criticized", "occurred");
    assert_eq!(crit.len(), if multi { 2 } else { 1 }, "{w}");
    assert!(
        crit.iter()
            .any(|e| text(&e["evidence"]).chars().count() == 20_000),
        "{w}: the 20,000-character evidence was not read back whole"
    );
    assert_eq!(boolean(&crit[0]["symmetric"]), Some(false), "{w}");

    // The self-loop and the edge without evidence.
    assert_eq!(
        r.find("graph", "graph", "criticized", "hypothetical").len(),
        1,
        "{w}: self-loop"
    );
    let spoke = r.find("node", "strict", "spoke_to", "occurred");
    assert_eq!(spoke.len(), 1, "{w}");
    assert_eq!(num(&spoke[0]["weight"]), 1.0, "{w}");
    assert_eq!(num(&spoke[0]["sentences"]), 2.0, "{w}");
    let odd_edge = r.find(ODD_ID, "node", "canceled", "occurred");
    assert_eq!(text(&odd_edge[0]["evidence"]), TAB_LABEL_XML, "{w}");

    // The isolated node has no edge.
    assert!(
        !r.edges()
            .iter()
            .any(|e| e["source"] == "island" || e["target"] == "island"),
        "{w}"
    );
}

#[test]
fn networkx_reads_graphml_and_gexf() {
    for format in [Format::Graphml, Format::Gexf] {
        for multi in [false, true] {
            let (_tmp, file) = write(format, multi);
            let what = format!("networkx {format} multi={multi}");
            let Some(r) = read(
                &python(),
                &[
                    "tests/readers/read_networkx.py",
                    format.as_str(),
                    file.to_str().unwrap(),
                ],
                what,
            ) else {
                return;
            };
            check(&r, format, multi);
        }
    }
}

#[test]
fn igraph_reads_graphml_without_a_warning() {
    for multi in [false, true] {
        let (_tmp, file) = write(Format::Graphml, multi);
        let what = format!("igraph graphml multi={multi}");
        let Some(r) = read(
            &python(),
            &["tests/readers/read_igraph.py", file.to_str().unwrap()],
            what,
        ) else {
            return;
        };
        check(&r, Format::Graphml, multi);
    }
}

#[test]
fn graphology_reads_graphml_and_gexf() {
    for format in [Format::Graphml, Format::Gexf] {
        for multi in [false, true] {
            let (_tmp, file) = write(format, multi);
            let what = format!("graphology {format} multi={multi}");
            let Some(r) = read(
                "node",
                &[
                    "tests/readers/read_graphology.js",
                    format.as_str(),
                    file.to_str().unwrap(),
                ],
                what,
            ) else {
                return;
            };
            check(&r, format, multi);
            if format == Format::Gexf {
                // GEXF's edge kind is the relation: Gephi's edge type.
                assert!(
                    r.edges().iter().all(|e| e["kind"] == e["relation"]),
                    "{}: kind differs from relation",
                    r.what
                );
                assert_eq!(r.v["multi"], true, "{}", r.what);
            }
        }
    }
}

#[test]
fn graphviz_renders_dot_silently_into_well_formed_svg() {
    for multi in [false, true] {
        let (tmp, file) = write(Format::Dot, multi);
        let Some(out) = run("dot", &["-Tsvg", file.to_str().unwrap()], &[]) else {
            return;
        };
        let svg = ok(&out, "dot -Tsvg");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "",
            "dot -Tsvg printed warnings"
        );
        let svg_path = tmp.path().join("fixture.svg");
        std::fs::write(&svg_path, &svg).unwrap();
        let Some(lint) = run("xmllint", &["--noout", svg_path.to_str().unwrap()], &[]) else {
            return;
        };
        ok(&lint, "xmllint on the SVG");
        assert_eq!(
            String::from_utf8_lossy(&lint.stderr),
            "",
            "SVG not well-formed"
        );

        // Graphviz draws every node and edge as <g class="node|edge"> with a
        // <title>; the legend is one node, "legend:table".
        let drawn = |class: &str| {
            titles(&svg, class)
                .iter()
                .filter(|t| !t.starts_with("legend:"))
                .count()
        };
        assert_eq!(drawn("node"), NODES, "node count in the SVG");
        let edges = if multi { MULTI_EDGES } else { EDGES };
        assert_eq!(drawn("edge"), edges, "edge count in the SVG");
        assert!(titles(&svg, "node").contains(&"legend:table".to_string()));
        for label in [
            "Пётр Иванов",
            "Zürich, Genève &amp; Ærø",
            "Anna &quot;Ana&quot; O&#39;Kovač &amp; &lt;Partners&gt; \\",
            "strict digraph subgraph edge",
            ">graph\\<",
            "\u{2500}\u{2500} holds_office<",
        ] {
            assert!(svg.contains(label), "SVG lacks {label}");
        }
    }
}

/// The `<title>` of every `<g class="...">` in Graphviz's SVG.
fn titles(svg: &str, class: &str) -> Vec<String> {
    let marker = format!("class=\"{class}\">");
    svg.split(&marker)
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find("<title>")? + "<title>".len();
            let end = rest[start..].find("</title>")? + start;
            Some(rest[start..end].to_string())
        })
        .collect()
}

#[test]
fn svg_format_renders_through_graphviz() {
    if skipping() {
        return;
    }
    let svg = Format::Svg
        .render(&tricky(), &ExportOptions::default())
        .unwrap_or_else(|e| panic!("{e}; install the graph readers with .ci/install-readers.sh"));
    let svg = String::from_utf8(svg).unwrap();
    assert!(svg.contains("<svg"), "{svg}");
    assert!(svg.contains("Пётр Иванов"));
}

/// The graph of the dev set in `../shared/eval/dev/docs`, when it is there.
fn dev_graph() -> Option<actorgraph::graph::Graph> {
    let docs = root().join("../shared/eval/dev/docs");
    if !docs.exists() {
        eprintln!(
            "dev-set reader checks skipped: {} not found",
            docs.display()
        );
        return None;
    }
    let (g, problems) = actorgraph::pipeline::build_graph_from_paths(&[docs]);
    assert!(
        problems
            .iter()
            .all(|d| d.severity != actorgraph::diag::Severity::Error),
        "{problems:?}"
    );
    assert!(
        g.edge_count() > 50,
        "the dev-set graph is suspiciously small"
    );
    Some(g)
}

/// Every reader and schema on the dev-set graph: the files of real articles,
/// not only the tricky fixture, open everywhere with every node and edge.
#[test]
fn every_reader_opens_the_dev_set_graph() {
    let Some(g) = dev_graph() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let opts = ExportOptions::default();
    let mut files = std::collections::BTreeMap::new();
    for format in [Format::Graphml, Format::Gexf, Format::Dot] {
        let path = tmp.path().join(format!("dev.{}", format.extension()));
        std::fs::write(&path, format.render(&g, &opts).unwrap()).unwrap();
        files.insert(format.as_str(), path);
    }
    let (nodes, edges) = (g.node_count(), g.edge_count());
    if let Some(dir) = schemas() {
        for version in ["1.0", "1.1"] {
            let xsd = dir.join(format!("graphml/{version}/graphml.xsd"));
            xmllint_schema(
                &files["graphml"],
                "--schema",
                &xsd,
                &dir.join("catalog.xml"),
            );
        }
        xmllint_schema(
            &files["gexf"],
            "--relaxng",
            &dir.join("gexf/1.3/gexf.rng"),
            &dir.join("catalog.xml"),
        );
    }
    let readers: [(&str, Vec<String>, &str); 5] = [
        (
            &python(),
            vec!["tests/readers/read_networkx.py".into(), "graphml".into()],
            "graphml",
        ),
        (
            &python(),
            vec!["tests/readers/read_networkx.py".into(), "gexf".into()],
            "gexf",
        ),
        (
            &python(),
            vec!["tests/readers/read_igraph.py".into()],
            "graphml",
        ),
        (
            "node",
            vec!["tests/readers/read_graphology.js".into(), "graphml".into()],
            "graphml",
        ),
        (
            "node",
            vec!["tests/readers/read_graphology.js".into(), "gexf".into()],
            "gexf",
        ),
    ];
    for (program, mut args, format) in readers {
        args.push(files[format].to_str().unwrap().to_string());
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let what = format!("{program} {} on the dev-set graph", argv.join(" "));
        let Some(r) = read(program, &argv, what.clone()) else {
            return;
        };
        assert_eq!(r.nodes().len(), nodes, "{what}: nodes");
        assert_eq!(r.edges().len(), edges, "{what}: edges");
    }
    let Some(out) = run("dot", &["-Tsvg", files["dot"].to_str().unwrap()], &[]) else {
        return;
    };
    ok(&out, "dot -Tsvg on the dev-set graph");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "dot -Tsvg printed warnings on the dev-set graph"
    );
}
