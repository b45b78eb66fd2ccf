//! The knowledge graph: actors as nodes, relations as edges, and their merge.
//!
//! The graph is a petgraph multigraph keyed by stable string ids. Nodes are
//! keyed by actor id; edges by `(source, relation, status, target, date)`, so
//! that "met in February" and "met in August" stay two events while repeated
//! reports of one event add sentences, documents and evidence to one edge.
//! Symmetric relations are stored once, with the endpoints in id order.
//!
//! Merging is associative and commutative: every field is either a set union,
//! a sum, or "the N smallest by a total order", so graphs built over parts of a
//! corpus merge into the graph of the whole.
//!
//! The same wire story on several sites is one piece of evidence, not several:
//! the edge keeps every source, its weight counts distinct stories. Which
//! documents tell one story depends on every document (the near-duplicate
//! index of [`crate::clean::dup`] runs over them in id order), so it cannot be
//! summed during a merge; [`Graph::count_stories`] recomputes it from the
//! documents' signatures once the graph is whole. Until then an edge's weight
//! is its document count (each document its own story).

use crate::clean::dup::Signature;
use crate::date::PartialDate;
use crate::model::{Kind, Relation, Status};
use crate::span::Span;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use smallvec::SmallVec;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

mod spill;
pub use spill::EdgeStream;

/// One place in one document where an actor is named. Ordered by document,
/// then offset, then text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MentionRef {
    /// The document id.
    pub doc: Arc<str>,
    /// The bytes of the mention in the document.
    pub span: Span,
    /// The text those bytes hold.
    pub text: Arc<str>,
}

impl Ord for MentionRef {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        shared_cmp(&self.doc, &other.doc)
            .then_with(|| self.span.cmp(&other.span))
            .then_with(|| shared_cmp(&self.text, &other.text))
    }
}

impl PartialOrd for MentionRef {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The order of two strings, at once when they are one string: a graph's
/// mentions share their document ids and texts, and a node's thousand
/// mentions are searched for each new one.
fn shared_cmp(a: &Arc<str>, b: &Arc<str>) -> std::cmp::Ordering {
    if Arc::ptr_eq(a, b) {
        std::cmp::Ordering::Equal
    } else {
        a.cmp(b)
    }
}

/// The sentence that supports an edge.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Evidence {
    /// The document id.
    pub doc: Arc<str>,
    /// The bytes of the sentence (or clause) in the document.
    pub span: Span,
    /// The text those bytes hold (shared by the edges one sentence supports).
    pub text: Arc<str>,
    /// The id of the rule that found the relation.
    pub rule: Arc<str>,
    /// Who the text says initiated it (the subject: the caller, the
    /// visitor, the one who asked for the meeting), a node id; `None` when
    /// unknown (a graph file written before it was recorded), read as the
    /// edge's source. Symmetric edges keep their endpoints in id order, so
    /// this is where "Baerbock called Colonna" keeps its direction.
    pub initiator: Option<Arc<str>>,
}

impl Evidence {
    /// The initiator, else the edge's source.
    pub fn initiator_or<'a>(&'a self, key: &'a EdgeKey) -> &'a str {
        self.initiator.as_deref().unwrap_or(&key.source)
    }
}

/// An actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Stable id (`vladimir-putin`).
    pub id: String,
    /// The fullest name.
    pub label: String,
    /// What it is.
    pub kind: Kind,
    /// Every surface form seen or known.
    pub aliases: BTreeSet<String>,
    /// External ids (`wikidata` -> `Q7747`).
    pub ids: BTreeMap<String, String>,
    /// True when the actor was found in the text, not in a gazetteer.
    pub discovered: bool,
    /// How many times the actor was mentioned in all.
    pub mention_count: u64,
    /// The first mention of each surface form in each document, by
    /// (document, offset), at most `Limits::max_mentions`.
    pub mentions: Vec<MentionRef>,
}

impl Node {
    /// A node with no mentions yet.
    pub fn new(id: impl Into<String>, label: impl Into<String>, kind: Kind) -> Node {
        Node {
            id: id.into(),
            label: label.into(),
            kind,
            aliases: BTreeSet::new(),
            ids: BTreeMap::new(),
            discovered: false,
            mention_count: 0,
            mentions: Vec::new(),
        }
    }
}

/// The identity of an edge: reports with the same key are one edge.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct EdgeKey {
    /// Source node id (the smaller id for symmetric relations).
    pub source: Arc<str>,
    /// The relation.
    pub relation: Relation,
    /// Its status.
    pub status: Status,
    /// Target node id.
    pub target: Arc<str>,
    /// When, at the precision known.
    pub date: Option<PartialDate>,
}

impl EdgeKey {
    /// A key, with the endpoints ordered when the relation is symmetric.
    pub fn new(
        source: &str,
        relation: Relation,
        status: Status,
        target: &str,
        date: Option<PartialDate>,
    ) -> EdgeKey {
        let (s, t) = if relation.is_symmetric() && target < source {
            (target, source)
        } else {
            (source, target)
        };
        EdgeKey {
            source: s.into(),
            relation,
            status,
            target: t.into(),
            date,
        }
    }
}

