//! What `explain` shows of one sentence, as one value: the text view and
//! `explain --json` (one [`SentenceView`] a line, the schema in the README)
//! are two renderings of it, so they always say the same.
//!
//! The decisions come from the relation engine's trace
//! ([`actorgraph::relate::trace`]) and from [`Analysis::settle`], which is
//! how the edges take their dates and places; where a date or place came
//! from in the text is looked up here, for the sentence shown.

use actorgraph::clean::DateSource;
use actorgraph::date::PartialDate;
use actorgraph::pipeline::{Analysis, DateFrom, PlaceFrom, Settled};
use actorgraph::relate::trace::{StatusCue, Trace, Why};
use actorgraph::relate::{Found, Rules, dates};
use actorgraph::span::Span;
use serde::Serialize;

/// One sentence and everything decided in it.
#[derive(Debug, Serialize)]
pub struct SentenceView {
    /// The document id.
    pub doc: String,
    /// The document's date, if known.
    pub doc_date: Option<String>,
    /// Where the document's date came from.
    pub doc_date_from: Option<&'static str>,
    /// The sentence number in the document, from 1.
    pub sentence: usize,
    /// Byte offsets of the sentence.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The sentence text.
    pub text: String,
    /// Tokens with their tags, as `word/TAG` separated by spaces.
    pub tokens: String,
    /// The mentions and what they resolved to.
    pub mentions: Vec<MentionView>,
    /// The relations kept.
    pub relations: Vec<RelationView>,
    /// The readings dropped, and why.
    pub dropped: Vec<DroppedView>,
}

/// One mention.
#[derive(Debug, Serialize)]
pub struct MentionView {
    /// The words.
    pub text: String,
    /// Offsets.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The actor's label.
    pub actor: String,
    /// The actor's node id.
    pub actor_id: String,
    /// The actor's kind.
    pub kind: &'static str,
    /// How the mention was resolved.
    pub how: &'static str,
    /// True when the actor is not in the gazetteer.
    pub discovered: bool,
}

/// One relation kept.
#[derive(Debug, Serialize)]
pub struct RelationView {
    /// Subject label.
    pub subject: String,
    /// Subject node id.
    pub subject_id: String,
    /// The relation.
    pub relation: &'static str,
    /// Object label.
    pub object: String,
    /// Object node id.
    pub object_id: String,
    /// The status.
    pub status: &'static str,
    /// What set the status.
    pub status_cue: CueView,
    /// The edge's date.
    pub date: Option<String>,
    /// Where the date came from.
    pub date_from: Origin,
    /// The edge's place label.
    pub place: Option<String>,
    /// The place's node id.
    pub place_id: Option<String>,
    /// Where the place came from.
    pub place_from: Origin,
    /// The rule's id.
    pub rule: String,
    /// The trigger's words.
    pub trigger: String,
    /// Trigger offsets.
    pub trigger_start: usize,
    /// Trigger end offset.
    pub trigger_end: usize,
}

/// What set a status.
#[derive(Debug, Serialize)]
pub struct CueView {
    /// `words`, `after_noun`, `rule` or `default`.
    pub from: &'static str,
    /// The deciding words, when words decided.
    pub word: Option<String>,
    /// What the words are.
    pub test: Option<String>,
}

/// Where a date or place came from.
#[derive(Debug, Serialize)]
pub struct Origin {
    /// `sentence`, `same_event`, `pair_event`, `paragraph`, `article` or
    /// `none` (dates); `sentence`, `same_event` or `none` (places).
    pub from: &'static str,
    /// The words that name it, when found.
    pub text: Option<String>,
    /// Their offsets.
    pub start: Option<usize>,
    /// End offset.
    pub end: Option<usize>,
    /// The sentence (from 1) they are in, when not this one.
    pub sentence: Option<usize>,
    /// A note in words.
    pub detail: String,
}

