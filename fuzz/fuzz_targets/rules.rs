//! Rule files: arbitrary text parsed as rules, which then run through the
//! pipeline on fixed sentences with the default gazetteer.
#![no_main]

use actorgraph::article::Article;
use actorgraph::gazetteer::Gazetteer;
use actorgraph::pipeline::Pipeline;
use actorgraph::relate::Rules;
use libfuzzer_sys::fuzz_target;
use std::sync::{Mutex, OnceLock};

// Built once: cloning the default gazetteer for every input would make this
// target run two inputs a second. Each input swaps its rules in.
static PIPELINE: OnceLock<Mutex<Pipeline>> = OnceLock::new();

const TEXT: &str = "Vladimir Putin met Emmanuel Macron in Paris on Tuesday. \
He did not call Olaf Scholz, who had planned to visit Moscow next week.\n\n\
The Kremlin said Putin would host Macron in Sochi in May.";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (parsed, _) = Rules::parse(&text, "fuzz-rules.jsonl");
    let mut rules = Rules::empty();
    rules.extend(parsed);
    let mut p = PIPELINE
        .get_or_init(|| {
            Mutex::new(Pipeline::new(
                Gazetteer::default_gazetteer(),
                Rules::empty(),
            ))
        })
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    p.rules = rules;
    let a = p.analyze(Article::new("fuzz.txt", TEXT));
    for f in &a.relations {
        assert!(TEXT.get(f.evidence.start..f.evidence.end).is_some());
        assert!(TEXT.get(f.trigger.start..f.trigger.end).is_some());
    }
    let _ = p.check_examples();
    let _ = a.to_graph(p.limits);
});