/// A relation between two actors, with everything that supports it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Edge {
    /// Who, what, whether, whom, when.
    pub key: EdgeKey,
    /// Distinct stories supporting it: near-duplicate documents (one wire
    /// story on several sites) count once. Set by [`Graph::count_stories`]
    /// from the documents in `docs` and `more_docs`, exactly; documents
    /// beyond both caps (over [`MAX_MORE_DOCS`] on one edge) count as
    /// distinct stories, and the weight never exceeds `doc_count` nor the
    /// graph's [`Graph::story_count`]. Before that, and after a merge, it is
    /// `doc_count`.
    pub weight: u64,
    /// Supporting mentions (sentences) in all, duplicates included.
    pub sentences: u64,
    /// How often each place was given, by place node id.
    pub places: SmallMap<Arc<str>, u64>,
    /// The evidence, by (document, offset): the first `Limits::max_evidence`
    /// sentences of each of the first `Limits::max_docs` documents.
    pub evidence: SmallVec<[Evidence; 1]>,
    /// The ids of the rules that found it.
    pub rules: SmallSet<Arc<str>>,
    /// The first documents that support it, at most `Limits::max_docs`.
    pub docs: SmallSet<Arc<str>>,
    /// The other supporting documents, by [`doc_hash`] of their ids (eight
    /// bytes each, at most [`MAX_MORE_DOCS`]): enough to count the stories
    /// and to recognise a document merged twice, without keeping its id.
    #[serde(default)]
    pub more_docs: Option<Box<BTreeSet<u64>>>,
    /// How many documents support it in all.
    pub doc_count: u64,
}

/// Supporting documents beyond `Limits::max_docs` remembered per edge (by
/// hash, 512 KiB at most): past them, a new document is counted as one more
/// story, and a document merged twice twice.
pub const MAX_MORE_DOCS: usize = 1 << 16;

/// A stable 64-bit hash of a document id (FNV-1a, the same on every
/// platform and run, so it can be written to a file and read back).
pub fn doc_hash(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Edge {
    /// The place given most often (ties: the smallest id), if any.
    pub fn place(&self) -> Option<&str> {
        let mut best: Option<(&str, u64)> = None;
        for (p, &n) in &self.places {
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((p, n));
            }
        }
        best.map(|(p, _)| p)
    }

    /// How many documents are known by id or hash (`docs` and `more_docs`).
    pub fn docs_known(&self) -> u64 {
        (self.docs.len() + self.more_docs.as_ref().map_or(0, |m| m.len())) as u64
    }

    /// True when document `d` is among the edge's known documents.
    fn has_doc(&self, d: &str) -> bool {
        self.docs.contains(d)
            || self
                .more_docs
                .as_ref()
                .is_some_and(|m| m.contains(&doc_hash(d)))
    }

    /// True when the document of hash `h` is among the known documents.
    fn has_doc_hash(&self, h: u64) -> bool {
        self.more_docs.as_ref().is_some_and(|m| m.contains(&h))
            || self.docs.iter().any(|d| doc_hash(d) == h)
    }

    /// Remembers the hash of a document past `docs`; false when there is no
    /// room left.
    fn remember_hash(&mut self, h: u64) -> bool {
        let m = self.more_docs.get_or_insert_with(Default::default);
        if m.len() >= MAX_MORE_DOCS {
            return false;
        }
        m.insert(h);
        true
    }

    /// Adds a supporting document (not known yet), keeping the smallest ids
    /// in `docs` and the hashes of the others in `more_docs`.
    fn add_doc(&mut self, d: Arc<str>, max_docs: usize) {
        let full = self.docs.len() >= max_docs;
        if full && self.docs.last().is_none_or(|last| d >= *last) {
            self.remember_hash(doc_hash(&d));
            return;
        }
        self.docs.insert(d);
        while self.docs.len() > max_docs {
            if let Some(out) = self.docs.pop_last() {
                self.remember_hash(doc_hash(&out));
            }
        }
    }
}

/// A set kept as a sorted vector, for the small sets every edge holds (its
/// rules and documents, usually one or two strings each). A `BTreeSet`
/// allocates a node for eleven items whatever it holds (about 280 bytes, a
/// quarter of a typical graph's memory for these two sets alone); this holds
/// what it has, and a set of one (most edges' rules and documents) holds it
/// inline, with no allocation. Iterates in order, like a `BTreeSet`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SmallSet<T>(SmallVec<[T; 1]>);

impl<T> Default for SmallSet<T> {
    fn default() -> SmallSet<T> {
        SmallSet(SmallVec::new())
    }
}

impl<T: Ord> SmallSet<T> {
    /// An empty set.
    pub fn new() -> SmallSet<T> {
        SmallSet(SmallVec::new())
    }

    /// Adds `x`; false when it was there already.
    pub fn insert(&mut self, x: T) -> bool {
        match self.0.binary_search(&x) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, x);
                true
            }
        }
    }

    /// True when `x` is in the set.
    pub fn contains<Q>(&self, x: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.binary_search_by(|y| y.borrow().cmp(x)).is_ok()
    }

    /// The largest item.
    pub fn last(&self) -> Option<&T> {
        self.0.last()
    }

    /// Removes and returns the largest item.
    pub fn pop_last(&mut self) -> Option<T> {
        self.0.pop()
    }
}

