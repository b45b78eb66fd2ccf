//! Properties of the writers over arbitrary text: any names and evidence give
//! well-formed XML whose values read back as written (less the characters XML
//! forbids), and DOT whose strings all close.

use actorgraph::export::{ExportOptions, Format, xml};
use actorgraph::graph::{Edge, EdgeKey, Evidence, Graph, Node};
use actorgraph::model::{Kind, Relation, Status};
use actorgraph::span::Span;
use proptest::prelude::*;
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

fn graph(id_a: &str, id_b: &str, label: &str, evidence: &str) -> Graph {
    let mut g = Graph::default();
    g.add_node(Node::new(id_a, label, Kind::Person));
    g.add_node(Node::new(id_b, "other", Kind::Place));
    g.add_edge(Edge {
        key: EdgeKey::new(id_a, Relation::Visited, Status::Planned, id_b, None),
        weight: 1,
        sentences: 1,
        places: Default::default(),
        evidence: vec![Evidence {
            doc: evidence.chars().take(5).collect::<String>().into(),
            span: Span::new(0, evidence.len()),
            text: evidence.into(),
            rule: "r".into(),
            initiator: None,
        }]
        .into(),
        rules: ["r".into()].into(),
        docs: Default::default(),
        more_docs: None,
        doc_count: 0,
    });
    g
}

/// Every text node and attribute value of a document, unescaped; panics
/// (failing the property) when the XML is not well-formed.
fn xml_values(doc: &[u8]) -> Vec<String> {
    let mut reader = Reader::from_reader(doc);
    let mut out = Vec::new();
    // quick-xml splits text at every reference; pieces are joined here.
    let mut text = String::new();
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf);
        match &event {
            Ok(Event::Text(t)) => text.push_str(&t.xml_content(XmlVersion::Explicit1_0)),
            Ok(Event::GeneralRef(r)) => match r.resolve_char_ref().expect("valid reference") {
                Some(c) => text.push(c),
                None => text.push_str(xml_entity(r.as_ref())),
            },
            Ok(_) => {
                if !text.is_empty() {
                    out.push(std::mem::take(&mut text));
                }
            }
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
        match event {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                for a in e.attributes() {
                    let a = a.expect("well-formed attribute");
                    out.push(
                        a.normalized_value(XmlVersion::Explicit1_0)
                            .expect("valid escapes")
                            .into_owned(),
                    );
                }
            }
            _ => {}
        }
        buf.clear();
    }
    out
}

fn xml_entity(name: &str) -> &'static str {
    match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        other => panic!("unknown entity {other}"),
    }
}

proptest! {
    #[test]
    fn any_text_gives_well_formed_xml_that_reads_back(
        id_a in "\\PC{0,12}",
        label in any::<String>(),
        evidence in any::<String>(),
    ) {
        let id_b = format!("{id_a}-b");
        let g = graph(&id_a, &id_b, &label, &evidence);
        for multi in [false, true] {
            let opts = ExportOptions {
                multi,
                ..Default::default()
            };
            let graphml = Format::Graphml.render(&g, &opts).unwrap();
            let values = xml_values(&graphml);
            let clean = xml::clean(&evidence).into_owned();
            if !clean.is_empty() {
                prop_assert!(values.contains(&clean), "evidence lost in GraphML");
            }
            let gexf = Format::Gexf.render(&g, &opts).unwrap();
            let values = xml_values(&gexf);
            if !clean.is_empty() {
                prop_assert!(values.contains(&clean), "evidence lost in GEXF");
            }
        }
    }

    #[test]
    fn any_text_gives_dot_whose_strings_close(
        id_a in any::<String>(),
        label in any::<String>(),
        evidence in any::<String>(),
    ) {
        let id_b = format!("{id_a}-b");
        let g = graph(&id_a, &id_b, &label, &evidence);
        let dot = String::from_utf8(Format::Dot.render(&g, &ExportOptions::default()).unwrap()).unwrap();
        for line in dot.lines() {
            let bare = line.replace("\\\\", "").replace("\\\"", "");
            prop_assert_eq!(bare.matches('"').count() % 2, 0, "{}", line);
            prop_assert!(!line.chars().any(char::is_control), "{:?}", line);
        }
    }
}