/// One reading dropped.
#[derive(Debug, Serialize)]
pub struct DroppedView {
    /// The rule that read it.
    pub rule: String,
    /// The relation it would have been.
    pub relation: &'static str,
    /// The trigger's words.
    pub trigger: String,
    /// Trigger offsets.
    pub trigger_start: usize,
    /// Trigger end offset.
    pub trigger_end: usize,
    /// Subject label, when known.
    pub subject: Option<String>,
    /// Object label, when known.
    pub object: Option<String>,
    /// Status, when known.
    pub status: Option<&'static str>,
    /// The reason, a name: `absorbed`, `type_check`, `object_condition`,
    /// `shadowed`, `duplicate`, `excluded_after`, `inside_name`,
    /// `no_parties` or `replaced_rule`.
    pub reason: &'static str,
    /// The reason in words.
    pub detail: String,
}

/// The name of a document date's source.
fn source_name(s: DateSource) -> &'static str {
    match s {
        DateSource::Input => "input",
        DateSource::Header => "header",
        DateSource::Dateline => "dateline",
        DateSource::Byline => "byline",
        DateSource::Updated => "updated",
        DateSource::Url => "url",
        DateSource::DatelineWithUrlYear => "dateline_with_url_year",
    }
}

/// Where the document's date came from.
fn doc_date_from(a: &Analysis) -> Option<&'static str> {
    if a.article.date.is_some() || (a.date.is_none() && a.article.period.is_some()) {
        Some("input")
    } else if a.date.is_some() {
        a.cleaned.date_source.map(source_name)
    } else {
        None
    }
}

/// The views of every sentence of `a`. `replaced` holds the built-in rules
/// that the user's rules replaced: their readings that no kept relation
/// matches are shown as dropped.
pub fn views(
    a: &Analysis,
    trace: &Trace,
    (rules, replaced, gaz): (&Rules, &Rules, &actorgraph::gazetteer::Gazetteer),
) -> Vec<SentenceView> {
    let text = a.article.text.as_str();
    let r = &a.resolved;
    let settled = a.settle();
    let label = |i: usize| r.actors[i].label.clone();
    let doc_date = a.doc_date().map(|d| d.to_string());
    let from = doc_date_from(a);
    let shadow = if replaced.is_empty() {
        Vec::new()
    } else {
        actorgraph::relate::relate(text, &a.sentences, r, replaced, gaz, a.date)
    };
    let mut out = Vec::new();
    for (i, sent) in a.sentences.iter().enumerate() {
        let mentions = r
            .mentions
            .iter()
            .filter(|m| m.sentence == i)
            .map(|m| {
                let actor = &r.actors[m.actor];
                MentionView {
                    text: m.span.text(text).to_string(),
                    start: m.span.start,
                    end: m.span.end,
                    actor: actor.label.clone(),
                    actor_id: actor.id.clone(),
                    kind: actor.kind.as_str(),
                    how: m.how.as_str(),
                    discovered: actor.discovered,
                }
            })
            .collect();
        let relations = a
            .relations
            .iter()
            .zip(&settled)
            .filter(|(f, _)| f.sentence == i)
            .map(|(f, st)| relation_view(a, trace, f, st))
            .collect();
        let mut dropped: Vec<DroppedView> = trace
            .dropped
            .iter()
            .filter(|d| d.sentence == i)
            .map(|d| {
                let by = match d.why {
                    Why::Absorbed | Why::Shadowed | Why::Duplicate | Why::Implied => {
                        a.relations.iter().find(|g| absorber(d.why, d, g)).map(|g| {
                            format!(
                                "{} {} {} ({:?})",
                                label(g.subject),
                                g.relation,
                                label(g.object),
                                g.trigger.text(text)
                            )
                        })
                    }
                    _ => None,
                };
                DroppedView {
                    rule: d.rule.clone(),
                    relation: d.relation.as_str(),
                    trigger: d.trigger.text(text).to_string(),
                    trigger_start: d.trigger.start,
                    trigger_end: d.trigger.end,
                    subject: d.subject.map(label),
                    object: d.object.map(label),
                    status: d.status.map(|s| s.as_str()),
                    reason: d.why.as_str(),
                    detail: match (d.why, rules.iter().find(|r| r.id == d.rule)) {
                        (Why::ObjectCondition, Some(rule)) => condition_words(rule),
                        (Why::KindsDoNotFit, _) if d.subject.is_some() && d.object.is_some() => {
                            let kind =
                                |i: Option<usize>| i.map_or("", |i| r.actors[i].kind.as_str());
                            format!(
                                "type check: {} does not take a {} and a {}",
                                d.relation,
                                kind(d.subject),
                                kind(d.object)
                            )
                        }
                        _ => why_words(d.why, by),
                    },
                }
            })
            .collect();
        for f in shadow.iter().filter(|f| f.sentence == i) {
            let kept = a.relations.iter().any(|g| {
                g.relation == f.relation
                    && g.sentence == f.sentence
                    && g.status == f.status
                    && unordered(g) == unordered(f)
            });
            if !kept {
                dropped.push(DroppedView {
                    rule: f.rule.clone(),
                    relation: f.relation.as_str(),
                    trigger: f.trigger.text(text).to_string(),
                    trigger_start: f.trigger.start,
                    trigger_end: f.trigger.end,
                    subject: Some(label(f.subject)),
                    object: Some(label(f.object)),
                    status: Some(f.status.as_str()),
                    reason: "replaced_rule",
                    detail: format!(
                        "the built-in rule '{}' reads this; a rule of yours with its id replaces it",
                        f.rule
                    ),
                });
            }
        }
        out.push(SentenceView {
            doc: a.article.id.clone(),
            doc_date: doc_date.clone(),
            doc_date_from: from,
            sentence: i + 1,
            // Offsets in the document as read (a part of a long one starts later).
            start: sent.start + a.article.offset,
            end: sent.end + a.article.offset,
            text: sent.text(text).to_string(),
            tokens: actorgraph::token::tag_sentence(text, *sent).describe(text),
            mentions,
            relations,
            dropped,
        });
    }
    out
}

