//! Relations: who met, called, spoke to, canceled, visited, hosted,
//! criticized whom, and who holds which office.
//!
//! Relation rules are data (`data/rules/default.jsonl`, documented in
//! `data/rules/README.md`): trigger verbs (any inflection, through the lemma
//! table) or a trigger pattern, what the object must be, and
//! example sentences that `cargo test` runs. The engine here is generic: for
//! each trigger match it finds the subject before it and the objects after it
//! among the sentence's resolved mentions, the status from the clause
//! ([`status`]), the date ([`dates`]) and the place ("in X", "at X"). Every
//! relation keeps its sentence as evidence and the id of its rule.

pub mod clause;
pub mod dates;
pub mod entail;
pub mod rules;
pub mod starts;
pub mod status;
pub mod trace;

pub use rules::{Example, Rule, Rules};

use crate::date::PartialDate;
use crate::gazetteer::Gazetteer;
use crate::model::{Kind, Relation, Status};
use crate::resolve::{Actor, ActorIdx, How, Mention, Resolved};
use crate::span::Span;
use crate::text::{ascii_word_boundaries, words_before};
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// Compiles a pattern with ASCII word boundaries: relation words are English,
/// and a Unicode `\b` would push the regex engine off its fast path on every
/// sentence with a curly quote or an accent.
pub(crate) fn regex(pattern: &str) -> Regex {
    fast_regex(pattern).expect("the built-in patterns are valid")
}

/// [`regex`] for patterns from user files: an error instead of a panic.
pub(crate) fn fast_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(&ascii_word_boundaries(pattern))
        .case_insensitive(true)
        .size_limit(1 << 22)
        .build()
}

/// One relation found in one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Who.
    pub subject: ActorIdx,
    /// Did what.
    pub relation: Relation,
    /// With or to whom (a place for `visited`, an office for `holds_office`).
    pub object: ActorIdx,
    /// Whether it happened.
    pub status: Status,
    /// When, as the sentence says.
    pub date: Option<PartialDate>,
    /// When, as the paragraph's story so far says: the last date named in
    /// the sentences before it ("Kim reached Vietnam on Tuesday. Trump flew
    /// in late the same day."), for an event that happened and whose own
    /// sentence names none.
    pub context_date: Option<PartialDate>,
    /// Where (a place actor).
    pub place: Option<ActorIdx>,
    /// The sentence that says so.
    pub evidence: Span,
    /// The words that triggered the rule.
    pub trigger: Span,
    /// The rule's id.
    pub rule: String,
    /// The sentence index.
    pub sentence: usize,
}

/// Prepositions that make a place the setting, not a participant.
const PLACE_PREPS: &[&str] = &[
    "in", "at", "to", "from", "near", "outside", "inside", "into", "toward", "towards", "across",
    "of", "for", "on", "via", "over", "around",
];

static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i);|\s[\u2014\u2013]\s|\u2014|,?\s+but\s|,?\s+while\s|,\s+who\s|,\s+which\s|\s+because\s|\s+although\s|\s+whereas\s|,\s+(?:he|she|they)\s+said|\s+(?:after|before|as)\s+(?:he|she|they|it)\s|\s+and\s+(?:was|were|is|are|has|had|have)\s|(?-i:\s+and\s+[a-z]+ed\s)|,\s+(?:when|where)\s|,\s+(?:said|says|added|told)\b|,\s+according\s+to\b|,\s+(?:[^\s,;]+\s+){0,6}?(?:said|says|stated|states|added|told|announced|confirmed|wrote|noted|reported)\b[^,;]{0,40}$|,\s+(?:his|her|their|its|the|a|an|one|two|three|several)\s+[^,;.]{0,60}?\s(?:said|says|added|told|announced|confirmed|wrote)\b|,\s+(?-i:\p{Lu})[^,;.\s]*(?:\s+(?-i:\p{Lu})[^,;.\s]*){0,3}\s+(?:said|says|added|told)\b",
    )
});
static CLAUSE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i);|,?\s+but\s|\s[\u2014\u2013]\s|\s+and\s+(?:was|were|is|are|has|had|have)\s|,\s+(?:when|where)\s",
    )
});
static PASSIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(r"(?i)\b(?:was|were|been|being|is|are|be|get|got)\s+(?:[a-z]+ly\s+)?$")
});
static BY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::relate::regex(r"(?i)^[^,;.]{0,60}?\bby\s"));
/// A mention followed by a coordinated verb ("... talks with Blinken and was
/// received by Biden"): it is the object of the earlier verb, not the subject.
static AND_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\band\s+(?:was|were|is|are|has|had|have|then|also|later|look(?:s|ed)?\s+forward|hope[sd]?|plan(?:s|ned)?|vow(?:s|ed)|promise[sd]?|agree[sd]?|want(?:s|ed)?|intend(?:s|ed)?|expect(?:s|ed)?|pledge[sd]?|offer(?:s|ed)|decide[sd]?)\b",
    )
});
/// "by" right after a noun trigger ("a visit by X").
static NOUN_BY: LazyLock<Regex> = LazyLock::new(|| crate::relate::regex(r"^\s+by\s"));
/// A second verb joined to the first with no subject of its own: a
/// conjunction between a mention and the trigger after it, perhaps after a
/// few words finishing the first verb's phrase and before auxiliaries,
/// modals, negation or adverbs of the second ("visit Germany next week and
/// hold talks", "met Ruto on Thursday and will visit Kampala", "did not meet
/// Ruto, but phoned Lula"). The second verb's subject is the first's.
static AND_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"^(?:\s+[^\s,;.]+){0,4}?,?\s+(?:and|but|yet)\s+(?:(?:will|would|shall|can|could|may|might|must|has|have|had|did|does|do|not|never|also|then|later|soon|\w+ly)\s+){0,3}$",
    )
});
/// A relative pronoun, which opens a clause of its own.
static RELATIVE: LazyLock<Regex> =
    LazyLock::new(|| crate::relate::regex(r"(?-i)\b(?:who|whom|which|whose)\b"));
/// A trigger that opens with a participle ("saying", "calling", "accusing").
static PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| crate::relate::regex(r"^(?-i:[a-z]+ing)\b"));
/// "at the border village of X", "in the southern city of X".
static SETTING_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(r"(?i)\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}of\s+(?:the\s+)?$")
});
/// Between an organization and a person, the person's role there ("NBC
/// News journalist", "Reuters correspondent", "Fox News anchor").
static EMPLOYER_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"^\s+(?:(?:chief|senior|political|foreign|white\s+house|news|staff)\s+)?(?:journalist|reporter|correspondent|anchor|host|presenter|editor|columnist|interviewer|commentator|analyst|writer)\s+$",
    )
});
/// Between two places, a noun that puts the second inside the first ("the
/// Black Sea resort of Sochi", "the Kenyan port city of Mombasa").
static SETTING_NOUN_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"^\s+(?:[\p{L}-]+\s+){0,2}?(?:resort|city|town|port|village|capital|island|region|province|state|enclave|district|county|suburb|outskirts|valley|peninsula)\s+of\s+(?:the\s+)?$",
    )
});
/// "by" and a title at most, right before a name.
static BY_TITLE: LazyLock<Regex> =
    LazyLock::new(|| crate::relate::regex(r"\bby\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}.-]*\s+){0,4}$"));
/// "to the Black Sea resort of X": a destination named by what it is.
static DESTINATION_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(r"(?i)\bto\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}of\s+(?:the\s+)?$")
});
/// Nouns that make a trigger nominal ("the Budapest summit").
static NOMINAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)^(?:summit|summits|meeting|meetings|talks|visit|visits|trip|call|conversation|sit-down|face-to-face)\b",
    )
});

struct Sent<'a> {
    text: &'a str,
    span: Span,
    index: usize,
    /// Mentions of actors that may take part (no offices), by position.
    actors: Vec<&'a Mention>,
    /// The document's sentence dates.
    dates: &'a SentenceDates<'a>,
    /// Where decisions are recorded (`explain` only).
    trace: trace::Sink<'a>,
    /// The sentence's tokens, tagged on first use only.
    tokens: std::cell::OnceCell<crate::token::Tokens>,
}

impl Sent<'_> {
    fn tokens(&self) -> &crate::token::Tokens {
        self.tokens
            // The body only: a dateline ("ROME (Reuters) -") before the
            // first word misleads the tagger about that word.
            .get_or_init(|| {
                let body = Span::new(body_start(self.text, self.span), self.span.end);
                crate::token::tag_sentence(self.text, body)
            })
    }
}

/// The date expressions of each sentence of a document ([`dates::find`]),
/// each sentence's found at most once: every trigger in a sentence and the
/// narrative dates of the document read the same ones.
struct SentenceDates<'a> {
    text: &'a str,
    sentences: &'a [Span],
    found: Vec<std::cell::OnceCell<Vec<dates::DateExpr>>>,
}

impl<'a> SentenceDates<'a> {
    fn new(text: &'a str, sentences: &'a [Span]) -> Self {
        SentenceDates {
            text,
            sentences,
            found: vec![std::cell::OnceCell::new(); sentences.len()],
        }
    }

    /// The date expressions of sentence `si`.
    fn of(&self, si: usize) -> &[dates::DateExpr] {
        self.found[si].get_or_init(|| dates::find(self.text, self.sentences[si]))
    }
}

/// Finds the relations of one document.
pub fn relate(
    text: &str,
    sentences: &[Span],
    resolved: &Resolved,
    rules: &Rules,
    gaz: &Gazetteer,
    doc_date: Option<Date>,
) -> Vec<Found> {
    relate_with(text, sentences, resolved, (rules, gaz), doc_date, None)
}

/// [`relate`], with the decisions that led to its relations ([`trace`]).
pub fn relate_traced(
    text: &str,
    sentences: &[Span],
    resolved: &Resolved,
    rules: &Rules,
    gaz: &Gazetteer,
    doc_date: Option<Date>,
) -> (Vec<Found>, trace::Trace) {
    let sink = std::cell::RefCell::new(trace::Trace::default());
    let found = relate_with(
        text,
        sentences,
        resolved,
        (rules, gaz),
        doc_date,
        Some(&sink),
    );
    (found, sink.into_inner())
}

