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
//! status (dashed planned, dotted hypothetical, both paler; bold red canceled;
//! dashed near-black denied: `status_look`);
//! symmetric relations without an arrowhead; pen width grows with the weight
//! (distinct stories), which the label shows as `×N` when above one.
//! Labels longer than [`MAX_LABEL`] characters are cut with an ellipsis; the
//! edge tooltip (shown on hover in the SVG) holds the evidence sentence. A
//! small legend table in the last rank lists the kinds, relations and
//! statuses drawn (none with [`Drawing::no_legend`]). [`Drawing`] also
//! filters what is drawn (relations, statuses, isolated actors) and can fold
//! holds_office into the holder's label ([`Offices::Label`]).

use super::{
    Drawing, ExportOptions, Offices, OutEdge, file_id, for_each_out_edge, hex, kind_color,
    relation_color, status_look,
};
use crate::graph::{Graph, Node};
use crate::model::{Kind, Relation, Status};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The longest label drawn, in characters.
pub const MAX_LABEL: usize = 60;

/// The longest tooltip, in characters.
const MAX_TOOLTIP: usize = 300;

/// With `--offices label`, the most offices listed under a name; more are
/// counted ("+2 more").
const MAX_OFFICE_LINES: usize = 3;

/// The graph as a DOT document.
pub fn to_string(g: &Graph, opts: &ExportOptions) -> String {
    String::from_utf8(super::to_vec(|w| write_to(g, opts, w))).expect("DOT is written from strings")
}

/// What a first pass over the edges tells the node lines: which actors a
/// drawn edge touches, and the offices each holder's label lists.
#[derive(Default)]
struct Seen {
    touched: BTreeSet<String>,
    offices: BTreeMap<String, BTreeSet<String>>,
}

impl Seen {
    /// One pass over the edges, made only when the drawing needs it (the
    /// default drawing writes every node and so needs none).
    fn gather(g: &Graph, d: &Drawing) -> std::io::Result<Option<Seen>> {
        if !d.drop_isolated && d.offices == Offices::Edges {
            return Ok(None);
        }
        let mut seen = Seen::default();
        for e in g.edge_stream() {
            let e = e?;
            if d.offices == Offices::Label
                && e.key.relation == Relation::HoldsOffice
                && e.key.status == Status::Occurred
            {
                let office = g.node(&e.key.target).map_or(&*e.key.target, |n| &n.label);
                seen.offices
                    .entry(e.key.source.to_string())
                    .or_default()
                    .insert(office.to_string());
            }
            if d.draws(&e) {
                seen.touched.insert(e.key.source.to_string());
                seen.touched.insert(e.key.target.to_string());
            }
        }
        Ok(Some(seen))
    }

    /// True when node `n` is drawn: every node unless isolated ones are
    /// dropped, and an office folded into labels only when something else
    /// touches it.
    fn keeps(&self, n: &Node, d: &Drawing) -> bool {
        let touched = self.touched.contains(&n.id);
        touched || !(d.drop_isolated || (d.offices == Offices::Label && n.kind == Kind::Office))
    }
}

