//! Places and organizations the gazetteer lacks, discovered from how they
//! are named: a site or body's head noun ("Vnukovo airport", "House Ethics
//! Committee"), a prefix ("Lake Victoria"), a noun for a kind of place
//! ("the border town of Dong Dang"), or a list with known places ("Bucha,
//! Irpin and Borodianka").

use super::discovery::run_before;
use super::words::{ORG_HEAD, SITE_HEAD, Word};
use super::{Ctx, How, pattern};
use crate::gazetteer::{Form, Hit};
use crate::model::Kind;
use crate::span::Span;
use crate::text::{self, capitalized_run};
use std::sync::LazyLock;

/// Nouns before a place's name that make it a place ("Lake Victoria").
const SITE_PREFIXES: &[&str] = &["Lake", "Mount", "Mt."];

/// Head words that end the name of a site the gazetteer may lack ("Vnukovo
/// airport", "San Remo County", "Bogor Palace"): a place.
pub(super) const SITE_HEADS: &[&str] = &[
    "Palace",
    "Airport",
    "airport",
    "Square",
    "Hotel",
    "Stadium",
    "Bridge",
    "Station",
    "Harbour",
    "Harbor",
    "Bay",
    "Island",
    "Islands",
    "Province",
    "Region",
    "Oblast",
    "County",
    "District",
    "Valley",
    "Peninsula",
    "Mountains",
    "Lake",
    "River",
    "Strait",
    "Gulf",
    "Desert",
    "Canal",
    "Castle",
    "Cathedral",
    "Mosque",
    "Temple",
    "Monastery",
    "Estate",
    "Resort",
    "Airbase",
    "Dam",
    "Pass",
    "Gardens",
    "Regency",
    "Prefecture",
    "Governorate",
    "Municipality",
];

/// Head words that end the name of an organization the gazetteer may lack
/// ("House Oversight Committee", "Garuda Airways"): an organization.
pub(super) const ORG_HEADS: &[&str] = &[
    "Committee",
    "Commission",
    "Council",
    "Agency",
    "Party",
    "Airways",
    "Airlines",
    "Bank",
    "Corporation",
    "Foundation",
    "Institute",
    "Association",
    "Federation",
    "Court",
    "Brigade",
    "Regiment",
    "regiment",
    "Battalion",
    "University",
    "Network",
];

/// What separates the items of a list: a comma, or the "and" (or "or")
/// that closes it.
static LIST_SEP: LazyLock<regex::Regex> =
    LazyLock::new(|| pattern(r"^(?:, (?:and |or )?| (?:and|or) )").expect("a valid pattern"));
/// A noun for a kind of place and "of", before the place's name ("the
/// border town of Dong Dang"); case matters: "the State of Texas" is a
/// name of its own.
static PLACE_NOUN_OF: LazyLock<regex::Regex> = LazyLock::new(|| {
    pattern(
        r"\b(?:town|city|village|port|capital|region|province|district|island|resort|settlement|county|oblast|municipality|suburb|hamlet|enclave)\s+of\s",
    )
    .expect("a valid pattern")
});
/// Verbs of saying: a capitalized word before one is a speaker.
pub(super) const SAYS: &[&str] = &["said", "says", "told", "added", "wrote", "stated"];

