//! The graph JSON: the contract read by `eval/score.py`, `query` and `merge`.
//!
//! The wire shape lives here and only here, with a format version, so the
//! internal types are free to change. Writing and reading round-trip.
//!
//! Version 2 made an edge's `weight` the number of distinct stories behind it
//! (near-duplicate articles count once) and added `sentences` (the old
//! weight: supporting sentences in all) and, per document, its near-duplicate
//! `signature` (256 hex digits) and `story` (the first document id of its
//! story). Version 1 files still read: there `sentences` is the written
//! weight, and the weight is the document count, every document its own
//! story, since no signatures were kept.

use crate::clean::dup::{self, Signature};
use crate::date::PartialDate;
use crate::error::{Error, Result};
use crate::graph::{
    DocInfo, Edge, EdgeKey, Evidence, Graph, Limits, MentionRef, Node, SmallMap, SmallSet,
};
use crate::model::{Kind, Relation, Status};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The version of the JSON shape written by this build.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
struct DocJson {
    id: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    /// The first document id of the story this one tells (itself, often).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    story: Option<String>,
    /// The near-duplicate signature, 256 hex digits; absent when the body is
    /// too short to compare.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signature: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct NodeJson {
    id: String,
    label: String,
    kind: Kind,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    ids: BTreeMap<String, String>,
    #[serde(default)]
    discovered: bool,
    #[serde(default)]
    mention_count: u64,
    #[serde(default)]
    mentions: Vec<SpanJson>,
}

#[derive(Serialize, Deserialize)]
struct SpanJson {
    doc: String,
    text: String,
    start: usize,
    end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    initiator: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct EdgeJson {
    source: String,
    target: String,
    relation: Relation,
    status: Status,
    date: Option<String>,
    place: Option<String>,
    #[serde(default)]
    places: BTreeMap<String, u64>,
    /// Distinct stories supporting the edge.
    #[serde(default)]
    weight: u64,
    /// Supporting sentences in all (near-duplicates included).
    #[serde(default)]
    sentences: Option<u64>,
    #[serde(default)]
    rules: Vec<String>,
    /// The first supporting documents (at most `Limits::max_docs`).
    #[serde(default)]
    docs: Vec<String>,
    /// The hashes of the other supporting documents (16 hex digits each).
    #[serde(default)]
    more_docs: Vec<String>,
    /// How many documents support the edge in all.
    #[serde(default)]
    doc_count: Option<u64>,
    evidence: Vec<SpanJson>,
}

/// Writes the graph as pretty-printed JSON, deterministic byte for byte.
pub fn to_string(g: &Graph) -> String {
    String::from_utf8(super::to_vec(|w| write_to(g, w))).expect("serde_json writes UTF-8")
}

/// Writes the graph JSON of [`to_string`] to `w` as it goes: the document is
/// never whole in memory, nor is a copy of the graph in the wire types. Give
/// it a buffered writer (the serializer writes many small pieces).
///
/// The documents, nodes and edges are serialized on every core, a window of
/// them at a time, and written in order: the JSON of a large graph is as
/// much work as a tenth of its analysis, and on one core it held back the
/// end of every parallel run. The bytes are those of one `serde_json`
/// pretty printer over the whole graph (a test holds the two together).
pub fn write_to(g: &Graph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_with(g, w, true)
}

/// [`write_to`] with the documents' signatures left out: the graph JSON of a
/// file, whose signatures go to a file of their own beside it
/// ([`super::signatures`]).
pub fn write_without_signatures(g: &Graph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_with(g, w, false)
}

fn write_with(g: &Graph, w: &mut dyn std::io::Write, signatures: bool) -> std::io::Result<()> {
    write!(
        w,
        "{{\n  \"format_version\": {FORMAT_VERSION},\n  \"documents\": "
    )?;
    pretty_array(w, g.docs().map(Ok), (WINDOW, CHUNK), |&d, out| {
        let mut doc = doc_out(d);
        if !signatures {
            doc.signature = None;
        }
        serde_json::to_writer_pretty(out, &doc)
    })?;
    w.write_all(b",\n  \"nodes\": ")?;
    pretty_array(w, g.nodes().map(Ok), NODE_WINDOW, |n, out| {
        serde_json::to_writer_pretty(out, &node_out(n))
    })?;
    w.write_all(b",\n  \"edges\": ")?;
    // The edges stream from the graph (from disk, when it spilled), a
    // window at a time.
    pretty_array(w, g.edge_stream(), EDGE_WINDOW, |e, out| {
        serde_json::to_writer_pretty(out, &edge_out(e))
    })?;
    w.write_all(b"\n}\n")
}

/// Documents per window of [`pretty_array`]: the JSON of one window (a few
/// megabytes) is in memory at a time.
const WINDOW: usize = 8192;
/// Documents per task within a window.
const CHUNK: usize = 256;
/// Nodes per window and task: a node keeps up to a thousand mentions, so its
/// JSON can be a hundred kilobytes.
const NODE_WINDOW: (usize, usize) = (256, 16);
/// Edges per window and task: an edge keeps up to five hundred evidence
/// sentences.
const EDGE_WINDOW: (usize, usize) = (1024, 64);

/// Writes `items` as the pretty-printed JSON array of a field of the top
/// object, each rendered by `render` as a document of its own and indented
/// to its depth (a JSON string holds no raw newline, so every newline of a
/// rendered item starts one of its lines). The items are taken a window at a
/// time; the first error among them ends the array with that error.
fn pretty_array<T: Sync>(
    w: &mut dyn std::io::Write,
    items: impl Iterator<Item = std::io::Result<T>>,
    (size, chunk): (usize, usize),
    render: impl Fn(&T, &mut Vec<u8>) -> serde_json::Result<()> + Sync,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let mut items = items.peekable();
    if items.peek().is_none() {
        return w.write_all(b"[]");
    }
    w.write_all(b"[")?;
    let mut window: Vec<T> = Vec::with_capacity(size);
    let mut n = 0;
    loop {
        window.clear();
        for x in items.by_ref().take(size) {
            window.push(x?);
        }
        if window.is_empty() {
            break;
        }
        let parts: Vec<serde_json::Result<Vec<u8>>> = window
            .par_chunks(chunk)
            .enumerate()
            .map(|(c, chunk)| {
                let mut out = Vec::new();
                let mut item = Vec::new();
                for (i, x) in chunk.iter().enumerate() {
                    item.clear();
                    render(x, &mut item)?;
                    if n + c + i > 0 {
                        out.push(b',');
                    }
                    for line in item.split(|&b| b == b'\n') {
                        out.extend_from_slice(b"\n    ");
                        out.extend_from_slice(line);
                    }
                }
                Ok(out)
            })
            .collect();
        for part in parts {
            w.write_all(&part?)?;
        }
        n += 1;
    }
    w.write_all(b"\n  ]")
}

// The writing side of the wire shape: the same fields, in the same order and
// with the same omissions, as `GraphJson` and the types it holds, but
// borrowing from the graph. The round-trip tests hold the two sides together.

/// The whole graph as one `serde_json` value: what [`write_to`] writes in
/// parallel pieces, for the test that checks the bytes are the same.
#[cfg(test)]
struct GraphOut<'g>(&'g Graph);