fn relate_with(
    text: &str,
    sentences: &[Span],
    resolved: &Resolved,
    (rules, gaz): (&Rules, &Gazetteer),
    doc_date: Option<Date>,
    sink: trace::Sink,
) -> Vec<Found> {
    let mut out = Vec::new();
    let sentence_dates = SentenceDates::new(text, sentences);
    for (si, &span) in sentences.iter().enumerate() {
        let in_sentence: Vec<&Mention> = resolved
            .mentions
            .iter()
            .filter(|m| m.sentence == si)
            .collect();
        let mut actors: Vec<&Mention> = in_sentence
            .iter()
            .copied()
            .filter(|m| {
                (resolved.actors[m.actor].kind != Kind::Office && m.how != How::Office)
                    || unheld_office(resolved, &in_sentence, m)
            })
            .collect();
        // In text order: pronouns and descriptions are resolved after names.
        actors.sort_by_key(|m| (m.span.start, m.span.end));
        // "the UN chief": the organization inside a description only says
        // whose chief; the person is the party. So does the place inside a
        // title ("greeted by Northern Territory Chief Minister Lia
        // Finocchiaro").
        let spans: Vec<Span> = in_sentence
            .iter()
            .filter(|m| resolved.actors[m.actor].kind != Kind::Office || m.how == How::Office)
            .map(|m| m.span)
            .collect();
        actors.retain(|m| !spans.iter().any(|&n| n != m.span && n.contains(m.span)));
        // "the Black Sea resort of Sochi": the first place only says where
        // the second lies; the second is where things happen.
        let actors = drop_modifiers(
            actors,
            resolved,
            text,
            (Kind::Place, Kind::Place),
            &SETTING_NOUN_OF,
        );
        // "NBC News journalist Kristen Welker": the outlet only says whom the
        // journalist works for; the journalist is the party.
        let actors = drop_modifiers(
            actors,
            resolved,
            text,
            (Kind::Organization, Kind::Person),
            &EMPLOYER_ROLE,
        );
        // A relation needs two actors (a plural mention is two).
        if actors.len() < 2 || actors.iter().all(|m| m.actor == actors[0].actor) {
            continue;
        }
        let s = Sent {
            text,
            span,
            index: si,
            actors,
            dates: &sentence_dates,
            trace: sink,
            tokens: std::cell::OnceCell::new(),
        };
        for (rule, m) in rules.triggers(span.text(text)) {
            let trig = Span::new(span.start + m.start, span.start + m.end);
            apply(&s, rule, trig, resolved, gaz, doc_date, &mut out);
        }
    }
    for link in &resolved.offices {
        if link.past {
            continue;
        }
        out.push(Found {
            subject: link.person,
            relation: Relation::HoldsOffice,
            object: link.office,
            status: Status::Occurred,
            date: None,
            context_date: None,
            place: None,
            evidence: sentences[link.sentence],
            trigger: link.span,
            rule: "holds_office.title".into(),
            sentence: link.sentence,
        });
    }
    // What two people told each other while they met or spoke by phone is part
    // of that meeting or call, not a separate exchange (spoke_to is for
    // communication "the text does not present as a meeting or a call").
    let unordered = |f: &Found| {
        if f.object < f.subject {
            (f.object, f.subject)
        } else {
            (f.subject, f.object)
        }
    };
    // The same holds for what did not happen: "denies report that X spoke
    // to Y" beside "denied that X had spoken by telephone with Y" is one call.
    let met: std::collections::HashSet<(ActorIdx, ActorIdx, Status)> = out
        .iter()
        .filter(|f| matches!(f.relation, Relation::Met | Relation::Called))
        .map(|f| {
            let (a, b) = unordered(f);
            (a, b, f.status)
        })
        .collect();
    out.retain(|f| {
        let (a, b) = unordered(f);
        let absorbed = f.relation == Relation::SpokeTo && met.contains(&(a, b, f.status));
        if absorbed {
            trace::drop_found(sink, f, trace::Why::Absorbed);
        }
        !absorbed
    });
    // Two people the story has on the phone talk by phone: "Blinken intends
    // to speak with Lavrov" after their call is another call, unless a place
    // says they are together.
    let callers: std::collections::HashSet<(ActorIdx, ActorIdx)> = out
        .iter()
        .filter(|f| f.relation == Relation::Called)
        .map(unordered)
        .collect();
    for f in out.iter_mut() {
        if f.relation == Relation::SpokeTo && f.place.is_none() && callers.contains(&unordered(f)) {
            f.relation = Relation::Called;
            f.rule = format!("{}+called.pair", f.rule);
        }
    }
    // What the text says outright beats what a frame implies: "flew to
    // Kampala, where Museveni will welcome him" is one visit, the flight's.
    let said: std::collections::HashSet<(usize, Relation, ActorIdx, ActorIdx)> = out
        .iter()
        .filter(|f| !entail::is_entailed(&f.rule))
        .map(|f| {
            let (a, b) = unordered(f);
            (f.sentence, f.relation, a, b)
        })
        .collect();
    out.retain(|f| {
        let (a, b) = unordered(f);
        let implied =
            entail::is_entailed(&f.rule) && said.contains(&(f.sentence, f.relation, a, b));
        if implied {
            trace::drop_found(sink, f, trace::Why::Implied);
        }
        !implied
    });
    // Where two rules read overlapping words of one sentence as the same
    // relation between the same actors, the longer trigger is the more
    // specific reading ("canceled his planned summit with" over "summit with").
    let pair = |f: &Found| {
        if f.relation.is_symmetric() && f.object < f.subject {
            (f.object, f.subject)
        } else {
            (f.subject, f.object)
        }
    };
    let shadowed: Vec<bool> = out
        .iter()
        .map(|f| {
            out.iter().any(|g| {
                g.sentence == f.sentence
                    && g.relation == f.relation
                    && pair(g) == pair(f)
                    && g.trigger.overlaps(f.trigger)
                    && g.trigger.len() > f.trigger.len()
            })
        })
        .collect();
    for (f, _) in out.iter().zip(&shadowed).filter(|(_, s)| **s) {
        trace::drop_found(sink, f, trace::Why::Shadowed);
    }
    let mut keep = shadowed.into_iter().map(|s| !s);
    out.retain(|_| keep.next().unwrap_or(true));
    out.sort_by(|a, b| {
        (
            a.sentence,
            a.trigger.start,
            a.relation,
            a.subject,
            a.object,
            a.status,
        )
            .cmp(&(
                b.sentence,
                b.trigger.start,
                b.relation,
                b.subject,
                b.object,
                b.status,
            ))
    });
    out.dedup_by(|a, b| {
        let key = |f: &Found| {
            let (x, y) = if f.relation.is_symmetric() && f.object < f.subject {
                (f.object, f.subject)
            } else {
                (f.subject, f.object)
            };
            (f.sentence, f.relation, x, y, f.status)
        };
        let same = key(a) == key(b);
        if same {
            trace::drop_found(sink, a, trace::Why::Duplicate);
        }
        same
    });
    visit_settings(text, &mut out);
    let needs = |f: &Found| {
        f.date.is_none() && f.status == Status::Occurred && f.relation != Relation::HoldsOffice
    };
    // Reading every sentence's dates costs a pass; only when an event needs it.
    if out.iter().any(needs) {
        let mut wanted = vec![false; sentences.len()];
        for f in out.iter().filter(|f| needs(f)) {
            wanted[f.sentence] = true;
        }
        // A sentence that dates a plan names days ahead ("will meet him on
        // Thursday"): read as past, its weekday would date the story a week
        // back. (A plan it does not date leaves its dates to the rest of it:
        // "a meeting is expected, Peskov said on Sunday".)
        let mut ahead = vec![false; sentences.len()];
        for f in &out {
            if matches!(f.status, Status::Planned | Status::Hypothetical) && f.date.is_some() {
                ahead[f.sentence] = true;
            }
        }
        let narrative = narrative_dates(
            text,
            sentences,
            (&wanted, &ahead),
            &sentence_dates,
            doc_date,
        );
        for f in out.iter_mut().filter(|f| needs(f)) {
            f.context_date = narrative.get(f.sentence).copied().flatten();
        }
    }
    out
}

/// True when the first day a partial date can mean is after `doc`.
fn starts_after(d: PartialDate, doc: Date) -> bool {
    let Some(y) = d.year else { return false };
    (y, d.month.unwrap_or(1), d.day.unwrap_or(1)) > (doc.year(), doc.month(), doc.day())
}

/// "the next day": the day after the paragraph's last date.
static NEXT_DAY: LazyLock<Guarded> = LazyLock::new(|| {
    Guarded::new(
        r"day|morning|evening|afternoon",
        r"\b(?:the\s+(?:next|following)\s+(?:day|morning|evening|afternoon)|a\s+day\s+later)\b",
    )
});

/// A pattern and a cheaper one that matches wherever it does (each of its
/// matches contains a match of `needs`): the full pattern runs only where
/// the cheap one matches. One whose literals are common words ("a", "the")
/// makes the regex engine stop at each of them; words it cannot do without
/// are rare. The decision is exactly the full pattern's.
pub(crate) struct Guarded {
    needs: Regex,
    full: Regex,
}

impl Guarded {
    /// Both compiled as [`regex`] compiles (case-insensitive, so the
    /// needed words are found in any case the full pattern accepts).
    pub(crate) fn new(needs: &str, full: &str) -> Guarded {
        Guarded {
            needs: regex(needs),
            full: regex(full),
        }
    }

    pub(crate) fn is_match(&self, s: &str) -> bool {
        self.needs.is_match(s) && self.full.is_match(s)
    }
}

/// How many sentences back a paragraph's narrative date still holds.
const CONTEXT_SENTENCES: usize = 2;

