//! Near-duplicate articles are one story: the same wire story on two sites
//! keeps both sources on the edge but adds one to its weight, and graphs of
//! parts of a corpus, merged and recounted, give the graph of one run.
//!
//! The articles are our own, about people in the default gazetteer.

use actorgraph::article::Article;
use actorgraph::export::json;
use actorgraph::graph::{Edge, Graph, Limits};
use actorgraph::model::{Relation, Status};
use actorgraph::pipeline::Pipeline;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

/// The agency copy that two sites ran.
const WIRE: &str = "Chilean President Gabriel Boric met Colombian President Gustavo Petro in \
    Bogotá on Monday to discuss a regional lithium pact and cooperation against drug \
    trafficking, officials said. The two leaders agreed to set up a joint commission on \
    mining royalties and to hold further talks before the end of the year. Neither \
    government gave details of the proposals exchanged during the three-hour session at \
    the presidential palace. A spokeswoman for the Chilean foreign ministry said the talks \
    had been frank and useful.";

/// (id, headline, body): two sites with the wire copy under their own
/// headline and closing line, and a third with its own report of the meeting.
const ARTICLES: [(&str, &str, &str); 3] = [
    (
        "wire-a",
        "Boric and Petro seek lithium pact",
        "A joint statement is expected on Wednesday.",
    ),
    (
        "wire-b",
        "Chile and Colombia eye mining commission",
        "Reporting by a staff correspondent; editing by the night desk.",
    ),
    (
        "own-c",
        "A long dinner in the capital",
        "Gabriel Boric met Gustavo Petro on Monday in Bogotá, the Colombian presidency said \
         in a statement. According to aides, the evening ran late, with both delegations \
         staying for a dinner of ajiaco and a concert by a youth orchestra from Medellín. \
         Chilean diplomats described the mood as warm despite disagreements over copper \
         tariffs.",
    ),
];

/// The text of article `i`: headline, then the wire copy (for the wire
/// articles) and the article's own paragraph.
fn text(i: usize) -> String {
    let (id, headline, own) = ARTICLES[i];
    if id.starts_with("wire") {
        format!("{headline}\n\n{WIRE}\n\n{own}\n")
    } else {
        format!("{headline}\n\n{own}\n")
    }
}

fn article(i: usize) -> Article {
    let mut a = Article::new(ARTICLES[i].0, text(i));
    a.title = Some(ARTICLES[i].1.to_string());
    a.date = Some(jiff::civil::Date::constant(2025, 3, 12));
    a
}

/// The default pipeline, loaded once for all the tests.
fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::default)
}

fn build(indices: &[usize]) -> Graph {
    pipeline().build(indices.iter().map(|&i| article(i)).collect::<Vec<_>>())
}

/// The meeting that took place (the articles also report further talks
/// as planned, an edge of its own).
fn met(g: &Graph) -> &Edge {
    let found: Vec<&Edge> = g
        .edges()
        .filter(|e| e.key.relation == Relation::Met && e.key.status == Status::Occurred)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0]
}

fn story<'g>(g: &'g Graph, doc: &str) -> Option<&'g str> {
    g.docs()
        .find(|(id, _)| *id == doc)
        .and_then(|(_, d)| d.story.as_deref())
}

#[test]
fn the_same_wire_story_on_two_sites_counts_once() {
    let g = build(&[0, 1, 2]);
    let e = met(&g);
    assert_eq!(
        (&*e.key.source, &*e.key.target),
        ("gabriel-boric", "gustavo-petro")
    );
    assert_eq!(
        e.docs.iter().map(|d| &**d).collect::<Vec<_>>(),
        ["own-c", "wire-a", "wire-b"],
        "the edge keeps every source"
    );
    assert_eq!(e.doc_count, 3);
    assert_eq!(e.sentences, 3);
    assert_eq!(e.weight, 2, "two stories: the wire copy and the own report");
    assert_eq!(story(&g, "wire-a"), Some("wire-a"));
    assert_eq!(story(&g, "wire-b"), Some("wire-a"));
    assert_eq!(story(&g, "own-c"), Some("own-c"));
    assert_eq!(g.story_count(), 2);
    // The offices come from the wire copy only: two sources, one story.
    for e in g
        .edges()
        .filter(|e| e.key.relation == Relation::HoldsOffice)
    {
        assert_eq!((e.doc_count, e.weight), (2, 1), "{e:?}");
    }
}

#[test]
fn without_the_duplicate_every_source_is_its_own_story() {
    let g = build(&[0, 2]);
    let e = met(&g);
    assert_eq!((e.doc_count, e.weight, e.sentences), (2, 2, 2));
}

/// Every order of `items`.
fn permutations<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let first = rest.remove(i);
        for mut p in permutations(&rest) {
            p.insert(0, first.clone());
            out.push(p);
        }
    }
    out
}

