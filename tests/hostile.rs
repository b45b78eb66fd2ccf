//! Hostile text still gives files every reader opens (issue 29, "files a
//! reader cannot open"): a short news article written for this test is
//! mutated the ways scrapes go wrong (control characters, bidi marks,
//! 20,000-character tokens, stray quotes and markup characters, names glued
//! to junk), built by the binary into every format, and each file is opened
//! by its reader: Graphviz `dot` (its quoted strings stop at 16,384 bytes),
//! xmllint for GraphML, GEXF and SVG, and NetworkX for GraphML and GEXF.
//! Discovered names stay names (at most 100 characters), and graph JSON keeps
//! the whole of a value the XML files cut.
//!
//! The readers come from `.ci/install-readers.sh`; `ACTORGRAPH_SKIP_READERS=1`
//! skips them on purpose (the binary's own checks still run).

mod common;

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

const ARTICLE: &str = "\
BERLIN (Wire) - Olaf Scholz met Emmanuel Macron in Berlin on Monday, the chancellery said.

Spokesman Anna Kowalski said the two leaders discussed trade and energy.

Scholz later spoke by phone with William Ruto, who is due to visit Paris next week.

Minister Peter Okafor criticized Macron over the plan, calling it unfair.
";

/// A small deterministic generator, so that every run mutates alike.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// `text` with `insert()` put before about one character in `every`, only
/// at character boundaries.
fn sprinkle(
    text: &str,
    every: usize,
    seed: u64,
    mut insert: impl FnMut(&mut Lcg) -> String,
) -> String {
    let mut rng = Lcg(seed);
    let mut out = String::new();
    for c in text.chars() {
        if rng.next(every) == 0 {
            let s = insert(&mut rng);
            out.push_str(&s);
        }
        out.push(c);
    }
    out
}

fn variants() -> Vec<(&'static str, String)> {
    let controls = [
        "\u{1}", "\u{7}", "\u{b}", "\u{c}", "\u{1b}", "\u{7f}", "\r", "\u{0085}", "\u{fffe}",
    ];
    let bidi = [
        "\u{202e}", "\u{202d}", "\u{2066}", "\u{2069}", "\u{200f}", "\u{200e}", "\u{061c}",
    ];
    let quotes = [
        "\"", "'", "\\", "<", ">", "&", "]]>", "\\N", "{", "}", "--", ";",
    ];
    let long = "x".repeat(20_000);
    let glued = ARTICLE
        .replace("Macron", &format!("Macron{long}"))
        .replace("Kowalski", &format!("Kow{}", "w".repeat(20_000)))
        .replace(
            "Peter Okafor",
            &format!("Peter {}Okafor", "Q".repeat(20_000)),
        );
    let tokens = sprinkle(ARTICLE, 40, 3, |r| {
        let c = ['a', 'Z', 'é', '#'][r.next(4)];
        format!(" {} ", c.to_string().repeat(20_000))
    });
    let all = sprinkle(&glued, 15, 9, |r| match r.next(3) {
        0 => controls[r.next(controls.len())].to_string(),
        1 => bidi[r.next(bidi.len())].to_string(),
        _ => quotes[r.next(quotes.len())].to_string(),
    });
    vec![
        (
            "controls",
            sprinkle(ARTICLE, 12, 1, |r| {
                controls[r.next(controls.len())].to_string()
            }),
        ),
        (
            "bidi",
            sprinkle(ARTICLE, 10, 2, |r| bidi[r.next(bidi.len())].to_string()),
        ),
        ("tokens", tokens),
        (
            "quotes",
            sprinkle(ARTICLE, 10, 4, |r| quotes[r.next(quotes.len())].to_string()),
        ),
        ("glued", glued),
        ("all", all),
    ]
}

fn skipping() -> bool {
    std::env::var("ACTORGRAPH_SKIP_READERS").is_ok_and(|v| v == "1")
}

/// Runs a reader on `file`; it must succeed. Nothing when skipping readers.
fn reader(program: &str, args: &[&str], file: &Path) {
    if skipping() {
        return;
    }
    let out = Command::new(program)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {program} ({e}); install the readers with .ci/install-readers.sh")
        });
    assert!(
        out.status.success(),
        "{program} cannot open {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
            .chars()
            .take(2000)
            .collect::<String>()
    );
}