/// For each sentence, the date its undated events take from the story so
/// far: the last date named in the (at most [`CONTEXT_SENTENCES`]) sentences
/// before it in its paragraph, read as past, moved a day on by "the next
/// day". A story tells its events in order, and an undated one happened when
/// the last dated one did. A line break ends a paragraph; a date in another
/// paragraph says nothing.
///
/// Only the sentences marked in `wanted` are asked for: a paragraph with
/// none of them is not read, nor the rest of one after its last (the date
/// of a sentence depends on its paragraph so far alone). Sentences read on
/// the way get theirs, those not read `None`.
fn narrative_dates(
    text: &str,
    sentences: &[Span],
    (wanted, ahead): (&[bool], &[bool]),
    sentence_dates: &SentenceDates,
    doc_date: Option<Date>,
) -> Vec<Option<PartialDate>> {
    let mut out = vec![None; sentences.len()];
    let breaks_before = |si: usize| {
        si == 0
            || text
                .get(sentences[si - 1].end..sentences[si].start)
                .is_none_or(|gap| gap.contains('\n'))
    };
    let mut si = 0;
    while si < sentences.len() {
        let mut end = si + 1;
        while end < sentences.len() && !breaks_before(end) {
            end += 1;
        }
        if let Some(last) = (si..end).rev().find(|&i| wanted.get(i) == Some(&true)) {
            paragraph_dates(
                text,
                sentences,
                si..last + 1,
                ahead,
                sentence_dates,
                doc_date,
                &mut out,
            );
        }
        si = end;
    }
    out
}

/// [`narrative_dates`] over the sentences `range` of one paragraph, from its
/// first.
fn paragraph_dates(
    text: &str,
    sentences: &[Span],
    range: std::ops::Range<usize>,
    ahead: &[bool],
    sentence_dates: &SentenceDates,
    doc_date: Option<Date>,
    out: &mut [Option<PartialDate>],
) {
    // The date the story has reached, and how many sentences ago it was named.
    let mut current: Option<(PartialDate, usize)> = None;
    let end = range.end;
    for si in range {
        let sent = sentences[si];
        let mut here = current
            .filter(|&(_, age)| age < CONTEXT_SENTENCES)
            .map(|(d, _)| d);
        // "arrived on Sunday. X welcomed him the next morning."
        // "a week earlier" looks back without moving the story on.
        let shift = if NEXT_DAY.is_match(sent.text(text)) {
            Some(1)
        } else {
            dates::narrative_shift(sent.text(text))
        };
        if let Some(n) = shift
            && let Some(d) = here.and_then(|d| d.to_date())
            && let Ok(moved) = d.checked_add(jiff::ToSpan::days(n))
        {
            here = Some(PartialDate::from_date(moved));
            if n > 0 {
                current = Some((PartialDate::from_date(moved), 0));
            }
        }
        out[si] = here;
        if si + 1 == end {
            // The dates this sentence names only date the sentences after it.
            break;
        }
        // Only what lies on or before the article's day tells the story so
        // far ("will meet next month" dates nothing that happened).
        let named = sentence_dates
            .of(si)
            .last()
            .and_then(|e| dates::resolve(e.kind, doc_date, ahead.get(si) == Some(&true)))
            .filter(|d| doc_date.is_none_or(|doc| !starts_after(*d, doc)));
        current = match (named, current) {
            (Some(d), _) => Some((d, 0)),
            (None, Some((d, age))) => Some((d, age + 1)),
            (None, None) => None,
        };
    }
}

/// Drops each mention of kind `kinds.0` that only qualifies the mention of
/// kind `kinds.1` right after it, the words between matching `gap`.
fn drop_modifiers<'a>(
    actors: Vec<&'a Mention>,
    resolved: &Resolved,
    text: &str,
    kinds: (Kind, Kind),
    gap: &Regex,
) -> Vec<&'a Mention> {
    let kind = |m: &Mention| resolved.actors[m.actor].kind;
    let modifier = |i: usize| {
        let m = actors[i];
        kind(m) == kinds.0
            && actors.get(i + 1).is_some_and(|n| {
                kind(n) == kinds.1
                    && text
                        .get(m.span.end..n.span.start)
                        .is_some_and(|g| gap.is_match(g))
            })
    };
    (0..actors.len())
        .filter(|&i| !modifier(i))
        .map(|i| actors[i])
        .collect()
}

/// Which kinds of actor may stand on each side of a relation. People meet,
/// call, talk to, host and cancel with people; countries and organizations
/// with countries and organizations ("North Korea called off talks with South
/// Korea"), but a city or a site takes part in nothing; a person does not
/// "meet" a country. Only people travel. Anyone may criticize anyone.
/// "Nigeria's defence minister met Ruto": an office whose holder the
/// sentence does not name stands for its holder, as a party. Bound to a
/// name ("Defence Minister X", "X, Nigeria's defence minister"), resolved
/// to a person ("the Kenyan president" is Ruto), or past, it is not one.
fn unheld_office(resolved: &Resolved, in_sentence: &[&Mention], m: &Mention) -> bool {
    m.how == How::Office
        && resolved.actors[m.actor].kind == Kind::Office
        && !in_sentence
            .iter()
            .any(|p| resolved.actors[p.actor].kind == Kind::Person && p.span.overlaps(m.span))
        && !resolved
            .offices
            .iter()
            .any(|l| l.sentence == m.sentence && (l.span.overlaps(m.span) || l.office == m.actor))
}

fn kinds_fit(rel: Relation, s: &Actor, o: &Actor, gaz: &Gazetteer) -> bool {
    let country_like = |a: &Actor| {
        a.kind != Kind::Place
            || a.entry.is_some_and(|e| {
                matches!(
                    gaz.entry(e).subtype.as_deref(),
                    Some("country" | "territory")
                )
            })
    };
    // An office a rule reads as a party stands for its holder.
    let person = |a: &Actor| matches!(a.kind, Kind::Person | Kind::Office);
    match rel {
        Relation::Criticized => true,
        Relation::Visited => person(s) && o.kind == Kind::Place,
        Relation::HoldsOffice => s.kind == Kind::Person && o.kind == Kind::Office,
        _ => person(s) == person(o) && country_like(s) && country_like(o),
    }
}

/// A mention followed by a possessive "'s" ("Trump's envoy").
fn is_possessor(text: &str, m: &Mention) -> bool {
    crate::text::possessive_after(text, m.span).is_some()
}

/// "Witkoff's visit": the possessive stands right before the trigger, a
/// word or two between at most ("Lula's state visit").
fn possessor_of_trigger(text: &str, m: &Mention, trig: Span) -> bool {
    let gap = text.get(m.span.end..trig.start).unwrap_or("");
    let gap = gap.trim_start_matches("'s").trim_start_matches("\u{2019}s");
    gap.split_whitespace().count() <= 2
}

fn is_possessive(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "his" | "her" | "its" | "their"
    )
}

/// The word before a mention, an article skipped ("at the Moncloa Palace").
fn prep_before(text: &str, m: &Mention) -> Option<String> {
    let words = words_before(text, m.span.start, 2);
    let first = words.first()?.to_lowercase();
    if first == "the" {
        words.get(1).map(|w| w.to_lowercase())
    } else {
        Some(first)
    }
}

fn is_setting(text: &str, resolved: &Resolved, m: &Mention) -> bool {
    let kind = resolved.actors[m.actor].kind;
    kind == Kind::Place
        && (prep_before(text, m).is_some_and(|p| PLACE_PREPS.contains(&p.as_str()))
            || names_a_topic(text, m))
}

/// Nouns that a place name before them makes a topic ("the Gaza situation").
const TOPIC_NOUNS: &[&str] = &[
    "agreement",
    "ceasefire",
    "conflict",
    "cooperation",
    "crisis",
    "deal",
    "dispute",
    "file",
    "issue",
    "matter",
    "negotiations",
    "offensive",
    "peace",
    "policy",
    "problem",
    "process",
    "question",
    "relations",
    "security",
    "settlement",
    "situation",
    "standoff",
    "trade",
    "truce",
    "war",
];

/// "discussed the Gaza situation", "discussed trade, defence and Arctic
/// security": a place that only qualifies the noun after it, after "the" or
/// inside a list, is a topic, not a party.
fn names_a_topic(text: &str, m: &Mention) -> bool {
    let prev = words_before(text, m.span.start, 1);
    (prev
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("the") || *w == "and")
        || text[..m.span.start].trim_end().ends_with(','))
        && crate::text::word_after(text, m.span.end).is_some_and(|w| TOPIC_NOUNS.contains(&w))
}

