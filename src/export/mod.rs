//! Exports: the graph as files other programs open.
//!
//! Each format has its own writer, all of them ours (petgraph's `Dot` says its
//! output may change; petgraph-graphml writes string-only keys in hash order).
//! [`write_atomic`] puts the bytes in place through a temporary file and a
//! rename, so an interrupted run leaves the old file or none, never half a file.
//!
//! Policies shared by the graph formats (GraphML, GEXF, DOT, SVG):
//!
//! - **Deterministic.** Nodes are written in id order and edges in key order
//!   (`Graph::nodes`, `Graph::edges`); the same graph gives the same bytes.
//! - **Every edge is directed.** NetworkX refuses files that mix directed and
//!   undirected edges, so the graph is declared directed and a symmetric
//!   relation (met, called, spoke_to) is one edge from the smaller id to the
//!   larger, carrying `symmetric = true`. Treat those as undirected when
//!   analysing; the DOT picture draws them without an arrowhead, from the
//!   `initiator` (who the text says called, visited or asked: an attribute
//!   of every edge, and of every evidence item in JSON) to the other.
//! - **Parallel edges.** By default one file edge per graph edge: the graph
//!   already keeps one edge per (source, relation, status, target, date),
//!   with `weight` = the number of distinct stories supporting it (the same
//!   wire story on several sites counts once; see [`crate::graph::Edge`]),
//!   `sentences` = the number of supporting sentences in all, and the first
//!   evidence sentence attached. With [`ExportOptions::multi`] each kept
//!   evidence item becomes its own edge of weight 1 (and 1 sentence) with its
//!   own sentence, document and rule (the graph keeps at most
//!   `Limits::max_evidence` items per edge, so the edge count can be below
//!   the edge's sentences; an edge without evidence is written once, with its
//!   weight). Every edge has a unique id (`e12`, or
//!   `e12.3` for the fourth item of edge 12 with `multi`).
//! - **Ids.** Node ids are the actor ids. A character other than an ASCII
//!   letter, digit, `-` or `.` is written as `_hex_` (`_5f_` for `_` itself),
//!   which keeps ids unique and valid as XML `NMTOKEN`s in every format.

pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod signatures;
pub mod svg;
pub mod xml;

use crate::error::{Error, Result};
use crate::graph::{Edge, Evidence, Graph};
use crate::model::{Kind, Relation, Status};
use std::borrow::Cow;
use std::fmt;
use std::io::Write;
use std::path::Path;
use std::str::FromStr;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// The graph JSON contract.
    Json,
    /// GraphML 1.0 with typed keys (yEd, Gephi, NetworkX, igraph, graphology).
    Graphml,
    /// GEXF 1.3, Gephi's own format, with dates as spells for the timeline.
    Gexf,
    /// Graphviz DOT, styled by kind, relation and status, with a legend.
    Dot,
    /// The DOT drawn by Graphviz's `dot -Tsvg` (needs Graphviz installed).
    Svg,
}

/// Choices that change what an export contains.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// One edge per evidence item instead of one per graph edge (GraphML,
    /// GEXF, DOT, SVG; JSON ignores it).
    pub multi: bool,
    /// What the picture shows (DOT and SVG only; the data formats always
    /// hold the whole graph).
    pub drawing: Drawing,
}

/// What the DOT (and SVG) picture shows. The default draws everything, with
/// a legend and holds_office as edges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drawing {
    /// Leave the legend out.
    pub no_legend: bool,
    /// Draw only these relations (empty: all).
    pub relations: Vec<Relation>,
    /// Draw only these statuses (empty: all).
    pub statuses: Vec<Status>,
    /// Leave out the actors no drawn edge touches.
    pub drop_isolated: bool,
    /// How offices are shown.
    pub offices: Offices,
}

/// How the picture shows who holds which office.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Offices {
    /// holds_office edges from the person to the office node.
    #[default]
    Edges,
    /// The offices folded into the holder's label, one line each; no
    /// holds_office edges, and an office node only where something else
    /// touches it.
    Label,
}

impl FromStr for Offices {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Offices, String> {
        match s {
            "edges" => Ok(Offices::Edges),
            "label" => Ok(Offices::Label),
            _ => Err(format!(
                "unknown offices display '{s}': expected label or edges"
            )),
        }
    }
}

impl Drawing {
    /// True when the picture draws edge `e` (its relation and status pass the
    /// filters, and it is not an office folded into a label).
    pub fn draws(&self, e: &Edge) -> bool {
        let r = e.key.relation;
        (self.relations.is_empty() || self.relations.contains(&r))
            && (self.statuses.is_empty() || self.statuses.contains(&e.key.status))
            && !(self.offices == Offices::Label && r == Relation::HoldsOffice)
    }
}

