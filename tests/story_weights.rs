//! Issue 29, "Story weights past 100 documents": an edge's weight is the
//! number of distinct stories among its documents, however many documents
//! it has (the edge keeps the ids of the first 100 and the hashes of the
//! others), in memory and through the spill path, in a build and in a merge.
//!
//! The articles are our own, about people in the default gazetteer.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

/// Three stories of our own, each long enough to be compared for
/// near-duplicates, and unlike each other. Each has a relation of its own
/// (a pair only it names) and all three report Macron meeting Scholz.
const STORIES: [&str; 3] = [
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on \
     Tuesday to discuss a joint fighter jet programme that has been delayed by disputes \
     over industrial shares. Macron also called Italian Prime Minister Giorgia Meloni \
     later in the evening, his office said. Officials from both ministries of defence \
     will draft a timetable for the next phase before the summer recess.",
    "Farmers blocked roads outside Paris for a third day. Emmanuel Macron met Olaf Scholz \
     at a border town where the two leaders planted a tree and spoke about the history of \
     the region. Separately, Spanish Prime Minister Pedro Sanchez met Portuguese Prime \
     Minister Antonio Costa in Lisbon about water rights along their shared rivers, \
     according to a statement that listed seventeen points of agreement.",
    "A storm closed three airports along the Baltic coast. Among the few flights that \
     left, one carried Olaf Scholz, who met Emmanuel Macron over breakfast near the \
     airfield before the chancellor went home. Ukrainian President Volodymyr Zelensky met \
     Polish President Andrzej Duda in Kyiv on Monday, the presidency said, and both \
     sides promised a new inspection regime for grain transit within weeks.",
];

/// Writes a JSON Lines corpus: `copies` copies of each story in `stories`,
/// with ids that interleave the stories (so the first 100 ids by order mix
/// them).
fn corpus(dir: &Path, stories: &[usize], copies: usize) -> std::path::PathBuf {
    let mut out = String::new();
    for c in 0..copies {
        for &s in stories {
            let record = serde_json::json!({
                "id": format!("copy-{c:04}-story-{s}"),
                "date": "2024-05-14",
                "title": "Diplomatic round-up",
                "text": STORIES[s],
            });
            out.push_str(&record.to_string());
            out.push('\n');
        }
    }
    let path = dir.join(format!("corpus-{}-{copies}.jsonl", stories.len()));
    fs::write(&path, out).unwrap();
    path
}

fn run(args: &[&str]) {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Builds `input` into graph JSON `out` with the given edge memory (MiB;
/// 0 keeps everything in memory).
fn build(input: &Path, out: &Path, memory: &str) -> serde_json::Value {
    run(&[
        "build",
        "-q",
        "-j",
        "2",
        "--edge-memory",
        memory,
        "-f",
        "json",
        "-o",
        out.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    serde_json::from_str(&fs::read_to_string(out).unwrap()).unwrap()
}

/// (source, relation, status, target) -> (weight, doc_count) of every edge.
fn weights(g: &serde_json::Value) -> BTreeMap<String, (u64, u64)> {
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let key = format!(
                "{} {} {} {}",
                e["source"].as_str().unwrap(),
                e["relation"].as_str().unwrap(),
                e["status"].as_str().unwrap(),
                e["target"].as_str().unwrap(),
            );
            let w = (
                e["weight"].as_u64().unwrap(),
                e["doc_count"].as_u64().unwrap(),
            );
            (key, w)
        })
        .collect()
}

const MET: &str = "emmanuel-macron met occurred olaf-scholz";

fn story_count(g: &serde_json::Value) -> usize {
    let docs = g["documents"].as_array().unwrap();
    let stories: std::collections::BTreeSet<&str> =
        docs.iter().map(|d| d["story"].as_str().unwrap()).collect();
    stories.len()
}

#[test]
fn story_weights_past_100_documents_count_one_story_once() {
    let dir = tempfile::tempdir().unwrap();
    for copies in [150, 300] {
        let input = corpus(dir.path(), &[0], copies);
        for memory in ["0", "1"] {
            let g = build(&input, &dir.path().join("g.json"), memory);
            assert_eq!(story_count(&g), 1, "{copies} copies");
            let w = weights(&g);
            assert!(w.contains_key(MET), "{w:?}");
            for (key, &(weight, docs)) in &w {
                assert_eq!(docs, copies as u64, "{key}, {copies} copies");
                assert_eq!(weight, 1, "{key}, {copies} copies, --edge-memory {memory}");
            }
        }
    }
}

#[test]
fn story_weights_past_100_documents_count_each_of_a_mix_of_stories() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path(), &[0, 1, 2], 120);
    for memory in ["0", "1"] {
        let g = build(&input, &dir.path().join("g.json"), memory);
        assert_eq!(story_count(&g), 3);
        let w = weights(&g);
        // Told by all three stories, 360 documents.
        assert_eq!(w.get(MET), Some(&(3, 360)), "{w:?}");
        // Each told by one story only, in 120 documents.
        for key in [
            "emmanuel-macron called occurred giorgia-meloni",
            "antonio-costa met occurred pedro-sanchez",
            "andrzej-duda met occurred volodymyr-zelenskyy",
        ] {
            assert_eq!(w.get(key), Some(&(1, 120)), "{key}: {w:?}");
        }
        for (key, &(weight, docs)) in &w {
            assert!(weight <= 3 && weight <= docs, "{key}");
        }
    }
}