fn apply(
    s: &Sent,
    rule: &Rule,
    trig: Span,
    resolved: &Resolved,
    gaz: &Gazetteer,
    doc_date: Option<Date>,
    out: &mut Vec<Found>,
) {
    let text = s.text;
    let after_trig = &text[trig.end..s.span.end];
    let at = (s.index, rule, trig);
    if let Some(ex) = &rule.exclude_after
        && ex.is_match(after_trig)
    {
        trace::drop_reading(s.trace, at, None, trace::Why::ExcludedAfter);
        return;
    }
    // A trigger that starts or ends inside a name is a word of that name
    // ("Summit Avenue"), not a relation; names in its middle ("calls off
    // Singapore summit") are fine.
    if s.actors.iter().any(|m| {
        m.how.is_naming()
            && ((m.span.start <= trig.start && trig.start < m.span.end)
                || (m.span.start < trig.end && trig.end <= m.span.end))
    }) {
        trace::drop_reading(s.trace, at, None, trace::Why::InsideName);
        return;
    }
    let clause_end = CLAUSE_END
        .find(after_trig)
        .map(|m| trig.end + m.start())
        .unwrap_or(s.span.end);
    // "was hosting a show when Fidan won": a subordinate clause with a verb
    // of its own ends the trigger's clause (tagged only when such a word is
    // there at all).
    let clause_end = if clause::may_open(&text[trig.end..clause_end]) {
        clause::subordinate_start(s.tokens(), Span::new(trig.end, clause_end)).unwrap_or(clause_end)
    } else {
        clause_end
    };
    let before_text = &text[s.span.start..trig.start];
    let opener = CLAUSE_START.find_iter(before_text).last();
    let clause_start = opener
        .map(|m| s.span.start + m.end())
        .unwrap_or(s.span.start);
    // ", where ..." and ", when ...": the words before the comma say where
    // and when the clause's event took place.
    let relative_at = opener.and_then(|m| {
        let w = m.as_str().to_ascii_lowercase();
        let at = s.span.start + m.start();
        if w.contains("where") {
            Some((at, true))
        } else if w.contains("when") {
            Some((at, false))
        } else {
            None
        }
    });
    let passive_verb = PASSIVE_BEFORE.is_match(before_text) && is_participle(trig.text(text));
    // A passive with no agent ("was welcomed in P") names only the patient.
    let mut agentless = false;
    let is_place_rule = rule.object_place;

    // Objects after the trigger, up to the end of the clause or a relative
    // pronoun ("rebuked critics at home who had accused him of neglecting
    // Indonesia": what follows belongs to the relative clause). "he", "she"
    // and "they" are subjects, never objects: "blaming what he called
    // hostility" blames no "he" (a capitalized "He" after a trigger is a
    // name: "between He and Jeenbekov").
    let relative = RELATIVE
        .find(&text[trig.end..clause_end])
        .map_or(clause_end, |m| trig.end + m.start());
    let after: Vec<&Mention> = s
        .actors
        .iter()
        .copied()
        .filter(|m| m.span.start >= trig.end && m.span.end <= clause_end)
        .filter(|m| m.span.start < relative)
        .filter(|m| {
            !matches!(m.how, How::Pronoun | How::Plural)
                || !matches!(m.span.text(text), "he" | "she" | "they")
        })
        .collect();
    let before: Vec<&Mention> = s
        .actors
        .iter()
        .copied()
        .filter(|m| m.span.end <= trig.start && m.span.start >= clause_start.min(s.span.start))
        .collect();

    // A place right before a nominal trigger is its setting ("the Budapest summit").
    let nominal = NOMINAL.is_match(trig.text(text));
    let prenominal: Option<ActorIdx> = before
        .last()
        .filter(|m| {
            nominal
                && resolved.actors[m.actor].kind == Kind::Place
                && text[m.span.end..trig.start].trim().is_empty()
        })
        .map(|m| m.actor);
    let before: Vec<&Mention> = before
        .into_iter()
        .filter(|m| Some(m.actor) != prenominal || !nominal)
        .collect();
    // Possessors are no participants ("met Trump's envoy"), except right
    // before a nominal trigger ("Witkoff's visit to") and as the target of
    // what their thing drew ("Modi's visit to Moscow drew criticism from").
    let before: Vec<&Mention> = before
        .into_iter()
        .filter(|m| rule.reverse || !is_possessor(text, m) || possessor_of_trigger(text, m, trig))
        .collect();
    // "criticized Indonesia's ban" criticizes Indonesia; elsewhere a possessor
    // only qualifies the participant that follows it ("met Trump's envoy").
    let after: Vec<&Mention> = after
        .into_iter()
        .filter(|m| rule.relation == Relation::Criticized || !is_possessor(text, m))
        .collect();

    // "the meeting of A and B": the parties of a symmetric noun follow
    // "of" as one coordinated group (one name after "of" is a possessor:
    // "the meeting of NATO ministers").
    let of_group: Vec<ActorIdx> = if nominal
        && rule.relation.is_symmetric()
        && after_trig
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("of ")
    {
        let cands: Vec<&Mention> = after
            .iter()
            .copied()
            .filter(|m| !is_setting(text, resolved, m))
            .collect();
        match cands.first() {
            Some(f) if text[trig.end..f.span.start].split_whitespace().count() <= 2 => {
                coordinated(text, resolved, &cands)
            }
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let (subjects, objects): (Vec<ActorIdx>, Vec<(ActorIdx, Span)>) = if of_group.len() >= 2 {
        (of_group, Vec::new())
    } else if passive_verb {
        let by_at = BY_AFTER
            .find(after_trig)
            .map(|m| trig.end + m.end())
            .unwrap_or(trig.end);
        let agent = after
            .iter()
            .find(|m| m.span.start >= by_at && !is_setting(text, resolved, m))
            .map(|m| m.actor);
        let patient = subject_group(text, resolved, &before, trig.start);
        match agent {
            Some(a) => (vec![a], patient.into_iter().map(|p| (p, trig)).collect()),
            // "Y was welcomed in P": no host, but what needs none holds.
            None if entail::of(rule.relation).any(|e| e.without_subject()) => {
                agentless = true;
                (Vec::new(), patient.into_iter().map(|p| (p, trig)).collect())
            }
            // "A and B were received": patients, who did nothing together.
            None => {
                trace::drop_reading(s.trace, at, None, trace::Why::NoParties);
                return;
            }
        }
    } else if after_trig
        .trim_start()
        .to_lowercase()
        .starts_with("between")
        || trig.text(text).to_lowercase().ends_with("between")
    {
        let cands: Vec<&Mention> = after
            .iter()
            .copied()
            .filter(|m| !is_setting(text, resolved, m))
            .collect();
        // People are the parties when two are named ("between the
        // presidents of Russia and the United States, Putin and Trump").
        let mut people = cands
            .iter()
            .copied()
            .filter(|m| resolved.actors[m.actor].kind == Kind::Person);
        let mut cands = match (people.next(), people.next()) {
            (Some(a), Some(b)) if a.actor != b.actor => vec![a, b].into_iter(),
            _ => cands.into_iter(),
        };
        let Some(first) = cands.next() else {
            trace::drop_reading(s.trace, at, None, trace::Why::NoParties);
            return;
        };
        // The second of the pair is of a kind to stand opposite the first:
        // in "between Netanyahu and U.S. President Joe Biden", Biden, not
        // the country of his title.
        let Some(second) = cands.find(|m| {
            m.actor != first.actor
                && kinds_fit(
                    rule.relation,
                    &resolved.actors[first.actor],
                    &resolved.actors[m.actor],
                    gaz,
                )
        }) else {
            trace::drop_reading(s.trace, at, None, trace::Why::NoParties);
            return;
        };
        (vec![first.actor], vec![(second.actor, second.span)])
    } else {
        // Places do not travel: the traveller is the nearest actor that is not one.
        let before_subj: Vec<&Mention> = if is_place_rule {
            before
                .iter()
                .copied()
                .filter(|m| resolved.actors[m.actor].kind != Kind::Place)
                .collect()
        } else {
            before.clone()
        };
        let mut subj = subject_group(text, resolved, &before_subj, trig.start);
        // "A met B, but a planned call with X was canceled": a noun trigger
        // with no actor in its own clause is the act of the sentence's
        // subject, not of the nearest name (B, the first clause's object).
        if nominal
            && clause_start > body_start(text, s.span)
            && !before_subj.iter().any(|m| m.span.start >= clause_start)
            && let Some(first) = before_subj
                .iter()
                .find(|m| !is_dateline(text, m) && !is_setting(text, resolved, m))
        {
            subj = vec![first.actor];
        }
        // "the first visit by an Indonesian leader to Australia": the
        // traveller follows "by", whoever stands before the noun.
        if nominal && is_place_rule && NOUN_BY.is_match(after_trig) {
            subj = after
                .iter()
                .find(|m| {
                    resolved.actors[m.actor].kind != Kind::Place
                        && text[trig.end..m.span.start].split_whitespace().count() <= 4
                })
                .map(|m| vec![m.actor])
                .unwrap_or_default();
        }
        let mut objs: Vec<(ActorIdx, Span)> = if is_place_rule {
            // The first place and those listed with it ("toured A, B and C").
            // A place one comes "from" is no destination ("attended a
            // meeting with counterparts from Peru and Chile"), nor are the
            // places listed with it.
            let mut from_list = false;
            let places: Vec<&Mention> = after
                .iter()
                .copied()
                .filter(|m| resolved.actors[m.actor].kind == Kind::Place)
                .filter(|m| {
                    let prep = prep_before(text, m);
                    let listed = text[..m.span.start].trim_end().ends_with(',')
                        || matches!(prep.as_deref(), Some("and" | "or"));
                    // ("returned from Moscow": the trigger's own "from" names
                    // where one went.)
                    let gap = text[trig.end..m.span.start].trim();
                    let own_from = gap.eq_ignore_ascii_case("from")
                        || (gap.is_empty()
                            && trig.text(text).to_ascii_lowercase().ends_with("from"));
                    let from = prep.as_deref() == Some("from") && !own_from;
                    from_list = from || (from_list && listed);
                    !from_list
                })
                .collect();
            // The destination, like any object, stands near its trigger
            // ("left office for a job in Berlin" goes nowhere).
            let places = match places.first() {
                Some(first)
                    if text[trig.end..first.span.start].split_whitespace().count()
                        <= rule.object_within =>
                {
                    places
                }
                _ => Vec::new(),
            };
            let mut dest: Vec<(ActorIdx, Span)> = coordinated(text, resolved, &places)
                .into_iter()
                .filter_map(|a| places.iter().find(|m| m.actor == a).map(|m| (a, m.span)))
                .collect();
            // "visited Russia for a forum in Vladivostok": a city of the
            // country visited, where the visit's business was, is visited too.
            let countries: Vec<crate::gazetteer::EntryId> = dest
                .iter()
                .filter_map(|&(a, _)| resolved.actors[a].entry)
                .collect();
            if !countries.is_empty() {
                for m in places.iter().filter(|m| m.span.end <= clause_end) {
                    let in_country = resolved.actors[m.actor]
                        .entry
                        .is_some_and(|e| countries.iter().any(|&k| gaz.in_country(e, k)));
                    if in_country
                        && matches!(prep_before(text, m).as_deref(), Some("in" | "at"))
                        && !dest.iter().any(|&(a, _)| a == m.actor)
                    {
                        dest.push((m.actor, m.span));
                    }
                }
            }
            dest
        } else {
            let cands: Vec<&Mention> = after
                .iter()
                .copied()
                .filter(|m| !is_setting(text, resolved, m))
                .filter(|m| prep_before(text, m).as_deref() != Some("by"))
                .filter(|m| !subj.contains(&m.actor))
                .filter(|m| !(m.how == How::Pronoun && is_possessive(m.span.text(text))))
                // Only actors that can stand opposite the subject ("called
                // off Singapore summit with Kim": Kim, not Singapore).
                .filter(|m| {
                    let fit = subj.first().is_none_or(|&sj| {
                        kinds_fit(
                            rule.relation,
                            &resolved.actors[sj],
                            &resolved.actors[m.actor],
                            gaz,
                        )
                    });
                    if !fit {
                        let pair = subj.first().map(|&sj| (sj, m.actor));
                        trace::drop_reading(s.trace, at, pair, trace::Why::KindsDoNotFit);
                    }
                    fit
                })
                .collect();
            // The first actor after the trigger, near enough to be its
            // object, and those coordinated with it.
            let near = |m: &&Mention| {
                text[trig.end..m.span.start].split_whitespace().count() <= rule.object_within
            };
            let cands: Vec<&Mention> = match cands.first() {
                Some(first) if near(first) => cands,
                _ => Vec::new(),
            };
            let group = coordinated(text, resolved, &cands);
            group
                .into_iter()
                .filter_map(|a| cands.iter().find(|m| m.actor == a).map(|m| (a, m.span)))
                .collect()
        };
        // "a visit to Nairobi in late February by Japan's foreign minister":
        // a nominal trigger's agent follows "by".
        if subj.is_empty()
            && nominal
            && let Some(agent) = after.iter().find(|m| {
                // "by" and then at most a title ("by Japanese Foreign Minister X").
                resolved.actors[m.actor].kind == Kind::Person
                    && BY_TITLE.is_match(&text[trig.end..m.span.start])
            })
        {
            subj.push(agent.actor);
        }
        // "In a letter to Ruto, Scholz proposed ...": the subject follows the objects.
        if subj.is_empty()
            && let Some(last) = objs.last()
            // Only when the trigger opens the sentence ("Speaking with X
            // after the talks, Ruto said") and a comma closes that phrase:
            // the subject is the first actor after the comma ("In a letter
            // to Kim released by the White House, Trump said").
            && text[body_start(text, s.span).min(trig.start)..trig.start]
                .split_whitespace()
                .count()
                <= 3
            && let Some(comma) = text[last.1.end..s.span.end].find(',')
            // A phrase, not a clause: "A warm welcome awaits X, Y said" is
            // a clause, and Y its reporter.
            && clause::is_fronted_phrase(
                s.tokens(),
                Span::new(body_start(text, s.span).min(trig.start), last.1.end + comma),
                trig,
            )
        {
            let comma = last.1.end + comma;
            // The first actor there, unless it is an object ("Speaking
            // with Kim, he said" where "he" is Kim names no subject).
            let after_objs = s
                .actors
                .iter()
                .find(|m| m.span.start > comma && !is_setting(text, resolved, m))
                .filter(|m| !objs.iter().any(|o| o.0 == m.actor));
            subj.extend(after_objs.map(|m| m.actor));
        }
        // "Lula, whom Ruto hosted in March": the object is the name that
        // "whom" stands for.
        if objs.is_empty()
            && !is_place_rule
            && let Some(&sj) = subj.first()
            && let Some(sm) = before.iter().rev().find(|m| m.actor == sj)
            && let Some(w) = WHOM_BEFORE.find(&text[s.span.start..sm.span.start])
            && let Some(o) = s
                .actors
                .iter()
                .rev()
                .find(|m| m.span.end == s.span.start + w.start())
            && o.actor != sj
        {
            objs.push((o.actor, o.span));
        }
        (subj, objs)
    };

    // "X drew criticism from Y": the actor after the trigger acts on the
    // one before it.
    let (subjects, objects) = if rule.reverse {
        match objects.first() {
            Some(&(agent, _)) if !subjects.is_empty() => {
                (vec![agent], subjects.iter().map(|&p| (p, trig)).collect())
            }
            _ => {
                trace::drop_reading(s.trace, at, None, trace::Why::NoParties);
                return;
            }
        }
    } else {
        (subjects, objects)
    };
    let mut pairs: Vec<(ActorIdx, ActorIdx, Span)> = Vec::new();
    if agentless {
        // The patient stands in both places; only the entailments that
        // need no subject read it.
        pairs.extend(objects.iter().map(|&(ob, ospan)| (ob, ob, ospan)));
    } else if objects.is_empty() {
        // "Ruto and Lula met": a symmetric relation within the subject group;
        // "Ruto and Lula met with a delegation" names another party, unknown.
        // The party is introduced by "with", "between" or "on", inside the
        // trigger ("talks with", "called on") or right after it ("met with").
        let wants_object = {
            let t = trig.text(text).to_ascii_lowercase();
            let next = text[trig.end..]
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .unwrap_or("")
                .to_ascii_lowercase();
            let opens_party = text[trig.end..].starts_with(char::is_whitespace)
                && matches!(next.as_str(), "with" | "between");
            // "called on": the one called on follows.
            t.ends_with("with") || t.ends_with("between") || t.ends_with(" on") || opens_party
        };
        // "A, B and C met": every pair of the group.
        if rule.relation.is_symmetric() && subjects.len() >= 2 && !wants_object {
            for (i, &a) in subjects.iter().enumerate().skip(1) {
                for &b in &subjects[..i] {
                    if a != b {
                        pairs.push((a, b, trig));
                    }
                }
            }
        }
    } else if !subjects.is_empty() {
        // A coordinated subject acts as one: "A, B and C criticized D".
        let subj_all = subjects.clone();
        for &sj in &subj_all {
            for &(ob, ospan) in &objects {
                if sj != ob {
                    pairs.push((sj, ob, ospan));
                }
            }
        }
    }
    // Whether a pair holds depends on the pair alone; when none does, the
    // clause's status, date and place are not needed. (The place still
    // looks at every pair's parties.)
    let holds = |&(sj, ob, ospan): &(ActorIdx, ActorIdx, Span)| {
        // What follows the object within its verb phrase: "talks with X and
        // spoke by phone with Y" does not put X on the phone.
        let mut then_end = s.span.end;
        let rest = &text[ospan.end..s.span.end];
        if (rule.object_then.is_some() || rule.object_then_not.is_some())
            && may_open_verb_phrase(rest)
        {
            let within = Span::new(ospan.end, s.span.end);
            if let Some(at) = clause::coordinated_verb_start(s.tokens(), within) {
                then_end = at;
            }
        }
        let then = &text[ospan.end..then_end];
        rule.object_then.as_ref().is_none_or(|r| r.is_match(then))
            && !rule
                .object_then_not
                .as_ref()
                .is_some_and(|r| r.is_match(then))
            && kinds_fit(
                rule.relation,
                &resolved.actors[sj],
                &resolved.actors[ob],
                gaz,
            )
    };
    let held: Vec<bool> = pairs.iter().map(holds).collect();
    if s.trace.is_some() {
        if pairs.is_empty() {
            trace::drop_reading(s.trace, at, None, trace::Why::NoParties);
        }
        for (&(sj, ob, _), _) in pairs.iter().zip(&held).filter(|(_, h)| !**h) {
            let fit = kinds_fit(
                rule.relation,
                &resolved.actors[sj],
                &resolved.actors[ob],
                gaz,
            );
            let why = if fit {
                trace::Why::ObjectCondition
            } else {
                trace::Why::KindsDoNotFit
            };
            trace::drop_reading(s.trace, at, Some((sj, ob)), why);
        }
    }
    if !held.contains(&true) {
        return;
    }
    // "he could end the war and repeatedly criticized X": a finite past verb
    // after "and" starts a clause of its own, out of the modal's reach.
    let mut clause_from = clause_start;
    if let Some(m) = AND_BEFORE.find(&text[clause_start..trig.start])
        && PAST_VERB.is_match(trig.text(text))
    {
        clause_from = clause_start + m.end();
    }
    let mut status = rule.status.unwrap_or_else(|| {
        status::status(
            &text[s.span.start..trig.start],
            &text[clause_from..trig.start],
            &text[trig.end..s.span.end],
        )
    });
    // The verb of a noun's clause may follow the parties named with it ("a
    // meeting between the presidents, Putin and Trump, is necessary").
    let parties_end = objects
        .iter()
        .map(|o| o.1.end)
        .filter(|&e| e <= clause_end)
        .max()
        .unwrap_or(trig.end)
        .max(trig.end);
    if nominal
        && rule.status.is_none()
        && status == Status::Occurred
        && let Some(st) = status::after_noun(&text[trig.end..clause_end])
            .or_else(|| status::after_noun(&text[parties_end..clause_end]))
    {
        status = st;
    }
    let exprs = s.dates.of(s.index);
    let date = pick_date(
        text,
        exprs,
        trig,
        (s.span.start, clause_start, clause_end),
        doc_date,
        status,
        rule.relation,
    );
    let date = match relative_at {
        // "since June 2021, when Putin met Biden": the date before the comma,
        // when the clause names none of its own.
        Some((at, false)) if dates::find(text, Span::new(clause_start, clause_end)).is_empty() => {
            dates::find_with_since(text, Span::new(s.span.start, at))
                .last()
                .and_then(|e| dates::resolve(e.kind, doc_date, lies_ahead(status, trig.text(text))))
                .or(date)
        }
        _ => date,
    };
    // "met Widodo and then flew to Jakarta": the second verb's places are
    // its own.
    let place_end = if may_open_verb_phrase(&text[trig.end..clause_end]) {
        clause::coordinated_verb_start(s.tokens(), Span::new(trig.end, clause_end))
            .unwrap_or(clause_end)
    } else {
        clause_end
    };
    let place = if is_place_rule {
        None
    } else if let Some(p) = prenominal {
        Some(p)
    } else if let Some(m) = s.actors.iter().find(|m| {
        // A place inside the trigger ("calls off Singapore summit").
        trig.contains(m.span) && resolved.actors[m.actor].kind == Kind::Place
    }) {
        Some(m.actor)
    } else {
        pick_place(
            rule.relation,
            s,
            resolved,
            gaz,
            trig,
            (clause_start, place_end),
            &pairs,
        )
        .or_else(|| {
            // "landed in San Francisco, where Newsom greeted him".
            let (at, true) = relative_at? else {
                return None;
            };
            let place = s
                .actors
                .iter()
                .rfind(|m| m.span.end <= at && resolved.actors[m.actor].kind == Kind::Place)
                // A date may stand between ("in San Francisco on Tuesday, where").
                .filter(|m| text[m.span.end..at].split_whitespace().count() <= 3)?;
            // "arrived in Ottawa for his first visit to Canada, where he was
            // welcomed": the city named before is where, within the country.
            let country = resolved.actors[place.actor].entry;
            let city = s.actors.iter().find(|c| {
                c.span.end <= place.span.start
                    && resolved.actors[c.actor]
                        .entry
                        .zip(country)
                        .is_some_and(|(c, k)| gaz.in_country(c, k))
            });
            Some(city.unwrap_or(place).actor)
        })
    };
    for ((sj, ob, ospan), _) in pairs.into_iter().zip(held).filter(|(_, h)| *h) {
        // "hosted Lula on Monday and Kishida on Thursday": a date right
        // after an object is that object's.
        let date = exprs
            .iter()
            .find(|e| {
                e.span.start >= ospan.end
                    && matches!(text[ospan.end..e.span.start].trim(), "" | "on" | "in")
            })
            .and_then(|e| dates::resolve(e.kind, doc_date, lies_ahead(status, trig.text(text))))
            .or(date);
        let found = Found {
            subject: sj,
            relation: rule.relation,
            object: ob,
            status,
            date,
            context_date: None,
            place,
            evidence: s.span,
            trigger: trig,
            rule: rule.id.clone(),
            sentence: s.index,
        };
        trace::status_of(s.trace, &found, || {
            trace::status_cue(
                s,
                rule,
                trig,
                (clause_from, clause_end),
                (status, parties_end),
            )
        });
        // What the frame implies (data/rules/entailments.jsonl).
        for e in entail::of(rule.relation) {
            if agentless && !e.without_subject() {
                continue;
            }
            let role = |r: entail::Role| match r {
                entail::Role::Subject => Some(sj),
                entail::Role::Object => Some(ob),
                entail::Role::Place => place,
            };
            let (Some(es), Some(eo)) = (role(e.subject), role(e.object)) else {
                continue;
            };
            let fits =
                |a: ActorIdx, k: Option<Kind>| k.is_none_or(|k| resolved.actors[a].kind == k);
            if es == eo || !fits(es, e.subject_kind) || !fits(eo, e.object_kind) {
                continue;
            }
            out.push(Found {
                subject: es,
                relation: e.gives,
                object: eo,
                status: e.status.unwrap_or(status),
                // A visit has no place but its object.
                place: if e.gives == Relation::Visited {
                    None
                } else {
                    place
                },
                rule: format!("{}+{}", found.rule, e.id),
                ..found.clone()
            });
        }
        if !agentless {
            out.push(found);
        }
    }
}

/// "Visiting Jakarta on Monday, Ruto met Widodo": an event of the
/// traveller's with no place of its own, after the visit in the same
/// sentence, took place where the visit went. Not when the words before the
/// visit put it later ("Before flying to Jakarta, Ruto met Widodo"), and not
/// from a visit that did not happen.
fn visit_settings(text: &str, out: &mut [Found]) {
    let visits: Vec<(usize, ActorIdx, ActorIdx, Span)> = out
        .iter()
        .filter(|v| v.relation == Relation::Visited && v.status == Status::Occurred)
        .filter(|v| {
            let before = text[v.evidence.start..v.trigger.start].to_ascii_lowercase();
            !before.contains("before") && !before.contains("ahead of")
        })
        .map(|v| (v.sentence, v.subject, v.object, v.trigger))
        .collect();
    if visits.is_empty() {
        return;
    }
    for f in out.iter_mut() {
        // Criticism and cancellations are said from anywhere.
        if f.place.is_some()
            || matches!(
                f.relation,
                Relation::Visited
                    | Relation::HoldsOffice
                    | Relation::Criticized
                    | Relation::Canceled
            )
        {
            continue;
        }
        if let Some(&(_, _, place, _)) = visits
            .iter()
            .filter(|(si, who, _, trig)| {
                *si == f.sentence
                    && (*who == f.subject || *who == f.object)
                    && trig.end <= f.trigger.start
            })
            .max_by_key(|v| v.3.start)
        {
            f.place = Some(place);
        }
    }
}

/// True when "and" or "but" in `rest` comes before a word the lemma table
/// knows as a verb form (adverbs such as "then" between): only then is the
/// sentence tagged to see whether a second verb phrase starts there.
fn may_open_verb_phrase(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if !(w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("but")) {
            continue;
        }
        let next = words
            .by_ref()
            .take(3)
            .map(str::to_ascii_lowercase)
            .find(|n| {
                !n.ends_with("ly") && !matches!(n.as_str(), "then" | "also" | "later" | "soon")
            });
        if next.is_some_and(|n| crate::token::lemma::is_verb_form(&n)) {
            return true;
        }
    }
    false
}

/// True when the trigger's last word is a past participle ("received",
/// "met", "welcomed"), not a base, a present or a gerund ("is hosting").
fn is_participle(trigger: &str) -> bool {
    let last = trigger
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    !last.ends_with("ing")
        && !last.ends_with('s')
        && crate::token::lemma::verb(&last).as_ref() != last.as_str()
}

/// The subject: the nearest actor before the trigger, with the actors
/// coordinated with it ("Ruto and Lula", "he and Lula").
fn subject_group(
    text: &str,
    resolved: &Resolved,
    before: &[&Mention],
    trig_start: usize,
) -> Vec<ActorIdx> {
    let mut cands: Vec<&Mention> = before
        .iter()
        .copied()
        .filter(|m| !is_setting(text, resolved, m) && !is_dateline(text, m))
        .collect();
    // "Ruto rebuked critics at home who had accused him": the relative
    // pronoun stands for the noun before it, which is no actor; "Ruto, who
    // accused", "Ruto, the president who accused" and "Cohen, Trump's
    // lawyer, who told" (an apposition after a comma) are the name.
    if let Some(last) = cands.last()
        && let gap = text.get(last.span.end..trig_start).unwrap_or("")
        && let Some(rel) = RELATIVE.find(gap)
        && let antecedent = gap[..rel.start()].trim_start()
        && !antecedent.is_empty()
        && !antecedent.starts_with(',')
    {
        return Vec::new();
    }
    // "Wang, who held talks with Blinken and was received by Biden": the
    // nearest name is the object of the first verb; the subject came first.
    // So is a name right before "and" and the trigger ("Zelensky visited
    // Ankara and met Erdogan"): a subject would have come with the first verb.
    // So is any name before a comma and a participle ("Erdogan accused the
    // EU of double standards, saying Brussels had failed"): the participle's
    // subject is the clause's.
    if let Some(last) = cands.last()
        && let gap = text.get(last.span.end..trig_start).unwrap_or("")
        && (AND_VERB.is_match(gap)
            || AND_ONLY.is_match(gap)
            || (gap.trim_end().ends_with(',')
                && cands.len() > 1
                && PARTICIPLE.is_match(text.get(trig_start..).unwrap_or(""))))
        && let Some(first) = cands.iter().find(|m| !is_dateline(text, m))
    {
        // A plural is all its people ("The two leaders discussed trade
        // and later spoke by phone with X").
        return cands
            .iter()
            .filter(|m| m.span == first.span)
            .map(|m| m.actor)
            .collect();
    }
    // "Ana Lima, a correspondent for Folha, asked Lula": names inside an
    // apposition between the subject and the verb are not the subject.
    if let Some(&head) = cands.iter().rev().find(|m| {
        let between = text.get(m.span.end..trig_start).unwrap_or("");
        APPOSITION.is_match(between)
    }) {
        let keep = head.span.end;
        cands.retain(|m| m.span.end <= keep);
    }
    cands.reverse();
    let group = coordinated(text, resolved, &cands);
    // "The proposal by A was welcomed", "a spokesman for A met B": a name in
    // a phrase after a noun only says whose; that noun is the subject.
    if let Some(head) = cands
        .iter()
        .filter(|m| group.contains(&m.actor))
        .min_by_key(|m| m.span.start)
        && after_noun_and_preposition(text, head)
        // Not when a relative or an apposition comes between ("testimony
        // from Cohen, who told ...": "who" is Cohen).
        // Nor "for A to go": A is the subject of the infinitive.
        && cands.first().is_some_and(|m| {
            let gap = text.get(m.span.end..trig_start).unwrap_or(",");
            !gap.contains(',') && gap.trim() != "to"
        })
    {
        return Vec::new();
    }
    group
}

/// True when a mention follows a common noun and "by", "for", "of" or
/// "from" ("the proposal by A", "a spokesman for A"): it qualifies that
/// noun. An inflected verb before the preposition ("led by A") or a name
/// ("Minister of X") does not count.
fn after_noun_and_preposition(text: &str, m: &Mention) -> bool {
    let words = words_before(text, m.span.start, 3);
    let (Some(prep), Some(noun)) = (words.first(), words.get(1)) else {
        return false;
    };
    // The words must touch: "proposal by A", not "proposal. By A".
    let joined = text[..m.span.start].trim_end();
    if !joined.ends_with(prep)
        || !joined[..joined.len() - prep.len()]
            .trim_end()
            .ends_with(noun)
    {
        return false;
    }
    if !matches!(
        prep.to_ascii_lowercase().as_str(),
        "by" | "for" | "of" | "from"
    ) {
        return false;
    }
    // The noun heads a subject, not the object of another preposition ("in
    // this context by Lavrov": Lavrov is the agent of what came before).
    let noun_start = joined[..joined.len() - prep.len()].trim_end().len() - noun.len();
    let inside_phrase = words_before(text, noun_start, 3)
        .iter()
        .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        .any(|w| {
            PLACE_PREPS.contains(w)
                || matches!(
                    *w,
                    "on" | "by"
                        | "for"
                        | "of"
                        | "with"
                        | "during"
                        | "after"
                        | "before"
                        | "over"
                        | "under"
                )
        });
    let lower = noun.to_ascii_lowercase();
    !inside_phrase
        && noun.len() > 2
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && !lower.ends_with("ed")
        && !lower.ends_with("ing")
        && !lower.ends_with("ly")
        && crate::token::lemma::verb(&lower).as_ref() == lower.as_str()
        && !matches!(
            lower.as_str(),
            "was"
                | "were"
                | "been"
                | "are"
                | "has"
                | "had"
                | "have"
                | "him"
                | "her"
                | "them"
                | "out"
                | "off"
                | "one"
                | "all"
                | "both"
                | "two"
                | "three"
                | "more"
                | "most"
                | "some"
                | "many"
                | "none"
                | "each"
                | "any"
                | "because"
                | "instead"
                | "ahead"
        )
}

/// "WASHINGTON, May 24 (Wire) - Trump ...": a place written in capitals
/// opens a dateline, not a clause; so does everything else in the dateline
/// up to its dash (the country after the city, the agency in brackets:
/// "KYIV, Ukraine (AP) — ").
fn is_dateline(text: &str, m: &Mention) -> bool {
    // A dateline head is short: a line that started further back than this
    // holds none that reaches the mention (and the search stays within it,
    // not back to the start of a long one-line article).
    const REACH: usize = 256;
    let mut from = m.span.start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let line_start = match text[from..m.span.start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    DATELINE_HEAD
        .find(&text[line_start..])
        .is_some_and(|d| m.span.end <= line_start + d.end())
}

/// Where the sentence's own words start: after its dateline, if it opens
/// with one ("ROME (Reuters) - Having phoned X, Y left").
fn body_start(text: &str, sentence: Span) -> usize {
    DATELINE_HEAD
        .find(sentence.text(text))
        .map_or(sentence.start, |d| sentence.start + d.end())
}

/// The head of a dateline: a place in capitals, perhaps a region or country
/// and a date after commas, perhaps an agency in brackets, then a dash.
static DATELINE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^[ \t]*(?-i:\p{Lu}[\p{Lu}\p{M} .'-]+)(?:,[ \t]+[^,\n()\u2013\u2014-]{2,40}){0,2}[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:-|\u2013|\u2014)+[ \t]",
    )
});

/// Whether a weekday or month named with an event of this status lies
/// ahead of the article's date: what did not (yet) happen does ("denied he
/// would go on May 9"), unless a past verb denies it ("skipped the summit
/// on Friday").
fn lies_ahead(status: Status, trigger: &str) -> bool {
    status != Status::Occurred && !(status == Status::Denied && PAST_VERB.is_match(trigger))
}

/// ", whom" right before a subject: the relative pronoun is the object.
static WHOM_BEFORE: LazyLock<Regex> = LazyLock::new(|| regex(r",\s+whom\s+$"));
/// "... and (repeatedly)" right before a trigger.
static AND_BEFORE: LazyLock<Regex> = LazyLock::new(|| regex(r"\band\s+(?:\w+ly\s+)?$"));
/// A trigger that opens with a finite past verb.
static PAST_VERB: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:\w+ed|met|spoke|told|went|came|flew|held|hit|took|made)\b"));

