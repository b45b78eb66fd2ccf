//! The gazetteer: the actors actorgraph knows by name, and finding them in text.
//!
//! Entries come from the embedded default (`data/gazetteer/*.jsonl`) and from
//! the user's own files; a user entry with the same kind and key as a default
//! one replaces it. [`Gazetteer::builder`] collects entries and
//! [`GazetteerBuilder::build`] freezes them into two byte tries over every
//! name, alias, derived surname, place adjective and office title.
//!
//! The tries find literals; the policy is ours ([`Gazetteer::find`]): at
//! each word start, the longest name the text begins there with (ASCII
//! case-insensitive), kept only on Unicode word boundaries and when its
//! letter case fits the name (proper names match as written or in capitals;
//! office titles in any case; names marked `ambiguous` only exactly as
//! written). A rejected hit is retried from the next word, so a name inside
//! it is still found. This is an anchored leftmost-longest Aho-Corasick
//! search, without the failure transitions that only unanchored search uses
//! and that were most of the load time (`trie`); most words begin no name,
//! and a filter of first words skips them before the trie is read (`words`).

pub mod entry;
mod trie;
mod words;

pub use entry::{Entry, Origin, Tenure};

use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::model::{Kind, fold};
use crate::span::Span;
use jiff::civil::Date;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use trie::Trie;
use words::{AsWritten, Lowercased, Read, WordFilter, WordHash, WordHasher};

/// Maps keyed by names hash them with [`WordHasher`]: the keys come from
/// gazetteer files, not from an adversary, and SipHash was a tenth of the
/// load time.
type WordHashing = std::hash::BuildHasherDefault<WordHasher>;

/// The embedded default files, as (name, contents).
pub const DEFAULT_FILES: [(&str, &str); 4] = [
    (
        "<default>/people.jsonl",
        include_str!("../../data/gazetteer/people.jsonl"),
    ),
    (
        "<default>/places.jsonl",
        include_str!("../../data/gazetteer/places.jsonl"),
    ),
    (
        "<default>/organizations.jsonl",
        include_str!("../../data/gazetteer/organizations.jsonl"),
    ),
    (
        "<default>/offices.jsonl",
        include_str!("../../data/gazetteer/offices.jsonl"),
    ),
];

/// The index of an entry in a built gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryId(pub u32);

/// How a name in the text stands for an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// The label or an alias: a full name.
    Name,
    /// A person's surname, derived from the label ("Putin"); resolved with care.
    Surname,
    /// A place adjective or demonym ("Russian").
    Adjective,
    /// An office title ("foreign minister").
    Title,
}

/// One name the matcher found, with every entry it may stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The bytes of the name in the text.
    pub span: Span,
    /// The entries and how the name stands for each, best first.
    pub targets: Targets,
}

/// The entries a name stands for, and how, best first: a slice (it
/// dereferences to one), kept without an allocation when there are one or
/// two, as for nearly every hit.
#[derive(Clone)]
pub struct Targets(TargetsRepr);

#[derive(Clone)]
enum TargetsRepr {
    Inline(u8, [(EntryId, Form); 2]),
    Heap(Box<[(EntryId, Form)]>),
}

impl Targets {
    fn one(t: (EntryId, Form)) -> Targets {
        Targets(TargetsRepr::Inline(1, [t, t]))
    }
}

impl From<Vec<(EntryId, Form)>> for Targets {
    fn from(v: Vec<(EntryId, Form)>) -> Targets {
        Targets(match *v {
            [] => TargetsRepr::Inline(0, [(EntryId(0), Form::Name); 2]),
            [a] => TargetsRepr::Inline(1, [a, a]),
            [a, b] => TargetsRepr::Inline(2, [a, b]),
            _ => TargetsRepr::Heap(v.into_boxed_slice()),
        })
    }
}

impl std::ops::Deref for Targets {
    type Target = [(EntryId, Form)];

    fn deref(&self) -> &[(EntryId, Form)] {
        match &self.0 {
            TargetsRepr::Inline(n, ts) => &ts[..*n as usize],
            TargetsRepr::Heap(ts) => ts,
        }
    }
}

impl<'a> IntoIterator for &'a Targets {
    type Item = &'a (EntryId, Form);
    type IntoIter = std::slice::Iter<'a, (EntryId, Form)>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl PartialEq for Targets {
    fn eq(&self, other: &Targets) -> bool {
        **self == **other
    }
}

impl Eq for Targets {}

/// As the slice: `[(EntryId(3), Name)]`.
impl std::fmt::Debug for Targets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[derive(Clone, Debug)]
struct Target {
    entry: EntryId,
    form: Form,
    /// The pattern as written in the data, for the case check.
    written: String,
    any_case: bool,
    exact_only: bool,
}

/// Holders of each (office, jurisdiction): (person, index of the tenure).
type HolderIndex = HashMap<(EntryId, Option<EntryId>), Vec<(EntryId, usize)>>;

