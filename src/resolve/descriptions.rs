//! Descriptions that stand for an actor without naming it: "his Chinese
//! counterpart" (the holder of the same office in the other place), "the
//! Nigerian capital" (the country's capital city) and "the presidents of
//! Russia and the United States, A and B" (each person the office of the
//! place in the same position).

use super::{Ctx, How, Mention, OfficeLink, pattern};
use crate::gazetteer::{EntryId, Form, Hit};
use crate::model::Kind;
use crate::span::Span;

/// "Chinese counterpart": the noun after a place adjective.
static COUNTERPART_AFTER: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"^\s+counterparts?\b").expect("a valid pattern"));

/// A plural title and "of", before a list of places ("the Presidents of").
static PLURAL_TITLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(presidents|prime\s+ministers|foreign\s+ministers|defen[cs]e\s+ministers|chancellors)\s+of\s+(?:the\s+)?")
        .expect("a valid pattern")
});
/// The words for a country's government, which acts as the country (one
/// list for the three patterns below and the scan that skips them).
const SEATS: &str = "government|authorities|administration|cabinet";
/// "capital" or "government" after a place adjective ("the Nigerian
/// capital", "the Kenyan government").
static SEAT_AFTER_ADJECTIVE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(&format!(r"^\s+(capital|{SEATS})\b")).expect("a valid pattern")
});
/// "'s capital" or "'s government" after a country's name ("Kenya's capital").
static SEAT_AFTER_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(&format!(r"^(?:'s|\x{{2019}}s)\s+(capital|{SEATS})\b")).expect("a valid pattern")
});
/// "the government of" right before a country's name.
static SEAT_BEFORE_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(&format!(r"(?i)\b(?:{SEATS})\s+of\s+(?:the\s+)?$")).expect("a valid pattern")
});
/// People and bodies of a government, right after "government" ("the
/// Kenyan government spokesman", "Kenya's government delegation").
static GOVERNMENT_PEOPLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"^\s+(?:spokes(?:man|woman|person|people)|officials?|sources?|ministers?|advis[eo]rs?|critics?|delegations?|envoys?|negotiators?|forces|troops|statement|officer|officers|employees?|workers?|lawyers?)\b")
        .expect("a valid pattern")
});
/// A name right after a phrase ("counterpart Wang Yi", "counterpart, Wang Yi,").
static NAME_NEXT: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"^,?\s+\p{Lu}\p{Ll}").expect("a valid pattern"));
/// Offices that are one another's counterparts under different names.
const EQUIVALENT_OFFICES: &[&[&str]] = &[&["foreign minister", "secretary of state"]];