/// "A and his Chinese counterpart B", "A and the Kenyan leader B": the
/// second item of a list named with a description before its name.
static AND_DESCRIBED: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,?\s?and\s+(?:his|her|their|its|the)(?:\s+[\p{L}'-]+){1,3}$"));

/// "hosted Ruto on Monday and Lula on Thursday": a date between list items.
static DATED_AND: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:on|in|last|this|early|late)\s+[\w.]+(?:\s+\d{1,2})?,?\s+and$"));

/// ", a correspondent for X, " right before a verb (and its auxiliaries:
/// ", who met Putin in May, will travel"), or a participle's phrase (",
/// visiting Hanoi for the first time, "): an apposition.
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*,\s+(?:a|an|the|who|which|whose|his|her|its|their|(?-i:[a-z]+ing))\b[^,;.]{1,80},\s*(?-i:[a-z]+\s+){0,3}$",
    )
});

/// The gap between two mentions, with office titles taken out, lowercase.
fn gap(text: &str, resolved: &Resolved, from: usize, to: usize) -> String {
    let mut out = String::new();
    let mut pos = from;
    let mut offices: Vec<Span> = resolved
        .mentions
        .iter()
        .filter(|m| m.how == How::Office && m.span.start >= from && m.span.end <= to)
        .map(|m| m.span)
        .collect();
    offices.sort();
    for o in offices {
        if o.start >= pos {
            out.push_str(text.get(pos..o.start).unwrap_or(""));
            pos = o.end;
        }
    }
    out.push_str(text.get(pos..to).unwrap_or(""));
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The first mention and those coordinated with it, walking `ordered` (the
/// candidates in order away from the trigger). A comma joins only in a list
/// that an "and" closes ("A, B and C"), so "to Ruto, Scholz said" is no list.
fn coordinated(text: &str, resolved: &Resolved, ordered: &[&Mention]) -> Vec<ActorIdx> {
    let Some(first) = ordered.first() else {
        return Vec::new();
    };
    let mut chain: Vec<(ActorIdx, bool)> = vec![(first.actor, false)];
    let mut cur = *first;
    let mut closed = false;
    for m in ordered.iter().skip(1) {
        // "A and his Chinese counterpart B": a possessive pronoun is part of
        // the description, not an item of the list.
        if m.how == How::Pronoun
            && matches!(
                m.span.text(text).to_ascii_lowercase().as_str(),
                "his" | "her" | "their" | "its"
            )
        {
            continue;
        }
        // "the two leaders": one span for both people.
        if m.span == first.span && m.how == How::Plural {
            if !chain.iter().any(|(x, _)| *x == m.actor) {
                chain.push((m.actor, false));
            }
            closed = true;
            continue;
        }
        let (a, b) = if m.span.start >= cur.span.end {
            (cur.span.end, m.span.start)
        } else {
            (m.span.end, cur.span.start)
        };
        let g = gap(text, resolved, a, b);
        if m.actor == cur.actor {
            if g.is_empty() {
                cur = m;
                continue;
            }
            break;
        }
        let is_and = matches!(
            g.as_str(),
            "and"
                | ", and"
                | "and then"
                | "and with"
                | "as well as"
                | "and his"
                | "and her"
                | "and the"
                | "or"
                | ", together with"
                | "together with"
                | ", along with"
                | "along with"
        ) || DATED_AND.is_match(&g)
            || AND_DESCRIBED.is_match(&g);
        // Walking forward ("A, B and C" from A), commas go on until the
        // "and" that closes the list. Walking back from the trigger (from C),
        // the "and" comes first and the commas after it: "A, B and C met".
        let backward = m.span.start < cur.span.start;
        if is_and {
            if backward && closed {
                break;
            }
            closed = true;
        } else if g != "," || (backward && !closed) {
            break;
        }
        if !chain.iter().any(|(x, _)| *x == m.actor) {
            chain.push((m.actor, g == ","));
        }
        cur = m;
        if is_and && !backward {
            break;
        }
    }
    if !closed {
        chain.truncate(1);
    }
    chain.into_iter().map(|(a, _)| a).collect()
}

fn pick_date(
    text: &str,
    exprs: &[dates::DateExpr],
    trig: Span,
    (sent_start, clause_start, clause_end): (usize, usize, usize),
    doc: Option<Date>,
    status: Status,
    relation: Relation,
) -> Option<PartialDate> {
    // "canceled his planned June 12 summit on Thursday": the date inside
    // the plan's name is the plan's; the cancellation has its own.
    let exprs: Vec<&dates::DateExpr> = exprs
        .iter()
        .filter(|e| relation != Relation::Canceled || !names_the_plan(text, e.span))
        .filter(|e| !dates::in_other_clause(text, Span::new(sent_start, clause_end), e.span, trig))
        .collect();
    let in_clause: Vec<&dates::DateExpr> = exprs
        .iter()
        .copied()
        .filter(|e| e.span.start >= clause_start && e.span.end <= clause_end)
        .collect();
    let pool: Vec<&dates::DateExpr> = if in_clause.is_empty() {
        // "a meeting is expected, Peskov said on Sunday": the day of a
        // saying after the clause dates the saying, not what it announces.
        // Nor does the day of a plan in a clause after it date what
        // happened ("flew to Washington, where he is to meet Trump on
        // Monday").
        let announced = lies_ahead(status, trig.text(text));
        exprs
            .iter()
            .copied()
            .filter(|e| {
                let between = text.get(clause_end..e.span.start).unwrap_or("");
                !(e.span.start >= clause_end
                    && ((announced && REPORTING_VERB.is_match(between))
                        || (status == Status::Occurred && FUTURE_VERB.is_match(between))))
            })
            .collect()
    } else {
        in_clause
    };
    // A date after the trigger in its clause first ("was hosted by X in
    // Washington on Tuesday"), else the nearest before it.
    let best = pool.into_iter().min_by_key(|e| {
        if e.span.start >= trig.end {
            (0, e.span.start - trig.end)
        } else {
            (1, trig.start.saturating_sub(e.span.end))
        }
    })?;
    // What did not (yet) happen lies ahead: "denied he would go on May 9";
    // but a cancellation's own date is past ("was called off on Friday"),
    // and so is what a past verb denies ("skipped the summit on Friday").
    let ahead = lies_ahead(status, trig.text(text))
        && !(status == Status::Canceled
            && CANCELED_JUST_BEFORE.is_match(&text[sent_start..best.span.start]));
    let date = dates::resolve(best.kind, doc, ahead)?;
    // "talks on Tuesday, a day after X welcomed him": the day before.
    if best.span.end <= trig.start
        && let Some(c) = DAYS_APART.captures(&text[best.span.end..trig.start])
        && let Some(d) = date.to_date()
    {
        let n: i64 = match c[1].to_ascii_lowercase().as_str() {
            "a" | "one" | "the" => 1,
            "two" => 2,
            _ => 3,
        };
        let n = if c[2].eq_ignore_ascii_case("after") {
            -n
        } else {
            n
        };
        if let Ok(moved) = d.checked_add(jiff::ToSpan::days(n)) {
            return Some(PartialDate::from_date(moved));
        }
    }
    Some(date)
}

/// Words that put a clause's event ahead.
static FUTURE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\b(?:will|would|scheduled|expected|due\s+to|plans?\s+to|set\s+to|is\s+to|are\s+to)\b")
});

