//! Relation rules: loading, validating and the embedded default.

use super::starts::TriggerIndex;
use crate::diag::Diagnostic;
use crate::model::{Relation, Status};
use crate::token::{lemma, split};
use regex::Regex;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;

/// The embedded default rules.
pub const DEFAULT_RULES: &str = include_str!("../../data/rules/default.jsonl");

/// An example sentence with what its rule must extract.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The sentence.
    pub text: String,
    /// The article date to resolve it against (YYYY-MM-DD), if any.
    #[serde(default)]
    pub date: Option<String>,
    /// "Subject relation Object status \[date\] \[place\]" for each relation expected.
    #[serde(default)]
    pub expect: Vec<String>,
}

/// One relation rule.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Unique id, recorded on every edge it makes.
    pub id: String,
    /// The relation it finds.
    pub relation: Relation,
    /// The trigger pattern (case-insensitive), if the rule has one.
    pub trigger: Option<Regex>,
    /// Verb lemmas that trigger the rule in any inflection (`criticize`
    /// matches criticize, criticizes, criticized, criticizing), read from
    /// each word through the lemma table ([`crate::token::lemma::verb`]).
    pub verbs: Vec<String>,
    /// True when the object must be a place.
    pub object_place: bool,
    /// A fixed status, if any.
    pub status: Option<Status>,
    /// Drop the match when the text after the trigger matches this.
    pub exclude_after: Option<Regex>,
    /// The text after the object must match this.
    pub object_then: Option<Regex>,
    /// The text after the object must not match this.
    pub object_then_not: Option<Regex>,
    /// The most words allowed between the trigger and its first object.
    pub object_within: usize,
    /// The actor after the trigger is the subject, the one before it the
    /// object ("X drew criticism from Y": Y criticized X).
    pub reverse: bool,
    /// Example sentences.
    pub examples: Vec<Example>,
    /// Where it was read (file:line).
    pub origin: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    relation: String,
    #[serde(default)]
    trigger: Option<String>,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    object: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    exclude_after: Option<String>,
    #[serde(default)]
    object_then: Option<String>,
    #[serde(default)]
    object_then_not: Option<String>,
    #[serde(default)]
    object_within: Option<usize>,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    examples: Vec<Example>,
}

/// A set of rules, in load order; a later rule with the id of an earlier one replaces it.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    rules: Vec<Rule>,
    /// Where each trigger pattern can start, and the patterns compiled for
    /// anchored checks there ([`super::starts`]).
    index: TriggerIndex,
    /// Verb lemma -> the rules it triggers, in rule order.
    by_verb: HashMap<String, Vec<usize>>,
}

fn regex(pat: &str, what: &str) -> Result<Regex, String> {
    super::fast_regex(pat).map_err(|e| {
        format!(
            "invalid {what} pattern: {}",
            e.to_string().lines().last().unwrap_or("")
        )
    })
}

fn build(raw: RawRule, origin: String) -> Result<Rule, String> {
    if raw.id.trim().is_empty() {
        return Err("empty rule id".into());
    }
    let relation: Relation = raw.relation.parse()?;
    if relation == Relation::HoldsOffice {
        return Err("holds_office comes from titles, not from rules".into());
    }
    let object_place = match raw.object.as_deref() {
        None | Some("actor") => false,
        Some("place") => true,
        Some(other) => {
            return Err(format!(
                "unknown object '{other}'; expected one of: actor, place"
            ));
        }
    };
    let status = raw
        .status
        .as_deref()
        .map(str::parse::<Status>)
        .transpose()?;
    let opt = |p: Option<String>, what: &str| p.map(|p| regex(&p, what)).transpose();
    let mut verbs = Vec::with_capacity(raw.verbs.len());
    for v in &raw.verbs {
        let v = v.trim().to_lowercase();
        if v.is_empty() || !v.chars().all(|c| c.is_alphabetic() || c == '-') {
            return Err(format!("verb '{v}' is not one word"));
        }
        // A lemma the table reads as another verb would never match.
        if lemma::verb(&v) != v.as_str() {
            return Err(format!(
                "verb '{v}' is not a base form (the lemma table reads it as '{}')",
                lemma::verb(&v)
            ));
        }
        verbs.push(v);
    }
    if raw.trigger.is_none() && verbs.is_empty() {
        return Err("a rule needs a trigger pattern or verbs".into());
    }
    Ok(Rule {
        id: raw.id,
        relation,
        trigger: opt(raw.trigger, "trigger")?,
        verbs,
        object_place,
        status,
        exclude_after: opt(raw.exclude_after, "exclude_after")?,
        object_then: opt(raw.object_then, "object_then")?,
        object_then_not: opt(raw.object_then_not, "object_then_not")?,
        object_within: raw.object_within.unwrap_or(12),
        reverse: raw.reverse,
        examples: raw.examples,
        origin,
    })
}

