//! What the relation engine decided and why, for `actorgraph explain`.
//!
//! [`relate_traced`](super::relate_traced) runs the same engine as
//! [`relate`](super::relate) and also records its decisions here: every
//! reading of a trigger it dropped, with the reason (a type check, a rule's
//! condition on the words after the object, a spoke_to absorbed by a met or
//! called of the same pair, a reading shadowed by a longer trigger, a
//! duplicate), and for every relation it kept, the cue that set its status.
//! A build never asks for a trace: the engine's decision points test an
//! `Option` that is `None` there, and nothing else is computed.

use super::Found;
use crate::model::{Relation, Status};
use crate::resolve::ActorIdx;
use crate::span::Span;
use std::cell::RefCell;

/// The decisions of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    /// Readings dropped, in the order they were dropped.
    pub dropped: Vec<Dropped>,
    /// Why each kept relation has its status, in the order they were found.
    pub statuses: Vec<StatusNote>,
}

/// One reading of a trigger that did not become a relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// The sentence index.
    pub sentence: usize,
    /// The rule that read it.
    pub rule: String,
    /// The relation it would have been.
    pub relation: Relation,
    /// The trigger's words.
    pub trigger: Span,
    /// The subject, when the reading got that far.
    pub subject: Option<ActorIdx>,
    /// The object, when the reading got that far.
    pub object: Option<ActorIdx>,
    /// The status, when the reading got that far.
    pub status: Option<Status>,
    /// Why it was dropped.
    pub why: Why,
}

/// Why a reading was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The rule's `exclude_after` pattern matched the words after the trigger.
    ExcludedAfter,
    /// The trigger starts or ends inside a name ("Summit Avenue").
    InsideName,
    /// No subject and object stand in the trigger's clause.
    NoParties,
    /// The two actors' kinds cannot stand in this relation (a person does
    /// not visit a person; a call needs two parties that can talk).
    KindsDoNotFit,
    /// The words after the object fail the rule's `object_then` or
    /// `object_then_not` pattern.
    ObjectCondition,
    /// A spoke_to between a pair that met or called, with the same status:
    /// what they said is part of that meeting or call.
    Absorbed,
    /// A longer trigger over the same words reads the same relation between
    /// the same actors: the longer reading is the more specific one.
    Shadowed,
    /// The sentence already has this relation between this pair, with this
    /// status.
    Duplicate,
    /// An entailment implied what the sentence also says outright for the
    /// same pair ("flew to Kampala, where Museveni will welcome him": the
    /// flight's visit, not the welcome's).
    Implied,
}

impl Why {
    /// The reason's name in `explain --json` (`reason`).
    pub fn as_str(self) -> &'static str {
        match self {
            Why::ExcludedAfter => "excluded_after",
            Why::InsideName => "inside_name",
            Why::NoParties => "no_parties",
            Why::KindsDoNotFit => "type_check",
            Why::ObjectCondition => "object_condition",
            Why::Absorbed => "absorbed",
            Why::Shadowed => "shadowed",
            Why::Duplicate => "duplicate",
            Why::Implied => "implied",
        }
    }
}

/// Why a kept relation has its status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusNote {
    /// The sentence index.
    pub sentence: usize,
    /// The trigger's words.
    pub trigger: Span,
    /// The subject.
    pub subject: ActorIdx,
    /// The object.
    pub object: ActorIdx,
    /// The status given.
    pub status: Status,
    /// What set it.
    pub cue: StatusCue,
}

/// What set a relation's status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusCue {
    /// The rule fixes the status (`"status"` in its line).
    Rule,
    /// No cue: a relation is taken to have occurred.
    Default,
    /// Words of the clause ([`super::status::cue`]).
    Words(super::status::Cue),
    /// The verb after a nominal trigger ("such a meeting would mark ...").
    AfterNoun(String),
}

/// The trace the engine writes to while it runs, or none (a build).
pub(crate) type Sink<'a> = Option<&'a RefCell<Trace>>;

/// Records that `f` was dropped for `why`.
pub(crate) fn drop_found(sink: Sink, f: &Found, why: Why) {
    if let Some(t) = sink {
        t.borrow_mut().dropped.push(Dropped {
            sentence: f.sentence,
            rule: f.rule.clone(),
            relation: f.relation,
            trigger: f.trigger,
            subject: Some(f.subject),
            object: Some(f.object),
            status: Some(f.status),
            why,
        });
    }
}

/// Records that the reading of `rule` at `trigger` was dropped for `why`,
/// with its pair when it had one.
pub(crate) fn drop_reading(
    sink: Sink,
    (sentence, rule, trigger): (usize, &super::Rule, Span),
    pair: Option<(ActorIdx, ActorIdx)>,
    why: Why,
) {
    if let Some(t) = sink {
        t.borrow_mut().dropped.push(Dropped {
            sentence,
            rule: rule.id.clone(),
            relation: rule.relation,
            trigger,
            subject: pair.map(|p| p.0),
            object: pair.map(|p| p.1),
            status: None,
            why,
        });
    }
}

/// Records the cue of a kept relation.
pub(crate) fn status_of(sink: Sink, f: &Found, cue: impl FnOnce() -> StatusCue) {
    if let Some(t) = sink {
        let cue = cue();
        t.borrow_mut().statuses.push(StatusNote {
            sentence: f.sentence,
            trigger: f.trigger,
            subject: f.subject,
            object: f.object,
            status: f.status,
            cue,
        });
    }
}

impl Trace {
    /// The cue of the kept relation `f` (matched by sentence, trigger and
    /// parties, either way round: a spoke_to read as a call keeps its cue).
    pub fn cue_of(&self, f: &Found) -> Option<&StatusCue> {
        self.statuses
            .iter()
            .find(|n| {
                n.sentence == f.sentence
                    && n.trigger == f.trigger
                    && n.status == f.status
                    && ((n.subject, n.object) == (f.subject, f.object)
                        || (n.subject, n.object) == (f.object, f.subject))
            })
            .map(|n| &n.cue)
    }
}

/// What set the status of the relation `rule` read at `trig` in `s`, found
/// as [`super::status::status`] and [`super::status::after_noun`] found it:
/// `clause_from..clause_end` is the clause it judged, `status` what the
/// engine gave, `parties_end` the end of the parties named after a noun.
pub(super) fn status_cue(
    s: &super::Sent,
    rule: &super::Rule,
    trig: Span,
    (clause_from, clause_end): (usize, usize),
    (status, parties_end): (Status, usize),
) -> StatusCue {
    if rule.status.is_some() {
        return StatusCue::Rule;
    }
    let text = s.text;
    let words = super::status::cue(
        &text[s.span.start..trig.start],
        &text[clause_from..trig.start],
        &text[trig.end..s.span.end],
    );
    let judged = words.as_ref().map_or(Status::Occurred, |c| c.status);
    if judged != status {
        // Only the verb after the noun changes a judged status.
        let from = if super::status::after_noun(&text[trig.end..clause_end]).is_some() {
            trig.end
        } else {
            parties_end.min(clause_end)
        };
        let after: Vec<&str> = text[from..clause_end].split_whitespace().take(6).collect();
        return StatusCue::AfterNoun(after.join(" "));
    }
    match words {
        Some(c) => StatusCue::Words(c),
        None => StatusCue::Default,
    }
}
