//! JSON Lines input: arbitrary bytes as a `.jsonl` file read by
//! `ingest::read_inputs`. It must never panic, and every item is an article or
//! a problem naming the file.
#![no_main]

use actorgraph::ingest::{Input, InputOptions, read_inputs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("x.jsonl");
    std::fs::write(&path, data).expect("write the input");
    let lines = data.split(|&b| b == b'\n').count();
    let mut n = 0usize;
    for item in read_inputs(&[&path], &InputOptions::default()) {
        n += 1;
        match item {
            Input::Article(a) => {
                assert!(!a.id.is_empty(), "an article without an id");
                assert!(a.source.ends_with("x.jsonl"), "source {:?}", a.source);
            }
            Input::Problem(d) => {
                assert!(
                    d.source.ends_with("x.jsonl"),
                    "problem names {:?}",
                    d.source
                );
                if let Some(line) = d.line {
                    assert!(line >= 1 && line <= lines, "line {line} of {lines}");
                }
            }
        }
    }
    // At most one article and one or two problems a line.
    assert!(n <= 3 * lines + 1, "{n} items from {lines} lines");
});