fn unordered(f: &Found) -> (usize, usize) {
    (f.subject.min(f.object), f.subject.max(f.object))
}

/// True when the kept `g` is what took the place of the dropped `d`.
fn absorber(why: Why, d: &actorgraph::relate::trace::Dropped, g: &Found) -> bool {
    let (Some(s), Some(o)) = (d.subject, d.object) else {
        return false;
    };
    let pair = (s.min(o), s.max(o));
    let same = unordered(g) == pair && Some(g.status) == d.status;
    match why {
        Why::Absorbed => {
            same && matches!(
                g.relation,
                actorgraph::model::Relation::Met | actorgraph::model::Relation::Called
            )
        }
        Why::Shadowed => {
            same && g.sentence == d.sentence
                && g.relation == d.relation
                && g.trigger.overlaps(d.trigger)
                && g.trigger.len() > d.trigger.len()
        }
        Why::Duplicate => same && g.sentence == d.sentence && g.relation == d.relation,
        Why::Implied => {
            unordered(g) == pair && g.sentence == d.sentence && g.relation == d.relation
        }
        _ => false,
    }
}

/// Which of the rule's conditions on the words after the object failed.
fn condition_words(rule: &actorgraph::relate::Rule) -> String {
    let show = |r: &regex::Regex| {
        let p = r.as_str().replace("(?-u:\\b)", "\\b");
        if p.chars().count() > 60 {
            format!("{}…", p.chars().take(60).collect::<String>())
        } else {
            p
        }
    };
    match (&rule.object_then, &rule.object_then_not) {
        (Some(t), None) => format!(
            "the words after the object do not match the rule's object_then /{}/",
            show(t)
        ),
        (None, Some(n)) => format!(
            "the words after the object match the rule's object_then_not /{}/",
            show(n)
        ),
        (Some(t), Some(n)) => format!(
            "the words after the object fail the rule's object_then /{}/ or object_then_not /{}/",
            show(t),
            show(n)
        ),
        (None, None) => why_words(Why::ObjectCondition, None),
    }
}