impl<T> SmallSet<T> {
    /// The items, to be replaced by equal values only (the graph's copy of
    /// the same string, say), which keeps the set sorted.
    pub(crate) fn items_mut(&mut self) -> &mut [T] {
        &mut self.0
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: fmt::Debug> fmt::Debug for SmallSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

impl<T: Ord> FromIterator<T> for SmallSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> SmallSet<T> {
        let mut v: SmallVec<[T; 1]> = items.into_iter().collect();
        v.sort();
        v.dedup();
        SmallSet(v)
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SmallSet<T> {
    fn from(items: [T; N]) -> SmallSet<T> {
        items.into_iter().collect()
    }
}

impl<T: Ord> Extend<T> for SmallSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for x in items {
            self.insert(x);
        }
    }
}

impl<T> IntoIterator for SmallSet<T> {
    type Item = T;
    type IntoIter = smallvec::IntoIter<[T; 1]>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SmallSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: serde::Serialize> serde::Serialize for SmallSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(&self.0)
    }
}

impl<'de, T: serde::Deserialize<'de> + Ord> serde::Deserialize<'de> for SmallSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
    }
}

/// A map kept as a vector sorted by key, for the small maps every edge holds
/// (its places, usually one): a `BTreeMap` allocates a node for eleven
/// entries (about 370 bytes) whatever it holds; one entry is held inline.
/// Iterates in key order.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SmallMap<K, V>(SmallVec<[(K, V); 1]>);

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> SmallMap<K, V> {
        SmallMap(SmallVec::new())
    }
}

impl<K: Ord, V> SmallMap<K, V> {
    /// An empty map.
    pub fn new() -> SmallMap<K, V> {
        SmallMap(SmallVec::new())
    }

    /// The value of `k`, inserted as `V::default()` when missing.
    pub fn entry(&mut self, k: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.0.binary_search_by(|(x, _)| x.cmp(&k)) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (k, V::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// Sets the value of `k`, returning the previous one.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.0.binary_search_by(|(x, _)| x.cmp(&k)) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, v)),
            Err(i) => {
                self.0.insert(i, (k, v));
                None
            }
        }
    }

    /// The value of `k`.
    pub fn get<Q>(&self, k: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0
            .binary_search_by(|(x, _)| x.borrow().cmp(k))
            .ok()
            .map(|i| &self.0[i].1)
    }
}

impl<K, V> SmallMap<K, V> {
    /// The keys, to be replaced by equal values only, which keeps the map
    /// sorted.
    pub(crate) fn keys_mut(&mut self) -> impl Iterator<Item = &mut K> {
        self.0.iter_mut().map(|(k, _)| k)
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SmallMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SmallMap<K, V> {
    /// The map of the pairs; of two pairs with one key, the last wins (as
    /// in a `BTreeMap`).
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> SmallMap<K, V> {
        let mut m = SmallMap::new();
        for (k, v) in items {
            m.insert(k, v);
        }
        m
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for SmallMap<K, V> {
    fn from(items: [(K, V); N]) -> SmallMap<K, V> {
        items.into_iter().collect()
    }
}

impl<K, V> IntoIterator for SmallMap<K, V> {
    type Item = (K, V);
    type IntoIter = smallvec::IntoIter<[(K, V); 1]>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a SmallMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for SmallMap<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, K, V> serde::Deserialize<'de> for SmallMap<K, V>
where
    K: serde::Deserialize<'de> + Ord,
    V: serde::Deserialize<'de>,
{
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(BTreeMap::<K, V>::deserialize(d)?.into_iter().collect())
    }
}

/// Facts about one input document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocInfo {
    /// Publication date, when known.
    pub date: Option<PartialDate>,
    /// Title, when known.
    pub title: Option<Box<str>>,
    /// Source URL, when known.
    pub url: Option<Box<str>>,
    /// The near-duplicate signature of the cleaned body; `None` when the
    /// body is too short to compare (the document is its own story).
    pub signature: Option<Signature>,
    /// The id of the first document (by id) of the story this one tells,
    /// possibly itself; set by [`Graph::count_stories`].
    pub story: Option<Arc<str>>,
}

/// Caps that keep memory bounded by the size of the graph, not the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Evidence sentences kept per edge and document.
    pub max_evidence: usize,
    /// Mentions kept per node.
    pub max_mentions: usize,
    /// Supporting document ids kept per edge.
    pub max_docs: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_evidence: 5,
            max_mentions: 1000,
            max_docs: 100,
        }
    }
}