#[cfg(test)]
impl Serialize for GraphOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let g = self.0;
        let mut st = s.serialize_struct("GraphJson", 4)?;
        st.serialize_field("format_version", &FORMAT_VERSION)?;
        st.serialize_field("documents", &Seq(|| g.docs().map(doc_out)))?;
        st.serialize_field("nodes", &Seq(|| g.nodes().map(node_out)))?;
        st.serialize_field("edges", &Seq(|| g.edges().map(edge_out)))?;
        st.end()
    }
}

/// A sequence serialized from an iterator made on demand.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct DocOut<'a> {
    id: &'a str,
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    story: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    signature: Option<String>,
}

fn doc_out<'a>((id, d): (&'a str, &'a DocInfo)) -> DocOut<'a> {
    DocOut {
        id,
        date: d.date.map(|d| d.to_string()),
        title: d.title.as_deref(),
        url: d.url.as_deref(),
        story: d.story.as_deref(),
        signature: d.signature.as_ref().map(Signature::to_hex),
    }
}

#[derive(Serialize)]
struct NodeOut<'a, M: Serialize> {
    id: &'a str,
    label: &'a str,
    kind: Kind,
    aliases: &'a BTreeSet<String>,
    ids: &'a BTreeMap<String, String>,
    discovered: bool,
    mention_count: u64,
    mentions: M,
}

fn node_out(n: &Node) -> NodeOut<'_, impl Serialize + '_> {
    NodeOut {
        id: &n.id,
        label: &n.label,
        kind: n.kind,
        aliases: &n.aliases,
        ids: &n.ids,
        discovered: n.discovered,
        mention_count: n.mention_count,
        mentions: Seq(|| {
            n.mentions.iter().map(|m| SpanOut {
                doc: &m.doc,
                text: &m.text,
                start: m.span.start,
                end: m.span.end,
                rule: None,
                initiator: None,
            })
        }),
    }
}