fn why_words(why: Why, by: Option<String>) -> String {
    let by = by.map(|b| format!(": {b}")).unwrap_or_default();
    match why {
        Why::Absorbed => format!(
            "absorbed by a met or called of the same pair and status (what they said is part of it){by}"
        ),
        Why::Shadowed => format!("shadowed by a longer trigger reading the same relation{by}"),
        Why::Duplicate => format!("a duplicate of a relation already read in the sentence{by}"),
        Why::Implied => format!("implied by an entailment, and the sentence says it outright{by}"),
        Why::KindsDoNotFit => {
            "type check: the two actors' kinds cannot stand in this relation".into()
        }
        Why::ObjectCondition => {
            "the words after the object fail the rule's object_then or object_then_not".into()
        }
        Why::ExcludedAfter => "the rule's exclude_after matched the words after the trigger".into(),
        Why::InsideName => "the trigger starts or ends inside a name".into(),
        Why::NoParties => "no subject and object left to pair in the trigger's clause".into(),
    }
}

fn cue_view(cue: Option<&StatusCue>) -> CueView {
    match cue {
        Some(StatusCue::Words(c)) => CueView {
            from: "words",
            word: Some(c.word.clone()),
            test: Some(c.test.to_string()),
        },
        Some(StatusCue::AfterNoun(w)) => CueView {
            from: "after_noun",
            word: Some(w.clone()),
            test: Some("the verb after the noun".into()),
        },
        Some(StatusCue::Rule) => CueView {
            from: "rule",
            word: None,
            test: Some("the rule fixes the status".into()),
        },
        Some(StatusCue::Default) | None => CueView {
            from: "default",
            word: None,
            test: Some("no word of plan, denial, cancellation or condition".into()),
        },
    }
}

fn relation_view(a: &Analysis, trace: &Trace, f: &Found, st: &Settled) -> RelationView {
    let text = a.article.text.as_str();
    let r = &a.resolved;
    // A spoke_to turned into a call by the pair's call keeps its rule's
    // cue; the relation of the note is looked up by its trigger.
    let cue = trace.cue_of(f);
    RelationView {
        subject: r.actors[f.subject].label.clone(),
        subject_id: r.actors[f.subject].id.clone(),
        relation: f.relation.as_str(),
        object: r.actors[f.object].label.clone(),
        object_id: r.actors[f.object].id.clone(),
        status: f.status.as_str(),
        status_cue: cue_view(cue),
        date: st.date.map(|d| d.to_string()),
        date_from: date_origin(a, f, st),
        place: st.place.map(|p| r.actors[p].label.clone()),
        place_id: st.place.map(|p| r.actors[p].id.clone()),
        place_from: place_origin(a, f, st),
        rule: f.rule.clone(),
        trigger: f.trigger.text(text).to_string(),
        trigger_start: f.trigger.start,
        trigger_end: f.trigger.end,
    }
}

fn origin(from: &'static str, detail: impl Into<String>) -> Origin {
    Origin {
        from,
        text: None,
        start: None,
        end: None,
        sentence: None,
        detail: detail.into(),
    }
}

/// The date expression of sentence `si` that means `date`.
fn expr_for(a: &Analysis, si: usize, date: PartialDate) -> Option<Span> {
    let text = a.article.text.as_str();
    dates::find_with_since(text, a.sentences[si])
        .into_iter()
        .find(|e| {
            [false, true]
                .iter()
                .any(|&ahead| dates::resolve(e.kind, a.date, ahead) == Some(date))
        })
        .map(|e| e.span)
}

