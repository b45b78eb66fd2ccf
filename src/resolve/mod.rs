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

mod text;

pub use text::{capitalized_run, possessive_after, word_after, words_before};

use crate::gazetteer::{EntryId, Form, Gazetteer, Hit};
use crate::model::{Kind, slug};
use crate::span::Span;
use jiff::civil::Date;
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// A built-in pattern, its `\b`s ASCII word boundaries (a Unicode `\b`
/// sends the regex crate to its slow engines on any non-ASCII text).
fn pattern(p: &str) -> Result<regex::Regex, regex::Error> {
    regex::Regex::new(&crate::relate::ascii_word_boundaries(p))
}

/// Words that open a clause of their own between a person and a pronoun
/// ("X said that Y had invited him" binds nothing to X's clause).
static CLAUSE_OPENER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(?:that|who|whom|which|said|says|after|before|when|while|because|and|but)\b")
        .expect("a valid pattern")
});

/// "... that" right before a pronoun.
static TOLD_THAT: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"(?i)^[^.;,]{0,30}?\bthat\s+$").expect("a valid pattern"));
/// A verb of telling someone something.
static TELLS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(?:told|tells|tell|telling|assured|assures|informed|informs|warned|warns|reminded|promised|promises)\b")
        .expect("a valid pattern")
});
/// "Zelensky, who held a call with him": the relative clause's subject is
/// the person before "who", and its object someone else.
static RELATIVE_SUBJECT: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"(?i)^,\s+who\s+[^,;.]*$").expect("a valid pattern"));

/// A plural noun of people in the sentence before "they" ("officials said
/// they"): the group, not the two people named.
static GROUP_NEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(?:officials|aides|diplomats|ministers|leaders|delegations|sides|countries|nations|governments|reporters|journalists|analysts|lawmakers|people|negotiators|envoys|allies|members|troops|forces|sources|critics|experts|protesters|residents|others)\b")
        .expect("a valid pattern")
});

/// "Chinese counterpart": the noun after a place adjective.
static COUNTERPART_AFTER: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"^\s+counterparts?\b").expect("a valid pattern"));
/// Between the asker and a pronoun: "whether he", "if she".
static ASKED_WHETHER: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"^,?\s+(?:whether|if)\s+$").expect("a valid pattern"));
/// Between the one asked and the asker: "was asked by reporter".
static PASSIVE_ASKED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)^\s+(?:was|were|is|being|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:asked|pressed|questioned)\s+by\b")
        .expect("a valid pattern")
});
/// Countries whose foreign secretary is a civil servant, not the minister.
const CIVIL_FOREIGN_SECRETARY: &[&str] = &["Bangladesh", "India", "Nepal", "Pakistan", "Sri Lanka"];

/// A country's name as it stands after "of": "the United States", "the
/// Netherlands", "Kenya".
fn with_article(label: &str) -> std::borrow::Cow<'_, str> {
    const THE: &[&str] = &[
        "Bahamas",
        "Comoros",
        "Gambia",
        "Maldives",
        "Netherlands",
        "Philippines",
        "Seychelles",
        "Vatican",
    ];
    let plural_or_union = label.starts_with("United ")
        || ["Republic", "Islands", "Emirates", "Kingdom", "States"]
            .iter()
            .any(|w| label.ends_with(w));
    if plural_or_union || THE.contains(&label) {
        format!("the {label}").into()
    } else {
        label.into()
    }
}

/// A plural title and "of", before a list of places ("the Presidents of").
static PLURAL_TITLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(presidents|prime\s+ministers|foreign\s+ministers|defen[cs]e\s+ministers|chancellors)\s+of\s+(?:the\s+)?")
        .expect("a valid pattern")
});
/// "capital" after a place adjective ("the Nigerian capital").
static CAPITAL_AFTER_ADJECTIVE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"^\s+capital\b").expect("a valid pattern"));
/// "'s capital" after a country's name ("Kenya's capital").
static CAPITAL_AFTER_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"^(?:'s|\x{2019}s)\s+capital\b").expect("a valid pattern")
});
/// A name right after a phrase ("counterpart Wang Yi", "counterpart, Wang Yi,").
static NAME_NEXT: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"^,?\s+\p{Lu}\p{Ll}").expect("a valid pattern"));
/// Offices that are one another's counterparts under different names.
const EQUIVALENT_OFFICES: &[&[&str]] = &[&["foreign minister", "secretary of state"]];

/// Ministers who are diplomats ("the two diplomats met").
const DIPLOMATIC_MINISTERS: &[&str] = &["foreign minister", "secretary of state"];

/// The top offices of an organization, whose holder is its "chief" or "leader".
const ORG_TOP_OFFICES: &[&str] = &[
    "secretary-general",
    "director-general",
    "president",
    "chairperson",
    "managing director",
    "executive director",
    "high commissioner",
];

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

/// Words that qualify a title without changing what it is a title of.
const QUALIFIERS: &[&str] = &[
    "deputy",
    "first",
    "vice",
    "acting",
    "special",
    "senior",
    "chief",
    "interim",
    "presidential",
    "top",
    "foreign-policy",
    "principal",
    "assistant",
    "executive",
    "permanent",
    "associate",
    "outgoing",
    "incoming",
];

/// Words that put an office in the past.
const PAST: &[&str] = &[
    "former",
    "then",
    "then-",
    "ex",
    "ex-",
    "late",
    "previous",
    "predecessor",
];

