//! Finding where trigger patterns match without searching every sentence
//! with every pattern.
//!
//! This module owns the trigger index of a rule set. Each trigger pattern is
//! read once, when the rules are loaded, for the literal words every match
//! of it begins with ("held", "hold", "talks", ...; regex-syntax's prefix
//! extraction). One Aho-Corasick automaton over all of those words finds, in
//! one pass over a sentence, the few places where some trigger could start;
//! each rule's pattern is then only tried there, anchored, which is a short
//! check of a few bytes. No large automaton is searched over the whole
//! sentence, so varied text costs no lazy-DFA determinization (a RegexSet
//! over every trigger spent most of its time building states it never met
//! again).
//!
//! The answer is the one an unanchored leftmost-first search gives: every
//! match starts at one of the literals, the leftmost place where the
//! anchored pattern matches is where the unanchored search would match, and
//! the anchored search prefers the same alternative there. A pattern with no
//! finite set of starting words (one opening with `[\w-]+`, say) is searched
//! over the whole sentence, as before; [`TriggerIndex::unindexed`] names
//! those rules so that `rules check` can say so.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_automata::meta;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use std::ops::Range;

/// The shortest starting word worth indexing: a one-letter start would
/// make nearly every position a candidate.
const MIN_START: usize = 2;

/// The trigger index of a rule set; see the module header.
#[derive(Clone, Debug, Default)]
pub struct TriggerIndex {
    /// Every starting word of every indexed pattern (ASCII case-insensitive).
    starts: Option<AhoCorasick>,
    /// `owners[w]`: the rules (indices into the rule list) whose patterns may
    /// start with word `w`.
    owners: Vec<Vec<usize>>,
    /// Per rule, its pattern compiled for anchored search; `None` for rules
    /// without a pattern.
    anchored: Vec<Option<meta::Regex>>,
    /// Rules whose patterns have no finite set of starting words.
    unindexed: Vec<usize>,
}

/// The literal words every match of `pattern` (already rewritten with ASCII
/// word boundaries) begins with, lowercased, or `None` when that set is not
/// finite or holds a word too short to be worth indexing.
pub fn starting_words(pattern: &str) -> Option<Vec<String>> {
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let lits = seq.literals()?;
    let mut words = Vec::with_capacity(lits.len());
    for lit in lits {
        let bytes = lit.as_bytes();
        // A literal cut inside a character keeps its whole characters.
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).ok()?,
        };
        if text.len() < MIN_START {
            return None;
        }
        let lower = text.to_lowercase();
        // Case-insensitive matching folds letters beyond ASCII too; the
        // automaton folds ASCII only, so other letters get both forms.
        if !text.is_ascii() {
            words.push(text.to_uppercase());
            let mut title = String::new();
            let mut chars = lower.chars();
            if let Some(c) = chars.next() {
                title.extend(c.to_uppercase());
                title.push_str(chars.as_str());
            }
            words.push(title);
        }
        words.push(lower);
    }
    words.sort();
    words.dedup();
    Some(words)
}