#[derive(Serialize)]
struct SpanOut<'a> {
    doc: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'a str>,
    /// The actor the text says initiated the relation (evidence only).
    #[serde(skip_serializing_if = "Option::is_none")]
    initiator: Option<&'a str>,
}

#[derive(Serialize)]
struct EdgeOut<'a, V: Serialize> {
    source: &'a str,
    target: &'a str,
    relation: Relation,
    status: Status,
    date: Option<String>,
    place: Option<&'a str>,
    places: &'a SmallMap<Arc<str>, u64>,
    weight: u64,
    sentences: u64,
    rules: &'a SmallSet<Arc<str>>,
    docs: &'a SmallSet<Arc<str>>,
    /// The other documents, by hash (16 hex digits), so that `merge`
    /// counts stories exactly and recognises a document merged twice.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    more_docs: Vec<String>,
    doc_count: u64,
    evidence: V,
}

fn edge_out(e: &Edge) -> EdgeOut<'_, impl Serialize + '_> {
    EdgeOut {
        source: &e.key.source,
        target: &e.key.target,
        relation: e.key.relation,
        status: e.key.status,
        date: e.key.date.map(|d| d.to_string()),
        place: e.place(),
        places: &e.places,
        weight: e.weight,
        sentences: e.sentences,
        rules: &e.rules,
        docs: &e.docs,
        more_docs: e
            .more_docs
            .iter()
            .flat_map(|m| m.iter())
            .map(|h| format!("{h:016x}"))
            .collect(),
        doc_count: e.doc_count,
        evidence: Seq(|| {
            e.evidence.iter().map(|v| SpanOut {
                doc: &v.doc,
                text: &v.text,
                start: v.span.start,
                end: v.span.end,
                rule: Some(&v.rule),
                initiator: Some(v.initiator_or(&e.key)),
            })
        }),
    }
}

/// Reads a graph written by [`to_string`]. `file` names the source in errors.
pub fn from_str(s: &str, file: &str, limits: Limits) -> Result<Graph> {
    let mut g = Graph::with_limits(limits);
    let mut de = serde_json::Deserializer::from_str(s);
    read_with(&mut de, file, &mut g, &mut |_| {}, BTreeMap::new())?;
    Ok(g)
}

/// Reads a graph JSON file from `reader` into `g`, merging it with what `g`
/// holds (as [`Graph::merge`] of the file's graph would), one item at a
/// time: the file is never held whole, nor its edges, and `after_edge` is
/// called with `g` after each edge is added (to spill, say: see
/// [`Graph::spill`]). `file` names the source in errors, which give the line.
/// On an error, `g` holds part of the file.
///
/// Documents are keyed by id: a node or edge whose documents `g` held
/// before this file (all of them, or all the file's) is already counted, so
/// it adds its sets but not its counts ([`Graph::add_edge_again`]), and a
/// graph read twice is the graph read once.
pub fn read_into(
    reader: impl std::io::Read,
    file: &str,
    g: &mut Graph,
    after_edge: &mut dyn FnMut(&mut Graph),
) -> Result<()> {
    read_into_signed(reader, file, g, after_edge, BTreeMap::new())
}

/// [`read_into`], the documents that carry no signature of their own taking
/// theirs from `signatures` (read from the file beside the graph's,
/// [`super::signatures::read`]). A document with neither is compared by id
/// only: it is its own story.
pub fn read_into_signed(
    reader: impl std::io::Read,
    file: &str,
    g: &mut Graph,
    after_edge: &mut dyn FnMut(&mut Graph),
    signatures: BTreeMap<String, Signature>,
) -> Result<()> {
    let mut de = serde_json::Deserializer::from_reader(reader);
    read_with(&mut de, file, g, after_edge, signatures)
}

