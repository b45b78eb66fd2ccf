//! Properties over arbitrary text: the pipeline never panics, every span sits
//! on character boundaries inside the text, sentence spans are ordered,
//! disjoint and cover every non-space character of the body, and the same
//! input gives the same bytes.

use actorgraph::article::Article;
use actorgraph::export::json;
use actorgraph::pipeline::Pipeline;
use actorgraph::sentence;
use actorgraph::span::Span;
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::default)
}

/// Text that looks like news often enough to exercise every stage: names,
/// titles, verbs, punctuation, quotes, and arbitrary Unicode in between.
fn newsy() -> impl Strategy<Value = String> {
    let words = prop_oneof![
        Just("Ruto".to_string()),
        Just("Lula".to_string()),
        Just("Kenyan President".to_string()),
        Just("met".to_string()),
        Just("will meet".to_string()),
        Just("called".to_string()),
        Just("in Nairobi".to_string()),
        Just("on Oct. 13".to_string()),
        Just("U.S.".to_string()),
        Just("he".to_string()),
        Just("\u{201C}".to_string()),
        Just(".".to_string()),
        Just("\n\n".to_string()),
        Just("Erdoğan".to_string()),
        "\\PC{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(words, 0..40).prop_map(|v| v.join(" "))
}

fn on_boundary(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn sentences_are_ordered_disjoint_and_cover_the_text(text in newsy()) {
        let region = Span::new(0, text.len());
        let spans = sentence::split(&text, region);
        let mut last = 0;
        for s in &spans {
            prop_assert!(on_boundary(&text, *s));
            prop_assert!(s.start >= last, "overlap or disorder: {spans:?}");
            prop_assert!(!s.is_empty());
            last = s.end;
        }
        // Every non-space character lies in some sentence.
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() {
                prop_assert!(spans.iter().any(|s| s.start <= i && i < s.end), "byte {i} ({c:?}) not covered");
            }
        }
    }

    #[test]
    fn pipeline_spans_are_valid_and_output_is_deterministic(text in newsy()) {
        let p = pipeline();
        let a = p.analyze(Article::new("p.txt", text.clone()));
        for s in &a.sentences {
            prop_assert!(on_boundary(&text, *s));
        }
        for m in &a.resolved.mentions {
            prop_assert!(on_boundary(&text, m.span));
        }
        for f in &a.relations {
            prop_assert!(on_boundary(&text, f.evidence));
            prop_assert!(f.evidence.contains(f.trigger) || f.rule == "holds_office.title");
        }
        let one = json::to_string(&a.to_graph(p.limits));
        let two = json::to_string(&p.analyze(Article::new("p.txt", text.clone())).to_graph(p.limits));
        prop_assert_eq!(one, two);
    }
}