/// One trie and, for each of its patterns, the entries it names.
#[derive(Clone, Debug)]
struct Matcher {
    trie: Trie,
    targets: Vec<Vec<Target>>,
}

/// The first words of both matchers' patterns: a word that begins no
/// pattern begins no hit, so a trie is only walked from words in its sets.
/// One filter holds the four sets, so a word is looked up once.
#[derive(Clone, Debug, Default)]
struct FirstWords {
    filter: WordFilter,
}

/// Which matcher a first word is of, as its set in [`FirstWords`]; the set
/// after it holds the words of patterns that can match a word starting
/// with a lowercase ASCII letter: proper names written with a capital can
/// not, and most words of a text are lowercase.
#[derive(Clone, Copy)]
enum Of {
    Folded = 0,
    Caps = 2,
}

impl FirstWords {
    fn add(&mut self, of: Of, pattern: &str, t: &Target) {
        let word = words::first_word(pattern).as_bytes();
        if word.is_empty() {
            return;
        }
        // case_fits accepts a name written with a capital only as written
        // or in capitals, so with that capital.
        let capital = !t.any_case && t.written.as_bytes()[0].is_ascii_uppercase();
        let sets = if capital { 0b01 } else { 0b11 };
        self.filter.insert(word, sets << of as u8);
    }

    /// Whether a pattern of the folded and of the caps matcher may begin
    /// with the word that has hash `h` (and starts with a lowercase ASCII
    /// letter when `lowercase`): false when none does.
    #[inline]
    fn admit(&self, lowercase: bool, h: WordHash) -> (bool, bool) {
        let sets = self.filter.sets(h) >> u8::from(lowercase);
        (
            sets & 1 << Of::Folded as u8 != 0,
            sets & 1 << Of::Caps as u8 != 0,
        )
    }
}

impl Default for Matcher {
    fn default() -> Matcher {
        MatcherBuilder::default().build()
    }
}

/// Collects patterns and their targets for one [`Matcher`].
#[derive(Default)]
struct MatcherBuilder {
    patterns: Vec<String>,
    index: HashMap<String, usize, WordHashing>,
    targets: Vec<Vec<Target>>,
}

impl MatcherBuilder {
    fn add(&mut self, key: String, t: Target) {
        let slot = match self.index.get(&key) {
            Some(&slot) => slot,
            None => {
                self.index.insert(key.clone(), self.patterns.len());
                self.patterns.push(key);
                self.targets.push(Vec::new());
                self.patterns.len() - 1
            }
        };
        if !self.targets[slot]
            .iter()
            .any(|x| x.entry == t.entry && x.form == t.form && x.written == t.written)
        {
            self.targets[slot].push(t);
        }
    }

    fn build(self) -> Matcher {
        Matcher {
            trie: Trie::new(&self.patterns),
            targets: self.targets,
        }
    }
}

/// A frozen gazetteer, shared by reference.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_key: BTreeMap<(Kind, String), EntryId>,
    by_name: HashMap<String, Vec<EntryId>, WordHashing>,
    /// Office entry -> its normalized title key.
    holders: HolderIndex,
    /// Place or organization -> the (person, tenure) of its heads of state
    /// and of government, so that [`Gazetteer::heads`] reads one list
    /// instead of every office's holders.
    heads: HashMap<EntryId, Vec<(EntryId, usize)>>,
    surnames: HashMap<EntryId, String>,
    /// Country entry -> its capital, for countries with exactly one.
    capitals: HashMap<EntryId, EntryId>,
    /// Names with a lowercase letter (and titles), searched ASCII-lowercased.
    folded: Matcher,
    /// Names in capitals only ("UN", "NATO", "U.S."), searched as written: they
    /// match nothing but themselves, and "un" in "under" never reaches them.
    caps: Matcher,
    first_words: FirstWords,
}

/// Collects entries, then builds a [`Gazetteer`].
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
    diagnostics: Vec<Diagnostic>,
}

impl GazetteerBuilder {
    /// Adds the embedded default entries.
    pub fn with_defaults(mut self) -> Self {
        for (name, text) in DEFAULT_FILES {
            let (entries, diags) = entry::parse_jsonl(text, name);
            self.entries.extend(entries);
            self.diagnostics.extend(diags);
        }
        self
    }

    /// Adds entries parsed from `text` (JSON Lines, or TSV when `file` ends in `.tsv`).
    pub fn add_text(mut self, text: &str, file: &str) -> Self {
        let (entries, diags) = if file.ends_with(".tsv") {
            entry::parse_tsv(text, file)
        } else {
            entry::parse_jsonl(text, file)
        };
        self.entries.extend(entries);
        self.diagnostics.extend(diags);
        self
    }

    /// Adds the entries of a user file. Bad lines are kept as diagnostics;
    /// a file that cannot be read is an error.
    pub fn add_file(self, path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Ok(self.add_text(&text, &path.display().to_string()))
    }