fn read_with<'de, R: serde_json::de::Read<'de>>(
    de: &mut serde_json::Deserializer<R>,
    file: &str,
    g: &mut Graph,
    after_edge: &mut dyn FnMut(&mut Graph),
    signatures: BTreeMap<String, Signature>,
) -> Result<()> {
    use serde::de::DeserializeSeed;
    let mut reader = Reader {
        g,
        after_edge,
        problem: None,
        version: None,
        nodes: BTreeSet::new(),
        nodes_read: false,
        edges_read: false,
        early_edges: Vec::new(),
        file_docs: 0,
        seen: BTreeSet::new(),
        seen_hashes: BTreeSet::new(),
        signatures,
    };
    let read = (&mut reader).deserialize(&mut *de).and_then(|()| de.end());
    if let Some(message) = reader.problem.take() {
        let line = read.as_ref().err().map(|e| e.line());
        return Err(Error::parse(file, line, message));
    }
    read.map_err(|e| {
        if e.is_io() {
            Error::parse(file, None, format!("cannot read: {e}"))
        } else {
            Error::parse(file, Some(e.line()), format!("not a graph JSON file: {e}"))
        }
    })?;
    for (seen, field) in [
        (reader.version.is_some(), "format_version"),
        (reader.nodes_read, "nodes"),
        (reader.edges_read, "edges"),
    ] {
        if !seen {
            return Err(Error::parse(
                file,
                None,
                format!("not a graph JSON file: missing field `{field}`"),
            ));
        }
    }
    // Edges written before the nodes (not by this program) wait for them.
    for e in std::mem::take(&mut reader.early_edges) {
        reader.edge(e).map_err(|m| Error::parse(file, None, m))?;
    }
    Ok(())
}

/// The state of [`read_into`]: the graph read into, and what the file has
/// shown so far.
struct Reader<'a> {
    g: &'a mut Graph,
    after_edge: &'a mut dyn FnMut(&mut Graph),
    /// A problem with the file's content (not its syntax), reported with
    /// the line the parser stopped at.
    problem: Option<String>,
    version: Option<u32>,
    /// The ids of this file's nodes: an edge must name two of them.
    nodes: BTreeSet<String>,
    nodes_read: bool,
    edges_read: bool,
    early_edges: Vec<EdgeJson>,
    /// How many documents the file lists, and those the graph had before
    /// the file (by id and by [`crate::graph::doc_hash`]).
    file_docs: usize,
    seen: BTreeSet<String>,
    seen_hashes: BTreeSet<u64>,
    /// Signatures of the file's documents, from the file beside it.
    signatures: BTreeMap<String, Signature>,
}

