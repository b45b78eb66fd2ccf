//! GEXF 1.3: Gephi's own format, with the story on Gephi's timeline.
//!
//! Valid against the GEXF 1.3 RELAX NG schema. Attributes are declared per
//! class (`<attributes class="node">` / `class="edge"`) with ids equal to their
//! titles (graphology names attributes by id unless the id is numeric):
//!
//! - nodes: `kind`, `aliases` (joined with "; "), one `id_<scheme>` per
//!   external id scheme seen, `mention_count`, `discovered`; the name is the
//!   node `label`, `viz:color` and `viz:shape` follow the kind and `viz:size`
//!   grows with the mention count;
//! - edges: `relation`, `status`, `date`, `place` (a node id), `place_label`
//!   (that node's label), `symmetric`, `initiator`
//!   (the node id of who initiated it), `evidence`,
//!   `evidence_doc`, `evidence_start`, `evidence_end`, `rule`, `doc_count`,
//!   `sentences` (supporting sentences); the relation is also the edge
//!   `label` and `kind` (Gephi's edge type, so Gephi never merges a "met"
//!   into a "criticized"), the weight (distinct stories) is `weight`,
//!   `viz:color` follows the relation and the status and `viz:shape` the
//!   status (`status_look`: occurred in the relation's colour,
//!   planned paler and dashed, hypothetical palest and dotted, canceled red,
//!   denied near-black and dashed), so a denied meeting never looks like one
//!   that happened.
//!
//! A dated edge carries a spell covering the period its date names: a day, or
//! a whole month (`2025-08` is 2025-08-01 to 2025-08-31) or year, so Gephi's
//! timeline plays the story; an undated edge (or one whose year is unknown)
//! has no spell and is always shown. The graph is `mode="dynamic"` with
//! `timeformat="date"` when at least one edge has a spell. Nodes have no
//! spells: an actor exists for the whole timeline.

use super::xml::{XmlOut, collapse};
use super::{
    ExportOptions, OutEdge, count_out_edges, file_id, for_each_out_edge, kind_color, status_look,
};
use crate::date::PartialDate;
use crate::graph::{Graph, Node};
use crate::model::Kind;
use jiff::civil::Date;

const NS: &str = "http://gexf.net/1.3";
const NS_VIZ: &str = "http://gexf.net/1.3/viz";

/// The edge attributes, in output order: (id = title, type).
const EDGE_ATTRS: [(&str, &str); 14] = [
    ("relation", "string"),
    ("status", "string"),
    ("date", "string"),
    ("place", "string"),
    ("place_label", "string"),
    ("symmetric", "boolean"),
    ("initiator", "string"),
    ("evidence", "string"),
    ("evidence_doc", "string"),
    ("evidence_start", "long"),
    ("evidence_end", "long"),
    ("rule", "string"),
    ("doc_count", "long"),
    ("sentences", "long"),
];

/// The graph as a GEXF 1.3 document.
pub fn to_bytes(g: &Graph, opts: &ExportOptions) -> Vec<u8> {
    super::to_vec(|w| write_to(g, opts, w))
}

/// Writes the graph as a GEXF 1.3 document to `out`.
pub fn write_to(
    g: &Graph,
    opts: &ExportOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // The count and the mode come before the edges: one cheap pass first.
    let (count, dynamic) = count_out_edges(g, opts, |e| e.key.date.and_then(spell).is_some())?;

    let mut x = XmlOut::new(out);
    x.open(
        "gexf",
        &[("xmlns", NS), ("xmlns:viz", NS_VIZ), ("version", "1.3")],
    );
    x.open("meta", &[]);
    x.text("creator", &[], "actorgraph");
    x.text(
        "description",
        &[],
        "Actors found in news articles and what they did with each other; edge kind = relation",
    );
    x.close("meta");

    let mut graph_attrs = vec![("defaultedgetype", "directed"), ("idtype", "string")];
    if dynamic {
        graph_attrs.extend([("mode", "dynamic"), ("timeformat", "date")]);
    } else {
        graph_attrs.push(("mode", "static"));
    }
    x.open("graph", &graph_attrs);

    let schemes = super::scheme_keys(g);

    x.open("attributes", &[("class", "node")]);
    for (id, ty) in [
        ("kind", "string"),
        ("aliases", "string"),
        ("mention_count", "long"),
        ("discovered", "boolean"),
    ] {
        attribute(&mut x, id, ty);
    }
    for s in &schemes {
        attribute(&mut x, &s.name, "string");
    }
    x.close("attributes");
    x.open("attributes", &[("class", "edge")]);
    for (id, ty) in EDGE_ATTRS {
        attribute(&mut x, id, ty);
    }
    x.close("attributes");

    x.open("nodes", &[("count", &g.node_count().to_string())]);
    for n in g.nodes() {
        node(&mut x, n, &schemes);
    }
    x.close("nodes");

    x.open("edges", &[("count", &count.to_string())]);
    let walked = for_each_out_edge(g, opts, |o| {
        edge(&mut x, g, o);
        Ok(())
    });
    x.close("edges");
    x.close("graph");
    x.close("gexf");
    walked?;
    x.finish_into()
}