#[test]
fn merged_parts_give_the_one_run_graph_in_every_order() {
    let whole = json::to_string(&build(&[0, 1, 2]));
    // Splits that put the two copies of the wire story in different parts.
    let splits: [&[&[usize]]; 3] = [&[&[0], &[1], &[2]], &[&[0, 2], &[1]], &[&[0], &[1, 2]]];
    for split in splits {
        // Each part as `actorgraph build` would write it, read back.
        let parts: Vec<String> = split.iter().map(|p| json::to_string(&build(p))).collect();
        let read = |s: &String| json::from_str(s, "part.json", Limits::default()).unwrap();
        for order in permutations(&parts) {
            let mut g = Graph::with_limits(Limits::default());
            for p in &order {
                g.merge(read(p));
            }
            // Before the recount, each part's stories were counted alone.
            assert_eq!(met(&g).weight, 3, "{split:?}");
            g.count_stories();
            assert_eq!(
                json::to_string(&g),
                whole,
                "{split:?} merged in another order"
            );
        }
        if parts.len() == 3 {
            // (a + b) + c and a + (b + c).
            let mut bc = read(&parts[1]);
            bc.merge(read(&parts[2]));
            let mut a_bc = read(&parts[0]);
            a_bc.merge(bc);
            a_bc.count_stories();
            assert_eq!(json::to_string(&a_bc), whole);
        }
    }
}

#[test]
fn json_round_trip_keeps_signatures_and_stories() {
    let s = json::to_string(&build(&[0, 1, 2]));
    assert!(s.contains("\"format_version\": 2"), "{s}");
    assert!(s.contains("\"story\": \"wire-a\""), "{s}");
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    for d in v["documents"].as_array().unwrap() {
        let sig = d["signature"].as_str().unwrap_or_else(|| panic!("{d}"));
        assert_eq!(sig.len(), 256, "{d}");
        assert!(sig.bytes().all(|b| b.is_ascii_hexdigit()), "{d}");
    }
    let back = json::from_str(&s, "g.json", Limits::default()).unwrap();
    assert_eq!(json::to_string(&back), s);
    let original = build(&[0, 1, 2]);
    for ((id, d), (id2, d2)) in original.docs().zip(back.docs()) {
        assert_eq!(id, id2);
        assert!(d.signature.is_some(), "{id}");
        assert_eq!(d.signature, d2.signature, "{id}");
        assert_eq!(d.story, d2.story, "{id}");
    }
    // Recounting a read graph changes nothing.
    let mut again = back;
    again.count_stories();
    assert_eq!(json::to_string(&again), s);
}

#[test]
fn a_short_body_is_its_own_story() {
    let short = |id: &str| {
        let mut a = Article::new(id, "Gabriel Boric met Gustavo Petro on Monday.\n");
        a.date = Some(jiff::civil::Date::constant(2025, 3, 12));
        a
    };
    let g = pipeline().build(vec![short("s-1"), short("s-2")]);
    for (id, d) in g.docs() {
        assert_eq!(d.signature, None, "{id}: too short to compare");
        assert_eq!(d.story.as_deref(), Some(id));
    }
    let e = met(&g);
    assert_eq!((e.doc_count, e.weight, e.sentences), (2, 2, 2));
    let s = json::to_string(&g);
    assert!(!s.contains("\"signature\""), "{s}");
}

#[test]
fn a_version_1_file_reads_with_sentences_from_its_weight() {
    let v1 = r#"{
  "format_version": 1,
  "documents": [{"id": "d1", "date": null}, {"id": "d2", "date": null}],
  "nodes": [
    {"id": "a", "label": "A", "kind": "person"},
    {"id": "b", "label": "B", "kind": "person"}
  ],
  "edges": [{
    "source": "a", "target": "b", "relation": "met", "status": "occurred",
    "date": null, "place": null, "weight": 5, "docs": ["d1", "d2"], "doc_count": 2,
    "evidence": []
  }]
}"#;
    let g = json::from_str(v1, "old.json", Limits::default()).unwrap();
    let e = g.edges().next().unwrap();
    assert_eq!((e.sentences, e.weight, e.doc_count), (5, 2, 2));
    let s = json::to_string(&g);
    assert!(s.contains("\"format_version\": 2"));
    assert!(s.contains("\"sentences\": 5"));
}

#[test]
fn a_bad_signature_names_the_file_and_document() {
    let s = json::to_string(&build(&[0])).replacen("\"signature\": \"", "\"signature\": \"zz", 1);
    let err = json::from_str(&s, "part.json", Limits::default())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("part.json"), "{err}");
    assert!(err.contains("document 'wire-a'"), "{err}");
    assert!(err.contains("256 hex digits"), "{err}");
}