    /// Adds entries directly.
    pub fn add_entries(mut self, entries: impl IntoIterator<Item = Entry>) -> Self {
        self.entries.extend(entries);
        self
    }

    /// Freezes the entries. Later entries with the same kind and key replace
    /// earlier ones (so user files override the default). Returns the problems
    /// found while loading and linking.
    pub fn build(self) -> (Gazetteer, Vec<Diagnostic>) {
        let mut diags = self.diagnostics;
        // Later entries win: keep the last of each (kind, key), in first-seen order.
        let mut last: HashMap<(Kind, &str), usize, WordHashing> = HashMap::default();
        for (i, e) in self.entries.iter().enumerate() {
            last.insert((e.kind, e.key.as_str()), i);
        }
        let mut keep = vec![false; self.entries.len()];
        for &i in last.values() {
            keep[i] = true;
        }
        let entries: Vec<Entry> = self
            .entries
            .into_iter()
            .zip(keep)
            .filter_map(|(e, keep)| keep.then_some(e))
            .collect();
        let mut g = Gazetteer {
            by_key: BTreeMap::new(),
            by_name: HashMap::default(),
            holders: HashMap::new(),
            heads: HashMap::new(),
            surnames: HashMap::new(),
            capitals: HashMap::new(),
            folded: Matcher::default(),
            caps: Matcher::default(),
            first_words: FirstWords::default(),
            entries,
        };
        for (i, e) in g.entries.iter().enumerate() {
            let id = EntryId(i as u32);
            g.by_key.insert((e.kind, e.key.clone()), id);
            for name in std::iter::once(&e.label).chain(&e.aliases) {
                g.by_name.entry(name.to_lowercase()).or_default().push(id);
            }
        }
        g.link_offices(&mut diags);
        g.link_capitals();
        g.build_matcher();
        (g, diags)
    }
}

impl Gazetteer {
    /// A builder with no entries.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// The embedded default gazetteer.
    pub fn default_gazetteer() -> Gazetteer {
        Gazetteer::builder().with_defaults().build().0
    }

    /// Every entry, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// The entry of this kind with this key.
    pub fn by_key(&self, kind: Kind, key: &str) -> Option<EntryId> {
        self.by_key.get(&(kind, key.to_string())).copied()
    }