/// The graph of actors and relations.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    inner: DiGraph<Node, Edge>,
    nodes: BTreeMap<Arc<str>, NodeIndex>,
    edges: BTreeMap<EdgeKey, EdgeIndex>,
    /// Boxed: a B-tree node holds eleven slots whatever it uses, and a
    /// document's record is over 200 bytes; boxed, the tree's spare slots
    /// cost a pointer each (about 45 MB less for 356,000 documents).
    docs: BTreeMap<Arc<str>, Box<DocInfo>>,
    /// The rule ids of the edges and the surface forms of the mentions,
    /// each stored once.
    strings: BTreeSet<Arc<str>>,
    limits: Limits,
    /// Edges written to disk by [`Graph::spill`], each run in key order.
    runs: Vec<Arc<spill::Run>>,
    /// How many edges are on disk, once [`Graph::compact`] made them one run
    /// and memory holds none.
    run_edges: Option<usize>,
    /// A rough count of the heap bytes the edges in memory hold.
    edge_bytes: usize,
    /// True once [`Graph::count_stories`] ran: edges read back from disk
    /// then get their weight from the stories.
    stories_counted: bool,
    /// True when every run holds the current story weights ([`Graph::compact`]
    /// after [`Graph::count_stories`]), so edges read whole from them keep
    /// theirs.
    runs_weighed: bool,
    /// The document [`Graph::share_doc`] found last (a key of `docs`).
    last_doc: Option<Arc<str>>,
    /// The stories by document hash, as last counted.
    story_index: StoryIndex,
}

impl Graph {
    /// An empty graph with the given caps.
    pub fn with_limits(limits: Limits) -> Graph {
        Graph {
            limits,
            ..Graph::default()
        }
    }

    /// The caps in force.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Records a document (merging its facts with any already known).
    pub fn add_doc(&mut self, id: &str, info: DocInfo) {
        match self.docs.get_mut(id) {
            Some(slot) => merge_doc_info(slot, info),
            None => {
                self.docs.insert(id.into(), Box::new(info));
            }
        }
    }

    /// The graph's own copy of a document id, node id or rule id, so that
    /// the many edges, mentions and evidence that name one share one string
    /// whichever fragment brought them.
    fn share_doc(&mut self, id: &mut Arc<str>) {
        // Nearly every string merged at once names one document (an
        // article's graph names its own): the last one found is tried first,
        // which spares a search of the whole tree of documents.
        if let Some(last) = &self.last_doc
            && (Arc::ptr_eq(last, id) || **last == **id)
        {
            *id = last.clone();
            return;
        }
        if let Some((k, _)) = self.docs.get_key_value(&**id) {
            *id = k.clone();
            self.last_doc = Some(k.clone());
        }
    }

    fn share_node(&self, id: &mut Arc<str>) {
        if let Some((k, _)) = self.nodes.get_key_value(&**id) {
            *id = k.clone();
        }
    }

    fn share_string(&mut self, id: &mut Arc<str>) {
        match self.strings.get(&**id) {
            Some(k) => *id = k.clone(),
            None => {
                self.strings.insert(id.clone());
            }
        }
    }

    /// Points every string of `edge` at the graph's copy.
    fn share_edge_strings(&mut self, edge: &mut Edge) {
        self.share_node(&mut edge.key.source);
        self.share_node(&mut edge.key.target);
        for d in edge.docs.items_mut() {
            self.share_doc(d);
        }
        for r in edge.rules.items_mut() {
            self.share_string(r);
        }
        for ev in &mut edge.evidence {
            self.share_doc(&mut ev.doc);
            self.share_string(&mut ev.rule);
            if let Some(i) = &mut ev.initiator {
                self.share_node(i);
            }
        }
        for p in edge.places.keys_mut() {
            self.share_node(p);
        }
    }

    /// Adds a node, or merges it into the node with the same id.
    pub fn add_node(&mut self, node: Node) -> &Node {
        let limits = self.limits;
        let idx = match self.nodes.get(node.id.as_str()) {
            Some(&idx) => {
                let mut node = node;
                // A node with all the mentions it keeps takes only those
                // before its last (see `merge_capped`): the others are not
                // worth sharing strings for.
                let into = &self.inner[idx].mentions;
                if into.len() >= limits.max_mentions
                    && let Some(last) = into.last()
                {
                    node.mentions.retain(|m| m < last);
                }
                for m in &mut node.mentions {
                    self.share_doc(&mut m.doc);
                    self.share_string(&mut m.text);
                }
                merge_node(&mut self.inner[idx], node, limits);
                idx
            }
            None => {
                let id: Arc<str> = node.id.as_str().into();
                let mut node = node;
                cap(&mut node.mentions, limits.max_mentions);
                for m in &mut node.mentions {
                    self.share_doc(&mut m.doc);
                    self.share_string(&mut m.text);
                }
                let idx = self.inner.add_node(node);
                self.nodes.insert(id, idx);
                idx
            }
        };
        &self.inner[idx]
    }

