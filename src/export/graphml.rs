//! GraphML: the graph for Gephi, yEd, NetworkX, igraph and graphology.
//!
//! Valid against the GraphML 1.0 and 1.1 schemas. Every key is typed and
//! declared `for="node"` or `for="edge"`, never `for="all"`, with only the
//! standard `attr.type`s (`string`, `long`, `double`, `boolean`): igraph drops
//! other keys and graphology crashes on them. Keys (`attr.name`):
//!
//! - nodes: `label`, `kind`, `aliases` (joined with "; "), one `id_<scheme>`
//!   per external id scheme seen (`id_wikidata`), `mention_count`,
//!   `discovered`;
//! - edges: `label` (the relation, which Gephi shows), `relation`, `status`,
//!   `date` (ISO 8601 at the known precision), `place` (a node id),
//!   `place_label` (that node's label),
//!   `symmetric`, `initiator` (the node id of who the text says initiated
//!   it: the caller, the visitor), `weight` (distinct stories), `sentences` (supporting
//!   sentences), `evidence` (the sentence), `evidence_doc`, `evidence_start`
//!   and `evidence_end` (its byte offsets), `rule` (rule ids joined with
//!   "; "), `doc_count` (documents supporting the graph edge).
//!
//! The graph is `edgedefault="directed"` and so is every edge; parallel edges
//! and ids follow the policy in [`crate::export`]. Key ids are `n_` or `e_`
//! plus the name, so Gephi, which matches `label` and `weight` by name, finds
//! them.

use super::xml::XmlOut;
use super::{ExportOptions, file_id, for_each_out_edge};
use crate::graph::Graph;

const NS: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// The fixed node keys, in output order: (name, type). The external id keys
/// follow them.
const NODE_KEYS: [(&str, &str); 5] = [
    ("label", "string"),
    ("kind", "string"),
    ("aliases", "string"),
    ("mention_count", "long"),
    ("discovered", "boolean"),
];

/// The edge keys, in output order: (name, type).
const EDGE_KEYS: [(&str, &str); 16] = [
    ("label", "string"),
    ("relation", "string"),
    ("status", "string"),
    ("date", "string"),
    ("place", "string"),
    ("place_label", "string"),
    ("symmetric", "boolean"),
    ("initiator", "string"),
    ("weight", "double"),
    ("sentences", "long"),
    ("evidence", "string"),
    ("evidence_doc", "string"),
    ("evidence_start", "long"),
    ("evidence_end", "long"),
    ("rule", "string"),
    ("doc_count", "long"),
];

/// The graph as a GraphML document.
pub fn to_bytes(g: &Graph, opts: &ExportOptions) -> Vec<u8> {
    super::to_vec(|w| write_to(g, opts, w))
}

/// Writes the graph as a GraphML document to `out`.
pub fn write_to(
    g: &Graph,
    opts: &ExportOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut x = XmlOut::new(out);
    x.open(
        "graphml",
        &[
            ("xmlns", NS),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA),
        ],
    );

    // External id schemes become one key each, its id and name NMTOKENs.
    let schemes = super::scheme_keys(g);

    for (name, ty) in NODE_KEYS {
        key(&mut x, "node", name, ty);
    }
    for s in &schemes {
        key(&mut x, "node", &s.name, "string");
    }
    for (name, ty) in EDGE_KEYS {
        key(&mut x, "edge", name, ty);
    }

    x.open(
        "graph",
        &[("id", "actorgraph"), ("edgedefault", "directed")],
    );
    for n in g.nodes() {
        x.open("node", &[("id", &file_id(&n.id))]);
        data(&mut x, "n_label", &n.label);
        data(&mut x, "n_kind", n.kind.as_str());
        let aliases: Vec<&str> = n.aliases.iter().map(String::as_str).collect();
        data(&mut x, "n_aliases", &aliases.join("; "));
        data(&mut x, "n_mention_count", &n.mention_count.to_string());
        data(&mut x, "n_discovered", bool_str(n.discovered));
        for s in &schemes {
            if let Some(v) = n.ids.get(s.scheme) {
                data(&mut x, &format!("n_{}", s.name), v);
            }
        }
        x.close("node");
    }
    let walked = for_each_out_edge(g, opts, |o| {
        let e = o.edge;
        let (source, target) = (file_id(&e.key.source), file_id(&e.key.target));
        x.open(
            "edge",
            &[("id", &o.id), ("source", &source), ("target", &target)],
        );
        let relation = e.key.relation.as_str();
        data(&mut x, "e_label", relation);
        data(&mut x, "e_relation", relation);
        data(&mut x, "e_status", e.key.status.as_str());
        if let Some(d) = e.key.date {
            data(&mut x, "e_date", &d.to_string());
        }
        if let Some(p) = e.place() {
            data(&mut x, "e_place", &file_id(p));
            data(&mut x, "e_place_label", super::place_label(g, p));
        }
        data(
            &mut x,
            "e_symmetric",
            bool_str(e.key.relation.is_symmetric()),
        );
        data(&mut x, "e_initiator", &file_id(o.initiator()));
        data(&mut x, "e_weight", &o.weight.to_string());
        data(&mut x, "e_sentences", &o.sentences.to_string());
        if let Some(v) = o.evidence {
            data(&mut x, "e_evidence", &v.text);
            data(&mut x, "e_evidence_doc", &v.doc);
            data(&mut x, "e_evidence_start", &v.span.start.to_string());
            data(&mut x, "e_evidence_end", &v.span.end.to_string());
        }
        data(&mut x, "e_rule", &o.rules);
        data(&mut x, "e_doc_count", &e.doc_count.to_string());
        x.close("edge");
        Ok(())
    });
    x.close("graph");
    x.close("graphml");
    walked?;
    x.finish_into()
}