impl Rules {
    /// The embedded default rules.
    pub fn default_rules() -> Rules {
        let (rules, diags) = Rules::parse(DEFAULT_RULES, "<default>/rules.jsonl");
        debug_assert!(diags.is_empty(), "{diags:?}");
        let mut r = Rules {
            rules,
            ..Rules::default()
        };
        r.rebuild();
        r
    }

    /// No rules.
    pub fn empty() -> Rules {
        Rules::default()
    }

    /// Parses a rules file: bad lines become diagnostics, good lines rules.
    pub fn parse(text: &str, file: &str) -> (Vec<Rule>, Vec<Diagnostic>) {
        let mut rules = Vec::new();
        let mut diags = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let r = serde_json::from_str::<RawRule>(line)
                .map_err(|e| format!("invalid rule: {e}"))
                .and_then(|raw| build(raw, format!("{file}:{}", i + 1)));
            match r {
                Ok(rule) => rules.push(rule),
                Err(msg) => diags.push(Diagnostic::error(file, Some(i + 1), msg)),
            }
        }
        (rules, diags)
    }

    /// Adds rules; one with the id of an existing rule replaces it.
    pub fn extend(&mut self, rules: Vec<Rule>) {
        for r in rules {
            match self.rules.iter_mut().find(|x| x.id == r.id) {
                Some(slot) => *slot = r,
                None => self.rules.push(r),
            }
        }
        self.rebuild();
    }

    fn rebuild(&mut self) {
        let patterns: Vec<Option<String>> = self
            .rules
            .iter()
            .map(|r| r.trigger.as_ref().map(|t| t.as_str().to_string()))
            .collect();
        self.index = TriggerIndex::new(&patterns);
        self.by_verb.clear();
        for (i, r) in self.rules.iter().enumerate() {
            for v in &r.verbs {
                let rules = self.by_verb.entry(v.clone()).or_default();
                if !rules.contains(&i) {
                    rules.push(i);
                }
            }
        }
    }

    /// Every trigger in `sentence`: each rule that matches, in rule order,
    /// with the byte ranges (into `sentence`) of its matches in text order.
    /// Pattern triggers are tried only where the trigger index finds one of
    /// their starting words; verb triggers come from one pass over the
    /// words, each read through the lemma table.
    pub fn triggers<'r>(&'r self, sentence: &str) -> Vec<(&'r Rule, Range<usize>)> {
        let mut hits: Vec<(usize, Range<usize>)> = Vec::new();
        self.index.matches(sentence, &mut hits);
        for &i in self.index.unindexed() {
            if let Some(t) = &self.rules[i].trigger {
                hits.extend(t.find_iter(sentence).map(|m| (i, m.range())));
            }
        }
        if !self.by_verb.is_empty() {
            let mut lower = String::new();
            for p in split::split(sentence) {
                if p.kind != split::Kind::Word {
                    continue;
                }
                let word = &sentence[p.range.clone()];
                // Verbs are words of letters; a capitalized word inside the
                // sentence is a name ("Call" in a title is read by the
                // name checks of the engine, not skipped here).
                if word.len() < 2 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
                    continue;
                }
                lower.clear();
                lower.push_str(word);
                lower.make_ascii_lowercase();
                if let Some(rules) = self.by_verb.get(lemma::verb(&lower).as_ref()) {
                    hits.extend(rules.iter().map(|&i| (i, p.range.clone())));
                }
            }
        }
        // Rule order, then text order; a rule whose pattern and verbs both
        // match the same words counts them once.
        hits.sort_by_key(|(i, r)| (*i, r.start, std::cmp::Reverse(r.end)));
        hits.dedup_by(|b, a| a.0 == b.0 && a.1.start <= b.1.start && b.1.end <= a.1.end);
        hits.into_iter().map(|(i, r)| (&self.rules[i], r)).collect()
    }

    /// The rules whose trigger patterns have no fixed starting words, so
    /// that they are searched over every sentence instead of checked where
    /// the trigger index finds a start (see [`super::starts`]).
    pub fn unindexed(&self) -> impl Iterator<Item = &Rule> {
        self.index.unindexed().iter().map(|&i| &self.rules[i])
    }

    /// The rules in order.
    pub fn iter(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter()
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_trigger_starts_with_fixed_words() {
        let r = Rules::default_rules();
        let slow: Vec<&str> = r.unindexed().map(|r| r.id.as_str()).collect();
        assert!(slow.is_empty(), "searched in every sentence: {slow:?}");
    }

    #[test]
    fn default_rules_parse() {
        let (rules, diags) = Rules::parse(DEFAULT_RULES, "default");
        assert!(diags.is_empty(), "{diags:?}");
        assert!(rules.len() >= 10);
    }

    #[test]
    fn bad_rules_are_reported_with_line() {
        let text = "{\"id\":\"a\",\"relation\":\"hugged\",\"trigger\":\"x\"}\n{\"id\":\"b\",\"relation\":\"met\",\"trigger\":\"(\"}\n{\"id\":\"c\",\"relation\":\"met\",\"trigger\":\"met\",\"object\":\"thing\"}\n";
        let (rules, diags) = Rules::parse(text, "mine.jsonl");
        assert!(rules.is_empty());
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert!(
            msgs[0].starts_with(
                "mine.jsonl:1: unknown relation 'hugged'; expected one of: met, called"
            ),
            "{}",
            msgs[0]
        );
        assert!(
            msgs[1].starts_with("mine.jsonl:2: invalid trigger pattern"),
            "{}",
            msgs[1]
        );
        assert_eq!(
            msgs[2],
            "mine.jsonl:3: unknown object 'thing'; expected one of: actor, place"
        );
    }

    fn rules(text: &str) -> Rules {
        let (rules, diags) = Rules::parse(text, "mine.jsonl");
        assert!(diags.is_empty(), "{diags:?}");
        let mut r = Rules::empty();
        r.extend(rules);
        r
    }

    /// The words each rule id is triggered by in `sentence`.
    fn hits(r: &Rules, sentence: &str) -> Vec<(String, String)> {
        r.triggers(sentence)
            .into_iter()
            .map(|(rule, m)| (rule.id.clone(), sentence[m].to_string()))
            .collect()
    }

    #[test]
    fn a_verb_triggers_in_every_inflection_and_spelling_and_nothing_else() {
        let r = rules(r#"{"id":"c","relation":"criticized","verbs":["criticize","phone"]}"#);
        for (sentence, want) in [
            ("A criticized B.", Some("criticized")),
            ("A criticises B.", Some("criticises")),
            ("A will criticize B.", Some("criticize")),
            ("A is criticizing B.", Some("criticizing")),
            ("Criticizing B, A left.", Some("Criticizing")),
            ("A phoned B.", Some("phoned")),
            ("A phones B.", Some("phones")),
            ("A did not phone B.", Some("phone")),
            ("A is phoning B.", Some("phoning")),
            ("The criticism of B grew.", None),
            ("A met B.", None),
            ("A uses a smartphone.", None),
        ] {
            let got = hits(&r, sentence);
            match want {
                Some(w) => assert_eq!(got, [("c".to_string(), w.to_string())], "{sentence}"),
                None => assert!(got.is_empty(), "{sentence}: {got:?}"),
            }
        }
    }

    #[test]
    fn pattern_and_verb_triggers_keep_rule_then_text_order_and_count_words_once() {
        let r = rules(concat!(
            r#"{"id":"a","relation":"met","trigger":"\\bmet\\s+with\\b","verbs":["meet"]}"#,
            "\n",
            r#"{"id":"b","relation":"called","verbs":["call"]}"#,
        ));
        assert_eq!(
            hits(&r, "A called B and met with C, then meets D."),
            [
                ("a".to_string(), "met with".to_string()),
                ("a".to_string(), "meets".to_string()),
                ("b".to_string(), "called".to_string()),
            ]
        );
    }

    #[test]
    fn verbs_must_be_base_forms_and_a_rule_needs_a_trigger() {
        let text = concat!(
            r#"{"id":"a","relation":"met","verbs":["met"]}"#,
            "\n",
            r#"{"id":"b","relation":"met"}"#,
            "\n",
            r#"{"id":"c","relation":"met","verbs":["hold talks"]}"#,
        );
        let (rules, diags) = Rules::parse(text, "mine.jsonl");
        assert!(rules.is_empty());
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            msgs,
            [
                "mine.jsonl:1: verb 'met' is not a base form (the lemma table reads it as 'meet')",
                "mine.jsonl:2: a rule needs a trigger pattern or verbs",
                "mine.jsonl:3: verb 'hold talks' is not one word",
            ]
        );
    }
}