    /// Adds an edge, or merges it into the edge with the same key. Both
    /// endpoints must have been added as nodes; an edge to an unknown node is
    /// ignored and `false` returned.
    pub fn add_edge(&mut self, edge: Edge) -> bool {
        let limits = self.limits;
        if let Some(&idx) = self.edges.get(&edge.key) {
            let mut edge = edge;
            self.share_edge_strings(&mut edge);
            // What the merge adds: the evidence items it keeps (at the
            // incoming items' mean length) and the list entries.
            let text = edge.evidence.iter().map(|v| v.text.len()).sum::<usize>()
                / edge.evidence.len().max(1);
            let into = &mut self.inner[idx];
            let lists = |e: &Edge| {
                e.docs.len()
                    + e.places.len()
                    + e.rules.len()
                    + e.more_docs.as_ref().map_or(0, |m| m.len())
            };
            let before = (into.evidence.len(), lists(into));
            merge_edge(into, edge, limits);
            let grown = (
                into.evidence.len().saturating_sub(before.0),
                lists(into).saturating_sub(before.1),
            );
            self.edge_bytes += grown.0 * (EVIDENCE_BYTES + text) + LIST_ITEM_BYTES * grown.1;
            return true;
        }
        self.edge_bytes += approx_bytes(&edge);
        let (Some(&s), Some(&t)) = (
            self.nodes.get(&edge.key.source),
            self.nodes.get(&edge.key.target),
        ) else {
            return false;
        };
        let mut edge = edge;
        self.share_edge_strings(&mut edge);
        let key = edge.key.clone();
        edge.evidence.sort();
        edge.evidence.dedup();
        cap_evidence(&mut edge.evidence, limits);
        while edge.docs.len() > limits.max_docs {
            if let Some(out) = edge.docs.pop_last()
                && !edge.remember_hash(doc_hash(&out))
            {
                break;
            }
        }
        while edge.docs.len() > limits.max_docs {
            edge.docs.pop_last();
        }
        edge.doc_count = edge.doc_count.max(edge.docs_known());
        let idx = self.inner.add_edge(s, t, edge);
        self.edges.insert(key, idx);
        true
    }

    /// True when the graph knows document `id`.
    pub fn has_doc(&self, id: &str) -> bool {
        self.docs.contains_key(id)
    }

    /// Adds a node read again from documents this graph has already merged
    /// in full (a part merged twice): its aliases, ids and mentions join the
    /// node's, its mention count does not add.
    pub fn add_node_again(&mut self, mut node: Node) -> &Node {
        if self.nodes.contains_key(node.id.as_str()) {
            node.mention_count = 0;
        }
        self.add_node(node)
    }

    /// Adds an edge read again from documents this graph has already merged
    /// in full (a part merged twice): its evidence, rules, places and
    /// documents join the edge's, its counts (sentences, places, documents)
    /// do not add. An edge the graph lacks is added whole, unless some
    /// edges are on disk ([`Graph::spill`]): it is then the spilled edge's
    /// copy, whose counts the stream must not add either.
    pub fn add_edge_again(&mut self, mut edge: Edge) -> bool {
        if self.edges.contains_key(&edge.key) || !self.runs.is_empty() {
            edge.sentences = 0;
            for (_, n) in edge.places.0.iter_mut() {
                *n = 0;
            }
            edge.doc_count = edge.docs_known();
        }
        self.add_edge(edge)
    }

    /// Merges another graph into this one.
    pub fn merge(&mut self, mut other: Graph) {
        // A merge walks every item of `other`, so the smaller graph is folded
        // into the larger (the merge is commutative): the last merges of a
        // parallel build then cost the smaller part, not the whole. The caps
        // stay this graph's.
        let size = |g: &Graph| g.docs.len() + g.nodes.len() + g.edges.len();
        if size(&other) > size(self) {
            std::mem::swap(self, &mut other);
            self.limits = other.limits;
        }
        for (id, info) in other.docs {
            self.add_doc(&id, *info);
        }
        let (nodes, edges) = other.inner.into_nodes_edges();
        for n in nodes {
            self.add_node(n.weight);
        }
        for e in edges {
            self.add_edge(e.weight);
        }
        if !other.runs.is_empty() {
            self.runs.extend(other.runs);
            self.run_edges = None;
        }
        self.stories_counted = false;
        self.runs_weighed = false;
    }

    /// Assigns every document its story and sets every edge's weight to the
    /// number of distinct stories among its documents (see [`Edge::weight`]).
    ///
    /// Documents are grouped in id order ([`crate::clean::dup::stories`]), so the result
    /// depends only on the set of documents: call this once the graph is
    /// whole (after the last merge), and graphs of parts of a corpus, merged,
    /// give exactly the graph of the whole. A document an edge names but the
    /// graph does not know is its own story.
    pub fn count_stories(&mut self) {
        let first = self.story_firsts();
        self.set_stories(first);
    }

    /// For each document in id order, the index of the first document of
    /// its story: the reading half of [`Graph::count_stories`].
    fn story_firsts(&self) -> Vec<usize> {
        let sigs: Vec<Option<&Signature>> =
            self.docs.values().map(|d| d.signature.as_ref()).collect();
        crate::clean::dup::stories(&sigs)
    }

    /// The writing half of [`Graph::count_stories`], with what
    /// [`Graph::story_firsts`] found.
    fn set_stories(&mut self, first: Vec<usize>) {
        let ids: Vec<Arc<str>> = self.docs.keys().cloned().collect();
        for (info, f) in self.docs.values_mut().zip(first) {
            info.story = Some(ids[f].clone());
        }
        self.story_index = StoryIndex::new(&self.docs);
        for e in self.inner.edge_weights_mut() {
            e.weight = story_weight(&self.docs, &self.story_index, e);
        }
        self.stories_counted = true;
        // The runs' weights date from before this count.
        self.runs_weighed = false;
    }

    /// [`story_weight`] against this graph's documents.
    fn story_weight(&self, e: &Edge) -> u64 {
        story_weight(&self.docs, &self.story_index, e)
    }