fn key(x: &mut XmlOut<'_>, what: &str, name: &str, ty: &str) {
    let id = format!("{}_{name}", &what[..1]);
    x.empty(
        "key",
        &[
            ("id", &id),
            ("for", what),
            ("attr.name", name),
            ("attr.type", ty),
        ],
    );
}

/// A `<data>` element, left out when the value is empty after cleaning: an
/// absent value reads as missing everywhere, an empty one as "".
fn data(x: &mut XmlOut<'_>, key: &str, value: &str) {
    if !super::xml::clean(value).is_empty() {
        x.text("data", &[("key", key)], value);
    }
}

fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, EdgeKey, Evidence, Node};
    use crate::model::{Kind, Relation, Status};
    use crate::span::Span;

    fn two_nodes() -> Graph {
        let mut g = Graph::default();
        let mut a = Node::new("a b", "A \u{B}<1>", Kind::Person);
        a.ids.insert("wiki data".into(), "Q1".into());
        g.add_node(a);
        g.add_node(Node::new("b", "B", Kind::Place));
        g
    }

    fn edge(weight: u64, items: usize) -> Edge {
        Edge {
            key: EdgeKey::new("b", Relation::Met, Status::Occurred, "a b", None),
            weight,
            sentences: weight,
            places: Default::default(),
            evidence: (0..items)
                .map(|i| Evidence {
                    doc: format!("d{i}").into(),
                    span: Span::new(i, i + 1),
                    text: format!("s{i}").into(),
                    rule: format!("r{i}").into(),
                    initiator: None,
                })
                .collect(),
            rules: ["r0".into(), "r1".into()].into(),
            docs: Default::default(),
            more_docs: None,
            doc_count: 0,
        }
    }

    fn render(g: &Graph, multi: bool) -> String {
        String::from_utf8(to_bytes(
            g,
            &ExportOptions {
                multi,
                ..Default::default()
            },
        ))
        .unwrap()
    }

    #[test]
    fn keys_are_typed_per_element_and_scheme_keys_are_tokens() {
        let s = render(&two_nodes(), false);
        assert!(!s.contains("for=\"all\""));
        assert!(s.contains(
            "<key id=\"n_id_wiki_20_data\" for=\"node\" attr.name=\"id_wiki_20_data\" attr.type=\"string\"/>"
        ));
        assert!(s.contains("<data key=\"n_id_wiki_20_data\">Q1</data>"));
        assert!(s.contains("<node id=\"a_20_b\">"));
        assert!(
            s.contains("<data key=\"n_label\">A &lt;1&gt;</data>"),
            "{s}"
        );
        for ty in s.split("attr.type=\"").skip(1) {
            let ty = &ty[..ty.find('"').unwrap()];
            assert!(
                ["string", "long", "double", "boolean"].contains(&ty),
                "{ty}"
            );
        }
    }

    #[test]
    fn symmetric_edge_is_directed_from_the_smaller_id() {
        let mut g = two_nodes();
        g.add_edge(edge(3, 2));
        let s = render(&g, false);
        assert!(
            s.contains("<edge id=\"e0\" source=\"a_20_b\" target=\"b\">"),
            "{s}"
        );
        assert!(s.contains("<data key=\"e_symmetric\">true</data>"));
        assert!(s.contains("<data key=\"e_weight\">3</data>"));
        assert!(s.contains("<data key=\"e_rule\">r0; r1</data>"));
        assert_eq!(s.matches("<edge ").count(), 1);
    }

    #[test]
    fn multi_writes_one_edge_per_evidence_item() {
        let mut g = two_nodes();
        g.add_edge(edge(3, 2));
        let s = render(&g, true);
        assert_eq!(s.matches("<edge ").count(), 2);
        assert!(s.contains("<edge id=\"e0.1\""));
        assert!(s.contains("<data key=\"e_evidence\">s1</data>"));
        assert!(s.contains("<data key=\"e_rule\">r1</data>"));
        assert_eq!(s.matches("<data key=\"e_weight\">1</data>").count(), 2);
    }

    #[test]
    fn multi_keeps_an_edge_without_evidence() {
        let mut g = two_nodes();
        g.add_edge(edge(4, 0));
        let s = render(&g, true);
        assert_eq!(s.matches("<edge ").count(), 1);
        assert!(s.contains("<data key=\"e_weight\">4</data>"));
        assert!(!s.contains("e_evidence\">"));
    }
}
