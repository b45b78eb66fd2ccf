//! Gazetteer files: arbitrary text parsed as JSON Lines and as TSV entries,
//! built into a gazetteer, and searched on a fixed sentence.
#![no_main]

use actorgraph::gazetteer::Gazetteer;
use actorgraph::gazetteer::entry::{parse_jsonl, parse_tsv};
use actorgraph::span::Span;
use libfuzzer_sys::fuzz_target;

const SENTENCE: &str = "Prime Minister Ada Lindqvist met the mayor of Oslo, Mr. Berg, in Turku on Monday; \u{00c9}lodie Fa\u{00ef}d of the UN called L\u{00f3}pez.";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (mut entries, _) = parse_jsonl(&text, "fuzz.jsonl");
    let (tsv, _) = parse_tsv(&text, "fuzz.tsv");
    entries.extend(tsv);
    let (g, _) = Gazetteer::builder().add_entries(entries).build();
    for hay in [SENTENCE, text.as_ref()] {
        let region = Span::new(0, hay.len());
        for h in g.find(hay, region) {
            assert!(
                hay.get(h.span.start..h.span.end).is_some(),
                "hit {:?} off char boundaries",
                h.span
            );
            assert!(!h.targets.is_empty(), "a hit with no entry");
            for (id, _) in &h.targets {
                let _ = g.entry(*id);
            }
        }
    }
});