/// One JSON Lines record per article.
fn jsonl(indices: &[usize]) -> String {
    let mut out = String::new();
    for &i in indices {
        let (id, headline, _) = ARTICLES[i];
        let rec = serde_json::json!({
            "id": id, "date": "2025-03-12", "title": headline, "text": text(i)
        });
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    out
}

fn run(cmd: &mut Command) {
    let o = cmd.output().expect("cannot run actorgraph");
    assert!(
        o.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn build_cli(dir: &Path, name: &str, indices: &[usize]) -> std::path::PathBuf {
    let input = dir.join(format!("{name}.jsonl"));
    fs::write(&input, jsonl(indices)).unwrap();
    let out = dir.join(format!("{name}.json"));
    run(Command::new(BIN)
        .args(["build", "-f", "json", "-q", "-o"])
        .arg(&out)
        .arg(&input));
    out
}

#[test]
fn actorgraph_merge_recounts_the_stories() {
    let dir = tempfile::tempdir().unwrap();
    let whole = fs::read(build_cli(dir.path(), "whole", &[0, 1, 2])).unwrap();
    let parts = [
        build_cli(dir.path(), "p1", &[0, 2]),
        build_cli(dir.path(), "p2", &[1]),
    ];
    for (k, order) in [[0, 1], [1, 0]].iter().enumerate() {
        let out = dir.path().join(format!("merged{k}.json"));
        run(Command::new(BIN)
            .arg("merge")
            .arg(&parts[order[0]])
            .arg(&parts[order[1]])
            .arg("-o")
            .arg(&out));
        let merged = fs::read(&out).unwrap();
        assert!(
            merged == whole,
            "merge {order:?} differs from one run:\n{}",
            String::from_utf8_lossy(&merged)
        );
    }
    let g: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    let met = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["relation"] == "met")
        .unwrap();
    assert_eq!((&met["weight"], &met["sentences"]), (&2.into(), &3.into()));
}

/// The met edge of a graph JSON file.
fn met_json(path: &Path) -> serde_json::Value {
    let g: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["relation"] == "met" && e["status"] == "occurred")
        .cloned()
        .unwrap()
}

#[test]
fn graph_json_leaves_the_signatures_to_a_file_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let graph = build_cli(dir.path(), "whole", &[0, 1, 2]);
    let text = fs::read_to_string(&graph).unwrap();
    assert!(!text.contains("\"signature\""), "{text}");
    assert!(text.contains("\"story\": \"wire-a\""), "{text}");
    let sidecar = dir.path().join("whole.signatures.jsonl");
    let lines: Vec<serde_json::Value> = fs::read_to_string(&sidecar)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["own-c", "wire-a", "wire-b"]);
    for l in &lines {
        assert_eq!(l["signature"].as_str().unwrap().len(), 256, "{l}");
    }
    // No temporary file is left beside them.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["whole.json", "whole.jsonl", "whole.signatures.jsonl"]
    );
}

#[test]
fn merge_without_the_signature_files_compares_documents_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let parts = [
        build_cli(dir.path(), "p1", &[0, 2]),
        build_cli(dir.path(), "p2", &[1]),
    ];
    for p in ["p1", "p2"] {
        fs::remove_file(dir.path().join(format!("{p}.signatures.jsonl"))).unwrap();
    }
    let out = dir.path().join("merged.json");
    run(Command::new(BIN)
        .arg("merge")
        .args(&parts)
        .arg("-o")
        .arg(&out));
    // Every document its own story: the wire copy on two sites counts twice.
    let met = met_json(&out);
    assert_eq!((&met["weight"], &met["doc_count"]), (&3.into(), &3.into()));
    // The merged graph has no signatures to write.
    assert_eq!(
        fs::read_to_string(dir.path().join("merged.signatures.jsonl")).unwrap(),
        ""
    );
}

#[test]
fn graph_json_on_standard_output_keeps_its_signatures_for_merge() {
    let dir = tempfile::tempdir().unwrap();
    let mut parts = Vec::new();
    for (name, indices) in [("p1", &[0, 2][..]), ("p2", &[1][..])] {
        let o = Command::new(BIN)
            .args(["build", "-", "-f", "json", "-o", "-", "-q"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin
                    .take()
                    .unwrap()
                    .write_all(jsonl(indices).as_bytes())?;
                c.wait_with_output()
            })
            .unwrap();
        assert!(o.status.success());
        assert!(String::from_utf8_lossy(&o.stdout).contains("\"signature\""));
        let path = dir.path().join(format!("{name}.json"));
        fs::write(&path, &o.stdout).unwrap();
        parts.push(path);
    }
    let out = dir.path().join("merged.json");
    run(Command::new(BIN)
        .arg("merge")
        .args(&parts)
        .arg("-o")
        .arg(&out));
    let met = met_json(&out);
    assert_eq!((&met["weight"], &met["doc_count"]), (&2.into(), &3.into()));
}

#[test]
fn a_bad_signature_file_stops_merge_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let part = build_cli(dir.path(), "p1", &[0]);
    let sidecar = dir.path().join("p1.signatures.jsonl");
    fs::write(&sidecar, "{\"id\": \"wire-a\", \"signature\": \"zz\"}\n").unwrap();
    let o = Command::new(BIN)
        .arg("merge")
        .arg(&part)
        .arg("-o")
        .arg(dir.path().join("m.json"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("p1.signatures.jsonl:1:") && err.contains("256 hex digits"),
        "{err}"
    );
    assert!(!dir.path().join("m.json").exists());
}