/// Writes the graph as a DOT document to `w`. Lines are gathered in a small
/// buffer that is handed on whenever it fills, so the document is never
/// whole in memory.
pub fn write_to(
    g: &Graph,
    opts: &ExportOptions,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let d = &opts.drawing;
    let seen = Seen::gather(g, d)?;
    let mut out = String::new();
    out.push_str("digraph \"actorgraph\" {\n");
    out.push_str("  graph [rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"10\"];\n");
    out.push_str(
        "  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\", color=\"#444444\"];\n",
    );
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n");

    let mut kinds = BTreeSet::new();
    for n in g.nodes() {
        if seen.as_ref().is_some_and(|s| !s.keeps(n, d)) {
            continue;
        }
        kinds.insert(n.kind);
        let offices = seen.as_ref().and_then(|s| s.offices.get(&n.id));
        node(&mut out, n, offices);
        spill(&mut out, w)?;
    }
    let mut relations = BTreeSet::new();
    let mut statuses = BTreeSet::new();
    for_each_out_edge(g, opts, |o| {
        if !d.draws(o.edge) {
            return Ok(());
        }
        relations.insert(o.edge.key.relation);
        statuses.insert(o.edge.key.status);
        edge(&mut out, o);
        spill(&mut out, w)
    })?;
    if !d.no_legend {
        legend(&mut out, &kinds, &relations, &statuses);
    }
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

fn node(out: &mut String, n: &Node, offices: Option<&BTreeSet<String>>) {
    let mut tip = format!("{} ({})", n.id, n.kind);
    if !n.aliases.is_empty() {
        let aliases: Vec<&str> = n.aliases.iter().map(String::as_str).collect();
        let _ = write!(tip, "; also: {}", aliases.join(", "));
    }
    let name = if n.label.trim().is_empty() {
        &n.id
    } else {
        &n.label
    };
    let mut label = cut(name, MAX_LABEL);
    if let Some(offices) = offices {
        for o in offices.iter().take(MAX_OFFICE_LINES) {
            label.push('\n');
            label.push_str(&cut(o, MAX_LABEL));
        }
        if offices.len() > MAX_OFFICE_LINES {
            let _ = write!(label, "\n+{} more", offices.len() - MAX_OFFICE_LINES);
        }
        let all: Vec<&str> = offices.iter().map(String::as_str).collect();
        let _ = write!(tip, "; offices: {}", all.join(", "));
    }
    let _ = writeln!(
        out,
        "  {} [label={}, shape={}, fillcolor={}, tooltip={}];",
        quote(&file_id(&n.id)),
        quote(&label),
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

/// The colour (`#rrggbb`, or `#rrggbbaa` when pale) and line style of an
/// edge, from [`status_look`].
fn status_style(s: Status, r: Relation) -> (String, &'static str) {
    let (rgb, alpha, style) = status_look(s, r);
    let mut color = hex(rgb);
    if alpha < 1.0 {
        let _ = write!(color, "{:02x}", (alpha * 255.0).round() as u8);
    }
    (color, style)
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

/// The line a status has in the legend, drawn in text: HTML-like labels
/// cannot draw a dashed line.
fn status_sample(s: Status) -> &'static str {
    match status_look(s, Relation::Met).2 {
        "dashed" => "\u{2574} \u{2574} \u{2574}",
        "dotted" => "\u{b7}\u{b7}\u{b7}\u{b7}\u{b7}",
        "bold" => "\u{2501}\u{2501}\u{2501}",
        _ => "\u{2500}\u{2500}\u{2500}",
    }
}

/// The legend: one small table (Graphviz HTML-like label) in the last rank,
/// a column each for the kinds, relations and statuses drawn, in small type.
/// Its id contains `:`, which [`file_id`] never leaves in a node id, so it
/// cannot clash with an actor. Nothing is written for an empty picture.
fn legend(
    out: &mut String,
    kinds: &BTreeSet<Kind>,
    relations: &BTreeSet<Relation>,
    statuses: &BTreeSet<Status>,
) {
    if kinds.is_empty() {
        return;
    }
    let mut columns: Vec<Vec<String>> = Vec::new();
    columns.push(
        kinds
            .iter()
            .map(|k| {
                format!(
                    "<TD BGCOLOR=\"{}\" BORDER=\"1\" COLOR=\"#999999\">{k}</TD>",
                    hex(tint(kind_color(*k)))
                )
            })
            .collect(),
    );
    if !relations.is_empty() {
        columns.push(
            relations
                .iter()
                .map(|r| {
                    format!(
                        "<TD ALIGN=\"LEFT\"><FONT COLOR=\"{}\">\u{2500}\u{2500} {r}</FONT></TD>",
                        hex(relation_color(*r))
                    )
                })
                .collect(),
        );
    }
    if statuses.iter().any(|s| *s != Status::Occurred) {
        columns.push(
            statuses
                .iter()
                .map(|s| {
                    let (color, _) = status_style(*s, Relation::Met);
                    let color = if matches!(s, Status::Canceled | Status::Denied) {
                        color
                    } else {
                        "#444444".to_string()
                    };
                    format!(
                        "<TD ALIGN=\"LEFT\"><FONT COLOR=\"{color}\">{} {s}</FONT></TD>",
                        status_sample(*s)
                    )
                })
                .collect(),
        );
    }
    let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut table = String::from(
        "<<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">",
    );
    for i in 0..rows {
        table.push_str("<TR>");
        for c in &columns {
            table.push_str(c.get(i).map_or("<TD></TD>", String::as_str));
        }
        table.push_str("</TR>");
    }
    table.push_str("</TABLE>>");
    out.push_str("  { rank=\"sink\";\n");
    let _ = writeln!(
        out,
        "    \"legend:table\" [shape=\"plaintext\", style=\"\", fontsize=\"8\", margin=\"0\", tooltip=\"legend\", label={table}];"
    );
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
        assert!(!s.contains("legend"));
        assert!(s.ends_with("}\n"));
    }
}
