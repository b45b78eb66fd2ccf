//! How each relation's edge takes its date and place ([`Analysis::settle`]):
//! its own sentence's, else those of the same event told elsewhere in the
//! article, of the same pair's meeting, of the paragraph so far, else the
//! article's date. [`Analysis::to_graph`] builds the edges from these, and
//! `explain` shows where each came from.

use super::Analysis;
use crate::date::PartialDate;
use crate::model::{Relation, Status};
use crate::relate::Found;
use std::collections::{BTreeMap, BTreeSet};

/// Where a relation's date came from ([`Analysis::settle`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFrom {
    /// Its own sentence's words.
    Sentence,
    /// The only dated report of the same event elsewhere in the article
    /// (the headline and the body tell the same meeting).
    SameEvent,
    /// The only dated meeting or hosting of the same pair in the article
    /// ("Biden hosted Xi" beside "Biden and Xi met on Wednesday").
    PairEvent,
    /// The last date named in its paragraph's sentences before it (the
    /// edge lists the rule `date.context`).
    Paragraph,
    /// The article's date, for an event reported as done with no other
    /// date (the edge lists the rule `date.article`).
    Article,
    /// No date.
    Undated,
}

/// Where a relation's place came from ([`Analysis::settle`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceFrom {
    /// Its own sentence.
    Sentence,
    /// The only place of the same event elsewhere in the article.
    SameEvent,
    /// No place.
    Unplaced,
}

/// A relation's date and place as its edge takes them, and where each came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settled {
    /// The edge's date.
    pub date: Option<PartialDate>,
    /// Where it came from.
    pub date_from: DateFrom,
    /// The edge's place (an actor of the analysis).
    pub place: Option<usize>,
    /// Where it came from.
    pub place_from: PlaceFrom,
}

impl Analysis {
    /// The date and place each relation's edge takes, in the order of
    /// [`Analysis::relations`], with where each came from.
    pub fn settle(&self) -> Vec<Settled> {
        // Within one article, a report of an event without a date (or place)
        // takes the date (or place) of its only dated report: the headline
        // and the body tell the same meeting.
        let key = |f: &Found| {
            let (s, o) = if f.relation.is_symmetric() && f.object < f.subject {
                (f.object, f.subject)
            } else {
                (f.subject, f.object)
            };
            (s, f.relation, o, f.status)
        };
        let mut dates: BTreeMap<_, BTreeSet<PartialDate>> = BTreeMap::new();
        let mut places: BTreeMap<_, BTreeSet<usize>> = BTreeMap::new();
        let pair_event = |f: &Found| {
            matches!(f.relation, Relation::Met | Relation::Hosted)
                .then(|| (f.subject.min(f.object), f.subject.max(f.object), f.status))
        };
        let mut pair_dates: BTreeMap<_, BTreeSet<PartialDate>> = BTreeMap::new();
        for f in &self.relations {
            dates.entry(key(f)).or_default().extend(f.date);
            places.entry(key(f)).or_default().extend(f.place);
            if let Some(k) = pair_event(f) {
                pair_dates.entry(k).or_default().extend(f.date);
            }
        }
        self.relations
            .iter()
            .map(|f| {
                // "Biden hosted Xi" beside "Biden and Xi met on Wednesday": a
                // meeting and its hosting between one pair are one event.
                // Then the date the paragraph's story had reached. Failing
                // that, an event reported as done is dated by the article,
                // as the event coders date every event by its story; the
                // edge records the rule `date.article` so a reader can tell.
                let by_article = f.status == Status::Occurred
                    && f.relation != Relation::HoldsOffice
                    && self.doc_date().is_some();
                let (date, date_from) = if let Some(d) = f.date {
                    (Some(d), DateFrom::Sentence)
                } else if let Some(d) = only(dates.get(&key(f))) {
                    (Some(d), DateFrom::SameEvent)
                } else if let Some(d) = pair_event(f).and_then(|k| only(pair_dates.get(&k))) {
                    (Some(d), DateFrom::PairEvent)
                } else if let Some(d) = f.context_date {
                    (Some(d), DateFrom::Paragraph)
                } else if by_article {
                    (self.doc_date(), DateFrom::Article)
                } else {
                    (None, DateFrom::Undated)
                };
                let (place, place_from) = if let Some(p) = f.place {
                    (Some(p), PlaceFrom::Sentence)
                } else if let Some(p) = only(places.get(&key(f))) {
                    (Some(p), PlaceFrom::SameEvent)
                } else {
                    (None, PlaceFrom::Unplaced)
                };
                Settled {
                    date,
                    date_from,
                    place,
                    place_from,
                }
            })
            .collect()
    }
}

/// The one element of a set of one.
fn only<T: Copy>(set: Option<&BTreeSet<T>>) -> Option<T> {
    set.filter(|s| s.len() == 1)
        .and_then(|s| s.iter().next().copied())
}