impl Reader<'_> {
    /// Keeps `message` to report with the line the parser stopped at, and
    /// the error that stops it.
    fn fail<E: serde::de::Error>(&mut self, message: String) -> E {
        let e = E::custom(&message);
        self.problem = Some(message);
        e
    }

    /// True when the graph had, before this file, every document this
    /// file lists.
    fn all_seen(&self) -> bool {
        self.file_docs > 0 && self.seen.len() == self.file_docs
    }

    /// True when an item of these documents (by id and by hash) comes from
    /// documents the graph had merged before this file: its counts are
    /// there already (documents are keyed by id).
    fn again<'d>(
        &self,
        mut ids: impl Iterator<Item = &'d str>,
        mut hashes: impl Iterator<Item = u64>,
    ) -> bool {
        !self.seen.is_empty()
            && ids.all(|d| self.seen.contains(d))
            && hashes.all(|h| self.seen_hashes.contains(&h))
    }

    fn legacy(&self) -> bool {
        self.version.is_some_and(|v| v < 2)
    }

    fn doc(&mut self, d: DocJson) -> std::result::Result<(), String> {
        let signature = match d.signature {
            None => self.signatures.remove(&d.id),
            Some(s) => Some(Signature::from_hex(&s).ok_or_else(|| {
                format!(
                    "invalid signature '{}' in document '{}': expected {} hex digits",
                    s.chars().take(24).collect::<String>(),
                    d.id,
                    dup::SIG_LEN * 4
                )
            })?),
        };
        let info = DocInfo {
            date: date(d.date, &format!("document '{}'", d.id))?,
            title: d.title.map(String::into_boxed_str),
            url: d.url.map(String::into_boxed_str),
            signature,
            story: d.story.map(Arc::from),
        };
        self.file_docs += 1;
        if self.g.has_doc(&d.id) {
            self.seen_hashes.insert(crate::graph::doc_hash(&d.id));
            self.seen.insert(d.id.clone());
        }
        self.g.add_doc(&d.id, info);
        Ok(())
    }

    fn node(&mut self, n: NodeJson) -> std::result::Result<(), String> {
        self.nodes.insert(n.id.clone());
        let mut node = Node::new(n.id, n.label, n.kind);
        node.aliases = n.aliases.into_iter().collect();
        node.ids = n.ids;
        node.discovered = n.discovered;
        node.mentions = n
            .mentions
            .into_iter()
            .map(|m| MentionRef {
                doc: m.doc.into(),
                span: Span::new(m.start, m.end),
                text: m.text.into(),
            })
            .collect();
        node.mention_count = n.mention_count.max(node.mentions.len() as u64);
        if self.again(node.mentions.iter().map(|m| &*m.doc), [].into_iter())
            && (node.mention_count == node.mentions.len() as u64 || self.all_seen())
        {
            self.g.add_node_again(node);
        } else {
            self.g.add_node(node);
        }
        Ok(())
    }

    fn edge(&mut self, e: EdgeJson) -> std::result::Result<(), String> {
        if !self.nodes_read {
            self.early_edges.push(e);
            return Ok(());
        }
        let what = format!("edge {} {} {}", e.source, e.relation, e.target);
        if !self.nodes.contains(&e.source) || !self.nodes.contains(&e.target) {
            return Err(format!("{what} names a node that is not in the file"));
        }
        let key = EdgeKey::new(
            &e.source,
            e.relation,
            e.status,
            &e.target,
            date(e.date, &what)?,
        );
        let evidence: smallvec::SmallVec<[Evidence; 1]> = e
            .evidence
            .into_iter()
            .map(|v| Evidence {
                doc: v.doc.into(),
                span: Span::new(v.start, v.end),
                text: v.text.into(),
                rule: v.rule.unwrap_or_default().into(),
                initiator: v.initiator.map(Arc::from),
            })
            .collect();
        let mut places: SmallMap<Arc<str>, u64> =
            e.places.into_iter().map(|(p, n)| (p.into(), n)).collect();
        if places.is_empty()
            && let Some(p) = e.place
        {
            places.insert(p.into(), 1);
        }
        let mut docs: SmallSet<Arc<str>> = e.docs.into_iter().map(Arc::from).collect();
        docs.extend(evidence.iter().map(|v| v.doc.clone()));
        let mut more = std::collections::BTreeSet::new();
        for h in &e.more_docs {
            let parsed = (h.len() == 16)
                .then(|| u64::from_str_radix(h, 16).ok())
                .flatten();
            let Some(h) = parsed else {
                return Err(format!(
                    "{what}: invalid document hash '{}': expected 16 hex digits",
                    h.chars().take(24).collect::<String>()
                ));
            };
            more.insert(h);
        }
        let known = (docs.len() + more.len()) as u64;
        let doc_count = e.doc_count.unwrap_or(known).max(known);
        let more_docs = (!more.is_empty()).then(|| Box::new(more));
        let edge = Edge {
            key,
            // A version 1 weight counted sentences; with no signatures kept,
            // every document is its own story.
            weight: if self.legacy() {
                doc_count.max(1)
            } else {
                e.weight.max(1)
            },
            sentences: e.sentences.unwrap_or(e.weight).max(1),
            places,
            rules: e.rules.into_iter().map(Arc::from).collect(),
            docs,
            more_docs,
            doc_count,
            evidence,
        };
        let more = edge.more_docs.iter().flat_map(|m| m.iter().copied());
        if self.again(edge.docs.iter().map(|d| &**d), more)
            && (edge.doc_count == edge.docs_known() || self.all_seen())
        {
            self.g.add_edge_again(edge);
        } else {
            self.g.add_edge(edge);
        }
        (self.after_edge)(self.g);
        Ok(())
    }
}

/// A date of the file, `None` when absent; `what` says whose in errors.
fn date(s: Option<String>, what: &str) -> std::result::Result<Option<PartialDate>, String> {
    match s {
        None => Ok(None),
        Some(s) => PartialDate::parse(&s)
            .map(Some)
            .ok_or_else(|| format!("invalid date '{s}' in {what}")),
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for &mut Reader<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for &mut Reader<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a graph object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match &*key {
                "format_version" => {
                    let v: u32 = map.next_value()?;
                    if v > FORMAT_VERSION {
                        return Err(self.fail(format!(
                            "format_version {v} is newer than this build reads ({FORMAT_VERSION})"
                        )));
                    }
                    self.version = Some(v);
                }
                "documents" => map.next_value_seed(Each(&mut *self, Reader::doc))?,
                "nodes" => {
                    map.next_value_seed(Each(&mut *self, Reader::node))?;
                    self.nodes_read = true;
                }
                "edges" => {
                    map.next_value_seed(Each(&mut *self, Reader::edge))?;
                    self.edges_read = true;
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// Reads a JSON array, handing each item to the function as it comes.
struct Each<'r, 'a, T>(
    &'r mut Reader<'a>,
    fn(&mut Reader<'a>, T) -> std::result::Result<(), String>,
);

impl<'de, T: Deserialize<'de>> serde::de::DeserializeSeed<'de> for Each<'_, '_, T> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Each<'_, '_, T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<(), A::Error> {
        let Each(reader, f) = self;
        while let Some(item) = seq.next_element::<T>()? {
            if let Err(m) = f(reader, item) {
                return Err(reader.fail(m));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