    /// The number of distinct stories among the documents, as last counted by
    /// [`Graph::count_stories`] (a document without a story counts as one).
    pub fn story_count(&self) -> usize {
        self.docs
            .iter()
            .map(|(id, d)| d.story.as_deref().unwrap_or(id))
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id).map(|&i| &self.inner[i])
    }

    /// Every node, by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes.values().map(|&i| &self.inner[i])
    }

    /// Every edge held in memory, by key: all of them unless the graph
    /// spilled some to disk ([`Graph::spill`]); [`Graph::edge_stream`] gives
    /// every edge either way.
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.edges.values().map(|&i| &self.inner[i])
    }

    /// Every document, by id.
    pub fn docs(&self) -> impl Iterator<Item = (&str, &DocInfo)> {
        self.docs.iter().map(|(k, v)| (&**k, &**v))
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// Number of edges, on disk included (counted by reading them back when
    /// the graph spilled and was not compacted since; an unreadable run then
    /// counts the edges read before it).
    pub fn edge_count(&self) -> usize {
        match (self.runs.is_empty(), self.run_edges) {
            (true, _) => self.edges.len(),
            (false, Some(n)) if self.edges.is_empty() => n,
            _ => self.edge_stream().take_while(Result::is_ok).count(),
        }
    }

    /// The underlying petgraph graph, for graph algorithms inside the crate.
    pub(crate) fn petgraph(&self) -> &DiGraph<Node, Edge> {
        &self.inner
    }

    /// The petgraph index of a node id.
    pub(crate) fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }
}

/// The number of distinct stories among an edge's documents, plus those
/// beyond the cap (see [`Edge::weight`]).
fn story_weight(docs: &BTreeMap<Arc<str>, Box<DocInfo>>, by_hash: &StoryIndex, e: &Edge) -> u64 {
    let mut stories: BTreeSet<&str> = e
        .docs
        .iter()
        .map(|d| docs.get(d).and_then(|i| i.story.as_deref()).unwrap_or(d))
        .collect();
    // A hash the graph's documents lack is a document it does not know:
    // its own story.
    let mut strangers = 0u64;
    for h in e.more_docs.iter().flat_map(|m| m.iter()) {
        match by_hash.story(*h) {
            Some(s) => {
                stories.insert(s);
            }
            None => strangers += 1,
        }
    }
    let beyond = e.doc_count.saturating_sub(e.docs_known());
    let n = stories.len() as u64 + strangers + beyond;
    // Documents counted but not known tell stories the graph already
    // counted, or ones it does not know; either way an edge has no more
    // stories than documents, and (when every document is known to the
    // graph) no more than the graph.
    let bound = match by_hash.stories {
        0 => e.doc_count,
        all => e.doc_count.min(all as u64 + strangers),
    };
    n.min(bound)
}

/// The story of each document by the [`doc_hash`] of its id, sorted by
/// hash, and how many stories there are: what [`story_weight`] needs to
/// read an edge's `more_docs`.
#[derive(Clone, Debug, Default)]
struct StoryIndex {
    by_hash: Vec<(u64, Arc<str>)>,
    stories: usize,
}

impl StoryIndex {
    fn new(docs: &BTreeMap<Arc<str>, Box<DocInfo>>) -> StoryIndex {
        let mut by_hash: Vec<(u64, Arc<str>)> = docs
            .iter()
            .map(|(id, d)| (doc_hash(id), d.story.clone().unwrap_or_else(|| id.clone())))
            .collect();
        by_hash.sort();
        let stories = by_hash
            .iter()
            .map(|(_, s)| s)
            .collect::<BTreeSet<_>>()
            .len();
        StoryIndex { by_hash, stories }
    }

    fn story(&self, h: u64) -> Option<&str> {
        let i = self.by_hash.partition_point(|(x, _)| *x < h);
        self.by_hash
            .get(i)
            .filter(|(x, _)| *x == h)
            .map(|(_, s)| &**s)
    }
}

/// What an edge brings to the heap, roughly: the edge, its slot in the
/// graph and its key in the index, its lists and its evidence text (counted
/// whole though the edges of one sentence share it: an upper bound, so that
/// spilling comes early rather than late).
fn approx_bytes(e: &Edge) -> usize {
    const FIXED: usize = std::mem::size_of::<Edge>() + std::mem::size_of::<EdgeKey>() + 64;
    let evidence: usize = e
        .evidence
        .iter()
        .map(|v| EVIDENCE_BYTES + v.text.len())
        .sum();
    FIXED
        + evidence
        + LIST_ITEM_BYTES * (e.docs.len() + e.places.len() + e.rules.len())
        + HASH_BYTES * e.more_docs.as_ref().map_or(0, |m| m.len())
}

/// A document hash's share of [`approx_bytes`] (in a B-tree).
const HASH_BYTES: usize = 16;

/// An evidence item's share of [`approx_bytes`], less its text: the item and
/// the text's allocation header.
const EVIDENCE_BYTES: usize = std::mem::size_of::<Evidence>() + 16;
/// A document, place or rule entry's share of [`approx_bytes`].
const LIST_ITEM_BYTES: usize = 24;

fn cap<T: Ord>(v: &mut Vec<T>, n: usize) {
    v.sort();
    v.dedup();
    v.truncate(n);
}