fn from_text(from: &'static str, a: &Analysis, si: usize, span: Span, detail: String) -> Origin {
    Origin {
        from,
        text: Some(span.text(&a.article.text).to_string()),
        start: Some(span.start),
        end: Some(span.end),
        sentence: Some(si + 1),
        detail,
    }
}

fn date_origin(a: &Analysis, f: &Found, st: &Settled) -> Origin {
    let Some(date) = st.date else {
        return origin(
            "none",
            "no date: a plan, a denial or a hypothesis takes one only from its text",
        );
    };
    // The sentence that holds the date's words, when one does.
    let dated_in = |si: usize| expr_for(a, si, date).map(|sp| (si, sp));
    match st.date_from {
        DateFrom::Sentence => match dated_in(f.sentence) {
            Some((si, sp)) => from_text("sentence", a, si, sp, "the sentence's own words".into()),
            None => origin(
                "sentence",
                "reckoned from the sentence's dates (\"a day after ...\")",
            ),
        },
        DateFrom::SameEvent | DateFrom::PairEvent => {
            let other = a
                .relations
                .iter()
                .filter(|g| g.date == Some(date))
                .find_map(|g| dated_in(g.sentence));
            let (name, what) = if st.date_from == DateFrom::SameEvent {
                (
                    "same_event",
                    "another report of the same event in the article",
                )
            } else {
                (
                    "pair_event",
                    "the same pair's meeting or hosting in the article",
                )
            };
            match other {
                Some((si, sp)) => from_text(name, a, si, sp, what.into()),
                None => origin(name, what),
            }
        }
        DateFrom::Paragraph => {
            let back = (f.sentence.saturating_sub(3)..f.sentence)
                .rev()
                .find_map(dated_in);
            let what = "the last date its paragraph named before it (rule date.context)";
            match back {
                Some((si, sp)) => from_text("paragraph", a, si, sp, what.into()),
                None => origin(
                    "paragraph",
                    format!("{what}, moved by words such as \"the next day\""),
                ),
            }
        }
        DateFrom::Article => origin(
            "article",
            format!(
                "the document's date, from its {} (rule date.article: an event reported as done with no date of its own)",
                doc_date_from(a).unwrap_or("input").replace('_', " ")
            ),
        ),
        DateFrom::Undated => origin("none", "no date"),
    }
}

fn place_origin(a: &Analysis, f: &Found, st: &Settled) -> Origin {
    let text = a.article.text.as_str();
    let Some(place) = st.place else {
        return origin("none", "no place named in the clause");
    };
    let named_in = |si: usize| {
        a.resolved
            .mentions
            .iter()
            .filter(|m| m.sentence == si && m.actor == place)
            .min_by_key(|m| m.span.start.abs_diff(f.trigger.start))
            .map(|m| {
                // With its preposition ("in Tokyo"), when it has one.
                let before = text[..m.span.start].trim_end();
                let word = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let start = if ["in", "at", "to", "of", "near"]
                    .contains(&word.to_ascii_lowercase().as_str())
                {
                    before.len() - word.len()
                } else {
                    m.span.start
                };
                (si, Span::new(start, m.span.end))
            })
    };
    let (name, what, si) = match st.place_from {
        PlaceFrom::Sentence => ("sentence", "the sentence's words", f.sentence),
        PlaceFrom::SameEvent => {
            let si = a
                .relations
                .iter()
                .find(|g| g.place == Some(place))
                .map_or(f.sentence, |g| g.sentence);
            (
                "same_event",
                "another report of the same event in the article",
                si,
            )
        }
        PlaceFrom::Unplaced => return origin("none", "no place"),
    };
    match named_in(si) {
        Some((si, sp)) => from_text(name, a, si, sp, what.into()),
        None => origin(
            name,
            format!("{what}: the capital of the country of an organization named there"),
        ),
    }
}