impl Format {
    /// Every format, in the order `--format` lists them.
    pub const ALL: [Format; 5] = [
        Format::Json,
        Format::Graphml,
        Format::Gexf,
        Format::Dot,
        Format::Svg,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Dot => "dot",
            Format::Svg => "svg",
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        self.as_str()
    }

    /// The graph in this format. Only SVG can fail: it runs Graphviz.
    pub fn render(self, g: &Graph, opts: &ExportOptions) -> Result<Vec<u8>> {
        match self {
            Format::Svg => svg::render(&dot::to_string(g, opts)),
            _ => Ok(to_vec(|w| self.stream(g, opts, w))),
        }
    }

    /// Writes the graph in this format to `path` with [`write_atomic_with`],
    /// streaming it into the file: a large graph's document is never whole in
    /// memory (SVG excepted, since Graphviz draws the whole picture first).
    /// Graph JSON leaves the documents' signatures to a file of its own
    /// beside it ([`signatures::path_for`]), written the same way.
    pub fn write_file(self, g: &Graph, opts: &ExportOptions, path: &Path) -> Result<()> {
        match self {
            Format::Svg => write_atomic(path, &self.render(g, opts)?),
            // The signatures go beside the graph, written first: a graph
            // file is never newer than its signatures (an empty file when
            // no document has one, so none of an earlier run lingers).
            Format::Json => {
                write_atomic_with(&signatures::path_for(path), |w| signatures::write_to(g, w))?;
                write_atomic_with(path, |w| json::write_without_signatures(g, w))
            }
            _ => write_atomic_with(path, |w| self.stream(g, opts, w)),
        }
    }

    /// Writes a format that needs no outside program.
    fn stream(self, g: &Graph, opts: &ExportOptions, w: &mut dyn Write) -> std::io::Result<()> {
        match self {
            Format::Json => json::write_to(g, w),
            Format::Graphml => graphml::write_to(g, opts, w),
            Format::Gexf => gexf::write_to(g, opts, w),
            Format::Dot | Format::Svg => dot::write_to(g, opts, w),
        }
    }
}

/// The bytes `write` produces, for the callers that want a document in
/// memory. Writing into a `Vec` cannot fail.
pub(crate) fn to_vec(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Vec<u8> {
    let mut bytes = Vec::new();
    write(&mut bytes).expect("writing into a Vec cannot fail");
    bytes
}
impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        let wanted = s.trim().to_ascii_lowercase();
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
                format!(
                    "unknown format '{s}'; expected one of: {}",
                    names.join(", ")
                )
            })
    }
}

/// The longest node id written, in bytes (all ASCII): far under Graphviz's
/// 16,384 bytes for a quoted string and libxml2's limits.
pub const MAX_FILE_ID: usize = 1024;

/// The id written for a node: the actor id, with every character other than
/// an ASCII letter, digit, `-` or `.` written as `_hex_`. Injective (`_` is
/// itself escaped), and always a valid XML `NMTOKEN` and DOT string. One
/// longer than [`MAX_FILE_ID`] bytes is cut and ends with `:` and a 64-bit
/// hash (FNV-1a) of the whole id, which no escaped id contains; graph JSON
/// keeps the whole id.
pub fn file_id(id: &str) -> Cow<'_, str> {
    let id_ = escaped_id(id);
    if id_.len() <= MAX_FILE_ID {
        return id_;
    }
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let mut out = id_[..MAX_FILE_ID - 17].to_string();
    out.push_str(&format!(":{hash:016x}"));
    Cow::Owned(out)
}

fn escaped_id(id: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.';
    if !id.is_empty() && id.chars().all(plain) {
        return Cow::Borrowed(id);
    }
    let mut out = String::with_capacity(id.len() + 8);
    for c in id.chars() {
        if plain(c) {
            out.push(c);
        } else {
            out.push_str(&format!("_{:x}_", c as u32));
        }
    }
    if out.is_empty() {
        // An empty id still needs a name that no other id can produce.
        out.push('_');
    }
    Cow::Owned(out)
}

/// An external id scheme as GraphML and GEXF name it (key id and
/// `attr.name`, attribute id and `title`): `id_` and the scheme with only
/// the characters an XML `NMTOKEN` cannot hold written as `_hex_`, so
/// `iso3166_alpha3` reads `id_iso3166_alpha3`, and `cameo code`
/// `id_cameo_20_code`. When two schemes would share a name, the names are
/// `id_` and the scheme through [`file_id`], which never do.
pub(crate) struct SchemeKey<'g> {
    /// The name.
    pub name: String,
    /// The scheme, as the nodes' `ids` have it.
    pub scheme: &'g str,
}