/// Adds `other` to the sorted, capped `into`, keeping the `n` smallest.
/// Merging one article into a large graph touches only its few items, where
/// sorting the whole list again would cost more with every article.
fn merge_capped<T: Ord>(into: &mut Vec<T>, other: Vec<T>, n: usize) {
    for x in other {
        if into.len() >= n && into.last().is_some_and(|last| &x >= last) {
            continue;
        }
        if let Err(pos) = into.binary_search(&x) {
            into.insert(pos, x);
            into.truncate(n);
        }
    }
}

/// Keeps, of sorted evidence, the first `max_evidence` sentences of each of
/// the first `max_docs` documents: every document recorded on an edge keeps
/// its proof, and a heavy edge stays bounded.
fn cap_evidence(v: &mut SmallVec<[Evidence; 1]>, limits: Limits) {
    let mut docs = 0usize;
    let mut in_doc = 0usize;
    let mut last: Option<Arc<str>> = None;
    v.retain(|e| {
        if last.as_deref() != Some(&*e.doc) {
            last = Some(e.doc.clone());
            docs += 1;
            in_doc = 0;
        }
        in_doc += 1;
        docs <= limits.max_docs && in_doc <= limits.max_evidence
    });
}

fn merge_doc_info(into: &mut DocInfo, other: DocInfo) {
    // The smaller value wins when both are set, so merge order does not matter.
    fn pick<T: Ord>(a: &mut Option<T>, b: Option<T>) {
        match (a.as_ref(), b) {
            (None, b) => *a = b,
            (Some(x), Some(y)) if y < *x => *a = Some(y),
            _ => {}
        }
    }
    pick(&mut into.date, other.date);
    pick(&mut into.title, other.title);
    pick(&mut into.url, other.url);
    pick(&mut into.signature, other.signature);
    pick(&mut into.story, other.story);
}

fn merge_node(into: &mut Node, other: Node, limits: Limits) {
    // The label is the longest known name (ties: the smaller string), so the
    // fullest name wins whichever graph is merged first.
    if other.label.len() > into.label.len()
        || (other.label.len() == into.label.len() && other.label < into.label)
    {
        into.label = other.label;
    }
    into.kind = into.kind.min(other.kind);
    into.aliases.extend(other.aliases);
    for (k, v) in other.ids {
        let slot = into.ids.entry(k).or_insert_with(|| v.clone());
        if v < *slot {
            *slot = v;
        }
    }
    into.discovered &= other.discovered;
    into.mention_count += other.mention_count;
    merge_capped(&mut into.mentions, other.mentions, limits.max_mentions);
}

