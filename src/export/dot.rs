//! DOT: the graph as a Graphviz drawing, with a legend.
//!
//! Every id and every attribute value is a quoted, escaped string, so no name
//! (not even "node", "graph" or "strict") can be read as DOT syntax, and
//! `dot -Tsvg` renders the file without a warning. Quoting follows Graphviz's
//! lexer and label rules: `"` is written `\"`, a backslash `\\` (so a trailing
//! backslash cannot escape the closing quote, and "\N" in a name is not read
//! as Graphviz's node-name escape), a line break `\n`; tabs become spaces and
//! other control characters are dropped.
//!
//! Drawing: node shape and fill by kind; edge colour by relation; line style by
//! status (dashed planned, dotted hypothetical, red canceled or denied);
//! symmetric relations without an arrowhead; pen width grows with the weight
//! (distinct stories), which the label shows as `×N` when above one.
//! Labels longer than [`MAX_LABEL`] characters are cut with an ellipsis; the
//! edge tooltip (shown on hover in the SVG) holds the evidence sentence. A
//! legend cluster lists the kinds, relations and statuses that occur.

use super::{ExportOptions, OutEdge, file_id, for_each_out_edge, hex, kind_color, relation_color};
use crate::graph::{Graph, Node};
use crate::model::{Kind, Relation, Status};
use std::collections::BTreeSet;
use std::fmt::Write;

/// The longest label drawn, in characters.
pub const MAX_LABEL: usize = 60;

/// The longest tooltip, in characters.
const MAX_TOOLTIP: usize = 300;

/// Red, for relations that were called off or denied.
const RED: (u8, u8, u8) = (0xD6, 0x27, 0x28);

/// The graph as a DOT document.
pub fn to_string(g: &Graph, opts: &ExportOptions) -> String {
    String::from_utf8(super::to_vec(|w| write_to(g, opts, w))).expect("DOT is written from strings")
}

/// Writes the graph as a DOT document to `w`. Lines are gathered in a small
/// buffer that is handed on whenever it fills, so the document is never
/// whole in memory.
pub fn write_to(
    g: &Graph,
    opts: &ExportOptions,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = String::new();
    out.push_str("digraph \"actorgraph\" {\n");
    out.push_str("  graph [rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"10\"];\n");
    out.push_str(
        "  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\", color=\"#444444\"];\n",
    );
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n");

    for n in g.nodes() {
        node(&mut out, n);
        spill(&mut out, w)?;
    }
    let mut relations = BTreeSet::new();
    let mut statuses = BTreeSet::new();
    for_each_out_edge(g, opts, |o| {
        relations.insert(o.edge.key.relation);
        statuses.insert(o.edge.key.status);
        edge(&mut out, o);
        spill(&mut out, w)
    })?;
    legend(&mut out, g, &relations, &statuses);
    out.push_str("}\n");
    w.write_all(out.as_bytes())
}

/// Hands the buffered lines to `w` once there are enough of them to be
/// worth a write.
fn spill(out: &mut String, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    if out.len() >= 1 << 16 {
        w.write_all(out.as_bytes())?;
        out.clear();
    }
    Ok(())
}

fn node(out: &mut String, n: &Node) {
    let mut tip = format!("{} ({})", n.id, n.kind);
    if !n.aliases.is_empty() {
        let aliases: Vec<&str> = n.aliases.iter().map(String::as_str).collect();
        let _ = write!(tip, "; also: {}", aliases.join(", "));
    }
    let label = if n.label.trim().is_empty() {
        &n.id
    } else {
        &n.label
    };
    let _ = writeln!(
        out,
        "  {} [label={}, shape={}, fillcolor={}, tooltip={}];",
        quote(&file_id(&n.id)),
        quote(&cut(label, MAX_LABEL)),
        quote(shape(n.kind)),
        quote(&hex(tint(kind_color(n.kind)))),
        quote(&cut(&tip, MAX_TOOLTIP)),
    );
}

fn edge(out: &mut String, o: &OutEdge<'_>) {
    let e = o.edge;
    let mut label = e.key.relation.as_str().to_string();
    if let Some(d) = e.key.date {
        let _ = write!(label, " {d}");
    }
    if e.key.status != Status::Occurred {
        let _ = write!(label, " ({})", e.key.status);
    }
    if o.weight > 1 {
        let _ = write!(label, " \u{d7}{}", o.weight);
    }
    let tip = match o.evidence {
        Some(v) => format!("{}: {}", v.doc, v.text),
        None => label.clone(),
    };
    let (color, style) = status_style(e.key.status, e.key.relation);
    // Pen width grows with the log of the weight, capped, so heavy edges stand
    // out without hiding the rest.
    let pen = (1.0 + (o.weight.max(1) as f64).log2() * 0.75).min(4.0);
    // A symmetric edge is drawn from who initiated it ("Ruto spoke to
    // Keller" reads Ruto first), though stored in id order.
    let (from, to) = if o.initiator() == &*e.key.target {
        (&e.key.target, &e.key.source)
    } else {
        (&e.key.source, &e.key.target)
    };
    let _ = write!(
        out,
        "  {} -> {} [label={}, color={}, fontcolor={}, style={}, penwidth={}, tooltip={}",
        quote(&file_id(from)),
        quote(&file_id(to)),
        quote(&cut(&label, MAX_LABEL)),
        quote(&color),
        quote(&color),
        quote(style),
        quote(&format!("{pen:.2}")),
        quote(&cut(&tip, MAX_TOOLTIP)),
    );
    if e.key.relation.is_symmetric() {
        out.push_str(", dir=\"none\"");
    }
    out.push_str("];\n");
}

