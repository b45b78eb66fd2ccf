//! Resolution: every mention of an actor in one document, resolved to one actor.
//!
//! Works sentence by sentence over the gazetteer's hits:
//! - full names resolve to their entry; surnames ("Putin") to the person of
//!   that surname already named in the document, else to the only (or most
//!   prominent) person of that surname;
//! - office titles compose with a jurisdiction before them ("Russian Foreign
//!   Minister", "Kremlin spokesman", "Russia's foreign minister") or after them
//!   ("foreign minister of Russia") into one office actor;
//! - a title followed by a name links the person to the office (holds_office);
//!   a title followed by capitalized words the gazetteer lacks introduces a
//!   discovered person ("journalist Pavel Zarubin");
//! - a description without a name ("the Russian president") resolves to the
//!   person the document itself gave that office, else to the gazetteer's
//!   holder on the document's date;
//! - pronouns resolve to the most recent person.
//!
//! The parts, by what each owns: `names` (names and surnames), `offices`
//! (titles, offices and their holders), `descriptions` (counterparts,
//! capitals, plural titles), `discovery` (people the gazetteer lacks),
//! `places` (places and organizations the gazetteer lacks), `pronouns`
//! (pronouns and plurals) and `words` (a sentence's words and the word
//! lists they are in). Word-level text helpers live in [`crate::text`].

mod descriptions;
mod discovery;
mod names;
mod offices;
mod places;
mod pronouns;
mod words;

pub use crate::text::{capitalized_run, possessive_after, word_after, words_before};

use crate::gazetteer::{EntryId, Form, Gazetteer, Hit};
use crate::model::{Kind, slug};
use crate::span::Span;
use crate::text;
use jiff::civil::Date;
use names::stranger_after;
use pronouns::fronted_phrase;
use std::collections::BTreeMap;
use words::{FnvMap, Word, sentence_words};

/// A built-in pattern, its `\b`s ASCII word boundaries (a Unicode `\b`
/// sends the regex crate to its slow engines on any non-ASCII text).
fn pattern(p: &str) -> Result<regex::Regex, regex::Error> {
    regex::Regex::new(&text::ascii_word_boundaries(p))
}

/// The index of an actor within one document's [`Resolved`].
pub type ActorIdx = usize;

/// An actor named in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Stable node id.
    pub id: String,
    /// The fullest name.
    pub label: String,
    /// What it is.
    pub kind: Kind,
    /// The gazetteer entry, when known.
    pub entry: Option<EntryId>,
    /// True when found in the text, not in the gazetteer.
    pub discovered: bool,
    /// External ids.
    pub ids: BTreeMap<String, String>,
}

/// How a mention was resolved, for `explain`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum How {
    /// A full name or alias in the gazetteer.
    Name,
    /// A surname of a person.
    Surname,
    /// An office title naming the office.
    Office,
    /// A description ("the Russian president") resolved to its holder.
    Description,
    /// A name introduced by a title or role, not in the gazetteer.
    Discovered,
    /// A pronoun.
    Pronoun,
    /// "the two leaders": one mention for each of the last two people.
    Plural,
}

impl How {
    /// A short name for output.
    pub fn as_str(self) -> &'static str {
        match self {
            How::Name => "name",
            How::Surname => "surname",
            How::Office => "office",
            How::Description => "description",
            How::Discovered => "discovered",
            How::Pronoun => "pronoun",
            How::Plural => "plural",
        }
    }

    /// True for mentions that name the actor (not pronouns or plurals).
    pub fn is_naming(self) -> bool {
        !matches!(self, How::Pronoun | How::Plural)
    }
}

/// One mention of an actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Its bytes.
    pub span: Span,
    /// The actor.
    pub actor: ActorIdx,
    /// How it was resolved.
    pub how: How,
    /// The sentence it is in.
    pub sentence: usize,
}

/// A person presented as holding an office ("Kremlin spokesman Dmitry Peskov").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeLink {
    /// The person.
    pub person: ActorIdx,
    /// The office.
    pub office: ActorIdx,
    /// The phrase that says so.
    pub span: Span,
    /// The sentence it is in.
    pub sentence: usize,
    /// "former", "then-": the office is not held at the article's time.
    pub past: bool,
}

/// Everything resolved in one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    /// The actors, in order of first mention.
    pub actors: Vec<Actor>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Office links, in text order.
    pub offices: Vec<OfficeLink>,
}

struct Ctx<'a> {
    text: &'a str,
    gaz: &'a Gazetteer,
    date: Option<Date>,
    out: Resolved,
    by_id: FnvMap<String, ActorIdx>,
    /// Office actor -> the person the document gave it.
    office_holder: FnvMap<ActorIdx, ActorIdx>,
    /// Surname of a discovered or named person -> actor.
    doc_surnames: FnvMap<String, ActorIdx>,
    /// True once a surname in `doc_surnames` is a discovered person's: until
    /// then no word is a later mention of one.
    discovered_surnames: bool,
    /// Surname of a person the document names in full anywhere -> entry.
    full_names: FnvMap<String, EntryId>,
    /// First name of a person the document names in full -> entry (None when two share it).
    first_names: FnvMap<String, Option<EntryId>>,
    last_people: Vec<ActorIdx>,
    /// True while in a headline-cased sentence, where capitals say nothing about names.
    headline: bool,
    /// The words of the sentence being resolved (kept to reuse its memory).
    words: Vec<Word>,
    /// Per sentence, where a fronted adverbial phrase ends ("In a letter to
    /// Kim, Trump said"): people named before it are not the subject; and
    /// whether the phrase is verbless ("Speaking with Kim, he said": no one
    /// in it is the "he" after it).
    fronted: Vec<(usize, bool)>,
}