impl Ctx<'_> {
    /// Sites and organizations the gazetteer lacks, named by capitalized
    /// words and a head noun ("Vnukovo airport", "San Remo County", "House
    /// Ethics Committee"). A name the gazetteer knows in full stays its own;
    /// words that compose an office or a nationality do not start one.
    pub(super) fn discover_named_sites(
        &mut self,
        si: usize,
        sent: Span,
        words: &[Word],
        hits: &[Hit],
        covered: &mut Vec<Span>,
    ) {
        let text = self.text;
        let s = sent.text(text);
        for &Word {
            start: ws,
            end: we,
            class,
        } in words
        {
            // "Lake Victoria", "Mount Sinjar": a prefix noun, then the name.
            if SITE_PREFIXES.contains(&&s[ws..we])
                && let Some(name) = capitalized_run(text, sent.start + we, sent.end)
            {
                let span = Span::new(sent.start + ws, name.end);
                // A name the gazetteer knows in full ("Mount Kenya" listed)
                // stays its own.
                let known = hits
                    .iter()
                    .any(|h| h.span.start <= span.start && h.span.end >= span.end);
                if !known && !covered.iter().any(|c| c.overlaps(span)) {
                    self.discovered_at(span, Kind::Place, si);
                    covered.push(span);
                }
                continue;
            }
            let kind = if class & SITE_HEAD != 0 {
                Kind::Place
            } else if class & ORG_HEAD != 0 {
                Kind::Organization
            } else {
                continue;
            };
            let head = Span::new(sent.start + ws, sent.start + we);
            if ws == 0 || !s[..ws].ends_with(' ') {
                continue;
            }
            let Some(mut run) = run_before(text, head.start - 1, sent.start) else {
                continue;
            };
            // At most three name words, and not the sentence's first word
            // alone ("Parliament Committee said" has no name).
            while run.text(text).split_whitespace().count() > 3 {
                let t = run.text(text);
                let k = t.find(' ').map_or(t.len(), |k| k + 1);
                run = Span::new(run.start + k, run.end);
            }
            let span = Span::new(run.start, head.end);
            let inside: Vec<&Hit> = hits.iter().filter(|h| h.span.overlaps(span)).collect();
            let known_whole = inside.iter().any(|h| {
                h.span.contains(span) || h.span.end > span.end || h.span.start < span.start
            });
            let composing = inside.iter().any(|h| {
                h.targets
                    .iter()
                    .any(|(_, f)| matches!(f, Form::Adjective | Form::Title))
            });
            if known_whole || composing || covered.iter().any(|c| c.overlaps(span)) {
                continue;
            }
            self.discovered_at(span, kind, si);
            covered.push(span);
        }
    }

    /// Places the gazetteer lacks, named after a noun that says what they
    /// are: "the border town of Dong Dang", "the village of Krasnohorivka".
    /// One to three capitalized words that no gazetteer name touches.
    pub(super) fn discover_places_after_nouns(
        &mut self,
        si: usize,
        sent: Span,
        hits: &[Hit],
        covered: &mut Vec<Span>,
    ) {
        let text = self.text;
        let s = sent.text(text);
        // The regex only where a place noun can be ("... of ...").
        if !s.contains(" of ") {
            return;
        }
        let mut found: Vec<Span> = Vec::new();
        for m in PLACE_NOUN_OF.find_iter(s) {
            let at = sent.start + m.end() - 1;
            let Some(run) = capitalized_run(text, at, sent.end).filter(|r| {
                r.text(text).split_whitespace().count() <= 3
                    && !hits.iter().any(|h| h.span.overlaps(*r))
                    && !covered.iter().any(|c| c.overlaps(*r))
            }) else {
                continue;
            };
            found.push(run);
        }
        for span in found {
            self.discovered_at(span, Kind::Place, si);
            covered.push(span);
        }
    }

    /// An actor the gazetteer lacks, of `kind`, named at `span`, and its
    /// mention there.
    fn discovered_at(&mut self, span: Span, kind: Kind, si: usize) {
        let a = self.discovered(span.text(self.text), kind);
        self.mention(span, a, How::Discovered, si);
    }

    /// Places the gazetteer lacks, named in a list with places it knows:
    /// "toured Bucha, Irpin and Borodianka" makes Borodianka a place. The
    /// list has at least two known places, only places, and is closed by
    /// "and" or "or"; an unknown item is one to three capitalized words that
    /// no gazetteer name touches, not followed by a verb of saying ("Paris,
    /// Lyon and Dupont said" is no list of places).
    pub(super) fn discover_listed_places(
        &mut self,
        si: usize,
        sent: Span,
        hits: &[Hit],
        covered: &mut Vec<Span>,
    ) {
        let text = self.text;
        let here = || {
            self.out
                .mentions
                .iter()
                .rev()
                .take_while(|m| m.sentence == si)
        };
        // Most sentences name fewer than two places: no list to look at.
        if here()
            .filter(|m| self.out.actors[m.actor].kind == Kind::Place)
            .nth(1)
            .is_none()
        {
            return;
        }
        let mut known: Vec<(Span, Kind)> = here()
            .map(|m| (m.span, self.out.actors[m.actor].kind))
            .collect();
        known.sort_by_key(|(s, _)| s.start);
        let unusable = |run: Span| {
            hits.iter().any(|h| h.span.overlaps(run))
                || covered.iter().any(|c| c.overlaps(run))
                || run.text(text).split_whitespace().count() > 3
        };
        let mut found: Vec<Span> = Vec::new();
        let mut i = 0;
        while i < known.len() {
            if known[i].1 != Kind::Place {
                i += 1;
                continue;
            }
            // Unknown items before it ("Garissa, Nairobi or Wajir"), not at
            // the sentence's start, where every word is capitalized.
            let mut unknown: Vec<Span> = Vec::new();
            let mut start = known[i].0.start;
            while text[sent.start..start].ends_with(", ")
                && let Some(run) = run_before(text, start - 2, sent.start)
                && run.start > sent.start
                && !unusable(run)
            {
                unknown.push(run);
                start = run.start;
            }
            // Walk the list from this place on.
            let mut places = 1;
            let mut closed = false;
            let mut end = known[i].0.end;
            let mut next = i + 1;
            while let Some(sep) = LIST_SEP.find(&text[end..sent.end]) {
                let last = sep.as_str().trim_start_matches(',').trim() != "";
                let item_start = end + sep.end();
                if let Some(&(span, kind)) = known.get(next).filter(|(s, _)| s.start == item_start)
                {
                    if kind != Kind::Place {
                        break;
                    }
                    places += 1;
                    end = span.end;
                    next += 1;
                } else {
                    let Some(run) = capitalized_run(text, item_start - 1, sent.end)
                        .filter(|r| r.start == item_start)
                    else {
                        break;
                    };
                    if unusable(run)
                        || text::word_after(text, run.end).is_some_and(|w| SAYS.contains(&w))
                        || text[run.end..].starts_with(['\'', '\u{2019}'])
                    {
                        break;
                    }
                    unknown.push(run);
                    end = run.end;
                }
                if last {
                    closed = true;
                    break;
                }
            }
            if closed && places >= 2 {
                found.extend(unknown);
            }
            i = next.max(i + 1);
        }
        for span in found {
            self.discovered_at(span, Kind::Place, si);
            covered.push(span);
        }
    }
}