impl TriggerIndex {
    /// The index of `patterns` (one per rule, `None` for a rule without a
    /// pattern), each already rewritten with ASCII word boundaries. A
    /// pattern that does not compile here is left out (the rule loader has
    /// compiled it already).
    pub fn new(patterns: &[Option<String>]) -> TriggerIndex {
        let mut words: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut anchored = Vec::with_capacity(patterns.len());
        let mut unindexed = Vec::new();
        for (rule, pat) in patterns.iter().enumerate() {
            let Some(pat) = pat else {
                anchored.push(None);
                continue;
            };
            let re = meta::Regex::builder()
                .syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
                .build(pat)
                .ok();
            match (&re, starting_words(pat)) {
                (Some(_), Some(ws)) => {
                    for w in ws {
                        let at = match words.iter().position(|x| *x == w) {
                            Some(i) => i,
                            None => {
                                words.push(w);
                                owners.push(Vec::new());
                                words.len() - 1
                            }
                        };
                        owners[at].push(rule);
                    }
                }
                _ => unindexed.push(rule),
            }
            anchored.push(re);
        }
        let starts = (!words.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&words)
                .expect("a few hundred short words fit the automaton")
        });
        TriggerIndex {
            starts,
            owners,
            anchored,
            unindexed,
        }
    }

    /// The rules searched over every whole sentence: their patterns have no
    /// finite set of starting words.
    pub fn unindexed(&self) -> &[usize] {
        &self.unindexed
    }

    /// Every match of an indexed rule's pattern in `sentence`, as (rule,
    /// byte range), each rule's matches in text order and not overlapping
    /// (as an unanchored search finds them).
    pub fn matches(&self, sentence: &str, out: &mut Vec<(usize, Range<usize>)>) {
        let Some(ac) = &self.starts else {
            return;
        };
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(sentence) {
            for &rule in &self.owners[m.pattern().as_usize()] {
                candidates.push((rule, m.start()));
            }
        }
        if candidates.is_empty() {
            return;
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut current = usize::MAX;
        let mut end = 0;
        for (rule, at) in candidates {
            if rule != current {
                current = rule;
                end = 0;
            }
            if at < end {
                continue;
            }
            let Some(re) = &self.anchored[rule] else {
                continue;
            };
            let input = Input::new(sentence).range(at..).anchored(Anchored::Yes);
            if let Some(m) = re.search(&input).filter(|m| m.end() > m.start()) {
                out.push((rule, m.range()));
                end = m.end();
            }
        }
    }

    /// The pattern of `rule` compiled for anchored search, if it has one.
    pub fn pattern(&self, rule: usize) -> Option<&meta::Regex> {
        self.anchored.get(rule).and_then(Option::as_ref)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::ascii_word_boundaries;
    use regex::RegexBuilder;

    fn words(p: &str) -> Option<Vec<String>> {
        starting_words(&ascii_word_boundaries(p))
    }

    #[test]
    fn starting_words_come_from_the_pattern_and_fold_case() {
        assert_eq!(
            words(r"\b(?:Held|hold)\s+talks\b"),
            Some(vec!["held".into(), "hold".into()])
        );
        assert_eq!(words(r"\bcall(?:ed|s)?\s+on\b").map(|w| w.len()), Some(3));
        // No finite start, or one too short: searched everywhere.
        assert_eq!(words(r"\b(?:[\w-]+\s+){0,2}talks\b"), None);
        assert_eq!(words(r"\b(?:a|held)\s+talks"), None);
        // Letters beyond ASCII keep their other case.
        let w = words(r"\btête-à-tête\b").unwrap();
        assert!(w.contains(&"tête-à-tête".to_string()), "{w:?}");
        assert!(w.contains(&"TÊTE-À-TÊTE".to_string()), "{w:?}");
    }

    /// The index finds what an unanchored search of each pattern finds, on
    /// sentences with repeated, overlapping and differently cased triggers.
    #[test]
    fn the_index_finds_what_a_search_of_every_pattern_finds() {
        let pats = [
            r"\b(?:held|hold|holds)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting)\b",
            r"\b(?:talks|meeting)\s+(?:with|between)\b",
            r"\bcall(?:ed|s|ing)?\s+(?:on|off)\b",
            r"\b(?:[\w-]+\s+)?summit\b",
            r"\btête-à-tête\s+with\b",
        ];
        let rewritten: Vec<Option<String>> = pats
            .iter()
            .map(|p| Some(ascii_word_boundaries(p)))
            .collect();
        let index = TriggerIndex::new(&rewritten);
        assert_eq!(index.unindexed(), &[3]);
        let sentences = [
            "Ruto held talks with Lula and then held a long meeting with Kishida.",
            "HELD TALKS WITH the premier; they hold talks between sessions.",
            "She called on Ruto, then called off the talks with him, calling on no one.",
            "The talks with Lula were held; Meeting with Ruto, he held talks.",
            "A TÊTE-À-TÊTE WITH Kishida and a Tête-à-tête with Lula at the summit.",
            "Nothing here: withheld, uphold, recalled, recalls, catalogue.",
            "Unicode before: «held talks» and naïve meeting with Modi.",
        ];
        for s in sentences {
            let mut got = Vec::new();
            index.matches(s, &mut got);
            for &rule in index.unindexed() {
                let re = RegexBuilder::new(rewritten[rule].as_ref().unwrap())
                    .case_insensitive(true)
                    .build()
                    .unwrap();
                got.extend(re.find_iter(s).map(|m| (rule, m.range())));
            }
            got.sort_by_key(|(r, m)| (*r, m.start));
            let mut want = Vec::new();
            for (rule, p) in rewritten.iter().enumerate() {
                let re = RegexBuilder::new(p.as_ref().unwrap())
                    .case_insensitive(true)
                    .build()
                    .unwrap();
                want.extend(re.find_iter(s).map(|m| (rule, m.range())));
            }
            assert_eq!(got, want, "{s}");
        }
    }
}