fn merge_edge(into: &mut Edge, other: Edge, limits: Limits) {
    let unknown = other.doc_count.saturating_sub(other.docs_known());
    into.sentences += other.sentences;
    for (p, n) in other.places {
        *into.places.entry(p) += n;
    }
    for x in other.evidence {
        if let Err(pos) = into.evidence.binary_search(&x) {
            into.evidence.insert(pos, x);
        }
    }
    cap_evidence(&mut into.evidence, limits);
    into.rules.extend(other.rules);
    // Documents already counted (several reports in one article, or a part
    // merged twice) count once, whether known by id or by hash; documents
    // `other` only counted (past its caps) cannot be recognised and add.
    let mut added = unknown;
    for d in other.docs {
        if !into.has_doc(&d) {
            added += 1;
            into.add_doc(d, limits.max_docs);
        }
    }
    for h in other.more_docs.into_iter().flat_map(|m| m.into_iter()) {
        if !into.has_doc_hash(h) {
            added += 1;
            into.remember_hash(h);
        }
    }
    into.doc_count = (into.doc_count + added).max(into.docs_known());
    // Stories need every document; `Graph::count_stories` sets the real
    // count once the graph is whole.
    into.weight = into.doc_count;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Mentions order as (document, offset, text) whether or not their
        /// strings are shared.
        #[test]
        fn mentions_order_by_document_offset_and_text(
            a in ("[ab]{0,2}", 0..3usize, "[xy]{0,2}"),
            b in ("[ab]{0,2}", 0..3usize, "[xy]{0,2}"),
            share in any::<bool>(),
        ) {
            let m = |(d, at, t): &(String, usize, String)| MentionRef {
                doc: d.as_str().into(),
                span: Span::new(*at, at + 1),
                text: t.as_str().into(),
            };
            let x = m(&a);
            let mut y = m(&b);
            if share && x.doc == y.doc {
                y.doc = x.doc.clone();
            }
            if share && x.text == y.text {
                y.text = x.text.clone();
            }
            let want = (&a.0, a.1, &a.2).cmp(&(&b.0, b.1, &b.2));
            prop_assert_eq!(x.cmp(&y), want);
            prop_assert_eq!(x.partial_cmp(&y), Some(want));
            prop_assert_eq!(x == y, want.is_eq());
        }
    }

    fn node(id: &str, doc: &str, at: usize) -> Node {
        let mut n = Node::new(id, id, Kind::Person);
        n.mention_count = 1;
        n.mentions.push(MentionRef {
            doc: doc.into(),
            span: Span::new(at, at + 3),
            text: id.into(),
        });
        n
    }

    fn edge(s: &str, t: &str, doc: &str, at: usize) -> Edge {
        Edge {
            key: EdgeKey::new(s, Relation::Met, Status::Occurred, t, None),
            weight: 1,
            sentences: 1,
            places: SmallMap::new(),
            evidence: smallvec::smallvec![Evidence {
                doc: doc.into(),
                span: Span::new(at, at + 5),
                text: "x".into(),
                rule: "r".into(),
                initiator: None,
            }],
            rules: ["r".into()].into(),
            docs: [doc.into()].into(),
            more_docs: None,
            doc_count: 1,
        }
    }

    fn graph(parts: &[(&str, &str, &str, usize)]) -> Graph {
        let mut g = Graph::with_limits(Limits {
            max_evidence: 2,
            max_mentions: 2,
            max_docs: 2,
        });
        for &(s, t, doc, at) in parts {
            g.add_node(node(s, doc, at));
            g.add_node(node(t, doc, at + 10));
            g.add_edge(edge(s, t, doc, at));
        }
        g
    }

    fn fingerprint(g: &Graph) -> String {
        format!(
            "{:?}\n{:?}",
            g.nodes().collect::<Vec<_>>(),
            g.edges().collect::<Vec<_>>()
        )
    }

    #[test]
    fn symmetric_relations_are_stored_once() {
        let g = graph(&[("b", "a", "d1", 0), ("a", "b", "d2", 0)]);
        assert_eq!(g.edge_count(), 1);
        let e = g.edges().next().unwrap();
        assert_eq!((&*e.key.source, &*e.key.target, e.weight), ("a", "b", 2));
    }

    #[test]
    fn merge_is_associative_and_commutative() {
        let a = || graph(&[("x", "y", "d1", 0), ("y", "z", "d1", 40)]);
        let b = || graph(&[("x", "y", "d2", 5), ("x", "y", "d0", 9)]);
        let c = || graph(&[("z", "x", "d3", 1)]);
        let mut ab_c = a();
        ab_c.merge(b());
        ab_c.merge(c());
        let mut bc = b();
        bc.merge(c());
        let mut a_bc = a();
        a_bc.merge(bc);
        let mut c_ba = c();
        c_ba.merge(b());
        c_ba.merge(a());
        assert_eq!(fingerprint(&ab_c), fingerprint(&a_bc));
        assert_eq!(fingerprint(&ab_c), fingerprint(&c_ba));
        let e = ab_c.edges().find(|e| &*e.key.target == "y").unwrap();
        assert_eq!(e.sentences, 3);
        assert_eq!(e.weight, 3);
        assert_eq!(e.doc_count, 3);
        assert_eq!(
            e.evidence.iter().map(|v| &*v.doc).collect::<Vec<_>>(),
            ["d0", "d1"]
        );
    }

    #[test]
    fn stories_count_once_with_documents_beyond_the_cap_known_by_hash() {
        let body = "The mayors of Porto and Vigo met on the border bridge on Sunday to open a \
                    cross-border tram line, and agreed to share the cost of its upkeep for ten years.";
        let sig = Signature::of(body);
        assert!(sig.is_some());
        // max_docs is 2: d1 and d2 are kept, d3 by its hash.
        let mut g = graph(&[
            ("x", "y", "d1", 0),
            ("x", "y", "d2", 0),
            ("x", "y", "d3", 0),
        ]);
        for d in ["d1", "d2", "d3"] {
            g.add_doc(
                d,
                DocInfo {
                    signature: sig.clone(),
                    ..DocInfo::default()
                },
            );
        }
        let e = |g: &Graph| g.edges().next().unwrap().clone();
        assert_eq!((e(&g).weight, e(&g).doc_count, e(&g).sentences), (3, 3, 3));
        g.count_stories();
        // d1, d2 and d3 (beyond the cap, known by hash) are one story.
        assert_eq!(e(&g).docs_known(), 3);
        assert_eq!((e(&g).weight, e(&g).doc_count, e(&g).sentences), (1, 3, 3));
        let stories: Vec<_> = g.docs().map(|(_, d)| d.story.as_deref()).collect();
        assert_eq!(stories, [Some("d1"); 3]);
        assert_eq!(g.story_count(), 1);
    }

    #[test]
    fn the_smaller_signature_wins_whatever_the_merge_order() {
        let one = Signature::of("one two three four five six seven eight nine ten eleven twelve");
        let two = Signature::of("a b c d e f g h i j k l m n o p");
        assert!(one.is_some() && two.is_some() && one != two);
        let doc = |s: &Option<Signature>| {
            let mut g = Graph::default();
            g.add_doc(
                "d",
                DocInfo {
                    signature: s.clone(),
                    ..DocInfo::default()
                },
            );
            g
        };
        let mut ab = doc(&one);
        ab.merge(doc(&two));
        let mut ba = doc(&two);
        ba.merge(doc(&one));
        let sig = |g: &Graph| g.docs().next().unwrap().1.signature.clone();
        assert_eq!(sig(&ab), sig(&ba));
        assert_eq!(sig(&ab), one.min(two));
    }

    #[test]
    fn edge_to_unknown_node_is_ignored() {
        let mut g = Graph::default();
        g.add_node(node("a", "d", 0));
        assert!(!g.add_edge(edge("a", "nobody", "d", 0)));
        assert_eq!(g.edge_count(), 0);
    }
}