impl Ctx<'_> {
    /// "his Chinese counterpart": the holder, in the place the adjective
    /// names, of the office the possessor holds (for a head of state or
    /// government, that place's head of the same kind), when there is one.
    /// A counterpart named right after ("his Chinese counterpart Wang Yi")
    /// needs nothing from here.
    pub(super) fn counterparts(&mut self, si: usize, sent: Span, hits: &[Hit]) {
        let text = self.text;
        for h in hits {
            let Some(&(place, Form::Adjective)) = h.targets.first() else {
                continue;
            };
            let Some(after) = COUNTERPART_AFTER.find(&text[h.span.end..sent.end]) else {
                continue;
            };
            let phrase = Span::new(h.span.start, h.span.end + after.end());
            let rest = &text[phrase.end..sent.end];
            if NAME_NEXT.is_match(rest) {
                continue;
            }
            let Some(owner) = self
                .out
                .mentions
                .iter()
                .rfind(|m| m.span.end <= h.span.start && m.sentence == si && m.how == How::Pronoun)
                .filter(|m| text[m.span.end..h.span.start].trim().is_empty())
                .map(|m| m.actor)
            else {
                continue;
            };
            let Some(owner_entry) = self.out.actors[owner].entry else {
                continue;
            };
            let mut found: Vec<EntryId> = Vec::new();
            for (title, _) in self.gaz.offices_of(owner_entry, self.date) {
                let t = self.gaz.entry(title);
                match t.subtype.as_deref() {
                    Some(k @ ("head_of_state" | "head_of_government")) => {
                        found.extend(self.gaz.heads(place, self.date).into_iter().filter(|&p| {
                            self.gaz.offices_of(p, self.date).iter().any(|(o, j)| {
                                *j == Some(place)
                                    && self.gaz.entry(*o).subtype.as_deref() == Some(k)
                            })
                        }));
                    }
                    _ => {
                        let label = t.label.as_str();
                        let same: Vec<&str> =
                            match EQUIVALENT_OFFICES.iter().find(|g| g.contains(&label)) {
                                Some(g) => g.to_vec(),
                                None => vec![label],
                            };
                        for l in same {
                            if let Some(&o) = self.gaz.lookup(l, Some(Kind::Office)).first() {
                                found.extend(self.gaz.holders(o, Some(place), self.date));
                            }
                        }
                    }
                }
            }
            found.sort();
            found.dedup();
            found.retain(|&p| Some(p) != self.out.actors[owner].entry);
            if let [one] = found[..] {
                let a = self.actor_for_entry(one);
                self.mention(phrase, a, How::Description, si);
            }
        }
    }

    /// "the Nigerian capital", "Kenya's capital": the country's capital city,
    /// unless its name follows ("the Kenyan capital, Nairobi", which is a
    /// name of its own). "The Kenyan government", "Kenya's authorities":
    /// the country, acting as an agent ("criticized Museveni").
    pub(super) fn capitals(&mut self, si: usize, sent: Span, hits: &[Hit]) {
        let text = self.text;
        // Most sentences name no capital and no government: one scan each.
        let st = sent.text(text);
        if !st.contains("capital") && !SEATS.split('|').any(|w| st.contains(w)) {
            return;
        }
        for h in hits {
            let Some(&(country, form)) = h.targets.first() else {
                continue;
            };
            let after_re = match form {
                Form::Adjective => &*SEAT_AFTER_ADJECTIVE,
                Form::Name => &*SEAT_AFTER_NAME,
                _ => continue,
            };
            // "the government of Kenya": the seat word before the name.
            let before = (form == Form::Name)
                .then(|| SEAT_BEFORE_NAME.find(&text[sent.start..h.span.start]))
                .flatten();
            let (capital, phrase) = if let Some(b) = before {
                (false, Span::new(sent.start + b.start(), h.span.end))
            } else {
                let Some(after) = after_re.captures(&text[h.span.end..sent.end]) else {
                    continue;
                };
                let capital = after
                    .get(1)
                    .is_some_and(|w| w.as_str().eq_ignore_ascii_case("capital"));
                let Some(after) = after.get(0) else {
                    continue;
                };
                (capital, Span::new(h.span.start, h.span.end + after.end()))
            };
            // "the Kenyan government spokesman": a person of the government,
            // not the government.
            if !capital && GOVERNMENT_PEOPLE.is_match(&text[phrase.end..sent.end]) {
                continue;
            }
            if NAME_NEXT.is_match(&text[phrase.end..sent.end])
                || self.out.mentions.iter().any(|m| {
                    m.sentence == si && m.span.overlaps(phrase) && !h.span.contains(m.span)
                })
            {
                continue;
            }
            let seat = if capital {
                self.gaz.capital_of(country)
            } else {
                // Only a country has a government of its own here.
                matches!(
                    self.gaz.entry(country).subtype.as_deref(),
                    Some("country" | "territory")
                )
                .then_some(country)
            };
            let Some(seat) = seat else {
                continue;
            };
            let a = self.actor_for_entry(seat);
            self.mention(phrase, a, How::Description, si);
        }
    }

    /// "the presidents of Russia and the United States, Vladimir Putin and
    /// Donald Trump": each person holds the office of the place in the same
    /// position of its list.
    pub(super) fn plural_offices(&mut self, si: usize, sent: Span) {
        let text = self.text;
        // A plural title before "of" ends in "s of": one scan for most
        // sentences, which have none.
        if !sent.text(text).contains("s of ") {
            return;
        }
        let Some(c) = PLURAL_TITLE.captures(sent.text(text)) else {
            return;
        };
        let (Some(whole), Some(title_words)) = (c.get(0), c.get(1)) else {
            return;
        };
        let singular = title_words.as_str().to_lowercase();
        let singular = singular.strip_suffix('s').unwrap_or(&singular);
        let Some(&title) = self.gaz.lookup(singular, Some(Kind::Office)).first() else {
            return;
        };
        let from = sent.start + whole.end();
        let mut after: Vec<&Mention> = self
            .out
            .mentions
            .iter()
            .filter(|m| m.sentence == si && m.span.start >= from && m.how.is_naming())
            .collect();
        after.sort_by_key(|m| m.span.start);
        let [p1, p2, a, b, ..] = after[..] else {
            return;
        };
        let gap = |x: &Mention, y: &Mention| text[x.span.end..y.span.start].to_lowercase();
        let place = |m: &Mention| {
            let actor = &self.out.actors[m.actor];
            (actor.kind == Kind::Place).then_some(actor.entry).flatten()
        };
        let person = |m: &Mention| self.out.actors[m.actor].kind == Kind::Person;
        let (Some(j1), Some(j2)) = (place(p1), place(p2)) else {
            return;
        };
        if !matches!(gap(p1, p2).trim(), "and" | "and the")
            || !matches!(gap(p2, a).trim(), ",")
            || gap(a, b).trim() != "and"
            || !person(a)
            || !person(b)
        {
            return;
        }
        let span_end = b.span.end;
        for (jur, holder) in [(j1, a.actor), (j2, b.actor)] {
            if let Some(o) = self.office_actor(title, Some(jur), &[], Some(holder)) {
                let phrase = Span::new(
                    sent.start + title_words.start(),
                    sent.start + title_words.end(),
                );
                self.mention(phrase, o, How::Office, si);
                self.out.offices.push(OfficeLink {
                    person: holder,
                    office: o,
                    span: Span::new(phrase.start, span_end),
                    sentence: si,
                    past: false,
                });
            }
        }
    }
}