/// Resolves the mentions of one document, given its sentences and date.
pub fn resolve(text: &str, sentences: &[Span], gaz: &Gazetteer, date: Option<Date>) -> Resolved {
    let mut cx = Ctx {
        text,
        gaz,
        date,
        out: Resolved::default(),
        by_id: FnvMap::default(),
        office_holder: FnvMap::default(),
        doc_surnames: FnvMap::default(),
        discovered_surnames: false,
        full_names: FnvMap::default(),
        first_names: FnvMap::default(),
        last_people: Vec::new(),
        headline: false,
        words: Vec::new(),
        fronted: Vec::new(),
    };
    // Full names first, over the whole document, so that a surname before the
    // full name ("Putin ... Vladimir Putin") still finds its person.
    let hits: Vec<Vec<Hit>> = sentences.iter().map(|&s| gaz.find(text, s)).collect();
    for hs in &hits {
        for h in hs {
            if let Some(&(id, Form::Name)) = h.targets.first()
                && gaz.entry(id).kind == Kind::Person
                && let Some(s) = gaz.surname(id)
            {
                cx.full_names.entry(s.to_string()).or_insert(id);
                if let Some(first) = gaz.entry(id).label.split_whitespace().next() {
                    let slot = cx.first_names.entry(first.to_string()).or_insert(Some(id));
                    if *slot != Some(id) {
                        *slot = None;
                    }
                }
            }
        }
    }
    for (si, (&sent, hs)) in sentences.iter().zip(&hits).enumerate() {
        cx.sentence(si, sent, hs);
    }
    cx.out
        .mentions
        .sort_by_key(|m| (m.span.start, m.span.end, m.actor));
    cx.out.mentions.dedup_by_key(|m| (m.span, m.actor));
    cx.out
}

