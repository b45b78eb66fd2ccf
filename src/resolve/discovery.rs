//! People the gazetteer lacks, discovered from what introduces them: a role
//! or kinship noun before the name ("journalist Pavel Zarubin", "her
//! husband, Tomas Berg"), an apposed role after it ("Ana Lima, a
//! correspondent"), or an outlet's possessive ("Reuters' Ana Lima").

use super::words::{KINSHIP, ORG_HEAD, ROLE, SITE_HEAD, Word};
use super::{Ctx, How, gaz_kind};
use crate::gazetteer::{Form, Hit};
use crate::model::Kind;
use crate::span::Span;
use crate::text::{self, capitalized_run, words_before};

/// Role nouns that introduce a person without making an office.
pub(super) const ROLES: &[&str] = &[
    "journalist",
    "reporter",
    "correspondent",
    "analyst",
    "lawyer",
    "attorney",
    "activist",
    "writer",
    "author",
    "economist",
    "historian",
    "businessman",
    "businesswoman",
    "billionaire",
    "commentator",
    "host",
    "anchor",
    "editor",
    "professor",
    "researcher",
    "blogger",
    "dissident",
    "tycoon",
    "oligarch",
    "negotiator",
    "entrepreneur",
    "investor",
    "scholar",
    "expert",
    "columnist",
    "photographer",
    "presenter",
    "interviewer",
    "pundit",
    "rapper",
    "singer",
    "actor",
    "actress",
    "athlete",
    "player",
    "coach",
    "judge",
    "prosecutor",
    "bishop",
    "pope",
    "cleric",
    "star",
    "soldier",
    "veteran",
    "pilot",
    "student",
    "doctor",
    "nurse",
    "teacher",
    "priest",
    "rabbi",
    "imam",
    "poet",
    "novelist",
    "filmmaker",
    "footballer",
    "boxer",
    "musician",
    "artist",
    "designer",
    "academic",
    "scientist",
    "physicist",
    "mogul",
    "heiress",
    "campaigner",
    "broadcaster",
    "politician",
    "lawmaker",
    "diplomat",
];

/// Kinship nouns that introduce a person, also across a comma ("her
/// husband, Tomas Berg") and as lists ("their wives, A and B").
pub(super) const KIN: &[&str] = &[
    "wife",
    "wives",
    "husband",
    "husbands",
    "son",
    "sons",
    "daughter",
    "daughters",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "mother",
    "father",
    "widow",
    "widower",
    "spouse",
    "fiancee",
    "fiancé",
    "fiancée",
    "nephew",
    "niece",
    "cousin",
    "grandson",
    "granddaughter",
];

/// Words that open an apposition after a name ("Ana Lima, a reporter").
const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their"];