/// A verb of saying.
static REPORTING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\b(?:said|says|stated|states|told|added|announced|confirmed|wrote|noted|reported)\b")
});

/// A cancellation verb right before a date ("called off on Friday").
static CANCELED_JUST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:canceled|cancelled|called\s+off|scrapped|postponed|shelved)\s+(?:on|last|this)?\s*$",
    )
});

/// "a day after", "two days before": how far the event lies from the date
/// named before it.
static DAYS_APART: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^[^.;]{0,20}?\b(a|one|the|two|three)\s+days?\s+(after|before)\b[^.;]*$")
});

/// A date that sits inside the name of a planned event ("his planned June
/// 12 summit", "the May 9 visit").
fn names_the_plan(text: &str, date: Span) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        regex(r"\b(?:planned|scheduled|upcoming|proposed|his|her|their|its|the)\s+$")
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        regex(r"^\s+(?:[\w-]+\s+)?(?:summit|meeting|talks|visit|trip|call|conference)\b")
    });
    BEFORE.is_match(&text[..date.start]) && AFTER.is_match(&text[date.end..])
}

fn pick_place(
    relation: Relation,
    s: &Sent,
    resolved: &Resolved,
    gaz: &Gazetteer,
    trig: Span,
    (clause_start, clause_end): (usize, usize),
    pairs: &[(ActorIdx, ActorIdx, Span)],
) -> Option<ActorIdx> {
    let text = s.text;
    let parties: Vec<ActorIdx> = pairs.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    let mut best: Option<((u8, usize), ActorIdx)> = None;
    // "Before flying to Jakarta, Ruto met Widodo": a fronted "before" phrase
    // goes where the event did not take place.
    // (A "dateline" may run past the trigger in mangled text.)
    let opener = text[body_start(text, s.span).min(trig.start)..trig.start].trim_start();
    let head: String = opener
        .chars()
        .take(9)
        .collect::<String>()
        .to_ascii_lowercase();
    let later_phrase = head.starts_with("before ") || head.starts_with("ahead of ");
    for m in &s.actors {
        if m.span.start < clause_start || m.span.end > clause_end || parties.contains(&m.actor) {
            continue;
        }
        if later_phrase && m.span.end <= trig.start && text[m.span.end..trig.start].contains(',') {
            continue;
        }
        // "in X" and "at X" name the setting; "to X" ("travelled to Moscow
        // for talks") only when nothing says "in" or "at".
        let prep = prep_before(text, m);
        let rank = match prep.as_deref() {
            Some("in" | "at") => 0,
            Some("of") if SETTING_OF.is_match(&text[clause_start..m.span.start]) => 0,
            // "flew to the Black Sea resort of Sochi for talks".
            Some("of")
                if relation != Relation::Criticized
                    && DESTINATION_OF.is_match(&text[clause_start..m.span.start]) =>
            {
                1
            }
            // Criticism has a setting ("in Nairobi") but no destination: in
            // "wrong for X to go to Kampala" the place is what was criticized.
            Some("to") if relation != Relation::Criticized => 1,
            _ => continue,
        };
        let actor = &resolved.actors[m.actor];
        let place = match actor.kind {
            Kind::Place => Some(m.actor),
            // "at the Kremlin": the city of the organization, when the document names it.
            Kind::Organization => actor.entry.and_then(|e| {
                let country = gaz.entry(e).of.as_deref()?;
                resolved.actors.iter().position(|a| {
                    a.kind == Kind::Place
                        && a.entry.is_some_and(|pe| {
                            let p = gaz.entry(pe);
                            p.capital && p.country.as_deref() == Some(country)
                        })
                })
            }),
            _ => None,
        };
        let Some(p) = place else { continue };
        let dist = if m.span.start >= trig.end {
            m.span.start - trig.end
        } else {
            trig.start - m.span.end
        };
        if best.is_none_or(|(d, _)| (rank, dist) < d) {
            best = Some(((rank, dist), p));
        }
    }
    best.map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_day_is_found_in_any_case_and_only_as_a_phrase() {
        for s in [
            "They met the next day.",
            "THE FOLLOWING MORNING, Ruto left",
            "and a day later",
            "the next  Evening",
        ] {
            assert!(NEXT_DAY.is_match(s), "{s}");
        }
        for s in ["the next week", "a day", "Monday", "the next daylight"] {
            assert!(!NEXT_DAY.is_match(s), "{s}");
        }
    }

    fn day(y: i16, m: i8, d: i8) -> Option<PartialDate> {
        Some(PartialDate::from_date(jiff::civil::date(y, m, d)))
    }

    #[test]
    fn narrative_dates_carry_within_a_paragraph_and_only_what_is_asked_is_read() {
        let text = "The envoy arrived in Lagos on 3 March 2025. He met the governor. \
                    The talks went well. They spoke again.\n\n\
                    The minister flew home. The next day she called her counterpart.\n\n\
                    On 9 March 2025 the leaders met. The following morning they spoke. \
                    Then they left.";
        let sentences = crate::sentence::split(text, Span::new(0, text.len()));
        assert_eq!(sentences.len(), 9, "{sentences:?}");
        let doc = Some(jiff::civil::date(2025, 3, 20));
        let dates = SentenceDates::new(text, &sentences);
        let all = narrative_dates(text, &sentences, (&[true; 9], &[false; 9]), &dates, doc);
        assert_eq!(
            all,
            [
                None,
                day(2025, 3, 3),
                day(2025, 3, 3),
                // Two sentences on, the date no longer holds.
                None,
                // A new paragraph starts with no date, and "the next day"
                // needs one to move from.
                None,
                None,
                None,
                day(2025, 3, 10),
                day(2025, 3, 10),
            ]
        );
        // Asked one sentence at a time, each gets the date it gets among
        // all; only its paragraph up to it is read.
        for i in 0..sentences.len() {
            let mut wanted = [false; 9];
            wanted[i] = true;
            let fresh = SentenceDates::new(text, &sentences);
            let one = narrative_dates(text, &sentences, (&wanted, &[false; 9]), &fresh, doc);
            let paragraph_start = match i {
                0..=3 => 0,
                4..=5 => 4,
                _ => 6,
            };
            for (j, d) in one.iter().enumerate() {
                let on_the_way = (paragraph_start..=i).contains(&j);
                assert_eq!(
                    *d,
                    if on_the_way { all[j] } else { None },
                    "asked {i}, got {j}"
                );
            }
            let read: Vec<usize> = (0..sentences.len())
                .filter(|&j| fresh.found[j].get().is_some())
                .collect();
            assert_eq!(read, (paragraph_start..i).collect::<Vec<_>>(), "asked {i}");
        }
    }

    #[test]
    fn a_planned_day_does_not_date_the_story_a_week_back() {
        let text = "The envoy will arrive in Lagos on Thursday. The minister criticized him.";
        let sentences = crate::sentence::split(text, Span::new(0, text.len()));
        // A Tuesday: read as past, "Thursday" would be 13 March.
        let doc = Some(jiff::civil::date(2025, 3, 18));
        let dates = SentenceDates::new(text, &sentences);
        let wanted = [false, true];
        let past = narrative_dates(text, &sentences, (&wanted, &[false, false]), &dates, doc);
        assert_eq!(past[1], day(2025, 3, 13));
        let planned = narrative_dates(text, &sentences, (&wanted, &[true, false]), &dates, doc);
        assert_eq!(planned[1], None);
    }

    #[test]
    fn an_event_after_a_visit_in_its_sentence_takes_the_visits_place() {
        let p = crate::pipeline::Pipeline::default();
        let place_of_met = |text: &str| {
            let a = p.analyze(crate::article::Article::new("a.txt", text));
            a.describe_relations()
                .into_iter()
                .find(|l| l.contains(" met "))
                .unwrap_or_default()
        };
        for (text, place) in [
            (
                "Visiting Jakarta on Monday, Ruto met Widodo.",
                Some("Jakarta"),
            ),
            ("Arriving in Jakarta, Ruto met Widodo.", Some("Jakarta")),
            ("Ruto flew to Jakarta and met Widodo.", Some("Jakarta")),
            // The visit after, or put later, or only planned: no setting.
            ("Ruto met Widodo and then flew to Jakarta.", None),
            ("Before flying to Jakarta, Ruto met Widodo.", None),
            ("Ruto, who will visit Jakarta next week, met Widodo.", None),
        ] {
            let line = place_of_met(text);
            assert!(line.contains(" met "), "{text}: {line}");
            match place {
                Some(p) => assert!(line.ends_with(p), "{text}: {line}"),
                None => assert!(!line.ends_with("Jakarta"), "{text}: {line}"),
            }
        }
    }

    #[test]
    fn a_dateline_that_runs_past_the_trigger_breaks_nothing() {
        // Found by the pipeline fuzz target: a mangled "dateline" that swallows
        // the trigger ("NAIROBI, would visit Tokyo next March 4 (Wi...") cut a
        // slice from after the trigger to before it.
        let data = include_bytes!("../../fuzz/seeds/pipeline/dateline-past-trigger");
        let text = String::from_utf8_lossy(data).into_owned();
        let p = crate::pipeline::Pipeline::default();
        let a = p.analyze(crate::article::Article::new("fuzz.txt", text.clone()));
        for f in &a.relations {
            assert!(text.get(f.evidence.start..f.evidence.end).is_some());
        }
        let line = "NAIROBI, would visit Tokyo next March 4 (Wire) - Ruto, Kishida said.";
        let b = p.analyze(crate::article::Article::new("b.txt", line));
        assert!(b.relations.iter().all(|f| f.trigger.end <= line.len()));
    }

    #[test]
    fn word_boundaries_become_ascii_and_escapes_stay() {
        assert_eq!(ascii_word_boundaries(r"\bmet\b"), r"(?-u:\b)met(?-u:\b)");
        assert_eq!(ascii_word_boundaries(r"a\\b\s"), r"a\\b\s");
        let r = regex(r"\bmet\b");
        assert!(r.is_match("“Ruto met Lula”"));
        assert!(!r.is_match("metal"));
    }
}