/// The colour and line style of an edge.
fn status_style(s: Status, r: Relation) -> (String, &'static str) {
    match s {
        Status::Occurred => (hex(relation_color(r)), "solid"),
        Status::Planned => (hex(relation_color(r)), "dashed"),
        Status::Hypothetical => (hex(relation_color(r)), "dotted"),
        Status::Canceled | Status::Denied => (hex(RED), "solid"),
    }
}

fn shape(k: Kind) -> &'static str {
    match k {
        Kind::Person => "ellipse",
        Kind::Place => "house",
        Kind::Organization => "box",
        Kind::Office => "hexagon",
    }
}

/// A light fill: the colour mixed three parts white to one.
fn tint((r, g, b): (u8, u8, u8)) -> (u8, u8, u8) {
    let mix = |c: u8| ((c as u16 + 3 * 255) / 4) as u8;
    (mix(r), mix(g), mix(b))
}

/// The legend: one entry per kind, relation and status in the graph. Its ids
/// contain `:`, which [`file_id`] never leaves in a node id, so they cannot
/// clash with an actor. The kinds come from `g`'s nodes; the relations and
/// statuses are those its edges have, gathered while they were written.
fn legend(
    out: &mut String,
    g: &Graph,
    relations: &BTreeSet<Relation>,
    statuses: &BTreeSet<Status>,
) {
    let kinds: BTreeSet<Kind> = g.nodes().map(|n| n.kind).collect();
    if kinds.is_empty() {
        return;
    }
    out.push_str("  subgraph \"cluster_legend\" {\n");
    out.push_str(
        "    graph [label=\"Legend\", style=\"rounded\", color=\"#999999\", fontcolor=\"#444444\"];\n",
    );
    for k in &kinds {
        let id = format!("legend:kind:{k}");
        let from = format!("legend:kind:{k}:from");
        // Every legend row is an invisible point in the first rank with an
        // edge into what the row shows, so all rows line up in one column.
        let _ = writeln!(
            out,
            "    {} [label=\"\", shape=\"point\", style=\"invis\"];",
            quote(&from)
        );
        let _ = writeln!(
            out,
            "    {} [label={}, shape={}, fillcolor={}, tooltip={}];",
            quote(&id),
            quote(k.as_str()),
            quote(shape(*k)),
            quote(&hex(tint(kind_color(*k)))),
            quote(&format!("kind: {k}")),
        );
        let _ = writeln!(
            out,
            "    {} -> {} [style=\"invis\"];",
            quote(&from),
            quote(&id)
        );
    }
    // A sample is a short unlabeled arrow into a text node: an edge label
    // would take a rank of its own and bend the arrows out of line.
    let sample = |out: &mut String, what: &str, label: &str, color: &str, style: &str| {
        let a = format!("legend:{what}:{label}:from");
        let b = format!("legend:{what}:{label}");
        let _ = writeln!(
            out,
            "    {} [label=\"\", shape=\"point\", style=\"invis\"];",
            quote(&a)
        );
        let _ = writeln!(
            out,
            "    {} [label={}, shape=\"plaintext\", style=\"\", fontcolor={}, tooltip={}];",
            quote(&b),
            quote(label),
            quote(color),
            quote(&format!("{what}: {label}")),
        );
        let _ = writeln!(
            out,
            "    {} -> {} [color={}, style={}, tooltip={}];",
            quote(&a),
            quote(&b),
            quote(color),
            quote(style),
            quote(&format!("{what}: {label}")),
        );
    };
    for r in relations {
        sample(
            out,
            "relation",
            r.as_str(),
            &hex(relation_color(*r)),
            "solid",
        );
    }
    if statuses.iter().any(|s| *s != Status::Occurred) {
        for s in statuses {
            let (color, style) = match s {
                Status::Canceled | Status::Denied => (hex(RED), "solid"),
                _ => ("#444444".to_string(), status_style(*s, Relation::Met).1),
            };
            sample(out, "status", s.as_str(), &color, style);
        }
    }
    out.push_str("  }\n");
}

/// `s` as a DOT quoted string (see the module documentation for the rules).
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // CRLF is one line break; a lone CR is one too.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push(' '),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` cut to at most `max` characters (on a character boundary), the last
/// one an ellipsis when anything was cut. Surrounding whitespace is trimmed.
pub fn cut(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('\u{2026}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_quotes_backslashes_and_line_breaks() {
        assert_eq!(quote("node"), "\"node\"");
        assert_eq!(quote("a\"b"), "\"a\\\"b\"");
        assert_eq!(quote("end\\"), "\"end\\\\\"");
        assert_eq!(quote("\\N"), "\"\\\\N\"");
        assert_eq!(quote("a\r\nb\rc\nd\te"), "\"a\\nb\\nc\\nd e\"");
        assert_eq!(quote("x\u{0}\u{B}\u{7F}\u{85}y"), "\"xy\"");
        assert_eq!(quote("Київ, Zürich"), "\"Київ, Zürich\"");
    }

    #[test]
    fn cut_stays_on_char_boundaries_and_marks_the_cut() {
        assert_eq!(cut("short", 60), "short");
        let long = "Ж".repeat(100);
        let c = cut(&long, 60);
        assert_eq!(c.chars().count(), 60);
        assert!(c.ends_with('\u{2026}'));
        assert_eq!(cut("abc def", 5), "abc\u{2026}");
        assert_eq!(cut("", 5), "");
    }

    #[test]
    fn an_empty_graph_is_a_valid_empty_digraph() {
        let s = to_string(&Graph::default(), &ExportOptions::default());
        assert!(s.starts_with("digraph \"actorgraph\" {\n"));
        assert!(!s.contains("cluster_legend"));
        assert!(s.ends_with("}\n"));
    }
}