impl Ctx<'_> {
    /// "CNN's Christiane Amanpour", "Reuters' Ana Lima": a first and last
    /// name right after an organization's possessive is one of its people.
    /// Exactly two capitalized words, neither a head noun of a site or an
    /// organization ("the UN's World Food Programme" is no one).
    pub(super) fn discover_after_outlets(
        &mut self,
        si: usize,
        sent: Span,
        words: &[Word],
        hits: &[Hit],
        covered: &mut Vec<Span>,
    ) {
        let text = self.text;
        for h in hits {
            let Some(&(org, Form::Name)) = h.targets.first() else {
                continue;
            };
            if self.gaz.entry(org).kind != Kind::Organization {
                continue;
            }
            let Some(skip) = text::possessive_after(text, h.span) else {
                continue;
            };
            let at = h.span.end + skip;
            let Some(name) = capitalized_run(text, at, sent.end) else {
                continue;
            };
            let name_words: Vec<&str> = name.text(text).split_whitespace().collect();
            let heads = words.iter().any(|w| {
                let ws = Span::new(sent.start + w.start, sent.start + w.end);
                name.contains(ws) && w.class & (SITE_HEAD | ORG_HEAD) != 0
            });
            // A person the gazetteer knows stays its own; a place inside
            // the name ("Ana Lima") does not make it one.
            let known = hits.iter().any(|x| {
                x.span.overlaps(name)
                    && (x.span.contains(name)
                        || x.targets
                            .iter()
                            .any(|&(id, _)| gaz_kind(self.gaz, id) == Kind::Person))
            });
            if name_words.len() != 2 || heads || known || covered.iter().any(|c| c.overlaps(name)) {
                continue;
            }
            let a = self.discovered_person(name.text(text));
            self.mention(name, a, How::Discovered, si);
            covered.push(name);
        }
    }

    /// People the gazetteer lacks, introduced by a role noun: before the name
    /// ("journalist Pavel Zarubin", "her husband, Tomas Berg", "their wives,
    /// Ana Lima and Mei Tanaka") or after it ("Ana Lima, a correspondent for
    /// ...", "Ana Lima, the minister's spokeswoman, said").
    pub(super) fn discover_after_roles(
        &mut self,
        si: usize,
        sent: Span,
        words: &[Word],
        hits: &[Hit],
        covered: &mut Vec<Span>,
    ) {
        let text = self.text;
        for &Word { end: we, class, .. } in words {
            let kin = class & KINSHIP != 0;
            if class & ROLE == 0 && !kin {
                continue;
            }
            // Kinship nouns take their name between commas too.
            let mut at = sent.start + we;
            if kin && text[at..].starts_with(", ") {
                at += 1;
            }
            let Some(mut name) = capitalized_run(text, at, sent.end) else {
                continue;
            };
            loop {
                if name.text(text).split_whitespace().count() < 2 {
                    break;
                }
                // "correspondent Amina Hassan": a city's name inside a full
                // name after a role noun is part of the person's name.
                let inside: Vec<usize> = self
                    .out
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.sentence == si && m.span.overlaps(name))
                    .map(|(k, _)| k)
                    .collect();
                let only_towns = !inside.is_empty()
                    && inside.iter().all(|&k| {
                        let m = &self.out.mentions[k];
                        let a = &self.out.actors[m.actor];
                        name.contains(m.span)
                            && a.kind == Kind::Place
                            && a.entry.is_some_and(|e| {
                                !matches!(
                                    self.gaz.entry(e).subtype.as_deref(),
                                    Some("country" | "territory")
                                )
                            })
                    });
                if only_towns {
                    for &k in inside.iter().rev() {
                        let gone = self.out.mentions.remove(k).span;
                        covered.retain(|c| *c != gone);
                    }
                }
                // A name known already still continues the list.
                if !covered.iter().any(|c| c.overlaps(name)) {
                    let a = self.discovered_person(name.text(text));
                    self.mention(name, a, How::Discovered, si);
                    covered.push(name);
                }
                // "basketball star Ana Lima and Mei Tanaka": the list goes on.
                let rest = &text[name.end..sent.end];
                let Some(next) = rest
                    .strip_prefix(" and")
                    .or_else(|| rest.strip_prefix(","))
                    .and_then(|_| {
                        let k = if rest.starts_with(',') { 1 } else { 4 };
                        capitalized_run(text, name.end + k, sent.end)
                    })
                else {
                    break;
                };
                name = next;
            }
        }
        self.discover_before_roles(si, sent, hits, covered);
    }

    /// "Ana Lima, a correspondent for ...", "Ana Lima, Kenya's foreign
    /// minister, said": a full name the gazetteer lacks, apposed to a role
    /// noun or a title after ", a", ", an", ", the" or a possessive.
    fn discover_before_roles(
        &mut self,
        si: usize,
        sent: Span,
        hits: &[Hit],
        covered: &mut Vec<Span>,
    ) {
        let text = self.text;
        let s = sent.text(text);
        let mut from = 0;
        // Each ", ": a comma found by memchr, then the space checked (a
        // two-byte pattern search costs more than the whole walk).
        while let Some(k) = s[from..].find(',') {
            if !s[from + k + 1..].starts_with(' ') {
                from += k + 1;
                continue;
            }
            let comma = sent.start + from + k;
            from += k + 2;
            let after = comma + 2;
            // The role or title within the next four words.
            let mut cur = after;
            let mut found = false;
            for n in 0..4 {
                let Some((ws, we)) = text::next_word(text, cur) else {
                    break;
                };
                if we > sent.end || (n > 0 && text[cur..ws].contains([',', '.', ';'])) {
                    break;
                }
                let w = &text[ws..we];
                if n == 0 && !DETERMINERS.contains(&w.to_lowercase().as_str()) && !w.ends_with("'s")
                {
                    break;
                }
                if ROLES.contains(&w)
                    || hits.iter().any(|h| {
                        h.span.start == ws && h.targets.iter().any(|(_, f)| *f == Form::Title)
                    })
                {
                    found = true;
                    break;
                }
                cur = we;
            }
            if !found {
                continue;
            }
            let Some(name) = run_before(text, comma, sent.start) else {
                continue;
            };
            if name.text(text).split_whitespace().count() < 2
                || covered.iter().any(|c| c.overlaps(name))
                || hits.iter().any(|h| {
                    h.span.overlaps(name) && !h.targets.iter().all(|(_, f)| *f == Form::Surname)
                })
            {
                continue;
            }
            let a = self.discovered_person(name.text(text));
            self.mention(name, a, How::Discovered, si);
            covered.push(name);
        }
    }
}

/// The capitalized words (two to four, name particles allowed inside) that
/// end right before byte `end`, not before `floor`: a name before a comma.
pub(super) fn run_before(text: &str, end: usize, floor: usize) -> Option<Span> {
    let mut start = end;
    let mut words = 0;
    for w in words_before(text, end, 4) {
        // Only single spaces inside a name, none after it.
        let gap = usize::from(words > 0);
        let Some(ws) = start.checked_sub(gap + w.len()) else {
            break;
        };
        if ws < floor
            || text.get(ws..ws + w.len()) != Some(w)
            || (gap == 1 && text.get(ws + w.len()..start) != Some(" "))
        {
            break;
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if !cap || text::is_not_name(w) {
            break;
        }
        start = ws;
        words += 1;
    }
    (words > 0).then(|| Span::new(start, end))
}