#[test]
fn every_format_of_hostile_text_opens_in_its_reader() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    let _ = fs::remove_dir_all(&root);
    let networkx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/readers/read_networkx.py");
    let formats = if skipping() {
        "json,graphml,gexf,dot"
    } else {
        "json,graphml,gexf,dot,svg"
    };
    for (name, text) in variants() {
        let dir = root.join(name);
        fs::create_dir_all(dir.join("news")).unwrap();
        fs::write(dir.join("news/article.txt"), &text).unwrap();
        let o = Command::new(BIN)
            .args(["build", "news", "-f", formats, "-o", "out/"])
            .current_dir(&dir)
            .output()
            .expect("the binary runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{name}: {err}");
        let out = dir.join("out");

        let g: Value = serde_json::from_slice(&fs::read(out.join("graph.json")).unwrap()).unwrap();
        let nodes = g["nodes"].as_array().unwrap();
        assert!(!nodes.is_empty(), "{name}: no actors");
        for n in nodes {
            let label = n["label"].as_str().unwrap();
            assert!(
                label.chars().count() <= 100 && n["id"].as_str().unwrap().len() <= 300,
                "{name}: an actor named {} characters long: {}...",
                label.chars().count(),
                label.chars().take(60).collect::<String>()
            );
        }
        let labels: Vec<&str> = nodes.iter().filter_map(|n| n["label"].as_str()).collect();
        assert!(labels.contains(&"Olaf Scholz"), "{name}: {labels:?}");

        reader("dot", &["-Tsvg", "-o", "/dev/null"], &out.join("graph.dot"));
        for f in ["graphml", "gexf"] {
            reader(
                "xmllint",
                &["--noout", "--nonet"],
                &out.join(format!("graph.{f}")),
            );
            reader(
                &common::python(),
                &[networkx.to_str().unwrap(), f],
                &out.join(format!("graph.{f}")),
            );
        }
        if !skipping() {
            reader("xmllint", &["--noout", "--nonet"], &out.join("graph.svg"));
        }
    }
}

/// Values past every format's cap (a 20,000-character id, a 150,000-character
/// label and evidence sentence, as a merged graph from elsewhere can hold):
/// cut in DOT, GraphML and GEXF, which every reader still opens, and kept
/// whole in graph JSON.
#[test]
fn values_past_the_caps_are_cut_in_the_files_and_whole_in_json() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-long-values");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("news")).unwrap();
    fs::write(dir.join("news/a.txt"), ARTICLE).unwrap();
    let run = |args: &[&str]| {
        let o = Command::new(BIN)
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("the binary runs");
        assert_eq!(
            o.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    };
    run(&["build", "news", "-f", "json", "-o", "g.json"]);
    let mut g: Value = serde_json::from_slice(&fs::read(dir.join("g.json")).unwrap()).unwrap();
    let long_id = format!("olaf-{}", "x".repeat(20_000));
    let long_label = format!("Olaf {}", "y".repeat(150_000));
    let long_text = format!("Olaf Scholz met {}", "z".repeat(150_000));
    let old_id = "olaf-scholz";
    for n in g["nodes"].as_array_mut().unwrap() {
        if n["id"] == old_id {
            n["id"] = long_id.clone().into();
            n["label"] = long_label.clone().into();
        }
    }
    for e in g["edges"].as_array_mut().unwrap() {
        for end in ["source", "target"] {
            if e[end] == old_id {
                e[end] = long_id.clone().into();
            }
        }
        for ev in e["evidence"].as_array_mut().unwrap() {
            ev["text"] = long_text.clone().into();
            if ev["initiator"] == old_id {
                ev["initiator"] = long_id.clone().into();
            }
        }
    }
    fs::write(dir.join("long.json"), serde_json::to_vec(&g).unwrap()).unwrap();
    let out = dir.join("out");
    fs::create_dir_all(&out).unwrap();
    for f in ["json", "graphml", "gexf", "dot"] {
        run(&["merge", "long.json", "-o", &format!("out/graph.{f}")]);
    }

    let merged: Value = serde_json::from_slice(&fs::read(out.join("graph.json")).unwrap()).unwrap();
    let node = merged["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == long_id.as_str())
        .expect("JSON keeps the whole id");
    assert_eq!(
        node["label"],
        long_label.as_str(),
        "JSON keeps the whole label"
    );
    assert!(
        merged.to_string().contains(&long_text),
        "JSON keeps the whole sentence"
    );
    for f in ["graphml", "gexf", "dot"] {
        let file = fs::read_to_string(out.join(format!("graph.{f}"))).unwrap();
        assert!(
            !file.contains(&long_id) && !file.contains(&long_text),
            "{f} holds a value past its cap"
        );
        assert!(file.contains("olaf-xxxxxxxx"), "{f} lost the node");
    }
    let dot = fs::read_to_string(out.join("graph.dot")).unwrap();
    assert!(
        dot.lines().all(|l| l.len() < 16_384),
        "a DOT line past Graphviz's limit"
    );
    reader("dot", &["-Tsvg", "-o", "/dev/null"], &out.join("graph.dot"));
    let networkx = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/readers/read_networkx.py");
    for f in ["graphml", "gexf"] {
        let file = out.join(format!("graph.{f}"));
        reader("xmllint", &["--noout", "--nonet"], &file);
        reader(&common::python(), &[networkx.to_str().unwrap(), f], &file);
    }
}