#[test]
fn story_weights_past_100_documents_survive_a_merge_of_parts() {
    let dir = tempfile::tempdir().unwrap();
    let a = build(
        &corpus(dir.path(), &[0, 1], 130),
        &dir.path().join("a.json"),
        "0",
    );
    assert_eq!(weights(&a).get(MET), Some(&(2, 260)));
    let b_in = dir.path().join("b");
    fs::create_dir(&b_in).unwrap();
    let b = build(&corpus(&b_in, &[2], 140), &dir.path().join("b.json"), "0");
    assert_eq!(weights(&b).get(MET), Some(&(1, 140)));
    let merged = dir.path().join("ab.json");
    run(&[
        "merge",
        dir.path().join("a.json").to_str().unwrap(),
        dir.path().join("b.json").to_str().unwrap(),
        "-o",
        merged.to_str().unwrap(),
    ]);
    let g: serde_json::Value = serde_json::from_str(&fs::read_to_string(&merged).unwrap()).unwrap();
    assert_eq!(weights(&g).get(MET), Some(&(3, 400)));
    assert_eq!(
        weights(&g).get("antonio-costa met occurred pedro-sanchez"),
        Some(&(1, 130))
    );
}

/// Issue 29, "Merging a part twice": documents are keyed by id, so a graph
/// merged with itself, or with a part it already holds, is unchanged
/// (sentence counts, weights, document counts, evidence), in memory and
/// spilled.
#[test]
fn merging_a_part_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    // A: 110 copies of story 0 and one article of story 1; B: story 2.
    let a_in = corpus(dir.path(), &[0], 110);
    let mut a_text = fs::read_to_string(&a_in).unwrap();
    a_text.push_str(
        &serde_json::json!({"id": "lone-1", "date": "2024-05-14", "text": STORIES[1]}).to_string(),
    );
    a_text.push('\n');
    fs::write(&a_in, a_text).unwrap();
    build(&a_in, Path::new(&path("a.json")), "0");
    let b_dir = dir.path().join("b");
    fs::create_dir(&b_dir).unwrap();
    build(&corpus(&b_dir, &[2], 3), Path::new(&path("b.json")), "0");
    let read = |name: &str| fs::read_to_string(path(name)).unwrap();
    for memory in ["0", "1"] {
        let merge = |inputs: &[&str], out: &str| {
            let mut args = vec!["merge".to_string(), "--edge-memory".into(), memory.into()];
            args.extend(inputs.iter().map(|i| path(i)));
            args.extend(["-o".into(), path(out)]);
            run(&args.iter().map(String::as_str).collect::<Vec<_>>());
        };
        merge(&["a.json"], "a1.json");
        merge(&["a.json", "a.json"], "aa.json");
        merge(&["a.json", "a.json", "a.json"], "aaa.json");
        assert_eq!(read("aa.json"), read("a1.json"), "merge A A, {memory}");
        assert_eq!(read("aaa.json"), read("a1.json"), "merge A A A, {memory}");
        merge(&["a.json", "b.json"], "ab.json");
        merge(&["ab.json", "a.json"], "ab-a.json");
        merge(&["ab.json", "b.json", "ab.json"], "ab-b-ab.json");
        assert_eq!(read("ab-a.json"), read("ab.json"), "merge AB A, {memory}");
        assert_eq!(
            read("ab-b-ab.json"),
            read("ab.json"),
            "merge AB B AB, {memory}"
        );
    }
    // The counts are those of one build, and a merge of disjoint parts adds.
    let g: serde_json::Value = serde_json::from_str(&read("ab-a.json")).unwrap();
    let met = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "emmanuel-macron" && e["relation"] == "met")
        .unwrap();
    assert_eq!(met["doc_count"], 114);
    assert_eq!(met["sentences"], 114);
    assert_eq!(met["weight"], 3);
}
