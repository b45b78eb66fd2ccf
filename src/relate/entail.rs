//! Entailments: what one relation implies, as data.
//!
//! A frame a rule found (its subject, object and place) may imply another
//! relation: "X hosted Y" is a meeting of X and Y, and "X hosted Y in P"
//! (or "Y was welcomed in P") says Y travelled to P. Each entailment is a
//! line of `data/rules/entailments.jsonl` naming the relation it reads, the
//! relation it gives, which of the frame's roles fill the new edge's
//! subject and object, the kinds those must be, and example sentences that
//! `cargo test` and `actorgraph rules check` run. The edge it gives records
//! both ids, the rule's and the entailment's ("hosted.verb+hosted.met").

use super::rules::Example;
use crate::model::{Kind, Relation, Status};
use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded entailments.
pub const DEFAULT_ENTAILMENTS: &str = include_str!("../../data/rules/entailments.jsonl");

/// A role of the frame a rule found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Who acts: the host, the caller, the one who visits.
    Subject,
    /// Who is acted on: the guest, the one called.
    Object,
    /// Where the frame's event took place.
    Place,
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        match s {
            "subject" => Ok(Role::Subject),
            "object" => Ok(Role::Object),
            "place" => Ok(Role::Place),
            _ => Err(format!(
                "unknown role '{s}'; expected subject, object or place"
            )),
        }
    }
}

/// One entailment.
#[derive(Clone, Debug)]
pub struct Entailment {
    /// Unique id, recorded on every edge it gives beside the rule's.
    pub id: String,
    /// The relation whose frames it reads.
    pub when: Relation,
    /// The relation it gives.
    pub gives: Relation,
    /// The frame's role that is the new edge's subject.
    pub subject: Role,
    /// The frame's role that is the new edge's object.
    pub object: Role,
    /// The kind the new subject must be, if any.
    pub subject_kind: Option<Kind>,
    /// The kind the new object must be, if any.
    pub object_kind: Option<Kind>,
    /// A fixed status for the new edge; otherwise the frame's.
    pub status: Option<Status>,
    /// Example sentences.
    pub examples: Vec<Example>,
    /// Where it was read (file:line).
    pub origin: String,
}

impl Entailment {
    /// True when the frame needs no subject of its own for this entailment
    /// ("Y was welcomed in P": no host named, Y still travelled).
    pub fn without_subject(&self) -> bool {
        self.subject != Role::Subject && self.object != Role::Subject
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: String,
    when: String,
    gives: String,
    subject: String,
    object: String,
    #[serde(default)]
    subject_kind: Option<String>,
    #[serde(default)]
    object_kind: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    examples: Vec<Example>,
}

fn build(raw: Raw, origin: String) -> Result<Entailment, String> {
    if raw.id.trim().is_empty() {
        return Err("empty entailment id".into());
    }
    let subject: Role = raw.subject.parse()?;
    let object: Role = raw.object.parse()?;
    if subject == object {
        return Err(format!(
            "subject and object are both the frame's {}",
            raw.subject
        ));
    }
    if subject == Role::Place {
        return Err("a place cannot be the subject".into());
    }
    let gives: Relation = raw.gives.parse()?;
    if (gives == Relation::Visited) != (object == Role::Place) {
        return Err("visited, and only visited, takes the frame's place as its object".into());
    }
    let kind = |k: Option<String>| k.map(|k| k.parse::<Kind>()).transpose();
    Ok(Entailment {
        id: raw.id,
        when: raw.when.parse()?,
        gives,
        subject,
        object,
        subject_kind: kind(raw.subject_kind)?,
        object_kind: kind(raw.object_kind)?,
        status: raw.status.map(|s| s.parse()).transpose()?,
        examples: raw.examples,
        origin,
    })
}

/// Parses an entailments file: bad lines are `(line, message)` pairs.
pub fn parse(text: &str, file: &str) -> (Vec<Entailment>, Vec<(usize, String)>) {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match serde_json::from_str::<Raw>(line)
            .map_err(|e| format!("invalid entailment: {e}"))
            .and_then(|raw| build(raw, format!("{file}:{}", i + 1)))
        {
            Ok(e) => out.push(e),
            Err(msg) => bad.push((i + 1, msg)),
        }
    }
    (out, bad)
}

/// The built-in entailments.
pub fn builtin() -> &'static [Entailment] {
    static ALL: LazyLock<Vec<Entailment>> = LazyLock::new(|| {
        let (all, bad) = parse(DEFAULT_ENTAILMENTS, "<default>/entailments.jsonl");
        debug_assert!(bad.is_empty(), "{bad:?}");
        all
    });
    &ALL
}

/// True when an edge's rule id says an entailment gave it
/// ("hosted.verb+hosted.visited").
pub fn is_entailed(rule: &str) -> bool {
    rule.rsplit('+')
        .next()
        .is_some_and(|last| rule.contains('+') && builtin().iter().any(|e| e.id == last))
}

/// The built-in entailments that read frames of `relation`.
pub fn of(relation: Relation) -> impl Iterator<Item = &'static Entailment> {
    builtin().iter().filter(move |e| e.when == relation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_entailments_parse() {
        let (all, bad) = parse(DEFAULT_ENTAILMENTS, "default");
        assert!(bad.is_empty(), "{bad:?}");
        assert!(all.iter().any(|e| e.id == "hosted.met"));
        assert!(
            all.iter().all(|e| !e.examples.is_empty()),
            "every entailment has examples"
        );
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let text = "\
{\"id\":\"a\",\"when\":\"hosted\",\"gives\":\"met\",\"subject\":\"subject\",\"object\":\"subject\"}
{\"id\":\"b\",\"when\":\"hosted\",\"gives\":\"met\",\"subject\":\"subject\",\"object\":\"place\"}
{\"id\":\"c\",\"when\":\"hugged\",\"gives\":\"met\",\"subject\":\"subject\",\"object\":\"object\"}
{\"id\":\"d\",\"when\":\"hosted\",\"gives\":\"met\",\"subject\":\"guest\",\"object\":\"object\"}
{\"id\":\"e\",\"when\":\"hosted\",\"gives\":\"visited\",\"subject\":\"object\",\"object\":\"place\",\"subject_kind\":\"robot\"}
";
        let (ok, bad) = parse(text, "x.jsonl");
        assert!(ok.is_empty());
        let lines: Vec<usize> = bad.iter().map(|b| b.0).collect();
        assert_eq!(lines, [1, 2, 3, 4, 5]);
        assert!(
            bad[0].1.contains("both the frame's subject"),
            "{}",
            bad[0].1
        );
        assert!(bad[1].1.contains("only visited"), "{}", bad[1].1);
        assert!(
            bad[2].1.contains("unknown relation 'hugged'"),
            "{}",
            bad[2].1
        );
        assert!(bad[3].1.contains("unknown role 'guest'"), "{}", bad[3].1);
        assert!(bad[4].1.contains("unknown kind 'robot'"), "{}", bad[4].1);
    }
}