impl Ctx<'_> {
    fn actor_for_entry(&mut self, id: EntryId) -> ActorIdx {
        let e = self.gaz.entry(id);
        let key = e.key.clone();
        if let Some(&a) = self.by_id.get(&key) {
            return a;
        }
        let a = Actor {
            id: key.clone(),
            label: e.label.clone(),
            kind: e.kind,
            entry: Some(id),
            discovered: false,
            ids: e.ids.clone(),
        };
        self.push_actor(a)
    }

    fn push_actor(&mut self, a: Actor) -> ActorIdx {
        if let Some(&i) = self.by_id.get(&a.id) {
            return i;
        }
        let i = self.out.actors.len();
        self.by_id.insert(a.id.clone(), i);
        if a.kind == Kind::Person
            && let Some(last) = a.label.split_whitespace().last()
        {
            // The first person of a surname keeps it ("Macron" stays Emmanuel
            // when Brigitte Macron is named later).
            let first = *self.doc_surnames.entry(last.to_string()).or_insert(i);
            self.discovered_surnames |= first == i && a.discovered;
        }
        self.out.actors.push(a);
        i
    }

    fn mention(&mut self, span: Span, actor: ActorIdx, how: How, sentence: usize) {
        if self.out.actors[actor].kind == Kind::Person && how != How::Plural {
            self.last_people.retain(|&p| p != actor);
            self.last_people.push(actor);
        }
        self.out.mentions.push(Mention {
            span,
            actor,
            how,
            sentence,
        });
    }

    fn sentence(&mut self, si: usize, sent: Span, hits: &[Hit]) {
        let text = self.text;
        self.headline = is_headline(sent.text(text));
        debug_assert_eq!(self.fronted.len(), si);
        let (len, verbless) = fronted_phrase(sent.text(text));
        self.fronted.push((sent.start + len, verbless));
        let mut words = std::mem::take(&mut self.words);
        sentence_words(sent.text(text), &mut words);
        let mut covered: Vec<Span> = Vec::new();
        if !self.headline {
            self.discover_named_sites(si, sent, &words, hits, &mut covered);
            self.discover_places_after_nouns(si, sent, hits, &mut covered);
            self.discover_after_outlets(si, sent, &words, hits, &mut covered);
        }
        let mut i = 0;
        while i < hits.len() {
            let h = &hits[i];
            // Part of a site or organization found above.
            if covered.iter().any(|c| c.contains(h.span)) {
                i += 1;
                continue;
            }
            let (first, form) = h.targets[0];
            // "the Biden administration" is a government, not the man.
            if matches!(form, Form::Name | Form::Surname)
                && self.gaz.entry(first).kind == Kind::Person
                && let Some(w) = text::word_after(text, h.span.end)
                    .map(|w| w.trim_end_matches("'s").trim_end_matches("\u{2019}s"))
                && matches!(
                    w,
                    "administration" | "Administration" | "government" | "campaign" | "cabinet"
                )
            {
                let end = text[h.span.end..]
                    .find(w)
                    .map(|k| h.span.end + k + w.len())
                    .unwrap_or(h.span.end);
                let span = Span::new(h.span.start, end);
                let label = format!("{} {}", h.span.text(text), w.to_lowercase());
                let a = self.discovered(&label, Kind::Organization);
                self.mention(span, a, How::Discovered, si);
                covered.push(span);
                i += 1;
                continue;
            }
            match form {
                Form::Title => {
                    let consumed = self.office_phrase(si, sent, hits, i, &mut covered);
                    i = consumed.max(i + 1);
                    continue;
                }
                Form::Adjective => {
                    // An adjective alone ("Russian officials") names no actor;
                    // before a title it is handled with the title.
                }
                Form::Surname => {
                    let longer = stranger_after(text, h.span, sent.end);
                    // "Kaitlan Collins" with only Judith Collins known: a first
                    // name the gazetteer lacks makes someone else.
                    let first_name = self.unknown_first_name(h, hits, sent);
                    if let Some(fs) = first_name {
                        let full = Span::new(fs, h.span.end);
                        if !covered.iter().any(|c| c.overlaps(full)) {
                            let a = self.discovered_person(full.text(text));
                            self.mention(full, a, How::Discovered, si);
                            covered.push(full);
                        }
                    } else if !longer
                        && !self.role_before(h.span)
                        && let Some(a) = self.person_for_surname(h)
                    {
                        self.mention(h.span, a, How::Surname, si);
                        covered.push(h.span);
                    }
                }
                Form::Name => {
                    // A first name alone ("Vladimir") is the person the
                    // document names in full, not a city of that name.
                    if let Some(&Some(p)) = self.first_names.get(h.span.text(text))
                        && !h
                            .targets
                            .iter()
                            .any(|(id, _)| gaz_kind(self.gaz, *id) == Kind::Person)
                        && !matches!(
                            self.gaz.entry(first).subtype.as_deref(),
                            Some("country" | "territory")
                        )
                    {
                        let a = self.actor_for_entry(p);
                        self.mention(h.span, a, How::Name, si);
                        covered.push(h.span);
                        i += 1;
                        continue;
                    }
                    let id = self.pick(h, first);
                    if self.first_name_like(h, id, hits) {
                        i += 1;
                        continue;
                    }
                    // "Luis Montenegro, the prime minister, ... Montenegro
                    // said": the surname of someone this document named, not
                    // the country.
                    if self.gaz.entry(id).kind != Kind::Person
                        && let Some(&a) = self.doc_surnames.get(h.span.text(text))
                    {
                        self.mention(h.span, a, How::Surname, si);
                        covered.push(h.span);
                        i += 1;
                        continue;
                    }
                    let e = self.gaz.entry(id);
                    // A one-word short name followed by more capitalized words
                    // ("Kim Kye Gwan" with only Kim Jong Un known) is someone else.
                    if e.kind == Kind::Person && stranger_after(text, h.span, sent.end) {
                        i += 1;
                        continue;
                    }
                    let a = self.actor_for_entry(id);
                    self.mention(h.span, a, How::Name, si);
                    covered.push(h.span);
                    // A role noun right before a known name ("journalist X") adds nothing.
                }
            }
            i += 1;
        }
        self.discover_after_roles(si, sent, &words, hits, &mut covered);
        self.doc_surname_mentions(si, sent, &words, &covered);
        if !self.headline {
            self.discover_listed_places(si, sent, hits, &mut covered);
        }
        self.pronouns(si, sent, &words, &covered);
        self.words = words;
        self.counterparts(si, sent, hits);
        self.capitals(si, sent, hits);
        self.plural_offices(si, sent);
    }

    fn discovered_person(&mut self, label: &str) -> ActorIdx {
        self.discovered(label, Kind::Person)
    }

    /// An actor the gazetteer lacks, of `kind`, named `label`.
    fn discovered(&mut self, label: &str, kind: Kind) -> ActorIdx {
        self.push_actor(Actor {
            id: slug(label),
            label: label.to_string(),
            kind,
            entry: None,
            discovered: true,
            ids: BTreeMap::new(),
        })
    }
}

/// A headline-cased sentence: four words or more, and every word that is
/// not a short function word starts with a capital ("Leader Orders Release
/// Of Prisoners").
fn is_headline(s: &str) -> bool {
    const FUNCTION: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "to", "for", "and", "with", "at", "by", "as", "vs",
        "or",
    ];
    // Most sentences fail at their first lowercase word: stop there, and
    // count the words only while all pass.
    let mut words = 0;
    for w in s
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
    {
        let passes = w.chars().next().is_some_and(char::is_uppercase)
            || FUNCTION.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()));
        if !passes {
            return false;
        }
        words += 1;
    }
    words >= 4
}

fn gaz_kind(gaz: &Gazetteer, id: EntryId) -> Kind {
    gaz.entry(id).kind
}

#[cfg(test)]
mod tests;
