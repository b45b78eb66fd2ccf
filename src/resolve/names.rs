//! Names and surnames: which entry a name hit stands for ("Kim", "Victoria",
//! "Montenegro"), a surname resolved to the person the document names or
//! the most prominent one, and the names that belong to someone else (an
//! unknown first name before a known surname, a longer capitalized run).

use super::discovery::ROLES;
use super::words::Word;
use super::{ActorIdx, Ctx, How};
use crate::gazetteer::{EntryId, Form, Hit};
use crate::model::Kind;
use crate::span::Span;
use crate::text::{self, capitalized_run, words_before};

/// Words that make a place name part of a site's name ("Bogor Palace"), not a first name.
const PLACE_WORDS: &[&str] = &[
    "Palace",
    "Airport",
    "Square",
    "Hotel",
    "Street",
    "Avenue",
    "Road",
    "University",
    "Stadium",
    "Hall",
    "Park",
    "Bridge",
    "Center",
    "Centre",
    "Station",
    "Port",
    "Harbour",
    "Harbor",
    "Bay",
    "Island",
    "Islands",
    "Province",
    "Region",
    "Oblast",
    "County",
    "State",
    "City",
    "District",
    "Valley",
    "River",
    "Lake",
    "Mountains",
    "Summit",
    "Forum",
    "Declaration",
    "Accord",
    "Accords",
    "Agreement",
    "Protocol",
    "Process",
    "Format",
    "Conference",
    "Cathedral",
    "Mosque",
    "Temple",
    "Castle",
    "House",
    "Tower",
    "Airbase",
    "Base",
    "Plant",
    "Embassy",
];

/// Surnames that are also common capitalized words: they stand for a person
/// only when the document names that person in full.
const COMMON_WORD_SURNAMES: &[&str] = &[
    "May",
    "March",
    "June",
    "July",
    "August",
    "Power",
    "King",
    "Rice",
    "Brown",
    "Black",
    "White",
    "Green",
    "Young",
    "Hill",
    "Price",
    "Rich",
    "Hope",
    "Little",
    "Bell",
    "Cook",
    "Wood",
    "Stone",
    "Strong",
    "Noble",
    "Love",
    "Field",
    "Rose",
    "Bush",
    "Long",
    "Best",
    "Church",
    "House",
    "Law",
    "Pope",
    "Major",
    "Sharp",
    "Hunt",
    "Fox",
    "Gray",
    "Grey",
    "Chase",
    "Story",
    "Ward",
    "Marshall",
    "Bishop",
    "Moon",
    "Sun",
    "Rock",
    "Page",
    "Banks",
    "Street",
    "Lord",
    "Day",
    "Summers",
    "Powell",
    "Wolf",
    "Fischer",
    "Singer",
    "Baker",
    "Carter",
    "Walker",
    "Hall",
    "Ball",
    "Case",
    "Cross",
    "Christmas",
    "Easter",
];

