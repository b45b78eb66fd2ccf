//! Relation rules: loading, validating and the embedded default.

use crate::diag::Diagnostic;
use crate::model::{Relation, Status};
use regex::Regex;
use serde::Deserialize;

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
    /// The trigger pattern (case-insensitive).
    pub trigger: Regex,
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
    trigger: String,
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
    /// Every trigger in one automaton: one pass over a sentence tells which
    /// rules can match it at all.
    set: Option<regex::RegexSet>,
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
    Ok(Rule {
        id: raw.id,
        relation,
        trigger: regex(&raw.trigger, "trigger")?,
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
        let mut r = Rules { rules, set: None };
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
        let pats = self.rules.iter().map(|r| r.trigger.as_str().to_string());
        // Each trigger compiled alone, so the set compiles too; a set too
        // large for the limit only loses the shortcut.
        self.set = regex::RegexSetBuilder::new(pats)
            .case_insensitive(true)
            .size_limit(1 << 26)
            .build()
            .ok();
    }

    /// The rules whose trigger occurs in `text`, in order.
    pub fn matching<'r>(&'r self, text: &str) -> Vec<&'r Rule> {
        match &self.set {
            Some(set) => set
                .matches(text)
                .into_iter()
                .map(|i| &self.rules[i])
                .collect(),
            None => self.rules.iter().collect(),
        }
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
}
