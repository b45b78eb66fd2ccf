//! Clause boundaries read from parts of speech.
//!
//! This module owns the decisions about where a clause ends that need the
//! tagger: a subordinating word ("when", "after", "because" ...) opens a
//! clause of its own only when a finite verb follows it ("after Fidan won"),
//! not when a noun or a gerund does ("after the vote", "after meeting
//! Fidan"). The tokens come from [`crate::token::tag_sentence`], run only for
//! the sentences that need it.

use crate::span::Span;
use crate::token::{Tokens, Upos, VerbForm};

/// Words that open a subordinate clause when a finite verb follows.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "because", "although", "though", "while", "since", "until",
    "unless", "if", "once", "whereas", "whenever",
];

/// True when `text` has a word that may open a subordinate clause: the cheap
/// test that decides whether a sentence is worth tagging.
pub fn may_open(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 2 && SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// The byte offset of the first subordinating word in `within` that opens a
/// finite clause: a subject and then a finite verb before the next
/// punctuation ("when Fidan won the vote", "because she had agreed").
pub fn subordinate_start(toks: &Tokens, within: Span) -> Option<usize> {
    let t = toks.as_slice();
    for (i, tok) in t.iter().enumerate() {
        if tok.span.start < within.start || tok.span.end > within.end {
            continue;
        }
        if !SUBORDINATORS.contains(&toks.lower(i)) {
            continue;
        }
        let mut subject = false;
        for (j, next) in t.iter().enumerate().skip(i + 1).take(10) {
            if next.tag == Upos::Punct || SUBORDINATORS.contains(&toks.lower(j)) {
                break;
            }
            // A past form right after the subject is the clause's verb
            // even where the tagger reads a participle ("before the
            // ministers signed").
            let finite = matches!(next.tag, Upos::Verb | Upos::Aux)
                && (next.verb_form == Some(VerbForm::Fin)
                    || (next.verb_form == Some(VerbForm::Part)
                        && matches!(t[j - 1].tag, Upos::Propn | Upos::Noun | Upos::Pron)));
            if finite {
                if subject {
                    return Some(tok.span.start);
                }
                break;
            }
            if matches!(next.tag, Upos::Verb | Upos::Aux) {
                // A gerund or participle right after it: "after meeting X".
                break;
            }
            subject |= matches!(next.tag, Upos::Propn | Upos::Noun | Upos::Pron);
        }
    }
    None
}

/// True when the words in `within` are a fronted phrase, not a clause: they
/// open with a preposition, a subordinator or a non-finite verb ("Speaking
/// with X", "In a letter to X", "After talks with X") and hold no finite
/// verb but the trigger's words ("A warm welcome awaits X" is a clause).
pub fn is_fronted_phrase(toks: &Tokens, within: Span, trigger: Span) -> bool {
    let mut inside = toks.iter().filter(|t| within.contains(t.span));
    let opens = inside.next().is_some_and(|t| {
        matches!(t.tag, Upos::Adp | Upos::Sconj)
            || (matches!(t.tag, Upos::Verb | Upos::Aux) && t.verb_form != Some(VerbForm::Fin))
            || trigger.contains(t.span)
    });
    opens
        && !inside.any(|t| {
            !trigger.contains(t.span)
                && matches!(t.tag, Upos::Verb | Upos::Aux)
                && t.verb_form == Some(VerbForm::Fin)
        })
}

/// The byte offset of the first "and" or "but" in `within` that opens a
/// second verb phrase ("interrupted his talks with X and spoke by phone
/// with Y"): what follows it is that verb's, not the first verb's.
pub fn coordinated_verb_start(toks: &Tokens, within: Span) -> Option<usize> {
    let t = toks.as_slice();
    t.iter().enumerate().find_map(|(i, tok)| {
        if !within.contains(tok.span)
            || tok.tag != Upos::Cconj
            || !matches!(toks.lower(i), "and" | "but")
        {
            return None;
        }
        let verb = t[i + 1..]
            .iter()
            .take(3)
            .find(|n| n.tag != Upos::Adv)
            // Any verb but a gerund after "and" heads a second verb phrase
            // ("and spoke", "and then flew", "will meet X and discuss"),
            // whatever form the tagger reads ("spoke" is read as a base).
            .is_some_and(|n| {
                matches!(n.tag, Upos::Verb | Upos::Aux) && n.verb_form != Some(VerbForm::Ger)
            });
        verb.then_some(tok.span.start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tag_sentence;

    fn boundary(sentence: &str, from: &str) -> Option<String> {
        let toks = tag_sentence(sentence, Span::new(0, sentence.len()));
        let start = sentence.find(from).unwrap() + from.len();
        subordinate_start(&toks, Span::new(start, sentence.len()))
            .map(|at| sentence[at..].to_string())
    }

    #[test]
    fn a_subordinator_with_a_finite_verb_opens_a_clause() {
        for (sentence, from, rest) in [
            (
                "Merz was hosting a radio show when Fidan won the vote.",
                "hosting",
                "when Fidan won the vote.",
            ),
            (
                "Ley faced calls to resign after Lamola won.",
                "calls",
                "after Lamola won.",
            ),
            (
                "Orpo praised Meloni because she had agreed to the plan.",
                "praised",
                "because she had agreed to the plan.",
            ),
            (
                "Kihara met Vieira on Monday before the two ministers signed the deal.",
                "met",
                "before the two ministers signed the deal.",
            ),
            (
                "Safadi will phone Ley if she wins the vote.",
                "phone",
                "if she wins the vote.",
            ),
        ] {
            assert_eq!(
                boundary(sentence, from).as_deref(),
                Some(rest),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_subordinator_before_a_noun_or_gerund_does_not() {
        for (sentence, from) in [
            ("Merz met Fidan after the vote in Ankara.", "met"),
            ("Merz spoke after meeting Fidan on Friday.", "spoke"),
            ("Merz has not met Fidan since March.", "met"),
            ("Ley will host Vieira until Friday.", "host"),
            ("Ley met Vieira, officials said.", "met"),
        ] {
            assert_eq!(boundary(sentence, from), None, "{sentence}");
        }
        assert!(may_open("He left WHEN it rained"));
        assert!(!may_open("Whence the wheel? Iffy."));
    }

    #[test]
    fn a_fronted_phrase_opens_with_a_preposition_or_a_non_finite_verb() {
        let fronted = |sentence: &str, trigger: &str| {
            let toks = tag_sentence(sentence, Span::new(0, sentence.len()));
            let at = sentence.find(trigger).unwrap();
            let comma = sentence.find(',').unwrap();
            is_fronted_phrase(
                &toks,
                Span::new(0, comma),
                Span::new(at, at + trigger.len()),
            )
        };
        for (sentence, trigger) in [
            (
                "Speaking with Scholz after the talks, Macron said",
                "Speaking with",
            ),
            ("Having phoned Scholz on Monday, Macron left.", "phoned"),
            ("In a letter to Scholz, Macron proposed talks.", "letter to"),
            (
                "After meeting Scholz in Paris, Macron flew home.",
                "meeting",
            ),
        ] {
            assert!(fronted(sentence, trigger), "{sentence}");
        }
        for (sentence, trigger) in [
            ("A warm welcome awaits Scholz, Macron said.", "welcome"),
            ("The visitors met Scholz, Macron said.", "met"),
        ] {
            assert!(!fronted(sentence, trigger), "{sentence}");
        }
    }

    #[test]
    fn and_before_a_finite_verb_opens_a_second_verb_phrase() {
        let at = |sentence: &str, from: &str| {
            let toks = tag_sentence(sentence, Span::new(0, sentence.len()));
            let start = sentence.find(from).unwrap() + from.len();
            coordinated_verb_start(&toks, Span::new(start, sentence.len()))
                .map(|at| sentence[at..].to_string())
        };
        assert_eq!(
            at(
                "Orpo interrupted his talks with Meloni and spoke on the phone with Merz.",
                "Meloni"
            )
            .as_deref(),
            Some("and spoke on the phone with Merz.")
        );
        assert_eq!(
            at("Orpo met Meloni and then flew to Rome.", "Meloni").as_deref(),
            Some("and then flew to Rome.")
        );
        assert_eq!(at("Orpo met Meloni and Merz by phone.", "Meloni"), None);
    }
}