    /// Entries whose label or alias is `name` (case-insensitive), optionally of one kind.
    pub fn lookup(&self, name: &str, kind: Option<Kind>) -> Vec<EntryId> {
        let mut v: Vec<EntryId> = self
            .by_name
            .get(&name.to_lowercase())
            .map(|ids| {
                ids.iter()
                    .copied()
                    .filter(|&id| kind.is_none_or(|k| self.entry(id).kind == k))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v.dedup();
        v
    }

    /// The surname derived for a person entry, if any.
    pub fn surname(&self, id: EntryId) -> Option<&str> {
        self.surnames.get(&id).map(String::as_str)
    }

    /// The people who held `office` (an office entry) of `of` (a place or
    /// organization entry, or none) on `date` (or currently, with no date).
    pub fn holders(
        &self,
        office: EntryId,
        of: Option<EntryId>,
        date: Option<Date>,
    ) -> Vec<EntryId> {
        let mut out: Vec<EntryId> = self
            .holders
            .get(&(office, of))
            .map(|v| {
                v.iter()
                    .filter(|&&(p, t)| self.entry(p).offices[t].covers(date))
                    .map(|&(p, _)| p)
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out.dedup();
        out
    }

    /// Each country's capital: the place flagged `capital` whose `country`
    /// is the country's label, when it has exactly one.
    fn link_capitals(&mut self) {
        let mut found: HashMap<EntryId, Option<EntryId>> = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind != Kind::Place || !e.capital {
                continue;
            }
            let Some(country) = e.country.as_deref().and_then(|c| {
                self.lookup(c, Some(Kind::Place))
                    .into_iter()
                    .find(|&id| self.entry(id).label == c)
            }) else {
                continue;
            };
            found
                .entry(country)
                .and_modify(|c| *c = None)
                .or_insert(Some(EntryId(i as u32)));
        }
        self.capitals = found
            .into_iter()
            .filter_map(|(country, c)| Some((country, c?)))
            .collect();
    }

    /// The capital of a country ("the Nigerian capital"), when the
    /// gazetteer knows one and only one.
    pub fn capital_of(&self, country: EntryId) -> Option<EntryId> {
        self.capitals.get(&country).copied()
    }

    /// Whether the place `city` lies in `country`, an entry of type country
    /// (by the city's `country` field).
    pub fn in_country(&self, city: EntryId, country: EntryId) -> bool {
        let (c, k) = (self.entry(city), self.entry(country));
        c.kind == Kind::Place
            && k.subtype.as_deref() == Some("country")
            && c.country.as_deref() == Some(k.label.as_str())
    }

    /// The heads of state and of government of `of` on `date` ("the Chinese
    /// leader"), in entry order.
    pub fn heads(&self, of: EntryId, date: Option<Date>) -> Vec<EntryId> {
        let mut out: Vec<EntryId> = self
            .heads
            .get(&of)
            .into_iter()
            .flatten()
            .filter(|&&(p, t)| self.entry(p).offices[t].covers(date))
            .map(|&(p, _)| p)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The offices a person held on `date`, as (office entry, jurisdiction entry).
    pub fn offices_of(
        &self,
        person: EntryId,
        date: Option<Date>,
    ) -> Vec<(EntryId, Option<EntryId>)> {
        let e = self.entry(person);
        e.offices
            .iter()
            .filter(|t| t.covers(date))
            .filter_map(|t| {
                let office = self.lookup(&t.title, Some(Kind::Office)).first().copied()?;
                Some((office, t.of.as_deref().and_then(|o| self.jurisdiction(o))))
            })
            .collect()
    }

    /// A place or organization named `name`, places first.
    pub fn jurisdiction(&self, name: &str) -> Option<EntryId> {
        let ids = self.lookup(name, None);
        ids.iter()
            .copied()
            .find(|&i| self.entry(i).kind == Kind::Place)
            .or_else(|| {
                ids.iter()
                    .copied()
                    .find(|&i| self.entry(i).kind == Kind::Organization)
            })
    }

    /// Counts of entries by kind.
    pub fn stats(&self) -> BTreeMap<Kind, usize> {
        let mut m = BTreeMap::new();
        for e in &self.entries {
            *m.entry(e.kind).or_insert(0) += 1;
        }
        m
    }

    fn link_offices(&mut self, diags: &mut Vec<Diagnostic>) {
        let mut holders: HolderIndex = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            for (t, tenure) in e.offices.iter().enumerate() {
                let Some(&office) = self.lookup(&tenure.title, Some(Kind::Office)).first() else {
                    diags.push(Diagnostic::warning(
                        &e.origin.file,
                        Some(e.origin.line),
                        format!("unknown office title '{}' for '{}'", tenure.title, e.label),
                    ));
                    continue;
                };
                let of = match tenure.of.as_deref() {
                    None => None,
                    Some(o) => match self.jurisdiction(o) {
                        Some(j) => Some(j),
                        None => {
                            diags.push(Diagnostic::warning(
                                &e.origin.file,
                                Some(e.origin.line),
                                format!(
                                    "unknown place or organization '{o}' in an office of '{}'",
                                    e.label
                                ),
                            ));
                            continue;
                        }
                    },
                };
                holders
                    .entry((office, of))
                    .or_default()
                    .push((EntryId(i as u32), t));
            }
        }
        let mut heads: HashMap<EntryId, Vec<(EntryId, usize)>> = HashMap::new();
        for (&(office, of), v) in &holders {
            if let Some(of) = of
                && matches!(
                    self.entry(office).subtype.as_deref(),
                    Some("head_of_state" | "head_of_government")
                )
            {
                heads.entry(of).or_default().extend(v);
            }
        }
        self.holders = holders;
        self.heads = heads;
    }

    fn build_matcher(&mut self) {
        let mut folded = MatcherBuilder::default();
        let mut caps = MatcherBuilder::default();
        let mut first_words = FirstWords::default();
        let mut add = |written: &str, target: Target| {
            if written.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                return;
            }
            let mut variants = vec![written.to_string()];
            let folded_name = fold(written);
            if folded_name != written {
                variants.push(folded_name);
            }
            for k in 0..variants.len() {
                if variants[k].contains('\'') {
                    let curly = variants[k].replace('\'', "\u{2019}");
                    variants.push(curly);
                }
            }
            for v in variants {
                let all_caps =
                    !v.chars().any(char::is_lowercase) && v.chars().any(char::is_uppercase);
                let t = Target {
                    written: v.clone(),
                    ..target.clone()
                };
                if all_caps && !target.any_case {
                    first_words.add(Of::Caps, &v, &t);
                    caps.add(v, t);
                } else {
                    let v = v.to_ascii_lowercase();
                    first_words.add(Of::Folded, &v, &t);
                    folded.add(v, t);
                }
            }
        };
        // Surnames shared by several people still match; resolution decides.
        let mut surnames = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            let id = EntryId(i as u32);
            let form = if e.kind == Kind::Office {
                Form::Title
            } else {
                Form::Name
            };
            let t = |form| Target {
                entry: id,
                form,
                written: String::new(),
                any_case: e.lowercase || e.kind == Kind::Office,
                exact_only: e.ambiguous,
            };
            for name in std::iter::once(&e.label).chain(&e.aliases) {
                add(name, t(form));
            }
            if e.kind == Kind::Place {
                for a in &e.adjectives {
                    add(a, t(Form::Adjective));
                }
            }
            // Family name first ("Xi Jinping", alias "Xi"): the data gives the
            // short form, and the last word is a given name, no surname.
            let family_first = e
                .label
                .split_whitespace()
                .next()
                .is_some_and(|f| e.aliases.iter().any(|a| a == f));
            if e.kind == Kind::Person
                && !family_first
                && let Some(s) = derive_surname(&e.label)
            {
                surnames.insert(id, s.clone());
                add(
                    &s,
                    Target {
                        exact_only: true,
                        ..t(Form::Surname)
                    },
                );
            }
        }
        self.surnames = surnames;
        self.folded = folded.build();
        self.caps = caps.build();
        self.first_words = first_words;
    }

    /// Finds the names of `region` of `text`: non-overlapping hits, longest
    /// first, in text order.
    pub fn find(&self, text: &str, region: Span) -> Vec<Hit> {
        let hay = region.text(text);
        // Room for a name every 64 bytes, so that most regions never regrow.
        let mut folded: Vec<Hit> = Vec::with_capacity(hay.len() / 64);
        let mut caps: Vec<Hit> = Vec::new();
        // The longest name at each word start. After a hit the next search
        // starts past it; a rejected hit leaves the next word start free, so
        // a name inside it is still found.
        let (mut folded_free, mut caps_free) = (0, 0);
        for (i, j) in words::Words::new(hay) {
            let word = &hay.as_bytes()[i..j];
            let lowercase = word[0].is_ascii_lowercase();
            let h = WordHash::in_text(hay.as_bytes(), i, j);
            let (in_folded, in_caps) = self.first_words.admit(lowercase, h);
            // The folded trie holds ASCII-lowercased patterns and reads the
            // text lowercased (offsets unchanged); letter case is checked
            // on the original.
            // Inside a person's name only a longer form of the same name is
            // wanted (below); inside anything else nothing.
            let inside_person = i < folded_free
                && folded
                    .last()
                    .and_then(|l| l.targets.first())
                    .is_some_and(|t| self.entry(t.0).kind == Kind::Person);
            if in_folded
                && (i >= folded_free || inside_person)
                && self.folded.trie.may_match(hay.as_bytes(), j, h, Lowercased)
                && let Some(hit) = self.hit(&self.folded, hay, (i, j), h, region.start, Lowercased)
            {
                if i >= folded_free {
                    folded_free = hit.span.end - region.start;
                    folded.push(hit);
                } else if let Some(last) = folded.last_mut()
                    && hit.span.end > last.span.end
                    && hit.targets.first().map(|t| t.0) == last.targets.first().map(|t| t.0)
                {
                    // "Sheikh Tamim bin Hamad Al Thani": an alias ("Sheikh
                    // Tamim") and the full name of one person overlap; the
                    // mention is both.
                    last.span = Span::new(last.span.start, hit.span.end);
                    folded_free = hit.span.end - region.start;
                }
            }
            if in_caps
                && i >= caps_free
                && self.caps.trie.may_match(hay.as_bytes(), j, h, AsWritten)
                && let Some(hit) = self.hit(&self.caps, hay, (i, j), h, region.start, AsWritten)
            {
                caps_free = hit.span.end - region.start;
                caps.push(hit);
            }
        }
        if caps.is_empty() {
            return folded;
        }
        if folded.is_empty() {
            return caps;
        }
        // Longest first, then leftmost; keep hits that overlap nothing kept.
        // Each list is already free of overlaps and in text order.
        let mut hits = folded;
        hits.append(&mut caps);
        hits.sort_by_key(|h| (std::cmp::Reverse(h.span.len()), h.span.start));
        let mut kept: BTreeMap<usize, Hit> = BTreeMap::new();
        for h in hits {
            // Kept spans are disjoint, so only the last one starting before
            // this one's end can overlap it.
            let clash = kept
                .range(..h.span.end)
                .next_back()
                .is_some_and(|(_, k)| k.span.overlaps(h.span));
            if !clash {
                kept.insert(h.span.start, h);
            }
        }
        kept.into_values().collect()
    }

    /// The longest name of `m` that starts with the word `i..j` of `hay`,
    /// read through `read`, if our checks accept it. Out of line: most words
    /// never get here, and the loop over them stays small.
    #[inline(never)]
    fn hit(
        &self,
        m: &Matcher,
        hay: &str,
        (i, j): (usize, usize),
        h: WordHash,
        base: usize,
        read: impl Read,
    ) -> Option<Hit> {
        let (pattern, e) = m.trie.longest_from_word(hay.as_bytes(), (i, j), h, read)?;
        let targets = self.accept(hay, i, e, &m.targets[pattern.0 as usize])?;
        Some(Hit {
            span: Span::new(base + i, base + e),
            targets,
        })
    }

    /// Checks a match against our policy: on char and word boundaries, and
    /// at least one target whose letter case fits. Returns the targets, best first.
    fn accept(&self, hay: &str, s: usize, e: usize, targets: &[Target]) -> Option<Targets> {
        if !hay.is_char_boundary(s) || !hay.is_char_boundary(e) || !on_word_boundary(hay, s, e) {
            return None;
        }
        let matched = &hay[s..e];
        // Only names marked ambiguous ask, and most hits are as written.
        let sentence_start = std::cell::OnceCell::new();
        let sentence_start = || *sentence_start.get_or_init(|| is_sentence_start(hay, s));
        let mut fit = targets
            .iter()
            .filter(|t| case_fits(matched, t, sentence_start))
            .map(|t| (t.entry, t.form));
        let first = fit.next()?;
        let Some(second) = fit.next() else {
            return Some(Targets::one(first));
        };
        let mut ts = vec![first, second];
        ts.extend(fit);
        ts.sort_by_key(|&(id, form)| (form, self.entry(id).kind, id));
        ts.dedup();
        Some(ts.into())
    }
}

/// The last word of a person's name, when the name has at least two words
/// ("Vladimir Putin" -> "Putin"; "Martin Luther King Jr." -> "King").
fn derive_surname(label: &str) -> Option<String> {
    let words: Vec<&str> = label
        .split_whitespace()
        .filter(|w| {
            !matches!(
                w.trim_end_matches(['.', ',']),
                "Jr" | "Sr" | "II" | "III" | "IV"
            )
        })
        .collect();
    if words.len() < 2 {
        return None;
    }
    let last = words[words.len() - 1].trim_end_matches([',', '.']);
    (last.chars().count() >= 3 && last.chars().next().is_some_and(char::is_uppercase))
        .then(|| last.to_string())
}

fn on_word_boundary(hay: &str, s: usize, e: usize) -> bool {
    // Most names start and end with ASCII and sit between ASCII bytes,
    // which are their own characters.
    let b = hay.as_bytes();
    if s < e {
        let before = s.checked_sub(1).map_or(b' ', |k| b[k]);
        let after = b.get(e).copied().unwrap_or(b' ');
        let (first, last) = (b[s], b[e - 1]);
        if (before | after | first | last) < 0x80 {
            let word_byte = |c: u8| c.is_ascii_alphanumeric();
            let glued_before = word_byte(before) && word_byte(first);
            let glued_after = word_byte(after) && word_byte(last);
            return !glued_before && !glued_after;
        }
    }
    on_word_boundary_by_chars(hay, s, e)
}

/// [`on_word_boundary`], one character at a time.
fn on_word_boundary_by_chars(hay: &str, s: usize, e: usize) -> bool {
    let before = hay[..s].chars().next_back();
    let after = hay[e..].chars().next();
    let first = hay[s..].chars().next();
    let last = hay[..e].chars().next_back();
    // A name that ends in a period ("U.S.") may be followed by anything but a letter.
    let word_char = |c: char| c.is_alphanumeric();
    let glued_before = before.is_some_and(word_char) && first.is_some_and(word_char);
    let glued_after = after.is_some_and(word_char) && last.is_some_and(word_char);
    !glued_before && !glued_after
}

fn is_sentence_start(hay: &str, s: usize) -> bool {
    let head = hay[..s].trim_end_matches([' ', '"', '\u{201C}', '\'', '\u{2018}', '(']);
    head.is_empty() || head.ends_with(['.', '!', '?', '\n', ':'])
}

fn case_fits(matched: &str, t: &Target, sentence_start: impl Fn() -> bool) -> bool {
    if matched == t.written {
        return true;
    }
    if t.exact_only {
        // A sentence-initial capital does not make "may" the month "May", but
        // a name written in capitals in a dateline or headline still counts.
        return t.form != Form::Surname
            && !sentence_start()
            && matched.chars().count() > 3
            && is_uppercase_of(matched, &t.written);
    }
    if t.any_case {
        return true;
    }
    // Proper names: as written, or all in capitals (datelines, headlines).
    matched.chars().any(char::is_alphabetic)
        && is_uppercase_of(matched, &t.written)
        && matched.len() > 2
}

/// `matched == written.to_uppercase()`, without building the uppercase string.
fn is_uppercase_of(matched: &str, written: &str) -> bool {
    matched
        .chars()
        .eq(written.chars().flat_map(char::to_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz(lines: &str) -> Gazetteer {
        let (g, diags) = Gazetteer::builder().add_text(lines, "test.jsonl").build();
        assert!(diags.is_empty(), "{diags:?}");
        g
    }

    fn names(g: &Gazetteer, text: &str) -> Vec<String> {
        g.find(text, Span::new(0, text.len()))
            .iter()
            .map(|h| {
                let (id, form) = h.targets[0];
                format!("{}={}:{:?}", h.span.text(text), g.entry(id).key, form)
            })
            .collect()
    }

    #[test]
    fn an_alias_and_the_full_name_overlapping_are_one_mention() {
        let g = gaz(
            r#"{"kind":"person","label":"Mohammed bin Zayed Al Nahyan","aliases":["Sheikh Mohammed"]}
{"kind":"person","label":"Ali Hamad","aliases":["Sheikh Hamad"]}
{"kind":"person","label":"Hamad Jassim"}"#,
        );
        assert_eq!(
            names(&g, "Sheikh Mohammed bin Zayed Al Nahyan arrived."),
            ["Sheikh Mohammed bin Zayed Al Nahyan=mohammed-bin-zayed-al-nahyan:Name"]
        );
        // Another person's name overlapping an alias does not stretch it.
        assert_eq!(
            names(&g, "Sheikh Hamad Jassim arrived."),
            ["Sheikh Hamad=ali-hamad:Name", "Jassim=hamad-jassim:Surname"]
        );
    }

    #[test]
    fn a_country_has_a_capital_only_when_one_place_claims_it() {
        let g = gaz(r#"{"kind":"place","label":"Kenya","type":"country"}
{"kind":"place","label":"Nairobi","type":"city","country":"Kenya","capital":true}
{"kind":"place","label":"Mombasa","type":"city","country":"Kenya"}
{"kind":"place","label":"Bolivia","type":"country"}
{"kind":"place","label":"Sucre","type":"city","country":"Bolivia","capital":true}
{"kind":"place","label":"La Paz","type":"city","country":"Bolivia","capital":true}"#);
        let place = |l: &str| g.lookup(l, Some(Kind::Place))[0];
        assert_eq!(g.capital_of(place("Kenya")), Some(place("Nairobi")));
        assert_eq!(g.capital_of(place("Bolivia")), None);
        assert_eq!(g.capital_of(place("Nairobi")), None);
    }

    const SMALL: &str = r#"{"kind":"person","label":"Recep Tayyip Erdoğan","offices":[{"title":"president","of":"Turkey","from":"2014-08-28"}]}
{"kind":"place","label":"Turkey","type":"country","aliases":["Türkiye"],"adjectives":["Turkish"],"ambiguous":true}
{"kind":"place","label":"São Paulo","type":"city","country":"Brazil"}
{"kind":"place","label":"Brazil","type":"country","adjectives":["Brazilian"]}
{"kind":"place","label":"Chad","type":"country","ambiguous":true}
{"kind":"place","label":"New York","type":"city"}
{"kind":"place","label":"York","type":"city"}
{"kind":"office","label":"president","type":"head_of_state"}
{"kind":"office","label":"foreign minister","type":"minister"}
"#;

    #[test]
    fn unicode_names_and_folded_spellings_match_on_word_boundaries() {
        let g = gaz(SMALL);
        assert_eq!(
            names(
                &g,
                "Erdoğan's aides and Erdogan met in Sao Paulo; Erdoğanist is no name."
            ),
            [
                "Erdoğan=recep-tayyip-erdogan:Surname",
                "Erdogan=recep-tayyip-erdogan:Surname",
                "Sao Paulo=sao-paulo:Name"
            ]
        );
    }

    #[test]
    fn family_name_first_gets_no_derived_surname() {
        let g = gaz(r#"{"kind":"person","label":"Li Qiang","aliases":["Li"]}
{"kind":"person","label":"Ngozi Okonjo-Iweala"}"#);
        assert_eq!(
            names(&g, "Qiang and Li met Okonjo-Iweala."),
            [
                "Li=li-qiang:Name",
                "Okonjo-Iweala=ngozi-okonjo-iweala:Surname"
            ]
        );
    }

    #[test]
    fn vietnamese_names_match_without_their_diacritics() {
        let g = gaz(r#"{"kind":"person","label":"Nguyễn Phú Trọng"}"#);
        assert_eq!(
            names(&g, "Nguyen Phu Trong met Trọng and Trong."),
            [
                "Nguyen Phu Trong=nguyen-phu-trong:Name",
                "Trọng=nguyen-phu-trong:Surname",
                "Trong=nguyen-phu-trong:Surname"
            ]
        );
    }

    #[test]
    fn longest_match_wins() {
        let g = gaz(SMALL);
        assert_eq!(
            names(&g, "He flew to New York."),
            ["New York=new-york:Name"]
        );
        assert_eq!(
            names(&g, "Turkish Foreign Minister"),
            [
                "Turkish=turkey:Adjective",
                "Foreign Minister=foreign-minister:Title"
            ]
        );
    }

    #[test]
    fn case_rules_keep_common_words_out() {
        let g = gaz(SMALL);
        assert_eq!(
            names(&g, "We ate turkey and had a chad problem."),
            Vec::<String>::new()
        );
        assert_eq!(
            names(&g, "Talks in Chad and Türkiye."),
            ["Chad=chad:Name", "Türkiye=turkey:Name"]
        );
        assert_eq!(
            names(&g, "SAO PAULO, May 3 - the president"),
            ["SAO PAULO=sao-paulo:Name", "president=president:Title"]
        );
    }

    #[test]
    fn capitals_and_folded_hits_merge_longest_first() {
        let g = gaz(
            r#"{"kind":"organization","label":"UN","aliases":["United Nations"]}
{"kind":"office","label":"UN envoy"}"#,
        );
        assert_eq!(
            names(&g, "The UN envoy met UN staff and un officials."),
            ["UN envoy=un-envoy:Title", "UN=un:Name"]
        );
    }

    proptest::proptest! {
        #[test]
        fn word_boundaries_as_by_chars(
            hay in "([a-zA-Z0-9 .'-]|é|ğ|—|’|٣|\\PC){0,12}",
            a in 0usize..40,
            b in 0usize..40,
        ) {
            let cuts: Vec<usize> = (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)).collect();
            let (s, e) = (cuts[a % cuts.len()], cuts[b % cuts.len()]);
            let (s, e) = (s.min(e), s.max(e));
            proptest::prop_assert_eq!(on_word_boundary(&hay, s, e), on_word_boundary_by_chars(&hay, s, e));
        }
    }

    #[test]
    fn hit_targets_are_a_slice() {
        let one = Targets::one((EntryId(3), Form::Name));
        let two = Targets::from(vec![(EntryId(3), Form::Name), (EntryId(1), Form::Title)]);
        let many = Targets::from(vec![(EntryId(3), Form::Name); 3]);
        assert_eq!(
            format!("{one:?}"),
            format!("{:?}", vec![(EntryId(3), Form::Name)])
        );
        assert_eq!(format!("{two:#?}"), format!("{:#?}", &two[..]));
        assert_eq!((one.len(), two.len(), many.len()), (1, 2, 3));
        assert_eq!(one, Targets::from(vec![(EntryId(3), Form::Name)]));
        assert_ne!(one, two);
        assert_eq!(many.iter().count(), (&many).into_iter().count());
        assert!(Targets::from(Vec::new()).is_empty());
    }

    #[test]
    fn holders_are_bounded_by_dates() {
        let extra = r#"{"kind":"person","label":"Ahmet Davutoğlu","offices":[{"title":"prime minister","of":"Turkey","from":"2014-08-28","to":"2016-05-24"}]}
{"kind":"office","label":"prime minister","type":"head_of_government"}"#;
        let g = gaz(&format!("{SMALL}{extra}"));
        let pm = g.lookup("prime minister", Some(Kind::Office))[0];
        let turkey = g.jurisdiction("Turkey");
        let on = |y, m, d| g.holders(pm, turkey, Some(Date::constant(y, m, d)));
        assert_eq!(on(2015, 6, 1).len(), 1);
        assert!(on(2020, 6, 1).is_empty());
    }

    #[test]
    fn heads_are_the_heads_of_state_and_government_of_the_place_then() {
        let g = gaz(r#"{"kind":"place","label":"Kenya","type":"country"}
{"kind":"place","label":"Uganda","type":"country"}
{"kind":"office","label":"president","type":"head_of_state"}
{"kind":"office","label":"prime minister","type":"head_of_government"}
{"kind":"office","label":"foreign minister","type":"minister"}
{"kind":"person","label":"Ann Bett","offices":[{"title":"president","of":"Kenya","from":"2020-01-01"}]}
{"kind":"person","label":"Cy Dar","offices":[{"title":"prime minister","of":"Kenya","from":"2021-01-01","to":"2022-01-01"}]}
{"kind":"person","label":"Ed Fay","offices":[{"title":"foreign minister","of":"Kenya","from":"2020-01-01"}]}
{"kind":"person","label":"Gil Ho","offices":[{"title":"president","of":"Uganda","from":"2020-01-01"}]}"#);
        let kenya = g.jurisdiction("Kenya").unwrap();
        let labels = |y| {
            g.heads(kenya, Some(Date::constant(y, 6, 1)))
                .into_iter()
                .map(|p| g.entry(p).label.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(labels(2021), ["Ann Bett", "Cy Dar"]);
        assert_eq!(labels(2023), ["Ann Bett"]);
        assert!(labels(2019).is_empty());
    }

    #[test]
    fn user_entry_overrides_default_with_same_key() {
        let (g, _) = Gazetteer::builder()
            .add_text(
                r#"{"kind":"place","label":"Chad","type":"country"}"#,
                "a.jsonl",
            )
            .add_text(
                r#"{"kind":"place","label":"Chad","type":"country","ids":{"wikidata":"Q657"}}"#,
                "b.jsonl",
            )
            .build();
        assert_eq!(g.entries().len(), 1);
        assert_eq!(g.entries()[0].ids["wikidata"], "Q657");
    }

    #[test]
    fn unknown_office_or_jurisdiction_is_reported() {
        let (_, diags) = Gazetteer::builder()
            .add_text(r#"{"kind":"person","label":"A B","offices":[{"title":"grand vizier","of":"Nowhere"}]}"#, "p.jsonl")
            .build();
        assert_eq!(
            diags[0].to_string(),
            "p.jsonl:1: unknown office title 'grand vizier' for 'A B'"
        );
    }
}