fn attribute(x: &mut XmlOut<'_>, id: &str, ty: &str) {
    x.empty("attribute", &[("id", id), ("title", id), ("type", ty)]);
}

fn node(x: &mut XmlOut<'_>, n: &Node, schemes: &[super::SchemeKey<'_>]) {
    let label = collapse(&n.label);
    let id = file_id(&n.id);
    // A label that cleans away to nothing would be left out; the id stands in.
    let label = if label.is_empty() {
        id.to_string()
    } else {
        label
    };
    x.open("node", &[("id", &id), ("label", &label)]);
    let aliases: Vec<&str> = n.aliases.iter().map(String::as_str).collect();
    let mut values: Vec<(&str, String)> = vec![
        ("kind", n.kind.as_str().to_string()),
        ("aliases", aliases.join("; ")),
        ("mention_count", n.mention_count.to_string()),
        ("discovered", n.discovered.to_string()),
    ];
    for s in schemes {
        if let Some(v) = n.ids.get(s.scheme) {
            values.push((&s.name, v.clone()));
        }
    }
    attvalues(x, &values);
    color(x, kind_color(n.kind));
    // Size grows with the log of the mention count, so a head of state does
    // not dwarf everyone else.
    let size = 10.0 + 4.0 * ((n.mention_count as f64) + 1.0).log2();
    x.empty("viz:size", &[("value", &format!("{size:.1}"))]);
    let shape = match n.kind {
        Kind::Person => "disc",
        Kind::Place => "triangle",
        Kind::Organization => "square",
        Kind::Office => "diamond",
    };
    x.empty("viz:shape", &[("value", shape)]);
    x.close("node");
}

fn edge(x: &mut XmlOut<'_>, g: &Graph, o: &OutEdge<'_>) {
    let e = o.edge;
    let relation = e.key.relation.as_str();
    let (source, target) = (file_id(&e.key.source), file_id(&e.key.target));
    let weight = o.weight.to_string();
    x.open(
        "edge",
        &[
            ("id", &o.id),
            ("source", &source),
            ("target", &target),
            ("type", "directed"),
            ("kind", relation),
            ("label", relation),
            ("weight", &weight),
        ],
    );
    let mut values: Vec<(&str, String)> = vec![
        ("relation", relation.to_string()),
        ("status", e.key.status.as_str().to_string()),
    ];
    if let Some(d) = e.key.date {
        values.push(("date", d.to_string()));
    }
    if let Some(p) = e.place() {
        values.push(("place", file_id(p).into_owned()));
        values.push(("place_label", super::place_label(g, p).to_string()));
    }
    values.push(("symmetric", e.key.relation.is_symmetric().to_string()));
    values.push(("initiator", file_id(o.initiator()).into_owned()));
    if let Some(v) = o.evidence {
        values.push(("evidence", v.text.to_string()));
        values.push(("evidence_doc", v.doc.to_string()));
        values.push(("evidence_start", v.span.start.to_string()));
        values.push(("evidence_end", v.span.end.to_string()));
    }
    values.push(("rule", o.rules.clone()));
    values.push(("doc_count", e.doc_count.to_string()));
    values.push(("sentences", o.sentences.to_string()));
    attvalues(x, &values);
    if let Some((start, end)) = e.key.date.and_then(spell) {
        x.open("spells", &[]);
        x.empty(
            "spell",
            &[("start", &start.to_string()), ("end", &end.to_string())],
        );
        x.close("spells");
    }
    let (rgb, alpha, style) = status_look(e.key.status, e.key.relation);
    color_alpha(x, rgb, alpha);
    match style {
        "dashed" | "dotted" => x.empty("viz:shape", &[("value", style)]),
        _ => {}
    }
    x.close("edge");
}