impl Ctx<'_> {
    pub(super) fn person_for_surname(&mut self, hit: &Hit) -> Option<ActorIdx> {
        let word = hit.span.text(self.text);
        // "May 16" is a date whoever else is named May.
        if text::word_after(self.text, hit.span.end)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        if let Some(&a) = self.doc_surnames.get(word) {
            return Some(a);
        }
        // Named in full later in the document.
        if let Some(&id) = self.full_names.get(word) {
            return Some(self.actor_for_entry(id));
        }
        // A surname that is also a common word ("May", "Power") needs the
        // full name in the document.
        if COMMON_WORD_SURNAMES.contains(&word) || text::is_not_name(word) {
            return None;
        }
        let cands: Vec<EntryId> = hit
            .targets
            .iter()
            .filter(|(_, f)| *f == Form::Surname)
            .map(|&(id, _)| id)
            .collect();
        // The most prominent: the most offices held, current ones first.
        let best = cands.iter().copied().max_by_key(|&id| {
            let e = self.gaz.entry(id);
            (
                e.offices.iter().filter(|t| t.covers(self.date)).count(),
                e.offices.len(),
                std::cmp::Reverse(id),
            )
        })?;
        Some(self.actor_for_entry(best))
    }

    /// Among a hit's name targets, the best: one already in the document,
    /// then places before people before organizations, countries before cities.
    pub(super) fn pick(&self, h: &Hit, first: EntryId) -> EntryId {
        let names: Vec<EntryId> = h
            .targets
            .iter()
            .filter(|(_, f)| *f == Form::Name)
            .map(|&(id, _)| id)
            .collect();
        if let [only] = names[..] {
            return only;
        }
        if let Some(&id) = names
            .iter()
            .find(|&&id| self.by_id.contains_key(&self.gaz.entry(id).key))
        {
            return id;
        }
        names
            .iter()
            .copied()
            .min_by_key(|&id| {
                let e = self.gaz.entry(id);
                let rank = match (e.kind, e.subtype.as_deref()) {
                    (Kind::Place, Some("country")) => 0,
                    (Kind::Place, _) if e.capital => 1,
                    (Kind::Person, _) => 2,
                    (Kind::Organization, _) => 3,
                    (Kind::Place, Some("city")) => 4,
                    (Kind::Place, _) => 5,
                    (Kind::Office, _) => 6,
                };
                // Among people who share a name ("Kim"), the most prominent
                // on the article's date: a head of state or government, then
                // the most offices held.
                let now: Vec<&crate::gazetteer::Tenure> =
                    e.offices.iter().filter(|t| t.covers(self.date)).collect();
                let head = now.iter().any(|t| {
                    self.gaz
                        .lookup(&t.title, Some(Kind::Office))
                        .first()
                        .is_some_and(|&o| {
                            matches!(
                                self.gaz.entry(o).subtype.as_deref(),
                                Some("head_of_state" | "head_of_government")
                            )
                        })
                });
                (
                    rank,
                    std::cmp::Reverse(head),
                    std::cmp::Reverse(now.len()),
                    std::cmp::Reverse(e.offices.len()),
                    id,
                )
            })
            .unwrap_or(first)
    }

    /// A city or region name right before a capitalized word the gazetteer
    /// does not know is most likely a first name ("Victoria Friedman").
    pub(super) fn first_name_like(&self, h: &Hit, id: EntryId, hits: &[Hit]) -> bool {
        let e = self.gaz.entry(id);
        if e.kind != Kind::Place
            || matches!(e.subtype.as_deref(), Some("country" | "territory"))
            || self.headline
        {
            return false;
        }
        let text = self.text;
        let rest = &text[h.span.end..];
        if !rest.starts_with(' ') {
            return false;
        }
        match text::next_word(text, h.span.end + 1) {
            Some((ws, we)) if ws == h.span.end + 1 => {
                let w = &text[ws..we];
                w.chars().next().is_some_and(char::is_uppercase)
                    && !w.chars().all(|c| c.is_uppercase())
                    && !hits.iter().any(|x| x.span.start == ws)
                    && !matches!(
                        w,
                        "On" | "In" | "At" | "The" | "And" | "But" | "Said" | "Says"
                    )
                    && !PLACE_WORDS.contains(&w)
            }
            _ => false,
        }
    }

    /// The start of a capitalized word right before a surname hit that is no
    /// name the gazetteer knows, no title and no sentence opener: the first
    /// name of a person the gazetteer lacks.
    pub(super) fn unknown_first_name(&self, h: &Hit, hits: &[Hit], sent: Span) -> Option<usize> {
        let text = self.text;
        if self.headline || h.span.start < sent.start + 2 || !text[..h.span.start].ends_with(' ') {
            return None;
        }
        let w = *words_before(text, h.span.start, 1).first()?;
        let ws = h.span.start - 1 - w.len();
        let first_char = w.chars().next()?;
        let is_name_word = first_char.is_uppercase()
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && w.chars().count() >= 2
            && text::plausible_name_word(w);
        let known = hits
            .iter()
            .any(|x| x.span.overlaps(Span::new(ws, ws + w.len())));
        let opener =
            ws <= sent.start || text::is_not_name(w) || ROLES.contains(&w.to_lowercase().as_str());
        // A person named in full already ("Vladimir Putin ... Vladimir") is no stranger.
        let known_first = self.first_names.contains_key(w);
        (is_name_word && !known && !opener && !known_first).then_some(ws)
    }

    pub(super) fn role_before(&self, span: Span) -> bool {
        let words = words_before(self.text, span.start, 2);
        // "will host Ruto", "Scholz hosts Ruto", "who hosted Ruto": the role
        // word is a verb there.
        let verb = words.get(1).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "will"
                    | "would"
                    | "to"
                    | "shall"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "did"
                    | "does"
                    | "do"
                    | "also"
                    | "not"
                    | "he"
                    | "she"
                    | "they"
                    | "who"
                    | "and"
            ) || (w.starts_with(char::is_uppercase)
                && words
                    .first()
                    .is_some_and(|r| matches!(r.to_lowercase().as_str(), "hosts" | "host")))
        });
        !verb
            && words
                .first()
                .is_some_and(|w| ROLES.contains(&w.to_lowercase().as_str()))
    }

    /// Later mentions of a person by surname alone, for people the gazetteer lacks.
    pub(super) fn doc_surname_mentions(
        &mut self,
        si: usize,
        sent: Span,
        words: &[Word],
        covered: &[Span],
    ) {
        if !self.discovered_surnames {
            return;
        }
        let text = self.text;
        let s = sent.text(text);
        for &Word {
            start: ws, end: we, ..
        } in words
        {
            let span = Span::new(sent.start + ws, sent.start + we);
            if covered.iter().any(|c| c.overlaps(span)) {
                continue;
            }
            let w = &s[ws..we];
            if let Some(&a) = self.doc_surnames.get(w)
                && self.out.actors[a].discovered
            {
                self.mention(span, a, How::Surname, si);
            }
        }
    }
}

/// True when the one-word name at `span` opens a longer capitalized run
/// ("Kim" in "Kim Kye Gwan"): the name of someone else.
pub(super) fn stranger_after(text: &str, span: Span, limit: usize) -> bool {
    if span.text(text).contains(' ') || !text[..span.start].ends_with(' ') {
        return false;
    }
    capitalized_run(text, span.start - 1, limit).is_some_and(|r| {
        r.start == span.start
            && text
                .get(span.end..r.end)
                .is_some_and(|g| g.starts_with(' '))
    })
}
