//! Generality check of cleaning on the shared dev set (not the project's
//! data, never copied here): every gold relation's evidence should lie in kept
//! body text. Prints, per document, how many blocks were dropped and why.
//! Skipped with a message where `../shared/eval/dev` is absent.

use actorgraph::clean::clean;
use actorgraph::ingest::{Input, InputOptions, read_inputs};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Gold evidence that may be missing from kept text before this test fails.
const MAX_MISSING: usize = 2;

/// Whitespace-normalised text, so that evidence spanning a line break matches.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn dev_set_evidence_is_kept() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev");
    let (docs, gold) = (root.join("docs"), root.join("gold"));
    if !docs.is_dir() || !gold.is_dir() {
        println!("skipped: {} is absent", root.display());
        return;
    }
    let mut kept: BTreeMap<String, String> = BTreeMap::new();
    for input in read_inputs(&[&docs], &InputOptions::default()) {
        let Input::Article(a) = input else {
            panic!("dev set input problem: {input:?}");
        };
        let c = clean(&a);
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for b in &c.blocks {
            if let Some(r) = b.skipped {
                *reasons.entry(r).or_default() += 1;
            }
        }
        println!(
            "{}: {} blocks, {} dropped {:?}, date {:?} ({:?})",
            a.id,
            c.blocks.len(),
            c.skipped_count(),
            reasons,
            c.date.map(|d| d.to_string()),
            c.date_source
        );
        kept.insert(a.id.clone(), squash(&c.body_text(&a.text)));
    }
    let mut gold_files: Vec<PathBuf> = std::fs::read_dir(&gold)
        .expect("gold folder")
        .map(|e| e.expect("gold entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    gold_files.sort();
    let (mut total, mut missing) = (0, 0);
    for g in gold_files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&g).expect("gold file"))
                .expect("gold json");
        let doc = v["doc"].as_str().expect("doc name");
        let body = kept.get(doc).map(String::as_str).unwrap_or("");
        for rel in v["relations"].as_array().into_iter().flatten() {
            let Some(ev) = rel["evidence"].as_str() else {
                continue;
            };
            total += 1;
            // Annotators elide with "..."; each piece must be in the body.
            let pieces: Vec<String> = ev
                .split("...")
                .flat_map(|p| p.split('…'))
                .map(squash)
                .filter(|p| !p.is_empty())
                .collect();
            if !pieces.iter().all(|p| body.contains(p.as_str())) {
                missing += 1;
                println!("not in kept text: {doc}: {} chars of evidence", ev.len());
            }
        }
    }
    println!(
        "dev-set evidence in kept text: {}/{total} ({missing} missing)",
        total - missing
    );
    assert!(total > 0, "no gold relations found");
    assert!(
        missing <= MAX_MISSING,
        "{missing} gold evidence strings fall in dropped blocks"
    );
}