/// The external id schemes of `g`'s nodes, in order ([`SchemeKey`]).
pub(crate) fn scheme_keys(g: &Graph) -> Vec<SchemeKey<'_>> {
    let schemes: std::collections::BTreeSet<&str> = g
        .nodes()
        .flat_map(|n| n.ids.keys().map(String::as_str))
        .collect();
    let readable = |s: &str| {
        let mut out = String::from("id_");
        for c in s.chars() {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                out.push(c);
            } else {
                out.push_str(&format!("_{:x}_", c as u32));
            }
        }
        out
    };
    let mut keys: Vec<SchemeKey> = schemes
        .into_iter()
        .map(|s| SchemeKey {
            name: readable(s),
            scheme: s,
        })
        .collect();
    let names: std::collections::BTreeSet<&str> = keys.iter().map(|k| k.name.as_str()).collect();
    if names.len() < keys.len() {
        for k in &mut keys {
            k.name = format!("id_{}", file_id(k.scheme));
        }
    }
    keys
}

/// The label of the place `id` an edge names, for `place_label` beside
/// its id (the id itself when the graph has no such node).
pub(crate) fn place_label<'g>(g: &'g Graph, id: &'g str) -> &'g str {
    g.node(id).map_or(id, |n| n.label.as_str())
}

/// One edge as written to a file: a whole graph edge, or one of its evidence
/// items when [`ExportOptions::multi`] is set.
pub(crate) struct OutEdge<'g> {
    /// Unique edge id (`e3`, or `e3.1` with `multi`).
    pub id: String,
    /// The graph edge.
    pub edge: &'g Edge,
    /// Distinct stories this file edge stands for (1 for an evidence item).
    pub weight: u64,
    /// Supporting sentences this file edge stands for (1 for an evidence item).
    pub sentences: u64,
    /// The evidence shown with it: the first item, or its own item.
    pub evidence: Option<&'g Evidence>,
    /// The rule ids, joined with "; ".
    pub rules: String,
}

impl OutEdge<'_> {
    /// Who initiated the relation, by node id: that of the evidence shown,
    /// else the edge's source.
    pub fn initiator(&self) -> &str {
        match self.evidence {
            Some(v) => v.initiator_or(&self.edge.key),
            None => &self.edge.key.source,
        }
    }
}

/// Calls `f` with each file edge of `g` in key order, per the
/// parallel-edge policy in the module documentation. The edges stream from
/// the graph ([`Graph::edge_stream`]), so a graph spilled to disk is read
/// back one edge at a time; an edge that cannot be read back ends the walk
/// with its error.
pub(crate) fn for_each_out_edge(
    g: &Graph,
    opts: &ExportOptions,
    mut f: impl FnMut(&OutEdge<'_>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    for (i, e) in g.edge_stream().enumerate() {
        let e = e?;
        let e: &Edge = &e;
        let all_rules = || e.rules.iter().map(|r| &**r).collect::<Vec<_>>().join("; ");
        if opts.multi && !e.evidence.is_empty() {
            for (k, v) in e.evidence.iter().enumerate() {
                f(&OutEdge {
                    id: format!("e{i}.{k}"),
                    edge: e,
                    weight: 1,
                    sentences: 1,
                    evidence: Some(v),
                    rules: if v.rule.is_empty() {
                        all_rules()
                    } else {
                        v.rule.to_string()
                    },
                })?;
            }
        } else {
            f(&OutEdge {
                id: format!("e{i}"),
                edge: e,
                weight: e.weight,
                sentences: e.sentences,
                evidence: e.evidence.first(),
                rules: all_rules(),
            })?;
        }
    }
    Ok(())
}

/// The number of file edges of `g` ([`for_each_out_edge`]) and whether any
/// is dated, from one cheap pass over the edges.
pub(crate) fn count_out_edges(
    g: &Graph,
    opts: &ExportOptions,
    dated: impl Fn(&Edge) -> bool,
) -> std::io::Result<(usize, bool)> {
    let (mut n, mut any) = (0, false);
    for e in g.edge_stream() {
        let e = e?;
        n += if opts.multi {
            e.evidence.len().max(1)
        } else {
            1
        };
        any = any || dated(&e);
    }
    Ok((n, any))
}