/// Role nouns that introduce a person without making an office.
const ROLES: &[&str] = &[
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
];

/// Nouns before a place's name that make it a place ("Lake Victoria").
const SITE_PREFIXES: &[&str] = &["Lake", "Mount", "Mt."];

/// Head words that end the name of a site the gazetteer may lack ("Vnukovo
/// airport", "San Remo County", "Bogor Palace"): a place.
const SITE_HEADS: &[&str] = &[
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
const ORG_HEADS: &[&str] = &[
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

/// Kinship nouns that introduce a person, also across a comma ("her
/// husband, Tomas Berg") and as lists ("their wives, A and B").
const KIN: &[&str] = &[
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
const SAYS: &[&str] = &["said", "says", "told", "added", "wrote", "stated"];
/// Words that open an apposition after a name ("Ana Lima, a reporter").
const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their"];

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

/// The word lists that every word of every sentence is looked up in, as
/// one map from a word to the lists it is in (bit flags): one look-up a word
/// serves all the per-word walks of a sentence, where a linear scan of each
/// list per word was a large share of resolving. Hashed with FNV-1a, which
/// costs a few steps per byte of a short word where the default SipHash cost
/// as much as the scans it replaced.
struct WordClasses {
    map: FnvMap<&'static str, u8>,
    /// For each byte, the lengths (bit n for n bytes) of the listed words
    /// that start with it, and of those that end with it: most words of a
    /// sentence fail these before any hashing.
    first: [u16; 256],
    last: [u16; 256],
}

impl WordClasses {
    /// The lists `w` is in (0 for none).
    fn of(&self, w: &str) -> u8 {
        let (Some(&a), Some(&z)) = (w.as_bytes().first(), w.as_bytes().last()) else {
            return 0;
        };
        let len = u32::try_from(w.len())
            .ok()
            .and_then(|n| 1u16.checked_shl(n))
            .unwrap_or(0);
        if self.first[usize::from(a)] & self.last[usize::from(z)] & len == 0 {
            return 0;
        }
        self.map.get(w).copied().unwrap_or(0)
    }
}

/// A hash map with the [`Fnv`] hasher: for the word classes and for a
/// document's own small maps (words and ids as keys, looked up for every
/// word; none of them is iterated where its order could show).
type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a, for short keys (no need for a keyed hash).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A word in [`SITE_HEADS`].
const SITE_HEAD: u8 = 1;
/// A word in [`ORG_HEADS`].
const ORG_HEAD: u8 = 2;
/// A word in [`ROLES`].
const ROLE: u8 = 4;
/// A word in [`KIN`].
const KINSHIP: u8 = 8;

static WORD_CLASSES: LazyLock<WordClasses> = LazyLock::new(|| {
    let mut classes = WordClasses {
        map: FnvMap::default(),
        first: [0; 256],
        last: [0; 256],
    };
    for (list, class) in [
        (SITE_HEADS, SITE_HEAD),
        (ORG_HEADS, ORG_HEAD),
        (ROLES, ROLE),
        (KIN, KINSHIP),
    ] {
        for &w in list {
            *classes.map.entry(w).or_insert(0) |= class;
            let len = 1u16
                .checked_shl(w.len() as u32)
                .expect("listed words are shorter than 16 bytes");
            let bytes = w.as_bytes();
            classes.first[usize::from(bytes[0])] |= len;
            classes.last[usize::from(bytes[bytes.len() - 1])] |= len;
        }
    }
    classes
});

/// A word of the sentence being resolved: its bytes within the sentence
/// (as [`text::next_word`] finds them) and the word lists it is in.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    class: u8,
}

/// Every word of sentence text `s`, in order, into `out` (cleared first):
/// found once and shared by the walks over a sentence's words.
fn sentence_words(s: &str, out: &mut Vec<Word>) {
    out.clear();
    text::for_each_word(s, |start, end| {
        let class = WORD_CLASSES.of(&s[start..end]);
        out.push(Word { start, end, class });
    });
}

/// Pronouns that stand for a person.
const PERSON_PRONOUNS: &[&str] = &[
    "he", "him", "his", "she", "her", "hers", "himself", "herself",
];

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

    fn person_for_surname(&mut self, hit: &Hit) -> Option<ActorIdx> {
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

    /// "his Chinese counterpart": the holder, in the place the adjective
    /// names, of the office the possessor holds (for a head of state or
    /// government, that place's head of the same kind), when there is one.
    /// A counterpart named right after ("his Chinese counterpart Wang Yi")
    /// needs nothing from here.
    fn counterparts(&mut self, si: usize, sent: Span, hits: &[Hit]) {
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
    /// name of its own).
    fn capitals(&mut self, si: usize, sent: Span, hits: &[Hit]) {
        let text = self.text;
        // Most sentences name no capital: one scan says so.
        if !sent.text(text).contains("capital") {
            return;
        }
        for h in hits {
            let Some(&(country, form)) = h.targets.first() else {
                continue;
            };
            let after_re = match form {
                Form::Adjective => &*CAPITAL_AFTER_ADJECTIVE,
                Form::Name => &*CAPITAL_AFTER_NAME,
                _ => continue,
            };
            let Some(after) = after_re.find(&text[h.span.end..sent.end]) else {
                continue;
            };
            let phrase = Span::new(h.span.start, h.span.end + after.end());
            if NAME_NEXT.is_match(&text[phrase.end..sent.end])
                || self.out.mentions.iter().any(|m| {
                    m.sentence == si && m.span.overlaps(phrase) && !h.span.contains(m.span)
                })
            {
                continue;
            }
            let Some(city) = self.gaz.capital_of(country) else {
                continue;
            };
            let a = self.actor_for_entry(city);
            self.mention(phrase, a, How::Description, si);
        }
    }

    /// "the presidents of Russia and the United States, Vladimir Putin and
    /// Donald Trump": each person holds the office of the place in the same
    /// position of its list.
    fn plural_offices(&mut self, si: usize, sent: Span) {
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

    /// Among a hit's name targets, the best: one already in the document,
    /// then places before people before organizations, countries before cities.
    fn pick(&self, h: &Hit, first: EntryId) -> EntryId {
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
    fn first_name_like(&self, h: &Hit, id: EntryId, hits: &[Hit]) -> bool {
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
    fn unknown_first_name(&self, h: &Hit, hits: &[Hit], sent: Span) -> Option<usize> {
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

    fn role_before(&self, span: Span) -> bool {
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

    /// Handles the title hit `hits[i]` with its jurisdiction, qualifiers and
    /// holder. Returns the index of the first hit not consumed.
    fn office_phrase(
        &mut self,
        si: usize,
        sent: Span,
        hits: &[Hit],
        i: usize,
        covered: &mut Vec<Span>,
    ) -> usize {
        let text = self.text;
        let gaz = self.gaz;
        let h = &hits[i];
        let title = h.targets[0].0;
        let mut start = h.span.start;
        let mut end = h.span.end;
        let mut quals: Vec<String> = Vec::new();
        let mut past = false;
        // Qualifiers right before the title ("Deputy", "presidential").
        loop {
            let before = words_before(text, start, 1);
            let Some(w) = before.first() else { break };
            let lw = w.to_lowercase();
            if QUALIFIERS.contains(&lw.as_str()) && start - w.len() >= sent.start {
                let ws = text[..start].trim_end().len() - w.len();
                quals.insert(0, lw);
                start = ws;
            } else {
                break;
            }
        }
        let title_start = start;
        // A jurisdiction right before: an adjective, a place or an organization,
        // maybe possessive ("Russia's").
        let mut jur: Option<EntryId> = None;
        let mut jur_hit: Option<&Hit> = None;
        if i > 0 {
            let p = &hits[i - 1];
            let gap = &text[p.span.end..start];
            let gap_ok = gap.trim().is_empty() || matches!(gap.trim(), "'s" | "\u{2019}s");
            if gap_ok && p.span.start >= sent.start {
                let t = p.targets.iter().find(|(id, f)| {
                    matches!(f, Form::Adjective)
                        || (*f == Form::Name
                            && matches!(gaz.entry(*id).kind, Kind::Place | Kind::Organization))
                });
                if let Some(&(id, _)) = t {
                    jur = Some(id);
                    jur_hit = Some(p);
                    start = p.span.start;
                }
            }
        }
        // Qualifiers before the jurisdiction are part of the phrase too ("then-U.S.").
        let before = words_before(text, start, 2);
        if let Some(w) = before.first() {
            let lw = w.to_lowercase();
            // "met Lavrov and then Russian President Putin": "then" of a
            // sequence, not "then-President".
            let sequence = lw == "then"
                && before
                    .get(1)
                    .is_some_and(|p| matches!(p.to_lowercase().as_str(), "and" | "but" | "or"));
            if !sequence
                && (PAST.contains(&lw.trim_end_matches('-')) || PAST.contains(&lw.as_str()))
            {
                past = true;
            }
        }
        if text[..start].ends_with("then-") || text[..start].ends_with("ex-") {
            past = true;
        }
        let mut next = i + 1;
        // "foreign minister of Russia".
        if jur.is_none()
            && let Some(n) = hits.get(i + 1)
        {
            let gap = &text[end..n.span.start];
            if matches!(gap.trim(), "of" | "of the")
                && let Some(&(id, Form::Name)) = n.targets.first()
                && matches!(gaz.entry(id).kind, Kind::Place | Kind::Organization)
            {
                jur = Some(id);
                jur_hit = Some(n);
                end = n.span.end;
                next = i + 2;
            }
        }
        // The jurisdiction's own mention, when it is a name (not an adjective).
        if let Some(jh) = jur_hit
            && let Some(&(id, Form::Name)) = jh.targets.first()
        {
            let a = self.actor_for_entry(id);
            self.mention(jh.span, a, How::Name, si);
            covered.push(jh.span);
        }
        let phrase = Span::new(start, end);
        covered.push(phrase);
        let capitalized = text[h.span.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);

        // A holder right after: a known person, or capitalized words the gazetteer lacks.
        let mut holder: Option<(ActorIdx, Span, How)> = None;
        // "Trump's communications director, Steven Cheung,": a definite
        // description, then the holder's name between commas.
        let mut name_at = end;
        if let Some(after) = self
            .apposed_name_start(title_start, end, sent)
            .or_else(|| self.apposed_name_start(start, end, sent))
        {
            name_at = after;
        }
        if let Some(n) = hits.get(next)
            && n.span.start >= name_at
            && text[name_at..n.span.start].trim().is_empty()
            && (name_at == end || self.closes_apposition(n.span, sent))
        {
            match n.targets.first() {
                // "Kim Kye Gwan" is not Kim Jong Un: a one-word name followed
                // by more capitalized words is someone the gazetteer lacks.
                Some(&(_, Form::Name)) if stranger_after(text, n.span, sent.end) => {}
                Some(&(id, Form::Name)) if gaz.entry(id).kind == Kind::Person => {
                    holder = Some((self.actor_for_entry(id), n.span, How::Name));
                    next += 1;
                }
                // "Kim Kye Gwan" is not Kim: a surname followed by more
                // capitalized words is someone the gazetteer lacks.
                Some(&(_, Form::Surname)) if !stranger_after(text, n.span, sent.end) => {
                    if let Some(a) = self.person_for_surname(n) {
                        holder = Some((a, n.span, How::Surname));
                        next += 1;
                    }
                }
                _ => {}
            }
        }
        if holder.is_none()
            && !self.headline
            && let Some(name) = capitalized_run(text, name_at, sent.end)
            // Surnames inside the run do not stop it ("Amina Yusuf" with a
            // Yusuf known), nor a one-word name that opens a longer one, nor
            // places inside a name with a middle initial ("George W. Bush":
            // the initial says person).
            && (has_middle_initial(name.text(text)) || !hits.iter().any(|x| {
                x.span.overlaps(name)
                    && !(x.span.start == name.start && stranger_after(text, x.span, sent.end))
                    && x.targets.iter().any(|(_, f)| *f != Form::Surname)
            }))
            // Between commas, only a full name is a sure holder.
            && (name_at == end || self.closes_apposition(name, sent))
            // After a lowercase title alone, one capitalized word is too weak a sign.
            && (capitalized || jur.is_some() || name.text(text).split_whitespace().count() >= 2)
        {
            let label = name.text(text).to_string();
            let a = self.discovered_person(&label);
            holder = Some((a, name, How::Discovered));
            while hits.get(next).is_some_and(|x| x.span.start < name.end) {
                next += 1;
            }
        }
        // Descriptors such as "leader" or "diplomat" are no office of their own.
        let generic = gaz.entry(title).subtype.as_deref() == Some("generic");
        // In South Asia the foreign secretary is the senior diplomat of the
        // civil service, not the minister.
        let civil_service = h.span.text(text).eq_ignore_ascii_case("foreign secretary")
            && gaz.entry(title).label == "foreign minister"
            && jur.is_some_and(|j| CIVIL_FOREIGN_SECRETARY.contains(&gaz.entry(j).label.as_str()));
        let office_actor = if generic {
            None
        } else {
            self.office_actor_named(
                title,
                civil_service.then_some("foreign secretary"),
                jur,
                &quals,
                holder.map(|(a, _, _)| a),
            )
        };
        match holder {
            Some((person, pspan, how)) => {
                self.mention(pspan, person, how, si);
                covered.push(pspan);
                // A lowercase title names a position when it is more than a
                // bare noun: "special envoy Steve Witkoff", "Brazil's
                // communications director, Paulo Pimenta" (not "aide Ana").
                let named_position = capitalized
                    || jur.is_some()
                    || !quals.is_empty()
                    || h.span.text(text).contains(' ')
                    || name_at != end;
                if let Some(o) = office_actor
                    && named_position
                {
                    self.mention(Span::new(start, end), o, How::Office, si);
                    if !past {
                        self.office_holder.insert(o, person);
                    }
                    self.out.offices.push(OfficeLink {
                        person,
                        office: o,
                        span: Span::new(start, pspan.end),
                        sentence: si,
                        past,
                    });
                }
            }
            None if generic => {
                // "the Chinese leader": the one head of state or government of
                // the place named in the document, else the only one on the date.
                if !past
                    && let Some(j) = jur
                    && gaz.entry(title).label == "leader"
                {
                    let mut heads = gaz.heads(j, self.date);
                    // "the UN chief", "the NATO leader": an organization's
                    // head holds its top office, not a head of state's.
                    if heads.is_empty() && gaz.entry(j).kind == Kind::Organization {
                        heads = ORG_TOP_OFFICES
                            .iter()
                            .filter_map(|t| gaz.lookup(t, Some(Kind::Office)).first().copied())
                            .flat_map(|o| gaz.holders(o, Some(j), self.date))
                            .collect();
                        heads.sort();
                        heads.dedup();
                    }
                    let named: Vec<EntryId> = heads
                        .iter()
                        .copied()
                        .filter(|h| self.by_id.contains_key(&gaz.entry(*h).key))
                        .collect();
                    let pick = if named.len() == 1 {
                        Some(named[0])
                    } else if heads.len() == 1 {
                        Some(heads[0])
                    } else {
                        None
                    };
                    if let Some(p) = pick {
                        let a = self.actor_for_entry(p);
                        self.mention(phrase, a, How::Description, si);
                    }
                }
            }
            None => {
                // A description: the office, and the person who holds it;
                // "a UN spokesman said" is some spokesman, no one in particular.
                let indefinite = text::words_before(text, start, 1)
                    .first()
                    .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
                if let Some(o) = office_actor.filter(|_| !indefinite) {
                    if jur.is_some() {
                        self.mention(phrase, o, How::Office, si);
                    }
                    if !past && let Some(p) = self.holder_of(o, title, jur, &quals) {
                        self.mention(phrase, p, How::Description, si);
                    }
                }
            }
        }
        next
    }

    /// Where an apposed holder's name starts after a title phrase at
    /// `start..end`: "the foreign minister, Ana Silva," or "Kenya's envoy,
    /// Ana Silva,". The phrase must be a definite description (after "the", a
    /// possessive) and be followed by a comma.
    fn apposed_name_start(&self, start: usize, end: usize, sent: Span) -> Option<usize> {
        let text = self.text;
        let rest = text.get(end..sent.end)?;
        let after = rest.strip_prefix(", ")?;
        let before = text.get(sent.start..start)?.trim_end();
        let definite = before.ends_with("'s")
            || before.ends_with("\u{2019}s")
            || words_before(text, start, 1).first().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "the" | "his" | "her" | "its" | "their" | "our"
                )
            });
        (definite && after.starts_with(|c: char| c.is_uppercase())).then_some(end + 1)
    }

    /// True when a name apposed after a title is closed off: a comma, the
    /// end of the sentence, or a parenthesis follows it.
    fn closes_apposition(&self, name: Span, sent: Span) -> bool {
        let rest = self.text.get(name.end..sent.end).unwrap_or("").trim_start();
        rest.is_empty() || rest.starts_with([',', '.', ';', '(', ')'])
    }

    fn holder_of(
        &mut self,
        office: ActorIdx,
        title: EntryId,
        jur: Option<EntryId>,
        quals: &[String],
    ) -> Option<ActorIdx> {
        if let Some(&p) = self.office_holder.get(&office) {
            return Some(p);
        }
        // Without a jurisdiction, the document's own holder of the bare title.
        if jur.is_none() {
            // The most talked-about of them so far: in an article about
            // several presidents, "the president" is its main one.
            let key = slug(&self.gaz.entry(title).label);
            let mut holders: Vec<ActorIdx> = self
                .office_holder
                .iter()
                .filter(|(o, _)| self.out.actors[**o].id.starts_with(&key))
                .map(|(_, &p)| p)
                .collect();
            holders.sort();
            holders.dedup();
            let named = |p: ActorIdx| {
                self.out
                    .mentions
                    .iter()
                    .filter(|m| m.actor == p && m.how.is_naming())
                    .count()
            };
            return holders
                .into_iter()
                .max_by_key(|&p| (named(p), std::cmp::Reverse(p)));
        }
        if !quals.is_empty() {
            return None;
        }
        let holders = self.gaz.holders(title, jur, self.date);
        if holders.len() == 1 {
            let p = self.actor_for_entry(holders[0]);
            self.office_holder.insert(office, p);
            return Some(p);
        }
        None
    }

    /// The office actor for a title, its jurisdiction and qualifiers. Without
    /// a jurisdiction, the holder's own tenure may give it.
    fn office_actor(
        &mut self,
        title: EntryId,
        jur: Option<EntryId>,
        quals: &[String],
        holder: Option<ActorIdx>,
    ) -> Option<ActorIdx> {
        self.office_actor_named(title, None, jur, quals, holder)
    }

    /// [`Ctx::office_actor`], named `name` rather than by its title entry
    /// when given.
    fn office_actor_named(
        &mut self,
        title: EntryId,
        title_name: Option<&str>,
        jur: Option<EntryId>,
        quals: &[String],
        holder: Option<ActorIdx>,
    ) -> Option<ActorIdx> {
        let gaz = self.gaz;
        let mut jur = jur;
        if jur.is_none()
            && quals.is_empty()
            && let Some(p) = holder
            && let Some(pe) = self.out.actors[p].entry
        {
            jur = gaz
                .offices_of(pe, self.date)
                .into_iter()
                .find(|(o, _)| *o == title)
                .and_then(|(_, j)| j);
        }
        let t = gaz.entry(title);
        let mut name = quals.join(" ");
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(title_name.unwrap_or(&t.label));
        let titled = title_case(&name);
        let (id, label) = match jur.map(|j| gaz.entry(j)) {
            Some(j) if j.kind == Kind::Organization => (
                format!("{}-{}", slug(&j.label), slug(&name)),
                format!("{} {}", j.label, titled),
            ),
            Some(j) => (
                format!("{}-of-{}", slug(&name), j.key),
                format!("{} of {}", titled, with_article(&j.label)),
            ),
            None => (slug(&name), titled),
        };
        let a = Actor {
            id,
            label,
            kind: Kind::Office,
            entry: Some(title),
            discovered: false,
            ids: t.ids.clone(),
        };
        Some(self.push_actor(a))
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

    /// "CNN's Christiane Amanpour", "Reuters' Ana Lima": a first and last
    /// name right after an organization's possessive is one of its people.
    /// Exactly two capitalized words, neither a head noun of a site or an
    /// organization ("the UN's World Food Programme" is no one).
    fn discover_after_outlets(
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

    /// Sites and organizations the gazetteer lacks, named by capitalized
    /// words and a head noun ("Vnukovo airport", "San Remo County", "House
    /// Ethics Committee"). A name the gazetteer knows in full stays its own;
    /// words that compose an office or a nationality do not start one.
    fn discover_named_sites(
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
    fn discover_places_after_nouns(
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
    fn discover_listed_places(
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

    /// People the gazetteer lacks, introduced by a role noun: before the name
    /// ("journalist Pavel Zarubin", "her husband, Tomas Berg", "their wives,
    /// Ana Lima and Mei Tanaka") or after it ("Ana Lima, a correspondent for
    /// ...", "Ana Lima, the minister's spokeswoman, said").
    fn discover_after_roles(
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

    /// Later mentions of a person by surname alone, for people the gazetteer lacks.
    fn doc_surname_mentions(&mut self, si: usize, sent: Span, words: &[Word], covered: &[Span]) {
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

    /// The person a pronoun at `span` in sentence `si` stands for: the
    /// nearest person named before it in its own sentence, else the subject
    /// (first person named) of the latest sentence that names one.
    fn antecedent(&self, si: usize, span: Span) -> Option<ActorIdx> {
        let people = |m: &&Mention| {
            self.out.actors[m.actor].kind == Kind::Person
                && (m.how.is_naming() || m.how == How::Description)
        };
        // Not someone named in a verbless phrase that the pronoun follows
        // ("Speaking with Kim, he said": he is not Kim).
        let (phrase_end, verbless) = self.fronted[si];
        let outside =
            |m: &&Mention| !(verbless && span.start >= phrase_end && m.span.start < phrase_end);
        let same: Option<&Mention> = self
            .out
            .mentions
            .iter()
            .filter(people)
            .filter(|m| m.sentence == si && m.span.end <= span.start)
            .filter(outside)
            .max_by_key(|m| m.span.start);
        // A possessive ("his upcoming trip") most often belongs to the
        // sentence's subject, the first person it names; but in "blasted
        // Orban for his visit" to the one blamed, named right before.
        let possessive = matches!(span.text(self.text).to_lowercase().as_str(), "his" | "her");
        if possessive
            && let Some(local) = same
            && local.span.end <= span.start
            && matches!(
                self.text[local.span.end..span.start]
                    .trim()
                    .to_lowercase()
                    .as_str(),
                "for" | "over"
            )
        {
            return Some(local.actor);
        }
        if possessive
            && let Some(a) = self.subject(
                self.out
                    .mentions
                    .iter()
                    .filter(people)
                    .filter(|m| m.sentence == si && m.span.end <= span.start),
            )
        {
            return Some(a);
        }
        // "the Kenyan leader welcomed him": an object pronoun is not the
        // subject of its own clause, but someone named before that subject.
        if span.text(self.text).eq_ignore_ascii_case("him")
            && let Some(local) = same
            && (RELATIVE_SUBJECT.is_match(&self.text[local.span.end..span.start])
                || (!self.text[local.span.end..span.start].contains([',', ';', '"', '\u{201c}'])
                    && !CLAUSE_OPENER.is_match(&self.text[local.span.end..span.start])))
        {
            let mut earlier: Vec<&Mention> = self
                .out
                .mentions
                .iter()
                .filter(people)
                .filter(|m| m.span.end <= local.span.start && m.actor != local.actor)
                .collect();
            // The nearest in its own sentence, else the subject (first
            // person) of the latest sentence before.
            earlier.sort_by_key(|m| m.span.start);
            let pick = earlier.iter().rev().find(|m| m.sentence == si);
            return pick.map(|m| m.actor).or_else(|| {
                let last = earlier.last()?.sentence;
                self.subject(earlier.iter().copied().filter(|m| m.sentence == last))
            });
        }
        // "X told Y that he would ...": the teller speaks of himself; "X was
        // asked by Y whether he would ...": the question is about the one
        // asked. Each reading: what stands between Y and the pronoun, and
        // between X and Y.
        if let Some(local) = same
            && let Some(first) = self
                .out
                .mentions
                .iter()
                .filter(people)
                .filter(|m| m.sentence == si && m.span.end <= local.span.start)
                .min_by_key(|m| m.span.start)
            && first.actor != local.actor
            && [(&*TOLD_THAT, &*TELLS), (&*ASKED_WHETHER, &*PASSIVE_ASKED)]
                .iter()
                .any(|(to_pronoun, to_local)| {
                    to_pronoun.is_match(&self.text[local.span.end..span.start])
                        && to_local.is_match(&self.text[first.span.end..local.span.start])
                })
        {
            return Some(first.actor);
        }
        if let Some(m) = same {
            return Some(m.actor);
        }
        let last_sentence = self
            .out
            .mentions
            .iter()
            .filter(people)
            .filter(|m| m.sentence < si)
            .map(|m| m.sentence)
            .max()?;
        self.subject(
            self.out
                .mentions
                .iter()
                .filter(people)
                .filter(|m| m.sentence == last_sentence),
        )
    }

    /// The subject among people named in one sentence: the first named
    /// after the sentence's fronted phrase, if any is, else the first.
    fn subject<'m>(&self, people: impl Iterator<Item = &'m Mention>) -> Option<ActorIdx> {
        let mut first: Option<&Mention> = None;
        let mut after: Option<&Mention> = None;
        for m in people {
            if first.is_none_or(|f| m.span.start < f.span.start) {
                first = Some(m);
            }
            if m.span.start >= self.fronted[m.sentence].0
                && after.is_none_or(|f| m.span.start < f.span.start)
            {
                after = Some(m);
            }
        }
        after.or(first).map(|m| m.actor)
    }

    /// True when the person is a head of state or government on the article's
    /// date, by the gazetteer or by an office the article gives them.
    fn is_head(&self, a: ActorIdx) -> bool {
        self.holds_office_that(a, |o| {
            matches!(
                o.subtype.as_deref(),
                Some("head_of_state" | "head_of_government")
            )
        })
    }

    /// True when the person holds, on the article's date, an office that
    /// `fits` (given the office entry), by the gazetteer or by the article.
    fn holds_office_that(
        &self,
        a: ActorIdx,
        fits: impl Fn(&crate::gazetteer::Entry) -> bool,
    ) -> bool {
        let by_gaz = self.out.actors[a].entry.is_some_and(|e| {
            self.gaz
                .offices_of(e, self.date)
                .iter()
                .any(|(o, _)| fits(self.gaz.entry(*o)))
        });
        by_gaz
            || self.out.offices.iter().any(|l| {
                l.person == a
                    && !l.past
                    && self.out.actors[l.office]
                        .entry
                        .is_some_and(|o| fits(self.gaz.entry(o)))
            })
    }

    /// "the two diplomats": foreign ministers, envoys and ambassadors.
    fn is_diplomat(&self, a: ActorIdx) -> bool {
        self.holds_office_that(a, |o| {
            o.subtype.as_deref() == Some("diplomat")
                || DIPLOMATIC_MINISTERS.contains(&o.label.as_str())
        })
    }

    /// "the two ministers": holders of a ministry.
    fn is_minister(&self, a: ActorIdx) -> bool {
        self.holds_office_that(a, |o| o.subtype.as_deref() == Some("minister"))
    }

    fn pronouns(&mut self, si: usize, sent: Span, words: &[Word], covered: &[Span]) {
        let text = self.text;
        let s = sent.text(text);
        let mut found: Vec<(Span, How)> = Vec::new();
        for (
            wi,
            &Word {
                start: ws, end: we, ..
            },
        ) in words.iter().enumerate()
        {
            // Only an ASCII word of at most seven letters, starting with b,
            // h, s or t in either case, lowercases to a pronoun, "two" or
            // "both" (no other character lowercases to those letters), and
            // for it lowercasing and comparing is comparing
            // case-insensitively, without a copy.
            let w = &s[ws..we];
            if w.len() > 7
                || !w.is_ascii()
                || !matches!(w.as_bytes()[0] | 0x20, b'b' | b'h' | b's' | b't')
            {
                continue;
            }
            let is = |lower: &str| w.eq_ignore_ascii_case(lower);
            let span = Span::new(sent.start + ws, sent.start + we);
            if covered.iter().any(|c| c.overlaps(span)) {
                continue;
            }
            if PERSON_PRONOUNS.iter().any(|p| is(p)) {
                found.push((span, How::Pronoun));
            } else if is("they") || is("them") {
                // Two people just named ("Ruto met Lula. They agreed ...").
                found.push((span, How::Plural));
            } else if is("two") || is("both") {
                let next_word = words.get(wi + 1).map(|w| (w.start, w.end));
                let next = next_word.map(|(a, b)| s[a..b].to_lowercase());
                if matches!(
                    next.as_deref(),
                    Some(
                        "leaders"
                            | "men"
                            | "women"
                            | "presidents"
                            | "ministers"
                            | "sides"
                            | "diplomats"
                            | "heads"
                    )
                ) {
                    let (_, e) = next_word.unwrap_or((we, we));
                    found.push((Span::new(sent.start + ws, sent.start + e), How::Plural));
                }
            }
        }
        for (span, how) in found {
            // "the two leaders" are the last two heads of state or government
            // named; "the two ministers" the last two office holders; "the
            // two men" the last two people.
            let noun = span
                .text(text)
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_lowercase();
            let wanted = |a: ActorIdx| -> bool {
                match noun.as_str() {
                    "leaders" | "presidents" | "heads" => self.is_head(a),
                    "diplomats" => self.is_diplomat(a),
                    "ministers" => self.is_minister(a),
                    _ => true,
                }
            };
            // "they" are the two people named in this sentence and the one
            // before, when exactly two are: anything else is a group.
            if matches!(noun.as_str(), "they" | "them") {
                let mut people: Vec<ActorIdx> = Vec::new();
                for m in self.out.mentions.iter().filter(|m| {
                    m.sentence + 1 >= si
                        && m.sentence <= si
                        && m.span.end <= span.start
                        && self.out.actors[m.actor].kind == Kind::Person
                        && (m.how.is_naming() || m.how == How::Description)
                }) {
                    if !people.contains(&m.actor) {
                        people.push(m.actor);
                    }
                }
                if people.len() == 2 && !GROUP_NEAR.is_match(&text[sent.start..span.start]) {
                    for p in people {
                        self.out.mentions.push(Mention {
                            span,
                            actor: p,
                            how: How::Plural,
                            sentence: si,
                        });
                    }
                }
                continue;
            }
            let before: Vec<ActorIdx> = {
                let mut v: Vec<&Mention> = self
                    .out
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.span.end <= span.start && self.out.actors[m.actor].kind == Kind::Person
                    })
                    .filter(|m| m.how.is_naming() || m.how == How::Description)
                    .collect();
                v.sort_by_key(|m| m.span.start);
                // "Lula telephoned both leaders": the one who acts on the two
                // is not one of them.
                let agent = (how == How::Plural)
                    .then(|| plural_object_of(text, sent, span, &v))
                    .flatten();
                let mut people: Vec<ActorIdx> = Vec::new();
                for m in v.iter().rev() {
                    if !people.contains(&m.actor)
                        && Some(m.actor) != agent
                        && (how == How::Pronoun || wanted(m.actor))
                    {
                        people.push(m.actor);
                    }
                    if people.len() == 2 {
                        break;
                    }
                }
                people
            };
            match how {
                How::Plural if before.len() == 2 => {
                    for &p in &before {
                        self.out.mentions.push(Mention {
                            span,
                            actor: p,
                            how,
                            sentence: si,
                        });
                    }
                }
                How::Pronoun if !before.is_empty() => {
                    let actor = self.antecedent(si, span).unwrap_or(before[0]);
                    self.out.mentions.push(Mention {
                        span,
                        actor,
                        how,
                        sentence: si,
                    });
                }
                _ => {}
            }
        }
    }
}

/// Words that, besides a clause opener or a verb of saying, put a plural
/// out of the reach of the person before it ("Kenyatta hopes the two men",
/// "Kenyatta and both men", "with both leaders").
const NOT_THE_PLURALS_AGENT: &[&str] = &[
    "say",
    "tells",
    "or",
    "with",
    "announced",
    "hopes",
    "hoped",
    "expects",
    "expected",
    "believes",
    "thinks",
    "thought",
    "wants",
    "wanted",
    "as",
    "where",
];

/// The one person of `sent` named before the plural `span` when the words
/// between are a short verb phrase that makes the plural its object ("Lula
/// telephoned both leaders", "Rubio will meet the two ministers"): he is
/// not one of them. Not across a saying or a clause ("Trump said the two
/// leaders would meet": he may be one of them), nor when the sentence
/// names two people before the plural ("Petro met Noboa, and the two men
/// agreed").
fn plural_object_of(text: &str, sent: Span, span: Span, before: &[&Mention]) -> Option<ActorIdx> {
    let here: Vec<&&Mention> = before
        .iter()
        .filter(|m| m.span.start >= sent.start)
        .collect();
    let first = here.first()?;
    if here.iter().any(|m| m.actor != first.actor) {
        return None;
    }
    let last = here.last()?;
    let between = text.get(last.span.end..span.start)?;
    let words: Vec<&str> = between.split_whitespace().collect();
    let verb_phrase = (1..=5).contains(&words.len())
        && !between.contains([',', ';', ':', '"', '\u{201c}', '('])
        && !CLAUSE_OPENER.is_match(between)
        && words.iter().all(|w| {
            let w = w.to_ascii_lowercase();
            !SAYS.contains(&w.as_str()) && !NOT_THE_PLURALS_AGENT.contains(&w.as_str())
        });
    verb_phrase.then_some(first.actor)
}

/// Words that open a fronted adverbial phrase ("In a letter to Kim, ...",
/// "After meeting Ruto, ...", "According to aides, ...").
const FRONTING: &[&str] = &[
    "In",
    "At",
    "On",
    "After",
    "Before",
    "During",
    "With",
    "Without",
    "For",
    "From",
    "Under",
    "Despite",
    "Following",
    "Speaking",
    "According",
    "Asked",
    "Unlike",
    "Like",
    "Since",
    "Amid",
    "Ahead",
    "Beside",
    "Besides",
    "Beyond",
    "Standing",
    "Writing",
    "Addressing",
    "Responding",
    "Alongside",
    "Upon",
    "Against",
    "Throughout",
    "Until",
    "While",
    "When",
    "Although",
    "Though",
];

/// Of the [`FRONTING`] words, those that can open a clause with a subject
/// of its own ("When Ruto met Lula, he said"); the others open a phrase
/// without one, as these do before an -ing verb ("After meeting Lula, ...").
const CLAUSAL: &[&str] = &[
    "After", "Before", "Since", "Until", "While", "When", "Although", "Though",
];

/// How many bytes of sentence `s` a fronted adverbial phrase takes, up to
/// and with its comma (0 when the sentence opens otherwise), and whether
/// the phrase is verbless.
fn fronted_phrase(s: &str) -> (usize, bool) {
    let mut words = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    if !FRONTING.contains(&first) {
        return (0, false);
    }
    let verbless = !CLAUSAL.contains(&first) || words.next().is_some_and(|w| w.ends_with("ing"));
    let Some(mut end) = s.find(", ").map(|k| k + 2) else {
        return (0, false);
    };
    // A name in apposition goes with the phrase ("Speaking with his
    // counterpart, Ana Lima, he said").
    if let Some(k) = s[end..].find(", ")
        && s[end..end + k]
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase))
        && s[end..end + k].split(' ').count() <= 4
    {
        end += k + 2;
    }
    (end, verbless)
}

/// True when the one-word name at `span` opens a longer capitalized run
/// ("Kim" in "Kim Kye Gwan"): the name of someone else.
fn stranger_after(text: &str, span: Span, limit: usize) -> bool {
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

/// The capitalized words (two to four, name particles allowed inside) that
/// end right before byte `end`, not before `floor`: a name before a comma.
fn run_before(text: &str, end: usize, floor: usize) -> Option<Span> {
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

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if matches!(w, "of" | "the" | "and" | "for") {
                return w.to_string();
            }
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;

/// "George W. Bush": a capital letter and a period between two words of a
/// name, which only people's names have.
fn has_middle_initial(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 3
        && words[1..words.len() - 1].iter().any(|w| {
            let b = w.as_bytes();
            b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
        })
}
