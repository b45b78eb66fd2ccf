//! The whole pipeline on arbitrary text: analyze, build the graph fragment and
//! render it in every format that needs no outside program. Checks that every
//! span lies on character boundaries inside the text, that evidence and
//! mention texts are the bytes their spans select, that the JSON export reads
//! back to the same bytes, and that the XML exports are well-formed XML 1.0.
#![no_main]

use actorgraph::article::Article;
use actorgraph::export::{Drawing, ExportOptions, Format, Offices, json};
use actorgraph::pipeline::Pipeline;
use actorgraph::span::Span;
use libfuzzer_sys::fuzz_target;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::sync::OnceLock;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what} {span:?} is reversed");
    assert!(
        text.get(span.start..span.end).is_some(),
        "{what} {span:?} is not on char boundaries of a {}-byte text",
        text.len()
    );
}

fn check_xml(bytes: &[u8], what: &str) {
    let s = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what} is not UTF-8: {e}"));
    if let Some(c) = s.chars().find(|&c| {
        !(matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
    }) {
        panic!("{what} holds {c:?}, which XML 1.0 forbids");
    }
    let mut r = Reader::from_str(s);
    let mut depth = 0i64;
    loop {
        match r.read_event() {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{what} is not well-formed at {}: {e}", r.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "{what} leaves elements open");
}

fuzz_target!(
    // The default pipeline (its gazetteer and rules) is built before the
    // first input, where libFuzzer's timeout does not count it: under
    // AddressSanitizer on a loaded machine it took longer than the 10 s an
    // input may take, and the run stopped at its first (empty) input.
    init: {
        PIPELINE.get_or_init(Pipeline::default);
    },
    |data: &[u8]| {
    let p = PIPELINE.get_or_init(Pipeline::default);
    let text = String::from_utf8_lossy(data).into_owned();
    let a = p.analyze(Article::new("fuzz.txt", text.clone()));
    let t = a.article.text.as_str();
    assert_eq!(t, text);
    for b in &a.cleaned.blocks {
        check_span(t, b.span, "block");
    }
    for &s in &a.sentences {
        check_span(t, s, "sentence");
    }
    for m in &a.resolved.mentions {
        check_span(t, m.span, "mention");
        assert!(m.actor < a.resolved.actors.len());
    }
    for f in &a.relations {
        check_span(t, f.evidence, "evidence");
        check_span(t, f.trigger, "trigger");
        assert!(f.subject < a.resolved.actors.len() && f.object < a.resolved.actors.len());
    }
    let g = a.to_graph(p.limits);
    for n in g.nodes() {
        for m in &n.mentions {
            check_span(t, m.span, "node mention");
            assert_eq!(
                &*m.text,
                m.span.text(t),
                "mention text differs from its span"
            );
        }
    }
    for e in g.edges() {
        for v in &e.evidence {
            check_span(t, v.span, "edge evidence");
            assert_eq!(
                &*v.text,
                v.span.text(t),
                "evidence text differs from its span"
            );
        }
    }
    for format in Format::ALL {
        if format == Format::Svg {
            continue;
        }
        for multi in [false, true] {
            // With `multi`, the drawing options too (they change only DOT).
            let drawing = Drawing {
                no_legend: false,
                relations: Vec::new(),
                statuses: Vec::new(),
                drop_isolated: multi,
                offices: if multi {
                    Offices::Label
                } else {
                    Offices::Edges
                },
            };
            let opts = ExportOptions { multi, drawing };
            let bytes = format
                .render(&g, &opts)
                .unwrap_or_else(|e| panic!("{format} failed: {e}"));
            match format {
                Format::Json => {
                    let s = std::str::from_utf8(&bytes).expect("JSON is UTF-8");
                    let back = json::from_str(s, "fuzz.json", p.limits)
                        .unwrap_or_else(|e| panic!("our own JSON does not read back: {e}"));
                    assert_eq!(json::to_string(&back), s, "JSON round trip changed it");
                }
                Format::Graphml | Format::Gexf => check_xml(&bytes, format.as_str()),
                Format::Dot => {
                    std::str::from_utf8(&bytes).expect("DOT is UTF-8");
                }
                Format::Svg => {}
            }
        }
    }
});