/// The colour of a node kind, as RGB (Tableau 10 hues, distinct from the
/// relation colours).
pub(crate) fn kind_color(k: Kind) -> (u8, u8, u8) {
    match k {
        Kind::Person => (0x4E, 0x79, 0xA7),
        Kind::Place => (0x59, 0xA1, 0x4F),
        Kind::Organization => (0xF2, 0x8E, 0x2B),
        Kind::Office => (0xB0, 0x7A, 0xA1),
    }
}

/// The colour of a relation, as RGB (Okabe-Ito hues, readable by
/// colour-blind people; red is kept for canceled and denied in DOT).
pub(crate) fn relation_color(r: Relation) -> (u8, u8, u8) {
    match r {
        Relation::Met => (0x00, 0x72, 0xB2),
        Relation::Called => (0x56, 0xB4, 0xE9),
        Relation::SpokeTo => (0x00, 0x9E, 0x73),
        Relation::Canceled => (0xCC, 0x79, 0xA7),
        Relation::Visited => (0xE6, 0x9F, 0x00),
        Relation::Hosted => (0x8C, 0x6D, 0x1F),
        Relation::Criticized => (0x6A, 0x3D, 0x9A),
        Relation::HoldsOffice => (0x7F, 0x7F, 0x7F),
    }
}

/// How an edge of a status looks in a picture: its colour (RGB), how opaque
/// it is (1.0 solid) and its line style (a Graphviz style name; GEXF's
/// `viz:shape` uses the same words but for `bold`). Occurred, planned and
/// hypothetical keep the relation's colour and differ by line (solid, dashed,
/// dotted, the last two paler); canceled is red and bold; denied is near-black
/// and dashed, so neither can pass for an event that happened nor for one
/// another.
pub(crate) fn status_look(s: Status, r: Relation) -> ((u8, u8, u8), f32, &'static str) {
    match s {
        Status::Occurred => (relation_color(r), 1.0, "solid"),
        Status::Planned => (relation_color(r), 0.7, "dashed"),
        Status::Hypothetical => (relation_color(r), 0.45, "dotted"),
        Status::Canceled => (CANCELED, 1.0, "bold"),
        Status::Denied => (DENIED, 1.0, "dashed"),
    }
}

/// Red, for relations that were called off.
pub(crate) const CANCELED: (u8, u8, u8) = (0xD6, 0x27, 0x28);

/// Near-black, for relations a party denied.
pub(crate) const DENIED: (u8, u8, u8) = (0x33, 0x33, 0x33);

/// `#rrggbb`.
pub(crate) fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a
/// rename, creating the folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Lets `write` fill a temporary file in the folder of `path` through a
/// buffer, then renames it to `path`, creating the folder if needed: an
/// interrupted or failed run leaves the old file or none, never half a file.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(&tmp)?);
        write(&mut w)?;
        let f = w
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_atomic_replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/g.json");
        write_atomic(&p, b"first").unwrap();
        write_atomic(&p, b"second").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn write_atomic_into_a_file_path_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("f");
        std::fs::write(&blocker, b"x").unwrap();
        let err = write_atomic(&blocker.join("g.json"), b"y")
            .unwrap_err()
            .to_string();
        assert!(err.contains("f"), "{err}");
    }

    #[test]
    fn unknown_format_lists_the_choices() {
        assert!(
            "xml".parse::<Format>().unwrap_err().starts_with(
                "unknown format 'xml'; expected one of: json, graphml, gexf, dot, svg"
            )
        );
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>(), Ok(f));
        }
    }

    #[test]
    fn file_ids_are_plain_or_escaped_and_never_collide() {
        assert!(matches!(
            file_id("vladimir-putin"),
            Cow::Borrowed("vladimir-putin")
        ));
        assert_eq!(file_id("a b_c\\"), "a_20_b_5f_c_5c_");
        assert_eq!(file_id("Київ"), "_41a__438__457__432_");
        assert_eq!(file_id(""), "_");
        let ids = ["a_5f_", "a_", "_", "", "a b", "a_20_b", "a.b", "a-b", "A"];
        let mut seen: Vec<String> = ids.iter().map(|i| file_id(i).into_owned()).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), ids.len(), "{seen:?}");
    }

    #[test]
    fn long_ids_are_cut_with_a_hash_of_the_whole() {
        let a = format!("anna-{}", "x".repeat(20_000));
        let b = format!("{a}y");
        let (fa, fb) = (file_id(&a), file_id(&b));
        assert_eq!(fa.len(), MAX_FILE_ID);
        assert_ne!(fa, fb);
        assert!(fa.starts_with("anna-xxx") && fa.as_bytes()[MAX_FILE_ID - 17] == b':');
        let edge = "y".repeat(MAX_FILE_ID);
        assert_eq!(file_id(&edge), edge.as_str());
    }
}