/// `<attvalues>`, leaving out values that clean away to nothing.
fn attvalues(x: &mut XmlOut<'_>, values: &[(&str, String)]) {
    let kept: Vec<&(&str, String)> = values
        .iter()
        .filter(|(_, v)| !super::xml::clean(v).is_empty())
        .collect();
    if kept.is_empty() {
        return;
    }
    x.open("attvalues", &[]);
    for (k, v) in kept {
        x.empty("attvalue", &[("for", k), ("value", v)]);
    }
    x.close("attvalues");
}

fn color(x: &mut XmlOut<'_>, rgb: (u8, u8, u8)) {
    color_alpha(x, rgb, 1.0);
}

/// `viz:color`, with its `a` (opacity, 0 to 1) when below 1.
fn color_alpha(x: &mut XmlOut<'_>, (r, g, b): (u8, u8, u8), alpha: f32) {
    let (r, g, b, a) = (
        r.to_string(),
        g.to_string(),
        b.to_string(),
        format!("{alpha:.2}"),
    );
    let mut attrs = vec![("r", r.as_str()), ("g", g.as_str()), ("b", b.as_str())];
    if alpha < 1.0 {
        attrs.push(("a", a.as_str()));
    }
    x.empty("viz:color", &attrs);
}

/// The first and last day of the period a date names; `None` when the year is
/// unknown or outside 1..=9999 (no `xsd:date` Gephi reads).
pub fn spell(d: PartialDate) -> Option<(Date, Date)> {
    let year = d.year.filter(|y| (1..=9999).contains(y))?;
    match (d.month, d.day) {
        (Some(m), Some(day)) if Date::new(year, m, day).is_ok() => {
            let date = Date::new(year, m, day).ok()?;
            Some((date, date))
        }
        (Some(m), _) => {
            let first = Date::new(year, m, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        (None, _) => Some((Date::new(year, 1, 1).ok()?, Date::new(year, 12, 31).ok()?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(d: &str) -> Option<(String, String)> {
        spell(PartialDate::parse(d).unwrap()).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    #[test]
    fn spells_cover_the_named_period() {
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(s("2025-08-15"), pair("2025-08-15", "2025-08-15"));
        assert_eq!(s("2025-08"), pair("2025-08-01", "2025-08-31"));
        assert_eq!(s("2024-02"), pair("2024-02-01", "2024-02-29"));
        assert_eq!(s("2025"), pair("2025-01-01", "2025-12-31"));
        assert_eq!(s("--10-13"), None);
    }

    #[test]
    fn impossible_dates_get_no_spell_instead_of_a_panic() {
        let bad = |year, month, day| PartialDate { year, month, day };
        assert_eq!(spell(bad(Some(2025), Some(13), None)), None);
        assert_eq!(spell(bad(Some(0), None, None)), None);
        assert_eq!(spell(bad(Some(-44), Some(3), Some(15))), None);
        // February 30 falls back to the month it names.
        assert_eq!(
            spell(bad(Some(2025), Some(2), Some(30))).map(|(a, b)| (a.day(), b.day())),
            Some((1, 28))
        );
    }

    #[test]
    fn a_graph_without_dates_is_static() {
        let mut g = Graph::default();
        g.add_node(Node::new("a", "  A\n  b ", Kind::Person));
        let out = String::from_utf8(to_bytes(&g, &ExportOptions::default())).unwrap();
        assert!(out.contains("mode=\"static\""));
        assert!(!out.contains("timeformat"));
        assert!(out.contains("<node id=\"a\" label=\"A b\">"), "{out}");
    }
}
